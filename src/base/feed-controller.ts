/**
 * An element's feed through its life: where it comes from (the `feed` property, a child
 * `<script type="application/json">`, `src`), loading it (shared, retried, aborted when the
 * source changes or the element leaves the page), "Try again", the last good copy when the
 * network fails, and the `next` pages a reader asks for.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { forgetFeed, loadFeedOrCopy } from '../feed/load.js';
import { parseForPage } from '../feed/parse-core.js';
import { FeedError } from '../feed/problems.js';
import type { Feed } from '../feed/types.js';
import type { ErrorReason } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the element was given: its `src`, `feed` and `timeout` properties. */
export interface FeedSourceProperties {
  readonly src?: string | undefined;
  readonly feed?: unknown;
  readonly timeout?: number | undefined;
}

export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/** The element was given no feed at all (no `feed`, inline JSON or `src`). */
export class NoFeedError extends Error {
  override readonly name = 'NoFeedError';
  constructor() {
    super('No feed was given (set src, feed or inline JSON).');
  }
}

/** The code (and HTTP status) of any failure, for the error state and `ishraqat-error`. */
export function errorInfo(error: unknown): { code: ErrorReason; status?: number } {
  if (error instanceof NoFeedError) return { code: 'missing' };
  // From the pages module, loaded on demand: known by name.
  if ((error as Error | undefined)?.name === 'PageError') {
    return { code: (error as Error & { code: ErrorReason }).code };
  }
  if (error instanceof FeedError) {
    return {
      code: error.code,
      ...(error.details.status ? { status: error.details.status } : {}),
    };
  }
  return { code: 'unexpected' };
}

export const isAbort = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'AbortError';

/** Feeds given as objects or inline JSON, parsed once however many elements show them. */
const parsedObjects = new WeakMap<object, Feed | Promise<Feed>>();
/** Inline JSON texts, most recent last; bounded so that edited texts do not pile up. */
const parsedTexts = new Map<string, Feed | Promise<Feed>>();
const MAX_PARSED_TEXTS = 16;

/**
 * A feed this library already parsed (its partners are a Map, which JSON never gives): an
 * element composing others hands its own feed down, and it is used as it is.
 */
function isParsedFeed(input: object): input is Feed {
  const feed = input as Partial<Feed>;
  return feed.partners instanceof Map && Array.isArray(feed.problems);
}

/** Forgets a parse that fails, as a sync one is never kept: the next element parses again. */
function forgetOnFailure<K>(map: { get(k: K): unknown; delete(k: K): unknown }, key: K) {
  const parsed = map.get(key);
  if (parsed instanceof Promise) {
    parsed.catch(() => {
      if (map.get(key) === parsed) map.delete(key);
    });
  }
}

/**
 * Parses a feed given as an object or as inline JSON text, once per object or text. A small
 * clean feed is ready at once; a large one (in slices) or one with problems (the forgiving
 * parser, loaded on demand) a little later.
 */
export function parseShared(input: unknown, baseUrl: string): Feed | Promise<Feed> {
  if (typeof input === 'object' && input !== null && isParsedFeed(input)) return input;
  if (typeof input === 'string') {
    let feed = parsedTexts.get(input);
    if (!feed) {
      feed = parseForPage(input, { baseUrl });
      parsedTexts.set(input, feed);
      forgetOnFailure(parsedTexts, input);
      if (parsedTexts.size > MAX_PARSED_TEXTS) {
        parsedTexts.delete(parsedTexts.keys().next().value!);
      }
    }
    return feed;
  }
  if (typeof input === 'object' && input !== null) {
    let feed = parsedObjects.get(input);
    if (!feed) {
      feed = parseForPage(input, { baseUrl });
      parsedObjects.set(input, feed);
      forgetOnFailure(parsedObjects, input);
    }
    return feed;
  }
  return parseForPage(input, { baseUrl });
}

type Sources = readonly [
  src: string | undefined,
  feed: unknown,
  inline: string | null,
  baseUrl: string,
];

export class FeedController implements ReactiveController {
  private readonly _host: Host;
  private readonly _properties: () => FeedSourceProperties;

  /** Where the feed is in its life. */
  status: FeedStatus = 'initial';
  /** Why it failed, in the `error` status. */
  error?: unknown;
  /** When the feed shown is the last good copy: when that was saved (ms since 1970). */
  savedAt?: number;

  /** The feed loaded (kept while a new one loads). */
  private _value?: Feed;
  private _sources?: Sources;
  private _run = 0;
  private _abort?: AbortController;
  /** Re-reads inline JSON when the page adds or edits the child script. */
  private _childObserver?: MutationObserver;

  /** The feed with the `next` pages loaded so far merged in, and the page URLs asked for. */
  private _paged?: { from: Feed; merged: Feed; seen: ReadonlySet<string> };
  private _pageLoading = false;
  private _pageFailure?: { code: ErrorReason; status?: number };

  constructor(host: Host, properties: () => FeedSourceProperties) {
    this._host = host;
    this._properties = properties;
    host.addController(this);
  }

