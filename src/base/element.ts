import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Problem } from '../feed/problems.js';
import { filterActivities, filterFromAttributes, type ActivityFilter } from '../feed/query.js';
import type { Activity, Feed } from '../feed/types.js';
import type { Calendar, Numerals } from '../i18n/locale.js';
import { feedErrorText, type ErrorReason } from '../i18n/messages.js';
import { emit } from './emit.js';
import { FeedController, errorInfo, isAbort } from './feed-controller.js';
import type { Formatter } from './formatter.js';
import { LocaleController } from './locale-controller.js';
import { RenderFaults } from './render-faults.js';
import * as states from './states.js';

// How it is built: the reactive properties every element has, composing what they share. The
// feed's life (sources, load, retry, pages, last good copy) is FeedController; language,
// direction and formatting are LocaleController; the shared states are states.ts; every event
// goes through emit(). Subclasses render.

/**
 * The shared base of every Ishraqat element: where the feed comes from (`feed` property,
 * inline JSON, `src`; asked again on a bad network, with the last good copy kept in the browser
 * as a fallback), its language and direction, the loading / empty / error / ready states, the
 * shared filters, and the `ishraqat-load` / `ishraqat-error` events. Subclasses render.
 *
 * @fires {CustomEvent} ishraqat-load - The feed is ready. `detail`: `{ activities, shown, problems, savedAt? }` (`savedAt`: the feed shown is the last good copy, saved then).
 * @fires {CustomEvent} ishraqat-error - The feed cannot be shown. `detail`: `{ reason, code, status? }`.
 */
