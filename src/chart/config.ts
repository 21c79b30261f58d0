/**
 * The Chart.js configuration of a chart: datasets, axes (reversed right to left), tooltips
 * and ticks in the element's number format, colours and font from its look. Only chartjs.ts
 * imports this module, so it travels in the lazily loaded Chart.js chunk and a page's first
 * download never carries it; the element (chart.ts) builds the model it reads.
 */
import type { CartesianScaleOptions, ChartConfiguration, Scale, TooltipItem } from 'chart.js';
import type { Formatter } from '../base/formatter.js';
import { PROBES, type ChartModel, type Look } from './model.js';

/** What the tooltip callbacks read of an item, whatever the chart's type. */
type Item = Pick<TooltipItem<'bar'>, 'dataIndex'>;

/**
 * Chart.js makes room for the end labels of a horizontal category axis as if its first tick
 * were at the left. Reversed (right to left) the first tick is at the right, so it makes none
 * and the left-most label is cut. This puts the room where the labels are. (A reversed linear
 * axis reverses its ticks instead, and is right already.) Labels are never rotated here.
 */
function reversedPadding(font: string) {
  return (scale: Scale<CartesianScaleOptions>): void => {
    const count = scale.ticks.length;
    if (scale.type !== 'category' || !scale.options.reverse || !scale.isHorizontal() || !count) {
      return;
    }
    const ctx = scale.ctx;
    ctx.save();
    ctx.font = font;
    const width = (index: number) => ctx.measureText(String(scale.getLabelForValue(index))).width;
    const first = width(0);
    const last = width(count - 1);
    ctx.restore();
    const padding = Number(scale.options.ticks.padding) || 0;
    // With `offset` (bars) the end ticks sit half a category in from the edges.
    const inset = scale.options.offset ? scale.width / (2 * count) : 0;
    scale.paddingLeft = Math.max(last / 2 + padding - inset, 0);
    scale.paddingRight = Math.max(first / 2 + padding - inset, 0);
  };
}

/** The Chart.js configuration of a model in a look. Pure: no DOM, no `msg()`. */
/**
 * The theme as the canvas needs it: the chart's probes (see `PROBES`) resolved to colours, its
 * font, and what the element knows (direction, locale, layout, motion).
 */
export function readLook(
  chart: HTMLElement,
  known: Pick<Look, 'dir' | 'locale' | 'wide' | 'animate'>,
): Look {
  const colours = PROBES.map((token) => {
    const probe = chart.shadowRoot?.querySelector(`.probe [data-token="${token}"]`);
    return probe ? getComputedStyle(probe).color : '';
  });
  const [accent = '', text = '', muted = '', border = '', surface = ''] = colours;
  const host = getComputedStyle(chart);
  return {
    accent,
    text,
    muted,
    border,
    surface,
    palette: colours.slice(5),
    font: host.fontFamily,
    fontSize: parseFloat(host.fontSize) || 16,
    ...known,
  };
}

export function chartConfig(model: ChartModel, look: Look, fmt: Formatter): ChartConfiguration {
  const rtl = look.dir === 'rtl';
  const size = Math.round(Math.min(Math.max(look.fontSize * 0.8125, 11), 16));
  const font = { family: look.font, size };
  const labels = model.points.map((p) => p.label);
  const data = model.points.map((p) => p.value);
  const point = (items: Item[]) => model.points[items[0]?.dataIndex ?? 0];
  const tooltip = {
    rtl,
    textDirection: look.dir,
    backgroundColor: look.text,
    titleColor: look.surface,
    bodyColor: look.surface,
    titleFont: { ...font, weight: 'bold' as const },
    bodyFont: font,
    displayColors: model.type === 'doughnut',
    callbacks: {
      title: (items: Item[]) => point(items)?.title ?? '',
      label: (item: Item) => model.points[item.dataIndex]?.tooltip ?? '',
    },
  };
  const common = {
    responsive: false,
    maintainAspectRatio: false,
    animation: look.animate ? ({ duration: 400 } as const) : (false as const),
    locale: look.locale,
    color: look.text,
    font,
    layout: { padding: 4 },
  };

  if (model.type === 'doughnut') {
    const doughnut: ChartConfiguration<'doughnut'> = {
      type: 'doughnut',
      data: {
        labels,
        datasets: [
          {
            data,
            backgroundColor: model.points.map((_, i) => look.palette[i % look.palette.length]!),
            borderColor: look.surface,
            borderWidth: 2,
            hoverOffset: 6,
          },
        ],
      },
      options: {
        ...common,
        cutout: '55%',
        plugins: {
          legend: {
            display: true,
            position: look.wide ? (rtl ? 'left' : 'right') : 'bottom',
            rtl,
            textDirection: look.dir,
            labels: { color: look.text, font, usePointStyle: true, pointStyle: 'rectRounded' },
          },
          tooltip,
        },
      },
    };
    return doughnut as unknown as ChartConfiguration;
  }

  const horizontal = model.horizontal;
  const valueAxis = {
    type: 'linear' as const,
    beginAtZero: true,
    grid: { color: look.border },
    border: { display: false },
    ticks: {
      color: look.muted,
      font,
      precision: 0,
      callback: (value: string | number) => fmt.number(Number(value)),
    },
  };
  const categoryAxis = {
    type: 'category' as const,
    grid: { display: false },
    border: { color: look.border },
    ticks: {
      color: look.muted,
      font,
      // Rotated labels are hard to read (Arabic above all): skip some instead.
      maxRotation: 0,
      autoSkip: !horizontal,
      autoSkipPadding: 8,
      // Long names beside horizontal bars take two lines rather than half the chart.
      ...(horizontal
        ? {
            callback: (_value: string | number, index: number) => model.points[index]?.lines ?? '',
          }
        : {}),
    },
    afterFit: reversedPadding(`${size}px ${look.font}`),
  };
  // Vertical: categories along x (running right to left in RTL), values on y (on the right
  // in RTL). Horizontal bars: categories down y (labels on the right in RTL), values along x
  // (growing leftwards in RTL).
  const scales = horizontal
    ? {
        x: { ...valueAxis, reverse: rtl },
        y: { ...categoryAxis, position: rtl ? ('right' as const) : ('left' as const) },
      }
    : {
        x: { ...categoryAxis, reverse: rtl },
        y: { ...valueAxis, position: rtl ? ('right' as const) : ('left' as const) },
      };
  const plugins = {
    legend: { display: false, rtl, textDirection: look.dir },
    tooltip,
  };
  const label = model.valueHeader;
  if (model.type === 'line') {
    return {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label,
            data,
            borderColor: look.accent,
            backgroundColor: look.accent,
            pointBackgroundColor: look.surface,
            pointBorderColor: look.accent,
            pointBorderWidth: 2,
            pointRadius: 3.5,
            pointHoverRadius: 5,
            borderWidth: 2.5,
            // Smooth, but never overshooting the data (no bump above the highest year).
            cubicInterpolationMode: 'monotone',
            fill: false,
          },
        ],
      },
      options: { ...common, scales, plugins },
    };
  }
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label,
          data,
          backgroundColor: look.accent,
          hoverBackgroundColor: look.accent,
          borderRadius: 4,
          maxBarThickness: 56,
        },
      ],
    },
    options: { ...common, indexAxis: horizontal ? 'y' : 'x', scales, plugins },
  };
}