  hostConnected(): void {
    this._childObserver ??= new MutationObserver(() => this._host.requestUpdate());
    this._childObserver.observe(this._host, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    window.addEventListener('online', this._refresh);
    if (this.status === 'error' && isAbort(this.error)) {
      // Left the page mid-request and came back: ask again.
      void this._load();
    }
  }

  hostDisconnected(): void {
    this._childObserver?.disconnect();
    window.removeEventListener('online', this._refresh);
    if (this.status === 'pending') this._abort?.abort();
  }

  /** The feed as shown (with the `next` pages loaded so far), once there is one. */
  get feed(): Feed | undefined {
    const first = this._value;
    return this._paged && this._paged.from === first ? this._paged.merged : first;
  }

  /**
   * Loads the feed when its source (`feed`, inline JSON, `src`, the page URL it resolves
   * against) changed since the last call. Called at the start of each update, after the
   * element's properties are final (the ones set before it was defined included).
   */
  sync(): void {
    const { src, feed } = this._properties();
    // On a server (@lit-labs/ssr) there are no children and no page: the element is given `feed`.
    // Else the feed in a child `<script type="application/json">`, if any, resolved against the
    // page or against its `data-base-url`: an absolute URL or "" (none), which the server
    // renderer (src/ssr/) writes so that hydration reads the feed exactly as the server did.
    const script = isServer
      ? null
      : this._host.querySelector<HTMLElement>(':scope > script[type="application/json"]');
    const sources: Sources = [
      src,
      feed,
      // An element's textContent is never null: null means no script.
      script?.textContent ?? null,
      isServer ? '' : (script?.dataset.baseUrl ?? document.baseURI),
    ];
    if (!this._sources || sources.some((value, i) => value !== this._sources![i])) {
      void this._load(sources);
    }
  }

  /** Asks for the feed again, from the network for `src` (after an error, or over a copy). */
  retry(): void {
    const src = this._properties().src;
    if (src) {
      try {
        forgetFeed(new URL(src, document.baseURI).href);
      } catch {
        // Not a URL: nothing was cached; the load fails again and shows the error state.
      }
    }
    void this._load();
  }

  /** Over a last good copy, back online: try the network again, quietly. */
  private _refresh = () => {
    if (this.savedAt !== undefined && this.status === 'complete') this.retry();
  };

  /** Gets the feed for `sources`. A newer call makes an older one moot; leaving aborts it. */
  private async _load(sources: Sources = this._sources!): Promise<void> {
    this._sources = sources;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    const run = ++this._run;
    // A copy on show stays while the network is asked again; it is replaced once that answers.
    const quiet = this.savedAt !== undefined && this.status === 'complete';
    if (!quiet) {
      this.status = 'pending';
      this._host.requestUpdate();
    }
    const [src, feed, inline, baseUrl] = sources;
    const { timeout } = this._properties();
    try {
      let value: Feed;
      let savedAt: number | undefined;
      const given =
        feed !== undefined && feed !== null
          ? parseShared(feed, baseUrl)
          : inline !== null
            ? parseShared(inline, baseUrl)
            : undefined;
      // A small clean feed given in the page is ready at once, in the same update (no await).
      if (given !== undefined) value = given instanceof Promise ? await given : given;
      else if (src) {
        const loaded = await loadFeedOrCopy(new URL(src, baseUrl).href, {
          signal: abort.signal,
          ...(timeout ? { timeout } : {}),
        });
        value = loaded.feed;
        savedAt = loaded.savedAt;
        // Already showing this copy: nothing new to show.
        if (quiet && savedAt === this.savedAt && value === this._value) return;
      } else throw new NoFeedError();
      if (run !== this._run) return;
      this._value = value;
      this.savedAt = savedAt;
      this.error = undefined;
      this.status = 'complete';
    } catch (error) {
      if (run !== this._run) return;
      // A quiet refresh that failed leaves the copy on show.
      if (quiet && !isAbort(error)) return;
      this._value = undefined;
      this.savedAt = undefined;
      this.error = error;
      this.status = 'error';
    }
    this._host.requestUpdate();
  }

  get pageLoading(): boolean {
    return this._pageLoading;
  }

  /** Why the last `next` page asked for is not shown. */
  get pageError(): ErrorReason | undefined {
    return this._pageFailure?.code;
  }

  /** The HTTP status of a `next` page that failed with one. */
  get pageStatus(): number | undefined {
    return this._pageFailure?.status;
  }

  /**
   * Loads the feed's next (older) page and merges it in. A page that fails, whose URL was
   * already loaded (a loop), or that only repeats activities already shown, changes nothing
   * shown and sets `pageError`.
   */
  async loadNextPage(): Promise<void> {
    const feed = this.feed;
    if (!feed?.next || this._pageLoading) return;
    const from = this._value!;
    const seen =
      this._paged?.from === from ? this._paged.seen : new Set(from.url ? [from.url] : []);
    this._pageLoading = true;
    this._pageFailure = undefined;
    this._host.requestUpdate();
    try {
      // Only feeds with `next` pages, and only when asked: not part of the element's bundle.
      const { loadOlderPage } = await import('../feed/pages.js').catch((error: unknown) => {
        throw new FeedError('network', `The pages module could not be loaded: ${String(error)}`);
      });
      const { timeout } = this._properties();
      const merged = await loadOlderPage(feed, seen, timeout ? { timeout } : {});
      if (this._value === from) {
        this._paged = { from, merged, seen: new Set([...seen, feed.next]) };
      }
    } catch (error) {
      this._pageFailure = errorInfo(error);
    } finally {
      this._pageLoading = false;
      this._host.requestUpdate();
    }
  }
}
