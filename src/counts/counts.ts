import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { IshraqatElement } from '../base/element.js';
import { styleProps } from '../base/style-props.js';
import { splitList } from '../feed/query.js';
import { feedHasMetric, metricValue, targetProgress, type TargetProgress } from './metrics.js';
import type { Activity, Feed } from '../feed/types.js';
import { countLabel, LABELLED_KEYS } from '../i18n/count-labels.js';
import { msg, str } from '../i18n/localize.js';
import { countsStyles } from './counts.styles.js';

/** The tiles shown when `metrics` is not set. */
export const DEFAULT_METRICS = ['activities', 'partners', 'regions', 'participants'] as const;

export const COUNT_NOTATIONS = ['standard', 'compact'] as const;
export type CountNotation = (typeof COUNT_NOTATIONS)[number];

/** How long the count-up takes, in milliseconds. */
export const COUNT_UP_MS = 1200;

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

interface Tile {
  readonly metric: string;
  readonly value: number;
  readonly target?: TargetProgress | undefined;
}

/**
 * Headline figures as tiles: how many activities, partners, regions, people, or the sum of
 * any count key over the activities that pass the shared filters.
 *
 * `metrics` lists the tiles, space-separated, in order. Without it the tiles are
 * `activities partners regions participants` (DEFAULT_METRICS). `activities` counts the
 * matching activities, `partners` the distinct partners they name, `regions` their distinct
 * regions, `people` the distinct people they name; any other key is the sum of that count.
 * A count key that no activity of the feed carries (and no target names) gets no tile: the
 * feed does not know it, which is not the same as zero. Well-known keys and the four derived
 * metrics have built-in labels in every UI language, plural-correct (Arabic's six forms);
 * custom keys take their label from the feed's `metrics`, as written.
 *
 * Numbers use the element's locale (Arabic-Indic digits in an Iraqi Arabic feed; `numerals`
 * overrides) and `notation="compact"` gives "12K" / "١٢ ألف". When a tile first scrolls into
 * view its number counts up from zero; under `prefers-reduced-motion` (and when printing) it
 * shows the final value at once. The moving number is hidden from assistive technology,
 * which reads only the final value.
 *
 * Targets: a tile shows "achieved of target" with a progress bar and percentage when the feed
 * has a target for its metric that applies under the element's filters:
 * - the target names the metric;
 * - with no `program` filter, only targets without a program apply; with one, only targets
 *   of the filtered programs;
 * - the target's period (`from`…`to`, open where absent) overlaps the filter's `from`…`to`;
 * - the element has no `partner`, `tag` or `region` filter (targets cover whole programs).
 * Of those, the latest period wins (latest end, then latest start), and targets of that same
 * period for different programs add up. "Achieved" is the metric over the filtered
 * activities that overlap the target's period (and belong to its programs), so a tile can
 * show all years in its big number and "2025: 12,400 of 15,000" under it.
 *
 * @summary Headline participation figures with plural-correct labels, count-up and targets.
 *
 * @fires ishraqat-load - The feed is ready. `detail`: `{ activities, shown, problems }`.
 * @fires ishraqat-error - The feed cannot be shown. `detail`: `{ reason, code, status? }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tiles - The list of tiles.
 * @csspart tile - One figure.
 * @csspart value - The (animated) number of a tile.
 * @csspart label - The label under the number.
 * @csspart target - The achieved-of-target line, bar and percentage.
 * @csspart bar - The progress bar towards the target.
 * @csspart problems - The expandable count of activities that could not be shown.
 * @csspart state - The loading, empty and error states.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --ishraqat-accent - Accent colour: the numbers and the progress bars.
 * @cssprop --ishraqat-text - Text colour.
 * @cssprop --ishraqat-muted - Labels and target lines.
 * @cssprop --ishraqat-surface - Background of the tiles.
 * @cssprop --ishraqat-surface-alt - Track of the progress bars and skeletons.
 * @cssprop --ishraqat-border - Tile borders.
 * @cssprop --ishraqat-font - Font family.
 * @cssprop --ishraqat-font-size - Base font size (default: the reader's preferred size).
 * @cssprop --ishraqat-radius - Corner radius.
 * @cssprop --ishraqat-spacing - Base spacing unit.
 * @cssprop --ishraqat-tile-size - Minimum inline size of a tile (default 9em).
 */
