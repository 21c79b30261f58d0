import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { IshraqatElement } from '../base/element.js';
import type { SelectEventDetail } from '../base/events.js';
import { groupByYear, sortActivities, type Order, type YearGroup } from '../feed/query.js';
import type { Activity, ActivityPartner, Feed, Partner, PartnerRole } from '../feed/types.js';
import { countLabel } from '../i18n/count-labels.js';
import { msg, str } from '../i18n/localize.js';
import { feedErrorText, opensInNewTab } from '../i18n/messages.js';
import { regionName } from '../i18n/regions.js';
import { TimelineSearch } from './search/controller.js';
import { timelineStyles } from './timeline.styles.js';

export const TIMELINE_LAYOUTS = ['vertical', 'alternating', 'compact'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

export const TIMELINE_GROUPINGS = ['year', 'none'] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];

const roleLabel = (role: PartnerRole): string => {
  switch (role) {
    case 'funding':
      return msg('funding', { desc: 'IATI partner role, shown after a partner name.' });
    case 'accountable':
      return msg('accountable', { desc: 'IATI partner role, shown after a partner name.' });
    case 'extending':
      return msg('extending', { desc: 'IATI partner role, shown after a partner name.' });
    case 'implementing':
      return msg('implementing', { desc: 'IATI partner role, shown after a partner name.' });
  }
};

/**
 * Activity ids are free text; DOM ids inside the shadow root get a safe prefix and are
 * percent-encoded, one to one. An unpaired surrogate (which `encodeURIComponent` refuses with
 * "URI malformed") becomes `%uXXXX`, which the encoding of any other text never produces.
 */
