import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Chart } from 'chart.js';
import { IshraqatElement } from '../base/element.js';
import { emit } from '../base/emit.js';
import { ResizeController } from '../base/resize-controller.js';
import { styleProps } from '../base/style-props.js';
import { splitList } from '../feed/query.js';
import { SERIES_BY, series, type SeriesBy, type SeriesPoint } from './series.js';
import type { Activity, Feed, LocalizedText } from '../feed/types.js';
import { countLabel } from '../i18n/count-labels.js';
import { msg, str } from '../i18n/localize.js';
import { countName } from '../i18n/messages.js';
import { regionName } from '../i18n/regions.js';
import { loadChartJs, type ChartJs } from './loader.js';
import { PROBES, type ChartModel, type ChartPoint } from './model.js';
import { styles } from './chart.styles.js';

export const CHART_TYPES = ['bar', 'line', 'doughnut'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** What a chart groups its count by. */
export const CHART_BY = SERIES_BY;
export type ChartBy = SeriesBy;

export const CHART_LOADING = ['lazy', 'eager'] as const;
export type ChartLoading = (typeof CHART_LOADING)[number];

/** How far outside the viewport a chart starts loading Chart.js and drawing. */
const ROOT_MARGIN = '300px 0px';
/** Frame width (CSS px) from which a doughnut's legend sits beside it, not under it. */
const WIDE = 480;

export interface ChartRenderEventDetail {
  /** The chart type drawn. */
  readonly type: ChartType;
  /** The number of points (bars, slices) drawn. */
  readonly points: number;
}
export type IshraqatChartRenderEvent = CustomEvent<ChartRenderEventDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ishraqat-chart-render': IshraqatChartRenderEvent;
  }
}