export abstract class IshraqatElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    from: { reflect: true },
    to: { reflect: true },
    program: { reflect: true },
    partner: { reflect: true },
    tag: { reflect: true },
    region: { reflect: true },
    numerals: { reflect: true },
    calendar: { reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
  };

  /** URL of an activity feed (feed-v1). Elements with the same resolved URL share one request. */
  src?: string;

  /** A feed object given directly (feed-v1 JSON, or a feed another element parsed); takes precedence over `src` and inline JSON. */
  feed?: unknown;

  /** Show only activities that end on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from?: string;

  /** Show only activities that start on or before this date. */
  to?: string;

  /** Show only activities of these program ids (space-separated). */
  program?: string;

  /** Show only activities with these partner ids (space-separated). */
  partner?: string;

  /** Show only activities with these tags (space-separated). */
  tag?: string;

  /** Show only activities in these regions: ISO 3166-2 codes such as `IQ-MU` (space-separated). */
  region?: string;

  /** Digits: `latn` (0-9) or `arab` (٠-٩); by default the locale's own. */
  numerals?: Numerals;

  /** `islamic-umalqura` adds Hijri dates next to Gregorian ones. */
  calendar?: Calendar;

  /** `light` or `dark` forces a colour scheme; by default the visitor's preference. */
  theme?: 'light' | 'dark';

  /** Milliseconds before a feed request is given up (default 15 000); transient failures are asked again first. */
  timeout?: number;

  private readonly _source = new FeedController(this, () => this);
  private readonly _locale = new LocaleController(this);

  /** Formatting and text for the current render: language, direction, locale. */
  protected fmt!: Formatter;

  constructor() {
    super();
    upgradeProperties(this);
  }

  /** The problems found in the current feed (path + reason), read-only. */
  get problems(): readonly Problem[] {
    return this._faults.view(this.currentFeed)?.problems ?? [];
  }

  private readonly _faults = new RenderFaults();

  /**
   * Renders one item (an activity, a partner, a tile) so that a fault in it costs that item
   * only: it is left out and reported on `problems` like any problem in the feed, at
   * `list[id="…"]` (or `list` without an id).
   */
  protected guard<T>(
    list: string,
    id: string | undefined,
    render: () => T,
    skipped = true,
  ): T | typeof nothing {
    try {
      return render();
    } catch (error) {
      this._faults.add(this.currentFeed, list, id, error, skipped);
      return nothing;
    }
  }

  /** The feed as shown (with loaded `next` pages), once ready. */
  protected get currentFeed(): Feed | undefined {
    return this._source.feed;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** Every update runs in the element's UI language, so `msg()` answers in it. */
  protected override performUpdate(): void {
    this._locale.run(() => super.performUpdate());
  }

  /**
   * Before subclasses' own `willUpdate`: the feed for the current sources, and the formatter.
   * Here, not earlier, so that properties set before the element was defined are in place.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._source.sync();
    const feed = this.currentFeed;
    this.fmt = this._locale.formatter({ feed, numerals: this.numerals, calendar: this.calendar });
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this._announce();
    this._restoreFocus();
  }

  /** What was last announced (a feed or a failure), so each is announced once. */
  private _announced?: unknown;

  /** Fires `ishraqat-load` / `ishraqat-error` once per feed or failure. */
  private _announce() {
    if (!this._locale.ready) return;
    const { status, error } = this._source;
    if (status === 'complete') {
      const feed = this.currentFeed!;
      if (this._announced === feed) return;
      if (!states.problemsReady(feed)) {
        // A feed with problems is announced once their list can be shown.
        void states.loadProblemsView().then(() => this.requestUpdate());
        return;
      }
      this._announced = feed;
      // Once per feed, however many elements show it.
      states.logProblems(feed);
      const { savedAt } = this._source;
      emit(this, 'ishraqat-load', {
        activities: feed.activities.length,
        shown: this.activities.length,
        problems: this.problems,
        ...(savedAt !== undefined ? { savedAt } : {}),
      });
    } else if (status === 'error') {
      if (this._announced === error || isAbort(error)) return;
      this._announced = error;
      const { code, status: httpStatus } = errorInfo(error);
      emit(this, 'ishraqat-error', {
        code,
        reason: feedErrorText(code, this._status(httpStatus)),
        ...(httpStatus ? { status: httpStatus } : {}),
      });
    }
  }

  private _status(status: number | undefined): string | undefined {
    return status === undefined ? undefined : this.fmt.number(status, { useGrouping: false });
  }

  /** The shared filters, from the attributes. */
  protected get filter(): ActivityFilter {
    return filterFromAttributes({
      from: this.from ?? null,
      to: this.to ?? null,
      program: this.program ?? null,
      partner: this.partner ?? null,
      tag: this.tag ?? null,
      region: this.region ?? null,
    }).filter;
  }

  private _filtered?: { feed: Feed; key: string; activities: Activity[] };

  /** The feed's activities that pass the shared filters (memoized per feed and filter). */
  protected get activities(): Activity[] {
    const feed = this.currentFeed;
    if (!feed) return [];
    const filter = this.filter;
    const key = JSON.stringify(filter);
    if (this._filtered?.feed !== feed || this._filtered.key !== key) {
      this._filtered = { feed, key, activities: filterActivities(feed.activities, filter) };
    }
    return this._filtered.activities;
  }

  /** Loads the feed's next (older) page and merges it in; on failure see `pageError`. */
  protected loadNextPage(): Promise<void> {
    return this._source.loadNextPage();
  }

  protected get pageLoading(): boolean {
    return this._source.pageLoading;
  }

  /** Why the last `next` page asked for is not shown (a load failure, a loop, a repeat). */
  protected get pageError(): ErrorReason | undefined {
    return this._source.pageError;
  }

  /** `pageError` as a sentence in the element's language (with the HTTP status, if any). */
  protected get pageErrorText(): string | undefined {
    const code = this._source.pageError;
    return code && feedErrorText(code, this._status(this._source.pageStatus));
  }

  /** Set by the retry button: where its press left focus goes once the new state shows. */
  private _refocus = false;

  /**
   * After "Try again" the button is gone: keyboard focus goes to the retry button of a new
   * error, or to the widget itself when the feed shows, never to the page's start.
   */
  private _restoreFocus() {
    const { status } = this._source;
    if (!this._refocus || !this._locale.ready) return;
    if (status !== 'complete' && status !== 'error') return;
    this._refocus = false;
    const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]');
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    // The wrapper takes focus only from script (tabindex -1): it is not a tab stop.
    if (!retry) base?.setAttribute('tabindex', '-1');
    (retry ?? base)?.focus();
  }

  /** Asks for the feed again (after an error). */
  retry(): void {
    this._source.retry();
  }

  override render() {
    const { status, error, savedAt } = this._source;
    const ready = this._locale.ready;
    let content: TemplateResult | typeof nothing;
    if (!ready || status === 'initial' || status === 'pending') {
      content = this.renderLoading();
    } else if (status === 'error') {
      content = this.renderError(error);
    } else {
      const activities = this.activities;
      content =
        activities.length === 0 && !this.rendersWithoutActivities
          ? this.renderEmpty()
          : this.renderReady(this.currentFeed!, activities);
    }
    const copy =
      ready && status === 'complete' && savedAt !== undefined
        ? states.renderCopyNote(savedAt, this.fmt)
        : nothing;
    return html`<div
      part="base"
      class="base ${this.fmt.dir}"
      lang=${this.fmt.lang}
      dir=${this.fmt.dir}
      aria-busy=${status === 'pending' || !ready ? 'true' : 'false'}
    >
      ${copy}${content}
    </div>`;
  }

  /** An aria-level: the `heading-level` attribute's value (else `fallback`) plus `offset`, 1–6. */
  protected headingAriaLevel(level: number, fallback: number, offset = 0): string {
    return String(Math.min(6, Math.max(1, Math.floor(level) || fallback) + offset));
  }

  /** Elements that still show something (e.g. an organization) without activities. */
  protected get rendersWithoutActivities(): boolean {
    return false;
  }

  /** The ready state. */
  protected abstract renderReady(feed: Feed, activities: readonly Activity[]): TemplateResult;

  /** A skeleton the size of typical content, so nothing shifts when data arrives. */
  protected abstract renderLoading(): TemplateResult;

  protected renderEmpty(): TemplateResult {
    return states.renderEmpty(this.renderProblems());
  }

  protected renderError(error: unknown): TemplateResult | typeof nothing {
    // Left the page mid-request: it is asked again on return.
    if (isAbort(error)) return this.renderLoading();
    const { code, status } = errorInfo(error);
    return states.renderError(code, this._status(status), () => {
      this._refocus = true;
      this.retry();
    });
  }

  /**
   * The quiet, expandable count of what could not be shown. Its texts (one reason per problem)
   * are a module of their own, fetched only for a feed with problems.
   */
  protected renderProblems(): TemplateResult | typeof nothing {
    return states.renderProblems(this._faults.view(this.currentFeed), this.fmt, () =>
      this.requestUpdate(),
    );
  }
}

/**
 * Lit's "upgrade property" fix, for what Lit does not cover itself: a page (React, or markup
 * before the CDN script) may set any property on the tag before the element is defined, which
 * makes it an own property of the instance that hides the class's accessor. Lit moves the
 * declared reactive properties to their accessors at the first update (the element reads them
 * only from `willUpdate` on, so they count); this does the same, at once, for every other
 * public member of the class (`problems` and any a subclass adds). A read-only one
 * (`problems`) keeps the page's value out: it is the element's to say.
 */
function upgradeProperties(element: IshraqatElement): void {
  const self = element as unknown as Record<string, unknown>;
  for (const name of Object.keys(element)) {
    if (name.startsWith('_') || !(name in Object.getPrototypeOf(element))) continue;
    const value = self[name];
    delete self[name];
    try {
      self[name] = value;
    } catch {
      // A getter without a setter: nothing to set.
    }
  }
}