export class IshraqatCounts extends IshraqatElement {
  static override styles = countsStyles;

  static override properties: PropertyDeclarations = {
    metrics: { reflect: true },
    notation: { reflect: true },
    label: {},
  };

  /** The figures to show, space-separated (default `activities partners regions participants`). */
  metrics?: string;

  /** `standard` (default: 12,400) or `compact` (12K). */
  notation: CountNotation = 'standard';

  /** Accessible name of the figures region (default: "Key figures: <organization>"). */
  label?: string;

  /**
   * How far the count-up has gone, 0 to 1 (updates are requested by hand, per frame). Rendered
   * by a server, and hydrating that (a shadow root before the first update: declarative shadow
   * DOM), the figures are final: no count-up.
   */
  private _progress = isServer || this.shadowRoot ? 1 : 0;

  /** Whether the count-up has started (or was skipped): it runs once per element. */
  private _started = !!this.shadowRoot;
  private _observer?: IntersectionObserver;
  private _frame?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._finish);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._finish);
    this._observer?.disconnect();
    this._observer = undefined;
    // Back on the page later, the figures are simply there.
    if (this._started || this._frame !== undefined) this._finish();
  }

  private get _reducedMotion(): boolean {
    return (
      typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
    );
  }

  /** Final values at once: no motion wanted, printing, or leaving the page. */
  private _finish = () => {
    if (this._frame !== undefined) cancelAnimationFrame(this._frame);
    this._frame = undefined;
    this._started = true;
    this._observer?.disconnect();
    this._observer = undefined;
    if (this._progress !== 1) {
      this._progress = 1;
      this.requestUpdate();
    }
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._started || this._observer) return;
    const tiles = this.renderRoot.querySelector('[part~="tiles"]');
    if (!tiles) return;
    if (this._reducedMotion) {
      // Already rendered at their final values (see renderReady): nothing to animate.
      this._started = true;
      this._progress = 1;
      return;
    }
    if (typeof IntersectionObserver === 'undefined') {
      this._finish();
      return;
    }
    this._observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this._countUp();
      },
      { threshold: 0.25 },
    );
    this._observer.observe(tiles);
  }

  private _countUp() {
    this._observer?.disconnect();
    this._observer = undefined;
    this._started = true;
    if (this._reducedMotion) {
      this._finish();
      return;
    }
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / COUNT_UP_MS);
      this._progress = easeOutCubic(t);
      this.requestUpdate();
      this._frame = t < 1 ? requestAnimationFrame(frame) : undefined;
    };
    this._frame = requestAnimationFrame(frame);
  }

  private get _metrics(): string[] {
    const list = splitList(this.metrics);
    return [...new Set(list.length ? list : DEFAULT_METRICS)];
  }

  private get _numberOptions(): Intl.NumberFormatOptions {
    return this.notation === 'compact' ? { notation: 'compact' } : {};
  }

  private _tiles(feed: Feed, activities: readonly Activity[]): Tile[] {
    const filter = this.filter;
    return this._metrics
      .filter((metric) => feedHasMetric(feed, metric))
      .map((metric) => ({
        metric,
        value: metricValue(feed, activities, metric),
        target: targetProgress(feed, activities, metric, filter),
      }));
  }

  protected override renderLoading(): TemplateResult {
    const count = Math.min(this._metrics.length, 4) || 1;
    const tile = html`<li class="tile skeleton" aria-hidden="true">
      <span class="skeleton-bar value-bar"></span>
      <span class="skeleton-bar label-bar"></span>
    </li>`;
    return html`<div class="counts" part="state loading" role="status">
      <span class="visually-hidden">${msg('Loading figures…')}</span>
      <ul class="tiles">
        ${Array.from({ length: count }, () => tile)}
      </ul>
    </div>`;
  }

  protected override renderReady(feed: Feed, activities: readonly Activity[]): TemplateResult {
    const tiles = this._tiles(feed, activities);
    if (tiles.length === 0) {
      return html`<div class="state empty" part="state empty" role="status">
          ${msg('No figures to show.')}
        </div>
        ${this.renderProblems()}`;
    }
    const orgName = this.fmt.plain(feed.organization.name);
    const label =
      this.label ??
      msg(str`Key figures: ${orgName}`, { desc: 'Accessible name of the count tiles.' });
    const progress = this._reducedMotion ? 1 : this._progress;
    return html`<section class="counts" aria-label=${label}>
      <ul class="tiles" part="tiles">
        ${tiles.map((tile) =>
          this.guard('metrics', tile.metric, () => this.renderTile(feed, tile, progress), false),
        )}
      </ul>
      ${this.renderProblems()}
    </section>`;
  }

  /** The label of a metric for a value; custom labels keep their language marked. */
  private _label(
    feed: Feed,
    metric: string,
    value: number,
  ): TemplateResult | string | typeof nothing {
    if (LABELLED_KEYS.includes(metric)) return countLabel(metric, value, this.fmt.locale);
    const label = feed.metrics.get(metric)?.label;
    return label ? this.fmt.text(label) : html`<bdi>${metric}</bdi>`;
  }

  private renderTile(feed: Feed, tile: Tile, progress: number): TemplateResult {
    const fmt = this.fmt;
    const options = this._numberOptions;
    const final = fmt.number(tile.value, options);
    const shown = progress >= 1 ? final : fmt.number(Math.round(tile.value * progress), options);
    return html`<li class="tile" part="tile" data-metric=${tile.metric}>
      <p class="figure">
        <span class="value" part="value" aria-hidden="true">${shown}</span>
        <span class="visually-hidden">${final}</span>
        <span class="label" part="label">${this._label(feed, tile.metric, tile.value)}</span>
      </p>
      ${tile.target ? this.renderTarget(feed, tile, tile.target, progress) : nothing}
    </li>`;
  }

  private renderTarget(
    feed: Feed,
    tile: Tile,
    target: TargetProgress,
    progress: number,
  ): TemplateResult {
    const fmt = this.fmt;
    const options = this._numberOptions;
    const achieved = fmt.number(target.achieved, options);
    const aim = fmt.number(target.value, options);
    const ratio = target.value > 0 ? target.achieved / target.value : target.achieved > 0 ? 1 : 0;
    const percent = fmt.number(ratio, { style: 'percent', maximumFractionDigits: 0 });
    const ofTarget = msg(str`${achieved} of ${aim}`, {
      desc: 'Achieved of target, e.g. "12,400 of 15,000".',
    });
    const period = this._period(target);
    const caption = period
      ? msg(str`Target for ${period}`, {
          desc: 'Before "12,400 of 15,000". The value is a year or a period such as 2023–2025.',
        })
      : msg('Target', { desc: 'Before "12,400 of 15,000".' });
    const max = Math.max(target.value, 1);
    const labelText = LABELLED_KEYS.includes(tile.metric)
      ? countLabel(tile.metric, target.value, fmt.locale)
      : fmt.plain(feed.metrics.get(tile.metric)?.label) || tile.metric;
    return html`<div class="target" part="target">
      <p class="target-text">
        <span class="target-caption">${caption}</span>
        <span class="target-numbers">${ofTarget}</span>
      </p>
      <div class="bar-row">
        <div
          class="bar"
          part="bar"
          role="progressbar"
          aria-label=${msg(str`Progress towards the target: ${labelText}`, {
            desc: 'Accessible name of a progress bar; the value is what is counted, e.g. "participants".',
          })}
          aria-valuemin="0"
          aria-valuemax=${max}
          aria-valuenow=${Math.min(target.achieved, max)}
          aria-valuetext=${`${percent} (${ofTarget})`}
        >
          <span
            class="fill ${ratio >= 1 ? 'done' : ''}"
            style=${styleProps({ 'inline-size': `${Math.min(1, ratio) * progress * 100}%` })}
          ></span>
        </div>
        <span class="percent" aria-hidden="true">${percent}</span>
      </div>
    </div>`;
  }

  /** "2025", "2023–2025", "since 2023", "until 2025", or nothing for a target of all time. */
  private _period(target: TargetProgress): string | undefined {
    const { from, to } = target;
    const fmt = this.fmt;
    if (from && to) return from.text === to.text ? fmt.date(from) : fmt.dateRange(from, to);
    if (from) {
      const date = fmt.date(from);
      return msg(str`since ${date}`, { desc: 'A target period with no end.' });
    }
    if (to) {
      const date = fmt.date(to);
      return msg(str`until ${date}`, { desc: 'A target period with no start.' });
    }
    return undefined;
  }
}
