import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { parseFeed } from '../feed/parse.js';
import { forgetFeed, loadFeed } from '../feed/load.js';
import { FeedError, type Problem } from '../feed/problems.js';
import type * as ProblemsView from './problems-view.js';
import { filterActivities, filterFromAttributes, type ActivityFilter } from '../feed/query.js';
import type { Activity, Feed } from '../feed/types.js';
import { catalogueReady, loadCatalogue, msg, uiLocaleFor, withLocale } from '../i18n/localize.js';
import {
  directionOf,
  formatLocale,
  languageOf,
  type Calendar,
  type Numerals,
} from '../i18n/locale.js';
import { feedErrorText, type ErrorReason } from '../i18n/messages.js';
import { Formatter } from './formatter.js';
import { RenderFaults } from './render-faults.js';
import type { ErrorEventDetail, LoadEventDetail } from './events.js';

/** Feeds given as objects or inline JSON, parsed once however many elements show them. */
const parsedObjects = new WeakMap<object, Feed>();
/** Inline JSON texts, most recent last; bounded so that edited texts do not pile up. */
const parsedTexts = new Map<string, Feed>();
const MAX_PARSED_TEXTS = 16;

/**
 * A feed this library already parsed (its partners are a Map, which JSON never gives): an
 * element composing others hands its own feed down, and it is used as it is.
 */
function isParsedFeed(input: object): input is Feed {
  const feed = input as Partial<Feed>;
  return feed.partners instanceof Map && Array.isArray(feed.problems);
}

function parseShared(input: unknown, baseUrl: string): Feed {
  if (typeof input === 'object' && input !== null && isParsedFeed(input)) return input;
  if (typeof input === 'string') {
    let feed = parsedTexts.get(input);
    if (!feed) {
      feed = parseFeed(input, { baseUrl });
      parsedTexts.set(input, feed);
      if (parsedTexts.size > MAX_PARSED_TEXTS) {
        parsedTexts.delete(parsedTexts.keys().next().value!);
      }
    }
    return feed;
  }
  if (typeof input === 'object' && input !== null) {
    let feed = parsedObjects.get(input);
    if (!feed) {
      feed = parseFeed(input, { baseUrl });
      parsedObjects.set(input, feed);
    }
    return feed;
  }
  return parseFeed(input, { baseUrl });
}

const hasErrors = (feed: Feed) => feed.problems.some((p) => p.severity === 'error');

/** The problems list, once loaded (see `renderProblems`); `null` when it could not be. */
let problemsView: typeof ProblemsView | null | undefined;
let problemsViewLoading: Promise<void> | undefined;
function loadProblemsView(): Promise<void> {
  problemsViewLoading ??= import('./problems-view.js').then(
    (module) => void (problemsView = module),
    (error: unknown) => {
      problemsView = null;
      console.warn('[ishraqat] the list of feed problems could not be loaded', error);
    },
  );
  return problemsViewLoading;
}

/** The element was given no feed at all (no `feed`, inline JSON or `src`). */
class NoFeedError extends Error {
  override readonly name = 'NoFeedError';
  constructor() {
    super('No feed was given (set src, feed or inline JSON).');
  }
}

