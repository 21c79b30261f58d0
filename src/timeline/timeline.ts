import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { IshraqatElement } from '../base/element.js';
import { emit } from '../base/emit.js';
import { sortActivities, type Order } from '../feed/query.js';
import type { Activity, Feed } from '../feed/types.js';
import { msg, str, withLocale, type UiLocale } from '../i18n/localize.js';
import { domId, renderActivity, type ActivityContext } from './activity.js';
import { TimelineSearch } from './search/controller.js';
import { timelineStyles } from './timeline.styles.js';
import type * as Window from './window.js';

export const TIMELINE_LAYOUTS = ['vertical', 'alternating', 'compact'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

export const TIMELINE_GROUPINGS = ['year', 'none'] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];

/**
 * Timelines showing more activities than this are windowed: only the activities near the
 * viewport are in the DOM, by the windowing module (./window.js, @lit-labs/virtualizer), which
 * only they download. Shorter ones render every activity (at most about 4,500 DOM nodes).
 */
export const WINDOW_AT = 100;

/** The first render shows this many activities (a screen or two); the rest follow when idle. */
const FIRST_RENDER = 12;

let windowModule: typeof Window | null | undefined;
let windowLoading: Promise<void> | undefined;
function loadWindow(): Promise<void> {
  windowLoading ??= import('./window.js').then(
    (module) => void (windowModule = module),
    (error: unknown) => {
      // Without it, long timelines render every activity, in idle-time steps.
      windowModule = null;
      console.warn('[ishraqat] the windowing module could not be loaded', error);
    },
  );
  return windowLoading;
}

const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 200 })
    : setTimeout(callback, 16);

/**
 * The activity timeline: newest first, grouped by year, each activity with its date at its own
 * precision, title, summary, place, partners, people, counts, images and link.
 *
 * @summary An accessible, bilingual activity timeline from an Ishraqat activity feed.
 *
 * @fires ishraqat-load - The feed is ready. `detail`: `{ activities, shown, problems }`.
 * @fires ishraqat-error - The feed cannot be shown. `detail`: `{ reason, code, status? }`.
 * @fires ishraqat-select - An activity was chosen (click, Enter or Space). `detail`: `{ id }`.
 * @fires ishraqat-search - The reader changed the search. `detail`: `{ query, shown }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search field and its label (with `search`).
 * @csspart search-field - The search `<input>`.
 * @csspart year - The list item of the first activity of a year (it holds the year heading).
 * @csspart year-heading - The heading of a year, in the first activity of that year.
 * @csspart list - The ordered list of activities (one for the whole timeline).
 * @csspart item - One activity (an `<article>`).
 * @csspart marker - The dot on the timeline line.
 * @csspart date - The date of an activity.
 * @csspart title - The title of an activity.
 * @csspart summary - The summary of an activity.
 * @csspart meta - Place, partners and people.
 * @csspart counts - The counts of an activity.
 * @csspart images - The images of an activity.
 * @csspart link - The "Read more" link.
 * @csspart more - The "Show more" and "Load older activities" buttons.
 * @csspart problems - The expandable count of activities that could not be shown.
 * @csspart state - The loading, empty and error states.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --ishraqat-accent - Accent colour: line, markers, links, buttons.
 * @cssprop --ishraqat-text - Text colour.
 * @cssprop --ishraqat-muted - Secondary text colour (dates, meta).
 * @cssprop --ishraqat-surface - Background.
 * @cssprop --ishraqat-surface-alt - Background of cards and skeletons.
 * @cssprop --ishraqat-border - Lines and borders.
 * @cssprop --ishraqat-font - Font family.
 * @cssprop --ishraqat-font-size - Base font size (default: the reader's preferred size).
 * @cssprop --ishraqat-radius - Corner radius.
 * @cssprop --ishraqat-spacing - Base spacing unit.
 */
export class IshraqatTimeline extends IshraqatElement {
  static override styles = timelineStyles;

  static override properties: PropertyDeclarations = {
    order: { reflect: true },
    groupBy: { attribute: 'group-by', reflect: true },
    layout: { reflect: true },
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    label: {},
    selected: { reflect: true },
    search: { type: Boolean, reflect: true },
    query: { reflect: true },
    _shown: { state: true },
    _focusId: { state: true },
    _targeted: { state: true },
    _rendered: { state: true },
    _printing: { state: true },
  };

  /** `newest` first (default) or `oldest` first. */
  order: Order = 'newest';

  /** `year` groups activities under year headings (default); `none` turns grouping off. */
  groupBy: TimelineGrouping = 'year';

