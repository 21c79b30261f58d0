/**
 * The shapes the chart element hands to the code that draws it (config.ts, loaded with
 * Chart.js). Types only: nothing here is in any bundle.
 */
import type { ChartBy, ChartType } from './chart.js';

/** One point of the chart, labelled for the current language. */
export interface ChartPoint {
  readonly key: string;
  /** Axis, legend and table label. */
  readonly label: string;
  /** `label` as a horizontal bar chart's axis shows it: on two lines when it is long. */
  readonly lines: string | string[];
  /** The language of `label` when it is feed text in another language than the element's. */
  readonly lang?: string | undefined;
  /** Tooltip title (a partner's full name where the axis shows its short name). */
  readonly title: string;
  readonly value: number;
  /** Tooltip body: "1,200 participants". */
  readonly tooltip: string;
}

/** Everything the chart, its summary and its table show, computed in the element's language. */
export interface ChartModel {
  readonly type: ChartType;
  readonly by: ChartBy;
  readonly horizontal: boolean;
  readonly caption: string;
  readonly summary: string;
  /** Table header of the categories ("Year") and of the values ("Participants"). */
  readonly dimension: string;
  readonly valueHeader: string;
  readonly points: readonly ChartPoint[];
  /** Nothing to draw: no points, or every value zero. */
  readonly empty: boolean;
  readonly emptyText: string;
}

/** Colours and font resolved from the element's custom properties, for the canvas. */
/** The theme colours a chart reads from its probes (`var(--_<token>)`): five, then the palette. */
export const PROBES = [
  'accent',
  'text',
  'muted',
  'border',
  'surface',
  'chart-1',
  'chart-2',
  'chart-3',
  'chart-4',
  'chart-5',
  'chart-6',
  'chart-7',
  'chart-8',
] as const;

export interface Look {
  readonly accent: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  readonly palette: readonly string[];
  readonly font: string;
  readonly fontSize: number;
  readonly dir: 'ltr' | 'rtl';
  readonly locale: string;
  readonly wide: boolean;
  readonly animate: boolean;
}
