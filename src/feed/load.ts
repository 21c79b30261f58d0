/**
 * Loading feeds over HTTP: timeout, abort, one request and one parse shared by every element on
 * the page that asks for the same resolved URL. `next` pages are pages.ts, loaded on demand.
 */
import { parseForPage } from './parse-core.js';
import type { ParseOptions } from './parse.js';
import { FeedError } from './problems.js';
import type { Feed } from './types.js';

export interface LoadOptions {
  /** Aborts this caller's interest; the request itself is aborted once no caller wants it. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with a `timeout` error (default 15 000). */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 15_000;

interface Entry {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  consumers: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

async function fetchFeed(
  url: string,
  signal: AbortSignal,
  parse: Omit<ParseOptions, 'baseUrl'> = {},
): Promise<Feed> {
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
    throw new FeedError('http', `The server answered ${response.status} for the feed.`, {
      url,
      status: response.status,
    });
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? abortError();
    throw new FeedError('network', `The feed could not be read: ${(error as Error).message}`, {
      url,
    });
  }
  // A large feed in slices, never one long task; the forgiving parser only for a feed with problems.
  return parseForPage(body, { ...parse, baseUrl: response.url || url, signal });
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

/** One fetch and parse of `url`, failing with a `timeout` error after `timeout` ms. */
export function request(url: string, timeout: number, parse?: Omit<ParseOptions, 'baseUrl'>) {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new FeedError('timeout', `The feed did not arrive within ${timeout / 1000} s.`, { url }),
      ),
    timeout,
  );
  const promise = fetchFeed(url, controller.signal, parse).finally(() => clearTimeout(timer));
  return { promise, controller };
}

/**
 * Loads and parses the feed at `url` (absolute). Callers asking for the same URL share one
 * request and one parsed feed. A failed load is forgotten so that a retry asks again.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  let entry = cache.get(url);
  if (!entry) {
    const { promise, controller } = request(url, options.timeout ?? DEFAULT_TIMEOUT);
    const created: Entry = { promise, controller, consumers: 0, settled: false };
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

/** Forgets a loaded feed so that the next `loadFeed` fetches it again. */
export function forgetFeed(url: string): void {
  const entry = cache.get(url);
  if (entry?.settled) cache.delete(url);
}