/** A label of more than `max` characters as two lines, split at the space nearest the middle. */
function wrap(label: string, max = 16): string | string[] {
  if (label.length <= max) return label;
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? label : [label.slice(0, best), label.slice(best + 1)];
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A chart of one count of the feed's activities, by year, program, region, partner, or the
 * count keys themselves, drawn with Chart.js. Chart.js (about 60 kB gzipped) is downloaded
 * only when a chart first comes near the viewport, so a page without a chart never loads it.
 *
 * Right to left for real: in Arabic the category axis runs from the right, the value axis
 * sits on the right, horizontal bars grow leftwards, and the legend and tooltips read RTL.
 * Numbers and years are in the element's number format; colours and font come from the same
 * `--ishraqat-*` custom properties as every element, and the chart redraws when the language,
 * theme or size changes.
 *
 * Accessibility: the canvas is an image whose name is a one-sentence summary ("Participants
 * by year, 2021 to 2023: 3,400 in all, highest in 2023 with 1,200."), and a "Data table"
 * button (a disclosure, `aria-expanded`) shows a real table of the same numbers. The summary
 * and the table never wait for Chart.js.
 *
 * Inside another element's shadow root (as in `<ishraqat-impact>`), pass the same `src` (one
 * shared request) or the same `feed` object (parsed once), and the embedder's `theme`,
 * `numerals`, `calendar` and filters; the language follows the nearest `lang`, across shadow
 * roots. Style it from outside with `::part()` and the custom properties below.
 *
 * @summary A Chart.js chart of a count, right-to-left in Arabic, with a text summary and data table.
 *
 * @fires ishraqat-load - The feed is ready; `detail` has the activity count and the problems found.
 * @fires ishraqat-error - The feed cannot be shown; `detail.reason` says why, in the element's language.
 * @fires ishraqat-chart-render - The chart was drawn (or redrawn); `detail` has its type and number of points.
 *
 * @csspart base - The element's box.
 * @csspart figure - The chart with its caption and table.
 * @csspart caption - The visible caption ("Participants by year").
 * @csspart summary - The chart in one sentence, shown only without JavaScript (server-rendered).
 * @csspart frame - The box the chart is drawn in (its size is reserved before data arrives).
 * @csspart canvas - The chart's canvas.
 * @csspart toggle - The "Data table" button.
 * @csspart table - The data table.
 * @csspart state - The loading, empty and error states (with `loading`, `empty`, `error`).
 * @csspart retry - The "Try again" button of the error state.
 * @csspart problems - The expandable count of feed problems.
 *
 * @cssprop --ishraqat-accent - Bars and lines, and the first slice.
 * @cssprop --ishraqat-text - Text and tooltips.
 * @cssprop --ishraqat-muted - Axis labels.
 * @cssprop --ishraqat-border - Grid lines and slice borders' neighbours.
 * @cssprop --ishraqat-surface - Background, and the gaps between slices.
 * @cssprop --ishraqat-font - Font of every label, on the canvas too.
 * @cssprop --ishraqat-chart-1 - First series colour of a doughnut (default: the accent); likewise `--ishraqat-chart-2` … `--ishraqat-chart-8`.
 * @cssprop --ishraqat-chart-aspect-ratio - Width to height of the drawing area (default 16 / 9).
 * @cssprop --ishraqat-chart-aspect-ratio-narrow - The same below 30em of width (default 4 / 3).
 */
export class IshraqatChart extends IshraqatElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    metric: { reflect: true },
    by: { reflect: true },
    type: { reflect: true },
    label: {},
    loading: { reflect: true },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    _drawn: { state: true },
    _failed: { state: true },
  };

  /** The count to chart: a count key (`participants`, `women` …) or `activities`. With `by="breakdown"`, a space-separated list of count keys (default: women, men, girls and boys). */
  metric = 'activities';

  /** What to group by: `year` (default), `program`, `region`, `partner`, or `breakdown` (the count keys of `metric` side by side). */
  by: ChartBy = 'year';

  /** `bar` (default), `line` or `doughnut`. */
  type: ChartType = 'bar';

  /** A caption to show instead of the generated one ("Participants by year"). */
  label?: string;

  /** `lazy` (default): load Chart.js and draw when the chart comes near the viewport; `eager`: at once (e.g. before printing). */
  loading: ChartLoading = 'lazy';

  /** Whether the data table is shown (the "Data table" button toggles it). */
  showTable = false;

  private _drawn = false;
  private _failed = false;
  private _failedKey?: string;

  private _model?: ChartModel;
  private _ChartJs?: ChartJs;
  private _chart?: Chart;
  private _chartKey?: string;
  private _near = false;
  private _viewport?: IntersectionObserver;
  private _scheme?: MediaQueryList;
  private readonly _onScheme = () => this.requestUpdate();

  private readonly _resize = new ResizeController(this, {
    target: () => this.renderRoot?.querySelector('.frame'),
    onResize: () => this._sync(),
  });

  override connectedCallback() {
    super.connectedCallback();
    this._watchViewport();
    if (typeof matchMedia === 'function') {
      this._scheme = matchMedia('(prefers-color-scheme: dark)');
      this._scheme.addEventListener('change', this._onScheme);
    }
    // Back on the page after a move: draw again (the chart was destroyed on leaving).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._viewport?.disconnect();
    this._viewport = undefined;
    this._scheme?.removeEventListener('change', this._onScheme);
    this._scheme = undefined;
    this._destroy();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (changed.has('loading') && this.loading === 'eager') this._approach();
    this._scheduleSync();
  }

  private _syncQueued = false;

  /** Syncs after the update, so drawing (which flips `_drawn`) never updates inside one. */
  private _scheduleSync() {
    if (this._syncQueued) return;
    this._syncQueued = true;
    queueMicrotask(() => {
      this._syncQueued = false;
      this._sync();
    });
  }

  /** Starts loading Chart.js once the element comes near the viewport (or at once if eager). */
  private _watchViewport() {
    if (this._near || this._viewport) return;
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      this._approach();
      return;
    }
    this._viewport = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this._viewport?.disconnect();
        this._viewport = undefined;
        this._approach();
      },
      { rootMargin: ROOT_MARGIN },
    );
    this._viewport.observe(this);
  }

  private _approach() {
    if (this._near) return;
    this._near = true;
    this._viewport?.disconnect();
    this._viewport = undefined;
    loadChartJs().then(
      (ChartJs) => {
        this._ChartJs = ChartJs;
        this._failed = false;
        this._sync();
      },
      (error: unknown) => {
        console.warn('[ishraqat] Chart.js could not be loaded:', error);
        this._near = false;
        this._failed = true;
        this.showTable = true;
      },
    );
  }

  private get _canvas(): HTMLCanvasElement | null {
    return this.renderRoot?.querySelector('canvas') ?? null;
  }

  /** Draws, redraws or resizes the chart to match the current model, look and size. */
  private _sync() {
    const model = this._model;
    const canvas = this._canvas;
    const ChartJs = this._ChartJs;
    if (!this.isConnected || !ChartJs || !model || model.empty || !canvas) {
      this._destroy();
      return;
    }
    const size = this._resize.measure();
    // Hidden (display: none, a closed tab): draw when the ResizeObserver sees a size.
    if (!size || size.width < 1 || size.height < 1) return;
    const look = ChartJs.readLook(this, {
      dir: this.fmt.dir,
      locale: this.fmt.locale,
      // Only a doughnut lays out differently when wide (its legend moves beside it).
      wide: this._type === 'doughnut' && size.width >= WIDE,
      animate: !reducedMotion(),
    });
    const key = JSON.stringify([model.type, model.horizontal, model.points, look]);
    // A chart that failed to draw is not retried until what it shows changes.
    if (this._failedKey === key) return;
    if (this._chart && this._chart.canvas === canvas && this._chartKey === key) {
      if (this._chart.width !== size.width || this._chart.height !== size.height) {
        this._chart.resize(size.width, size.height);
      }
      return;
    }
    this._destroy();
    try {
      this._chart = new ChartJs.Chart(canvas, ChartJs.chartConfig(model, look, this.fmt));
      this._chart.resize(size.width, size.height);
    } catch (error) {
      // Never let a drawing failure reach the page: the numbers stay readable in the table.
      console.warn('[ishraqat] the chart could not be drawn:', error);
      this._destroy();
      this._failedKey = key;
      this._failed = true;
      this.showTable = true;
      return;
    }
    this._chartKey = key;
    this._drawn = true;
    emit(this, 'ishraqat-chart-render', { type: model.type, points: model.points.length });
  }

  private _destroy() {
    this._chart?.destroy();
    this._chart = undefined;
    this._chartKey = undefined;
    this._drawn = false;
  }

  private get _type(): ChartType {
    return CHART_TYPES.includes(this.type) ? this.type : 'bar';
  }

  private get _by(): ChartBy {
    return CHART_BY.includes(this.by) ? this.by : 'year';
  }

  /** The chart's points, caption, summary and table, in the element's language. */
  private _buildModel(feed: Feed, activities: readonly Activity[]): ChartModel {
    const fmt = this.fmt;
    const by = this._by;
    const type = this._type;
    const metrics = splitList(this.metric);
    const metric = metrics[0] ?? 'activities';
    const raw = series(activities, feed, metrics.length ? metrics : ['activities'], by);
    const name = (key: string) => countName(key, fmt.lang, feed);
    const points = raw.map((point) =>
      this._point(point, by === 'breakdown' ? point.key : metric, feed),
    );
    const metricName = by === 'breakdown' ? fmt.list(points.map((p) => p.label)) : name(metric);

    const captions: Record<ChartBy, () => string> = {
      year: () =>
        msg(str`${metricName} by year`, { desc: 'Chart caption, e.g. "Participants by year".' }),
      program: () => msg(str`${metricName} by program`, { desc: 'Chart caption.' }),
      region: () => msg(str`${metricName} by region`, { desc: 'Chart caption.' }),
      partner: () => msg(str`${metricName} by partner`, { desc: 'Chart caption.' }),
      breakdown: () => metricName,
    };
    const caption = this.label || captions[by]();
    const dimensions: Record<ChartBy, () => string> = {
      year: () => msg('Year', { desc: 'Table header.' }),
      program: () => msg('Program', { desc: 'Table header.' }),
      region: () => msg('Region', { desc: 'Table header.' }),
      partner: () => msg('Partner', { desc: 'Table header.' }),
      breakdown: () => msg('Group', { desc: 'Table header: women, men, girls, boys …' }),
    };
    const empty = points.every((p) => p.value === 0);
    return {
      type,
      by,
      horizontal: type === 'bar' && by !== 'year' && by !== 'breakdown',
      caption,
      summary: empty ? '' : this._summary(by, metricName, points),
      dimension: dimensions[by](),
      valueHeader: by === 'breakdown' ? msg('Number', { desc: 'Table header.' }) : name(metric),
      points,
      empty,
      emptyText:
        activities.length === 0
          ? msg('No activities to show.')
          : msg(str`Nothing to chart: the activities shown have no “${metricName}” counts.`, {
              desc: 'Empty chart. The value is a count name such as "Participants".',
            }),
    };
  }

  private _point(point: SeriesPoint, key: string, feed: Feed): ChartPoint {
    const fmt = this.fmt;
    const text = (value: LocalizedText) => {
      const resolved = fmt.resolve(value);
      return {
        label: resolved?.text ?? '',
        lang: resolved && fmt.isForeign(resolved) ? resolved.lang : undefined,
      };
    };
    const source = point.source;
    let label: { label: string; lang?: string | undefined };
    let title: string | undefined;
    switch (source.kind) {
      case 'year':
        label = { label: fmt.year(source.year) };
        break;
      case 'program':
        label = text(source.program.name);
        break;
      case 'region':
        label =
          source.region.code !== undefined
            ? { label: regionName(source.region.code) ?? source.region.code }
            : text(source.region.text);
        break;
      case 'partner':
        label = text(source.partner.shortName ?? source.partner.name);
        title = fmt.plain(source.partner.name);
        break;
      case 'count':
        label = { label: countName(source.key, fmt.lang, feed) };
        break;
      case 'unspecified':
        label = {
          label: msg('Not specified', {
            desc: 'Chart category of activities without a program, region or partner.',
          }),
        };
        break;
    }
    const value = point.value;
    const number = fmt.number(value);
    const unit = countLabel(key, value, fmt.locale, feed, fmt.lang);
    return {
      key: point.key,
      ...label,
      lines: wrap(label.label),
      title: title ?? label.label,
      value,
      // Number then label reads right in English and Arabic alike ("1,300 participants",
      // "١٬٣٠٠ مشارك"); the label already agrees with the number.
      tooltip: `${number} ${unit}`,
    };
  }

  /** One sentence that says what the chart shows, for its accessible name. */
  private _summary(by: ChartBy, name: string, points: readonly ChartPoint[]): string {
    const fmt = this.fmt;
    if (by === 'breakdown') {
      const items = fmt.list(points.map((p) => `${p.label} ${fmt.number(p.value)}`));
      return msg(str`Breakdown: ${items}.`, {
        desc: 'Summary of a breakdown chart, e.g. "Breakdown: Women 1,200, Men 980 and Girls 20."',
      });
    }
    const max = Math.max(...points.map((p) => p.value));
    const top = fmt.list(points.filter((p) => p.value === max).map((p) => p.label));
    const highest = fmt.number(max);
    const total = fmt.number(points.reduce((sum, p) => sum + p.value, 0));
    switch (by) {
      case 'year': {
        const first = points[0]!.label;
        const last = points.at(-1)!.label;
        if (points.length === 1) {
          return msg(str`${name} in ${first}: ${total}.`, {
            desc: 'Summary of a chart of one year: "Participants in 2023: 1,200."',
          });
        }
        return msg(
          str`${name} by year, ${first} to ${last}: ${total} in all, highest in ${top} with ${highest}.`,
          {
            desc: 'Chart summary: "Participants by year, 2021 to 2023: 3,400 in all, highest in 2023 with 1,200."',
          },
        );
      }
      case 'program':
        return msg(str`${name} by program: ${total} in all, highest for ${top} with ${highest}.`, {
          desc: 'Chart summary; the fourth value is a program name.',
        });
      case 'region':
        return msg(str`${name} by region: ${total} in all, highest in ${top} with ${highest}.`, {
          desc: 'Chart summary; the fourth value is a region name.',
        });
      case 'partner':
        // No total: an activity with several partners counts for each of them.
        return msg(str`${name} by partner: the most with ${top} (${highest}).`, {
          desc: 'Chart summary; the second value is a partner name.',
        });
    }
  }

  private _toggleTable() {
    this.showTable = !this.showTable;
  }

  private _renderProbe(): TemplateResult {
    return html`<span class="probe" aria-hidden="true"
      >${PROBES.map(
        (token) =>
          html`<span
            data-token=${token}
            style=${styleProps({ color: `var(--_${token})` })}
          ></span>`,
      )}</span
    >`;
  }

  private _renderPlaceholder(type: ChartType): TemplateResult {
    return html`<div class="placeholder ${type === 'doughnut' ? 'round' : ''}" aria-hidden="true">
      ${
        type === 'doughnut'
          ? html`<span></span>`
          : html`<span></span><span></span><span></span><span></span><span></span>`
      }
    </div>`;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="chart" part="state loading" role="status">
      <span class="visually-hidden">${msg('Loading chart…')}</span>
      <p class="caption" aria-hidden="true"><span class="skeleton-bar"></span></p>
      <div class="frame" aria-hidden="true">${this._renderPlaceholder(this._type)}</div>
      <div class="actions" aria-hidden="true"><span class="toggle-placeholder"></span></div>
    </div>`;
  }

  protected override renderEmpty(): TemplateResult {
    const feed = this.currentFeed;
    const model = feed ? this._buildModel(feed, []) : undefined;
    this._model = model;
    return this._renderEmptyModel(model?.caption, msg('No activities to show.'));
  }

  private _renderEmptyModel(caption: string | undefined, text: string): TemplateResult {
    return html`<figure class="chart" part="figure">
        ${caption ? html`<figcaption class="caption" part="caption">${caption}</figcaption>` : nothing}
        <div class="frame" part="frame">
          <p class="state empty" part="state empty" role="status">${text}</p>
        </div>
      </figure>
      ${this.renderProblems()}`;
  }

  protected override renderReady(feed: Feed, activities: readonly Activity[]): TemplateResult {
    const model = this._buildModel(feed, activities);
    this._model = model;
    if (model.empty) return this._renderEmptyModel(model.caption, model.emptyText);
    const open = this.showTable;
    // Room for every bar: a row per category, half a row more for a name on two lines.
    const rows = model.points.reduce((n, p) => n + (Array.isArray(p.lines) ? 1.5 : 1), 0);
    const frameStyle = model.horizontal ? { '--_rows': String(rows) } : {};
    return html`<figure class="chart" part="figure">
        <figcaption class="caption" part="caption">${model.caption}</figcaption>
        <p class="summary" part="summary">${model.summary}</p>
        <div
          class="frame ${model.horizontal ? 'rows' : ''}"
          part="frame"
          style=${styleProps(frameStyle)}
        >
          <canvas part="canvas" role="img" aria-label=${model.summary}></canvas>
          ${this._drawn || this._failed ? nothing : this._renderPlaceholder(model.type)}
          ${
            this._failed
              ? html`<p class="message">
                  ${msg('The chart could not be drawn. The numbers are in the table below.')}
                </p>`
              : nothing
          }
        </div>
        <div class="actions">
          <button
            class="button toggle"
            part="toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="data"
            @click=${this._toggleTable}
          >
            ${msg('Data table', { desc: 'Button that shows or hides the numbers of a chart.' })}
            ${svg`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M2 4l4 4 4-4"/></svg>`}
          </button>
        </div>
        <div class="table-wrap" id="data" ?hidden=${!open}>
          <table part="table">
            <caption class="visually-hidden">
              ${model.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${model.dimension}</th>
                <th scope="col" class="number">${model.valueHeader}</th>
              </tr>
            </thead>
            <tbody>
              ${model.points.map(
                (p) =>
                  html`<tr>
                    <th scope="row"><bdi lang=${ifDefined(p.lang)}>${p.label}</bdi></th>
                    <td class="number">${this.fmt.number(p.value)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${this._renderProbe()}
      </figure>
      ${this.renderProblems()}`;
  }
}