  /** `vertical` (default), `alternating` (falls back to vertical when narrow) or `compact`. */
  layout: TimelineLayout = 'vertical';

  /** Show the first N activities, with a "Show more" button for the next N. */
  limit?: number;

  /** Heading level (1–6) of the year headings; activity titles are one level below. */
  headingLevel = 2;

  /** Accessible name of the timeline region (default: "Activities of <organization>"). */
  label?: string;

  /** Id of the chosen activity; set by clicks and keys, or from outside. */
  selected?: string;

  /** Shows a search field above the activities; its code loads only with it or `query`. */
  search = false;

  /** Shows only the activities holding all its words, in any language (the field sets it). */
  query?: string;

  /** The search (`search`, `query`): its code is fetched only when one of them is set. */
  private _search = new TimelineSearch(this, () => ({
    feed: this.currentFeed,
    activities: this.activities,
    fmt: this.fmt,
  }));

  private _shown?: number;
  private _focusId?: string;
  private _targeted?: string;
  /**
   * How many activities the unwindowed list has rendered so far (the rest follow when idle).
   * A server renders them all (src/ssr/), and hydrating that (a declarative shadow root before
   * the first update) starts from all of them too.
   */
  private _rendered = isServer || this.shadowRoot ? Infinity : FIRST_RENDER;
  private _printing = false;
  private _idle?: number | ReturnType<typeof setTimeout>;

