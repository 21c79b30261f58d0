/**
 * Loading feeds over HTTP: timeout, abort, automatic retries of transient failures (retry.ts),
 * one request and one parse shared by every element on the page that asks for the same
 * resolved URL, and the last good copy of each URL (last-good.ts). `next` pages are pages.ts,
 * loaded on demand.
 */
import { parseForPage } from './parse-core.js';
import type { ParseOptions } from './parse.js';
import { FeedError } from './problems.js';
import type { RetryPolicy } from './retry.js';
import type { Feed } from './types.js';

export interface LoadOptions {
  /** Aborts this caller's interest; the request itself is aborted once no caller wants it. */
  signal?: AbortSignal;
  /** Milliseconds before one request fails with a `timeout` error (default 15 000). */
  timeout?: number;
  /** Overrides of the page's retry policy (see `configureRetry`); `{ retries: 0 }` for none. */
  retry?: Partial<RetryPolicy>;
  /**
   * Keep the feed as the last good copy of its URL (in the browser's Cache API or
   * localStorage, bounded: see last-good.ts). The elements do; off by default.
   */
  keepCopy?: boolean;
}

export const DEFAULT_TIMEOUT = 15_000;

/**
 * Retries and the last good copies' storage (recovery.ts): code only a page with a `src`
 * feed needs, and only once a first request has answered or failed. Asked for when a load
 * starts, so that it has arrived (or comes from the HTTP cache, as on the visit that saved the
 * copy) by the time the network has failed.
 */
const recovery = () => import('./recovery.js');
const ignore = () => {};

interface Fetched {
  readonly text: string;
  /** Where the text came from (after redirects). */
  readonly url: string;
}

interface Entry {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  consumers: number;
  settled: boolean;
  keepCopy: boolean;
}

const cache = new Map<string, Entry>();

function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

async function fetchText(url: string, signal: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? abortError();
    throw new FeedError('network', `The feed could not be fetched: ${(error as Error).message}`, {
      url,
    });
  }
  if (!response.ok) {
    const retryAfter = response.headers.get('retry-after');
    // The body of an error answer is of no use; let the connection go.
    void response.body?.cancel().catch(() => {});
    throw new FeedError('http', `The server answered ${response.status} for the feed.`, {
      url,
      status: response.status,
      ...(retryAfter !== null ? { retryAfter } : {}),
    });
  }
  try {
    return { text: await response.text(), url: response.url || url };
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? abortError();
    throw new FeedError('network', `The feed could not be read: ${(error as Error).message}`, {
      url,
    });
  }
}

/** One request of `url`, failing with a `timeout` error after `timeout` ms. */
async function attempt(url: string, timeout: number, outer: AbortSignal): Promise<Fetched> {
  const controller = new AbortController();
  const forward = () => controller.abort(outer.reason);
  if (outer.aborted) forward();
  outer.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(
    () =>
      controller.abort(
        new FeedError('timeout', `The feed did not arrive within ${timeout / 1000} s.`, { url }),
      ),
    timeout,
  );
  try {
    return await fetchText(url, controller.signal);
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', forward);
  }
}

/** Requests `url`; after a failure, asks again as the retry policy says (retry.ts). */
async function fetchWithRetry(
  url: string,
  timeout: number,
  signal: AbortSignal,
  retry: Partial<RetryPolicy> | undefined,
): Promise<Fetched> {
  const started = Date.now();
  const helpers = recovery();
  helpers.catch(ignore);
  try {
    return await attempt(url, timeout, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    // Without the retry code (offline, and not in the HTTP cache) the first failure stands.
    const { retryAfterFailure } = await helpers.catch(() => Promise.reject(error as Error));
    return retryAfterFailure(error, () => attempt(url, timeout, signal), {
      signal,
      timeout,
      started,
      ...(retry ? { retry } : {}),
    });
  }
}

/** Waits for `promise`, or rejects as soon as `signal` aborts. */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => void,
) {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort();
    return Promise.reject(abortError());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(abortError());
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** One fetch (with retries) and parse of `url`; each request fails after `timeout` ms. */
export function request(
  url: string,
  timeout: number,
  parse: Omit<ParseOptions, 'baseUrl'> = {},
  retry?: Partial<RetryPolicy>,
) {
  const controller = new AbortController();
  // A large feed in slices, never one long task; the forgiving parser only for a feed with problems.
  const promise = fetchWithRetry(url, timeout, controller.signal, retry).then((fetched) =>
    parseForPage(fetched.text, { ...parse, baseUrl: fetched.url, signal: controller.signal }),
  );
  return { promise, controller };
}

/**
 * Loads and parses the feed at `url` (absolute). Callers asking for the same URL share one
 * request and one parsed feed. A failed load is forgotten so that a retry asks again.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const promise = fetchWithRetry(url, timeout, controller.signal, options.retry).then(
      async (fetched) => {
        let feed: Feed;
        try {
          // A large feed in slices, never one long task; the forgiving parser only for a feed
          // with problems.
          feed = await parseForPage(fetched.text, {
            baseUrl: fetched.url,
            signal: controller.signal,
          });
        } catch (error) {
          // The server now sends a feed this library cannot read (another version, not a
          // feed at all): the copy kept from before is not shown in its place.
          if (error instanceof FeedError && error.code !== 'not-json') {
            recovery().then((store) => store.dropCopy(url), ignore);
          }
          throw error;
        }
        if (created.keepCopy) {
          const copy = { url, baseUrl: fetched.url, savedAt: Date.now(), text: fetched.text };
          recovery().then((store) => store.saveCopy(copy), ignore);
        }
        return feed;
      },
    );
    const created: Entry = { promise, controller, consumers: 0, settled: false, keepCopy: false };
    entry = created;
    cache.set(url, created);
    promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (cache.get(url) === created) cache.delete(url);
      },
    );
  }
  const current = entry;
  if (options.keepCopy) current.keepCopy = true;
  current.consumers++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    current.consumers--;
    if (current.consumers === 0 && !current.settled) {
      current.controller.abort(abortError());
      if (cache.get(url) === current) cache.delete(url);
    }
  };
  return untilAborted(current.promise, options.signal, release).finally(() => {
    released = true;
  });
}

/** A feed loaded from the network, or, when that failed, the last good copy of it. */
export interface LoadedFeed {
  readonly feed: Feed;
  /** When the copy shown was saved (ms since 1970); absent for a feed fresh from the network. */
  readonly savedAt?: number;
  /** Why the network load failed, when this is a copy. */
  readonly error?: FeedError;
}

/**
 * Like `loadFeed` with `keepCopy`: network first; when the network fails (after retries) with
 * a failure of the connection or the server (not a feed of another version, not a 404), the
 * last good copy of `url` kept in the browser, if there is one.
 */
export async function loadFeedOrCopy(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const helpers = recovery();
  helpers.catch(ignore);
  try {
    return { feed: await loadFeed(url, { ...options, keepCopy: true }) };
  } catch (error) {
    const copy = await (
      await helpers.catch(() => Promise.reject(error as Error))
    ).copyFor(url, error);
    if (options.signal?.aborted) throw abortError();
    return copy;
  }
}
/** Forgets a loaded feed so that the next `loadFeed` fetches it again. */
export function forgetFeed(url: string): void {
  const entry = cache.get(url);
  if (entry?.settled) cache.delete(url);
}