const domId = (id: string) =>
  `activity-${id
    .split(/([\ud800-\udfff])/u)
    .map((part, i) => (i % 2 ? `%u${part.charCodeAt(0).toString(16)}` : encodeURIComponent(part)))
    .join('')}`;

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
 * @csspart year - A year group.
 * @csspart year-heading - The heading of a year group.
 * @csspart list - An ordered list of activities.
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

  private _pendingFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._beforePrint);
    this._nearEnd?.disconnect();
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

  /**
   * Without a `limit`, long timelines render in chunks of this many as the reader scrolls. (The
   * server renderer, src/ssr/, gives a timeline without `limit` one that shows every activity.)
   */
  static readonly chunk = 200;

  private get _step(): number {
    return this.limit && this.limit > 0 ? Math.floor(this.limit) : IshraqatTimeline.chunk;
  }

  private get visibleCount(): number {
    return Math.min(this.sorted.length, this._shown ?? this._step);
  }

  /** Renders the next chunk when the "Show more" button nears the viewport (no `limit` set). */
  private _nearEnd?: IntersectionObserver;
  private _observeEnd() {
    this._nearEnd?.disconnect();
    const more = this.renderRoot.querySelector('[part~="more"]');
    if (this.limit || !more || this.visibleCount >= this.sorted.length) return;
    this._nearEnd = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this._nearEnd?.disconnect();
          this._shown = this.visibleCount + this._step;
        }
      },
      { rootMargin: '1500px 0px' },
    );
    this._nearEnd.observe(more);
  }

  /** Paper gets every activity. */
  private _beforePrint = () => {
    this._shown = this.sorted.length;
  };

  private _deepLinked?: string;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._observeEnd();
    if (this._pendingFocus) {
      const target = this._item(this._pendingFocus);
      if (target) {
        this._pendingFocus = undefined;
        target.focus();
      }
    }
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
    void this.updateComplete.then(() => {
      const item = this._item(hash);
      if (!item) return;
      item.scrollIntoView({ block: 'center', behavior: this._reducedMotion ? 'auto' : 'smooth' });
      item.focus({ preventScroll: true });
    });
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
    const detail: SelectEventDetail = { id: activity.id };
    this.dispatchEvent(
      new CustomEvent('ishraqat-select', { detail, bubbles: true, composed: true }),
    );
  }

  private _onItemClick(event: MouseEvent, activity: Activity) {
    // Links and buttons inside an activity do their own thing.
    if ((event.target as Element).closest('a, button, summary')) return;
    this._select(activity);
  }

  /** Roving focus between activities: arrows, Home and End move, Enter and Space choose. */
  private _onItemKeydown(event: KeyboardEvent, activity: Activity, index: number) {
    if (event.target !== event.currentTarget) return;
    const visible = this.sorted.slice(0, this.visibleCount);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, visible.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = visible.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._select(activity);
        return;
      default:
        return;
    }
    event.preventDefault();
    const target = visible[next]!;
    this._focusId = target.id;
    this._item(target.id)?.focus();
  }

  private _showMore() {
    const first = this.sorted[this.visibleCount];
    this._shown = this.visibleCount + this._step;
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
        this._shown = this.sorted.indexOf(first) + this._step;
      }
      this._focusId = first.id;
      this._pendingFocus = first.id;
    }
  }

  protected override renderLoading(): TemplateResult {
    const item = html`<li class="item skeleton" aria-hidden="true">
      <span class="marker"></span>
      <div class="card">
        <span class="skeleton-bar short"></span>
        <span class="skeleton-bar title-bar"></span>
        <span class="skeleton-bar long"></span>
        <span class="skeleton-bar medium"></span>
      </div>
    </li>`;
    return html`<div class="timeline ${this.layout}" part="state loading" role="status">
      <span class="visually-hidden">${msg('Loading activities…')}</span>
      <ol class="list">
        ${item}${item}${item}
      </ol>
    </div>`;
  }

  protected override renderReady(feed: Feed): TemplateResult {
    if (!this._search.ready) return this.renderLoading();
    const sorted = this.sorted;
    const visible = sorted.slice(0, this.visibleCount);
    const focusId =
      this._focusId && visible.some((a) => a.id === this._focusId) ? this._focusId : visible[0]?.id;
    const groups: YearGroup[] =
      this.groupBy === 'none' ? [{ year: NaN, activities: visible }] : groupByYear(visible);
    const orgName = this.fmt.plain(feed.organization.name);
    const label =
      this.label ??
      msg(str`Activities of ${orgName}`, { desc: 'Accessible name of the timeline.' });
    let index = 0;
    const hidden = sorted.length - visible.length;
    return html`<section class="timeline ${this.layout}" aria-label=${label}>
      ${this._search.render()}
      ${groups.map((group) => {
        const items = group.activities.map((a) => {
          const i = index++;
          return this.guard('activities', a.id, () => this.renderActivity(feed, a, i, focusId));
        });
        if (this.groupBy === 'none')
          return html`<ol class="list" part="list">
            ${items}
          </ol>`;
        const headingId = `year-${group.year}`;
        return html`<section class="year" part="year" aria-labelledby=${headingId}>
          <div
            class="year-heading"
            part="year-heading"
            role="heading"
            aria-level=${this._level(0)}
            id=${headingId}
          >
            ${this.fmt.year(group.year)}
          </div>
          <ol class="list" part="list">
            ${items}
          </ol>
        </section>`;
      })}
      ${this.renderMore(feed, hidden)} ${this.renderProblems()}
    </section>`;
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
          ? html`<p class="page-error" role="alert">${feedErrorText(this.pageError)}</p>`
          : nothing
      }
    </div>`;
  }

  private renderActivity(feed: Feed, a: Activity, index: number, focusId: string | undefined) {
    const fmt = this.fmt;
    const titleId = `title-${domId(a.id)}`;
    const hijri = fmt.hijri(a.date);
    const classes = [
      'item',
      index % 2 ? 'odd' : 'even',
      a.id === this.selected ? 'selected' : '',
      a.id === this._targeted ? 'targeted' : '',
    ].join(' ');
    return html`<li class=${classes}>
      <span class="marker" part="marker" aria-hidden="true"></span>
      <article
        class="card"
        part="item"
        id=${domId(a.id)}
        aria-labelledby=${titleId}
        aria-current=${a.id === this.selected ? 'true' : 'false'}
        tabindex=${a.id === focusId ? '0' : '-1'}
        @click=${(e: MouseEvent) => this._onItemClick(e, a)}
        @keydown=${(e: KeyboardEvent) => this._onItemKeydown(e, a, index)}
        @focus=${() => (this._focusId = a.id)}
      >
        <p class="date" part="date">
          <time datetime=${a.date.text}>${fmt.dateRange(a.date, a.endDate)}</time>${
            hijri ? html` <span class="hijri">(${hijri})</span>` : nothing
          }
        </p>
        <div class="title" part="title" role="heading" aria-level=${this._level(1)} id=${titleId}>
          ${fmt.text(a.title)}
        </div>
        ${a.summary ? html`<p class="summary" part="summary">${fmt.text(a.summary)}</p>` : nothing}
        ${this.layout === 'compact' ? nothing : this.renderDetails(feed, a)}
      </article>
    </li>`;
  }

  private renderDetails(feed: Feed, a: Activity) {
    const fmt = this.fmt;
    const place = this.renderPlace(a);
    const partners = a.partners
      .map((ref) => ({ ref, partner: feed.partners.get(ref.id) }))
      .filter((x) => x.partner);
    const program = a.program ? feed.programs.get(a.program) : undefined;
    const counts = Object.entries(a.counts);
    const meta =
      place !== nothing || partners.length || a.people.length || program || a.tags.length;
    return html`${
      meta
        ? html`<dl class="meta" part="meta">
            ${
              place !== nothing
                ? html`<div>
                    <dt>${msg('Place')}</dt>
                    <dd>${place}</dd>
                  </div>`
                : nothing
            }
            ${
              partners.length
                ? html`<div>
                    <dt>${msg('Partners')}</dt>
                    <dd>
                      ${fmt.joinList(
                        partners.map(({ ref, partner }) => this.renderPartner(ref, partner!)),
                        partners.map(({ partner }) =>
                          fmt.plain(partner!.shortName ?? partner!.name),
                        ),
                      )}
                    </dd>
                  </div>`
                : nothing
            }
            ${
              a.people.length
                ? html`<div>
                    <dt>${msg('People')}</dt>
                    <dd>
                      ${fmt.joinList(
                        a.people.map(
                          (p) =>
                            html`<span class="person"
                              >${fmt.name(p.name)}${
                                p.role
                                  ? html` <span class="role">(${fmt.text(p.role)})</span>`
                                  : nothing
                              }</span
                            >`,
                        ),
                        a.people.map((p) => fmt.plain(p.name)),
                      )}
                    </dd>
                  </div>`
                : nothing
            }
            ${
              program || a.tags.length
                ? html`<div>
                    <dt>${msg('Topics')}</dt>
                    <dd>
                      <ul class="inline-list chips">
                        ${program ? html`<li class="chip">${fmt.text(program.name)}</li>` : nothing}
                        ${a.tags.map((t) => html`<li class="chip"><bdi>${t}</bdi></li>`)}
                      </ul>
                    </dd>
                  </div>`
                : nothing
            }
          </dl>`
        : nothing
    }
    ${
      counts.length
        ? html`<ul class="counts" part="counts" aria-label=${msg('Counts')}>
            ${counts.map(
              ([key, value]) =>
                html`<li>
                  <span class="count-value">${fmt.number(value)}</span>
                  <span class="count-label"
                    >${countLabel(key, value, fmt.locale, feed, fmt.lang)}</span
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      a.images.length
        ? html`<div class="images" part="images">
            ${a.images.slice(0, 3).map(
              (img) =>
                html`<figure>
                  <img src=${img.src} alt=${fmt.plain(img.alt)} loading="lazy" decoding="async" />
                  ${img.credit ? html`<figcaption>${fmt.text(img.credit)}</figcaption>` : nothing}
                </figure>`,
            )}
          </div>`
        : nothing
    }
    ${
      a.url
        ? html`<p class="link">
            <a part="link" href=${a.url} target="_blank" rel="noopener noreferrer"
              >${msg('Read more')}<span class="visually-hidden"
                >: ${fmt.plain(a.title)} ${opensInNewTab()}</span
              ></a
            >
          </p>`
        : nothing
    }`;
  }

  private renderPartner(ref: ActivityPartner, partner: Partner): TemplateResult {
    const fmt = this.fmt;
    const shown = fmt.name(partner.shortName ?? partner.name);
    return html`<span class="partner"
      >${
        partner.logo
          ? html`<img
              class="partner-logo"
              src=${partner.logo}
              alt=""
              loading="lazy"
              width="20"
              height="20"
            />`
          : nothing
      }${
        partner.url
          ? html`<a href=${partner.url} target="_blank" rel="noopener noreferrer"
              >${shown}<span class="visually-hidden"> ${opensInNewTab()}</span></a
            >`
          : shown
      }${
        partner.shortName
          ? html`<span class="visually-hidden"> (${fmt.plain(partner.name)})</span>`
          : nothing
      }${ref.role ? html` <span class="role">(${roleLabel(ref.role)})</span>` : nothing}</span
    >`;
  }

  private renderPlace(a: Activity): TemplateResult | typeof nothing {
    const location = a.location;
    if (!location) return nothing;
    const parts: (TemplateResult | string)[] = [];
    if (location.name) parts.push(this.fmt.name(location.name) as TemplateResult);
    const region = location.region;
    if (region?.code) parts.push(html`<bdi>${regionName(region.code) ?? region.code}</bdi>`);
    else if (region?.text) parts.push(this.fmt.name(region.text) as TemplateResult);
    if (!parts.length) return nothing;
    const separator = msg(', ', { desc: 'Between a place name and its region.' });
    return html`${parts.map((p, i) => html`${i ? separator : ''}${p}`)}`;
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