  private _pendingFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._beforePrint);
    window.addEventListener('afterprint', this._afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._beforePrint);
    window.removeEventListener('afterprint', this._afterPrint);
  }

  private _onHashChange = () => {
    this._deepLinked = undefined;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') || changed.has('query')) this._shown = undefined;
    // Before rendering, so that showing a deep-linked activity takes no second update.
    this._followDeepLink();
  }

  /** Sorted activities, memoized per filtered (and searched) list and order. */
  private _sorted?: { from: readonly Activity[]; order: Order; out: Activity[] };
  private get sorted(): Activity[] {
    const activities = this._search.results;
    if (this._sorted?.from !== activities || this._sorted.order !== this.order) {
      this._sorted = {
        from: activities,
        order: this.order,
        out: sortActivities(activities, this.order),
      };
    }
    return this._sorted.out;
  }

  private get _limit(): number | undefined {
    return this.limit && this.limit > 0 ? Math.floor(this.limit) : undefined;
  }

  private get visibleCount(): number {
    const limit = this._limit;
    // Paper gets every activity, beyond the limit too.
    return limit && !this._printing
      ? Math.min(this.sorted.length, this._shown ?? limit)
      : this.sorted.length;
  }

  /** The activities to show (up to the `limit`, or all): the one array rendering is driven by. */
  private _items?: { from: Activity[]; count: number; out: Activity[] };
  private get items(): Activity[] {
    const sorted = this.sorted;
    const count = this.visibleCount;
    if (this._items?.from !== sorted || this._items.count !== count) {
      this._items = {
        from: sorted,
        count,
        out: count < sorted.length ? sorted.slice(0, count) : sorted,
      };
    }
    return this._items.out;
  }

  /** Whether the list is windowed (long, and not being printed). */
  private get _windowed(): boolean {
    // Never on a server: a page read without JavaScript holds every activity.
    return !isServer && !this._printing && this.items.length > WINDOW_AT && windowModule !== null;
  }

  /** The windowed list, once rendered. */
  private get _windowList(): HTMLElement | null {
    return windowModule ? this.renderRoot.querySelector<HTMLElement>('.list.windowed') : null;
  }

  /** Paper gets every activity. */
  private _beforePrint = () => {
    this._printing = true;
    this.requestUpdate();
  };

  private _afterPrint = () => {
    this._printing = false;
    this.requestUpdate();
  };

  private _deepLinked?: string;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._pendingFocus) {
      const id = this._pendingFocus;
      this._pendingFocus = undefined;
      void this._focusActivity(id, 'nearest');
    }
    this._renderRestWhenIdle();
  }

  /** The unwindowed list renders its first screen first, the rest in idle-time steps. */
  private _renderRestWhenIdle() {
    if (this._idle !== undefined || !this.currentFeed) return;
    const total = this.items.length;
    if (this._rendered >= total || (this._windowed && windowModule)) return;
    this._idle = whenIdle(() => {
      this._idle = undefined;
      this._rendered += FIRST_RENDER * 2;
      this.requestUpdate();
    });
  }

  /**
   * Scrolls to and focuses the activity `id`, rendered or not: in a windowed list it is
   * scrolled into view first and focused once the window holds it.
   */
  private async _focusActivity(
    id: string,
    block: ScrollLogicalPosition,
    behavior: ScrollBehavior = 'auto',
  ): Promise<HTMLElement | undefined> {
    const index = this.items.findIndex((a) => a.id === id);
    if (index < 0) return undefined;
    this._focusId = id;
    const rendered = !this._windowed && index < this._rendered && this._item(id);
    if (rendered) {
      // In the DOM already: at once (focus scrolls it into view as the reader expects).
      if (block === 'center') {
        rendered.scrollIntoView({ block, behavior });
        rendered.focus({ preventScroll: true });
      } else rendered.focus();
      return rendered;
    }
    if (!this._windowed && index >= this._rendered) {
      this._rendered = index + 1;
      this.requestUpdate();
      await this.updateComplete;
    }
    if (this._windowed) {
      await loadWindow();
      await this.updateComplete;
    }
    const item = this._item(id);
    if (item || !windowModule) {
      item?.scrollIntoView({ block, behavior });
      item?.focus({ preventScroll: true });
      return item ?? undefined;
    }
    return (
      (await windowModule.focusInWindow(
        () => this._windowList,
        index,
        block,
        () => this._item(id),
      )) ?? undefined
    );
  }

  /** `#<activity-id>` in the page URL: show, scroll to and highlight that activity. */
  private _followDeepLink() {
    if (isServer) return;
    const hash = fragmentId(location.hash);
    if (!hash || hash === this._deepLinked || !this.currentFeed) return;
    const index = this.sorted.findIndex((a) => a.id === hash);
    if (index < 0) return;
    this._deepLinked = hash;
    if (index >= this.visibleCount) {
      this._shown = index + 1;
    }
    this._targeted = hash;
    this._focusId = hash;
    void this.updateComplete.then(() =>
      this._focusActivity(hash, 'center', this._reducedMotion ? 'auto' : 'smooth'),
    );
  }

  private get _reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private _item(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(domId(id))}`);
  }

  private _select(activity: Activity) {
    this.selected = activity.id;
    this._focusId = activity.id;
    emit(this, 'ishraqat-select', { id: activity.id });
  }

  /** The activity whose card `event` happened in (handlers sit on the list, not on each card). */
  private _activityOf(
    event: Event,
  ): { card: HTMLElement; activity: Activity; index: number } | undefined {
    const card = (event.target as Element).closest<HTMLElement>('article[data-index]');
    const index = Number(card?.dataset['index']);
    const activity = this.items[index];
    return card && activity ? { card, activity, index } : undefined;
  }

  private _onClick(event: MouseEvent) {
    // Links and buttons inside an activity do their own thing.
    if ((event.target as Element).closest('a, button, summary')) return;
    const hit = this._activityOf(event);
    if (hit) this._select(hit.activity);
  }

  private _onFocusIn(event: FocusEvent) {
    const hit = this._activityOf(event);
    if (hit && hit.card === event.target) this._focusId = hit.activity.id;
  }

  /**
   * Roving focus between all activities, rendered or not: arrows, Home and End move, Enter and
   * Space choose.
   */
  private _onKeydown(event: KeyboardEvent) {
    const hit = this._activityOf(event);
    if (!hit || event.target !== hit.card) return;
    const last = this.items.length - 1;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(hit.index + 1, last);
        break;
      case 'ArrowUp':
        next = Math.max(hit.index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._select(hit.activity);
        return;
      default:
        return;
    }
    event.preventDefault();
    const target = this.items[next]!;
    const item = this._item(target.id);
    if (item) {
      this._focusId = target.id;
      item.focus();
    } else {
      void this._focusActivity(target.id, next === 0 || next === last ? 'center' : 'nearest');
    }
  }

  private _showMore() {
    const first = this.sorted[this.visibleCount];
    this._shown = this.visibleCount + (this._limit ?? 0);
    // Move focus to the first newly shown activity so keyboard users continue from there.
    if (first) {
      this._focusId = first.id;
      this._pendingFocus = first.id;
    }
  }

  private async _loadOlder() {
    // The button stays focusable while a page loads (aria-disabled, not disabled, which would
    // drop keyboard focus to the page); a second press meanwhile does nothing.
    if (this.pageLoading) return;
    const before = new Set(this.sorted.map((a) => a.id));
    const shownAll = this.visibleCount >= this.sorted.length;
    await this.loadNextPage();
    if (shownAll && this._shown !== undefined) this._shown = this.sorted.length;
    const first = this.sorted.find((a) => !before.has(a.id));
    if (first) {
      if (this.visibleCount <= this.sorted.indexOf(first)) {
        this._shown = this.sorted.indexOf(first) + (this._limit ?? 0);
      }
      this._focusId = first.id;
      this._pendingFocus = first.id;
    }
  }

  protected override renderLoading(): TemplateResult {
    const item = html`<li class="item skeleton"
      ><div class="card"
        ><span class="skeleton-bar short"></span><span class="skeleton-bar title-bar"></span
        ><span class="skeleton-bar long"></span><span class="skeleton-bar medium"></span></div
    ></li>`;
    return html`<div
      class="timeline ${this.layout}${this._limit ? '' : ' fill'}"
      part="state loading"
      role="status"
      ><span class="visually-hidden">${msg('Loading activities…')}</span
      ><div class="year-heading skeleton-heading" aria-hidden="true"></div
      ><ol class="list" aria-hidden="true"
        >${item}${item}${item}</ol
      ></div
    >`;
  }

  protected override renderReady(feed: Feed): TemplateResult {
    if (!this._search.ready) return this.renderLoading();
    const items = this.items;
    const windowed = this._windowed;
    if (windowed && !windowModule) void loadWindow().then(() => this.requestUpdate());
    const focusId =
      this._focusId && items.some((a) => a.id === this._focusId) ? this._focusId : items[0]?.id;
    const ctx: ActivityContext = {
      feed,
      fmt: this.fmt,
      activities: items,
      selected: this.selected,
      targeted: this._targeted,
      focusId,
      compact: this.layout === 'compact',
      yearLevel: this.groupBy === 'none' ? undefined : this._level(0),
      titleLevel: this._level(1),
    };
    // The virtualizer renders as the reader scrolls, outside this update: in its language too.
    const ui = this.fmt.ui as UiLocale;
    // An activity that fails to render costs only itself (reported on `problems`).
    const render = (a: Activity, i: number) =>
      withLocale(ui, () => this.guard('activities', a.id, () => renderActivity(ctx, a, i)));
    const orgName = this.fmt.plain(feed.organization.name);
    const label =
      this.label ??
      msg(str`Activities of ${orgName}`, { desc: 'Accessible name of the timeline.' });
    const hidden = this.sorted.length - items.length;
    // Two templates: going from one to the other replaces the list, and the virtualizer with it.
    const content =
      windowed && windowModule
        ? html`<ol
            class="list windowed"
            part="list"
            @click=${this._onClick}
            @keydown=${this._onKeydown}
            @focusin=${this._onFocusIn}
            >${windowModule.renderWindow(items, render)}</ol
          >`
        : html`<ol
            class="list"
            part="list"
            @click=${this._onClick}
            @keydown=${this._onKeydown}
            @focusin=${this._onFocusIn}
            >${(this._printing ? items : items.slice(0, this._rendered)).map(render)}</ol
          >`;
    return html`<section class="timeline ${this.layout}" aria-label=${label}
      >${this._search.render()}${content}${this.renderMore(feed, hidden)}${this.renderProblems()}</section
    >`;
  }

  private _level(offset: number): string {
    return this.headingAriaLevel(this.headingLevel, 2, this.groupBy === 'none' ? 0 : offset);
  }

  private renderMore(feed: Feed, hidden: number): TemplateResult | typeof nothing {
    if (hidden > 0) {
      const count = this.fmt.number(hidden);
      return html`<div class="more">
        <button class="button" part="more" type="button" @click=${this._showMore}>
          ${msg('Show more')}
          <span class="more-count"
            >(${msg(str`${count} more`, { desc: 'Number of activities not shown yet.' })})</span
          >
        </button>
      </div>`;
    }
    if (!feed.next) return nothing;
    return html`<div class="more">
      <button
        class="button"
        part="more"
        type="button"
        aria-disabled=${this.pageLoading ? 'true' : 'false'}
        aria-busy=${this.pageLoading ? 'true' : 'false'}
        @click=${this._loadOlder}
      >
        ${this.pageLoading ? msg('Loading older activities…') : msg('Load older activities')}
      </button>
      ${
        this.pageError
          ? html`<p class="page-error" role="alert">${this.pageErrorText}</p>`
          : nothing
      }
    </div>`;
  }
}

/** The id in a page URL's `#fragment`, percent-decoded; as written when that is not valid ("#100%"). */
function fragmentId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