/** One observer for the whole page: re-render widgets when an ancestor's `lang` changes. */
const widgets = new Set<IshraqatElement>();
let langObserver: MutationObserver | undefined;
function watchLanguage(element: IshraqatElement, on: boolean) {
  if (on) widgets.add(element);
  else widgets.delete(element);
  if (on && !langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  if (widgets.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

type FeedArgs = readonly [
  src: string | undefined,
  feed: unknown,
  inline: string | null,
  baseUrl: string,
];

/**
 * The shared base of every Ishraqat element: where the feed comes from (`feed` property,
 * inline JSON, `src`), its language and direction, the loading / empty / error / ready states,
 * the shared filters, and the `ishraqat-load` / `ishraqat-error` events. Subclasses render.
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
    _paged: { state: true },
    _pageLoading: { state: true },
    _pageError: { state: true },
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

  /** Milliseconds before a feed request is given up (default 15 000). */
  timeout?: number;

  /** The feed with the `next` pages loaded so far merged in, for the feed it grew from. */
  private _paged?: { from: Feed; merged: Feed };
  private _pageLoading = false;
  private _pageError?: ErrorReason;

  private _announced?: unknown;
  /** Re-reads inline JSON when the page adds or edits the child script. */
  private _childObserver?: MutationObserver;

  /**
   * Where the feed is in its life: asked for when its source (`feed`, inline JSON, `src`, the
   * page URL it resolves against) changes, at the start of the update that renders it.
   */
  private _state: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  /** The feed loaded (kept while a new one loads) or why it failed. */
  private _value?: Feed;
  private _error?: unknown;
  private _args?: FeedArgs;
  private _run = 0;
  private _abort?: AbortController;

  /** Loads the feed when its source changed; a feed object or inline JSON is ready at once. */
  private _checkSource() {
    // On a server (@lit-labs/ssr) an element has no children to read: it is given `feed`.
    if (isServer) return void (this._args || this._load([this.src, this.feed, null, '']));
    // The feed in a child `<script type="application/json">`, if any. It resolves against the
    // page, or against its `data-base-url`: an absolute URL or "" (none), which the server
    // renderer (src/ssr/) writes so that hydration reads the feed exactly as the server did.
    const script = this.querySelector<HTMLElement>(':scope > script[type="application/json"]');
    const args: FeedArgs = [
      this.src,
      this.feed,
      // An element's textContent is never null: null means no script.
      script?.textContent ?? null,
      script?.dataset.baseUrl ?? document.baseURI,
    ];
    if (!this._args || args.some((arg, i) => arg !== this._args![i])) void this._load(args);
  }

  /** Gets the feed for `args`. A newer call makes an older one moot; leaving the page aborts it. */
  private async _load(args: FeedArgs = this._args!): Promise<void> {
    this._args = args;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    const run = ++this._run;
    this._state = 'pending';
    this.requestUpdate();
    const [src, feed, inline, baseUrl] = args;
    try {
      let value: Feed;
      if (feed !== undefined && feed !== null) value = parseShared(feed, baseUrl);
      else if (inline !== null) value = parseShared(inline, baseUrl);
      else if (src) {
        value = await loadFeed(new URL(src, baseUrl).href, {
          signal: abort.signal,
          ...(this.timeout ? { timeout: this.timeout } : {}),
        });
      } else throw new NoFeedError();
      if (run !== this._run) return;
      this._value = value;
      this._error = undefined;
      this._state = 'complete';
    } catch (error) {
      if (run !== this._run) return;
      this._value = undefined;
      this._error = error;
      this._state = 'error';
    }
    this.requestUpdate();
  }

  /** Formatting and text for the current render: language, direction, locale. */
  protected fmt!: Formatter;

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
    const first = this._value;
    return this._paged && this._paged.from === first ? this._paged.merged : first;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    watchLanguage(this, true);
    this._childObserver ??= new MutationObserver(() => this.requestUpdate());
    this._childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this._state === 'error' && this._wasAborted()) {
      // Left the page mid-request and came back: ask again.
      void this._load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    watchLanguage(this, false);
    this._childObserver?.disconnect();
    if (this._state === 'pending') this._abort?.abort();
  }

  private _wasAborted(): boolean {
    const error = this._error as { name?: string } | undefined;
    return error?.name === 'AbortError';
  }

  /**
   * Every update runs in the element's UI language, so `msg()` answers in it. On a server
   * (@lit-labs/ssr, which calls `render()` itself) only the preparation runs: see `render`.
   */
  protected override performUpdate(): void {
    this._checkSource();
    const lang = languageOf(this);
    const feed = this.currentFeed;
    this.fmt = new Formatter({
      lang,
      ui: uiLocaleFor(lang),
      dir: directionOf(lang),
      locale: formatLocale(lang, { country: feed?.country, numerals: this.numerals }),
      feedLanguage: feed?.language ?? 'en',
      calendar: this.calendar,
    });
    if (!catalogueReady(this.fmt.ui)) {
      void loadCatalogue(this.fmt.ui).then(() => this.requestUpdate());
    }
    if (!isServer) withLocale(this.fmt.ui, () => super.performUpdate());
  }

  /** Until its UI strings have arrived, the element shows its loading state. */
  private get _stringsReady(): boolean {
    return catalogueReady(this.fmt.ui);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this._announce();
    this._restoreFocus();
  }

  /** Fires `ishraqat-load` / `ishraqat-error` once per feed or failure. */
  private _announce() {
    if (!this._stringsReady) return;
    const status = this._state;
    if (status === 'complete') {
      const feed = this.currentFeed!;
      if (this._announced === feed) return;
      if (problemsView === undefined && hasErrors(feed)) {
        // A feed with problems is shown once their list is.
        void loadProblemsView().then(() => this.requestUpdate());
        return;
      }
      this._announced = feed;
      // Once per feed, however many elements show it (the view is loaded when it has errors).
      if (hasErrors(feed)) problemsView?.logProblems(feed);
      const detail: LoadEventDetail = {
        activities: feed.activities.length,
        shown: this.activities.length,
        problems: this.problems,
      };
      this.dispatchEvent(
        new CustomEvent('ishraqat-load', { detail, bubbles: true, composed: true }),
      );
    } else if (status === 'error') {
      const error = this._error;
      if (this._announced === error || this._wasAborted()) return;
      this._announced = error;
      const { code, status: httpStatus } = this._errorInfo(error);
      const detail: ErrorEventDetail = {
        code,
        reason: withLocale(this.fmt.ui, () => feedErrorText(code, this._status(httpStatus))),
        ...(httpStatus ? { status: httpStatus } : {}),
      };
      this.dispatchEvent(
        new CustomEvent('ishraqat-error', { detail, bubbles: true, composed: true }),
      );
    }
  }

  private _status(status: number | undefined): string | undefined {
    return status === undefined ? undefined : this.fmt.number(status, { useGrouping: false });
  }

  private _errorInfo(error: unknown): { code: ErrorReason; status?: number } {
    if (error instanceof NoFeedError) return { code: 'missing' };
    if (error instanceof FeedError) {
      return {
        code: error.code,
        ...(error.details.status ? { status: error.details.status } : {}),
      };
    }
    return { code: 'unexpected' };
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

  /** Loads the feed's next (older) page and merges it in. */
  protected async loadNextPage(): Promise<void> {
    const feed = this.currentFeed;
    if (!feed?.next || this._pageLoading) return;
    this._pageLoading = true;
    this._pageError = undefined;
    try {
      const from = this._value!;
      // Only feeds with `next` pages, and only when asked: not part of the element's bundle.
      const { loadNextPage } = await import('../feed/pages.js').catch((error: unknown) => {
        throw new FeedError('network', `The pages module could not be loaded: ${String(error)}`);
      });
      const merged = await loadNextPage(feed, this.timeout ? { timeout: this.timeout } : {});
      if (this._value === from) this._paged = { from, merged };
    } catch (error) {
      this._pageError = this._errorInfo(error).code;
    } finally {
      this._pageLoading = false;
    }
  }

  protected get pageLoading(): boolean {
    return this._pageLoading;
  }

  protected get pageError(): ErrorReason | undefined {
    return this._pageError;
  }

  /** Set by the retry button: where its press left focus goes once the new state shows. */
  private _refocus = false;

  /**
   * After "Try again" the button is gone: keyboard focus goes to the retry button of a new
   * error, or to the widget itself when the feed shows, never to the page's start.
   */
  private _restoreFocus() {
    if (!this._refocus || !this._stringsReady) return;
    if (this._state !== 'complete' && this._state !== 'error') return;
    this._refocus = false;
    const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]');
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    // The wrapper takes focus only from script (tabindex -1): it is not a tab stop.
    if (!retry) base?.setAttribute('tabindex', '-1');
    (retry ?? base)?.focus();
  }

  /** Asks for the feed again (after an error). */
  retry(): void {
    if (this.src) {
      try {
        forgetFeed(new URL(this.src, document.baseURI).href);
      } catch {
        // Not a URL: nothing was cached; the load fails again and shows the error state.
      }
    }
    void this._load();
  }

  override render() {
    // @lit-labs/ssr calls `render()` alone: the feed and formatter first (src/ssr/ sets the
    // language around the whole rendering).
    if (isServer) this.performUpdate();
    const status = this._state;
    let content: TemplateResult | typeof nothing;
    if (!this._stringsReady || status === 'initial' || status === 'pending') {
      content = this.renderLoading();
    } else if (status === 'error') {
      content = this.renderError(this._error);
    } else {
      const activities = this.activities;
      content =
        activities.length === 0 && !this.rendersWithoutActivities
          ? this.renderEmpty()
          : this.renderReady(this.currentFeed!, activities);
    }
    return html`<div
      part="base"
      class="base ${this.fmt.dir}"
      lang=${this.fmt.lang}
      dir=${this.fmt.dir}
      aria-busy=${status === 'pending' || !this._stringsReady ? 'true' : 'false'}
    >
      ${content}
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
    return html`<div class="state empty" part="state empty" role="status">
        ${msg('No activities to show.')}
      </div>
      ${this.renderProblems()}`;
  }

  protected renderError(error: unknown): TemplateResult | typeof nothing {
    if ((error as { name?: string } | undefined)?.name === 'AbortError')
      return this.renderLoading();
    const { code, status } = this._errorInfo(error);
    return html`<div class="state error" part="state error" role="alert">
      <p>${feedErrorText(code, this._status(status))}</p>
      <button
        class="button"
        part="retry"
        type="button"
        @click=${() => {
          this._refocus = true;
          this.retry();
        }}
      >
        ${msg('Try again')}
      </button>
    </div>`;
  }

  /**
   * The quiet, expandable count of what could not be shown. Its texts (one reason per problem)
   * are a module of their own, fetched only for a feed with problems.
   */
  protected renderProblems(): TemplateResult | typeof nothing {
    const feed = this._faults.view(this.currentFeed);
    if (!feed || !hasErrors(feed)) return nothing;
    if (problemsView) return problemsView.renderProblems(feed, this.fmt);
    void loadProblemsView().then(() => this.requestUpdate());
    return nothing;
  }
}
