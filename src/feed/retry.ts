/**
 * When a failed feed request is asked again by itself, and after how long: only failures that
 * are likely to pass (no connection, a timeout, 408, 429, 5xx), with capped exponential
 * backoff and jitter, never sooner than a `Retry-After` the server sent. A feed that is not
 * JSON, or any other 4xx, fails at once: asking again would get the same answer.
 */
import { FeedError } from './problems.js';

export interface RetryPolicy {
  /** Requests after the first one (default 3; 0 turns retrying off). */
  readonly retries: number;
  /** Backoff before the first retry in ms, doubled for each next one (default 500). */
  readonly baseDelay: number;
  /** The longest backoff in ms (default 8 000). */
  readonly maxDelay: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the failure shows (default 20 000). */
  readonly maxRetryAfter: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelay: 500,
  maxDelay: 8_000,
  maxRetryAfter: 20_000,
};

let pagePolicy: RetryPolicy = DEFAULT_RETRY;

/**
 * Sets the retry policy of every feed request on the page from now on (the elements' too), e.g.
 * `configureRetry({ retries: 0 })` to fail at once. Fields left out keep their defaults.
 */
export function configureRetry(policy: Partial<RetryPolicy>): void {
  pagePolicy = { ...DEFAULT_RETRY, ...policy };
}

/** The policy in force: the page's (see `configureRetry`), completed by `override`. */
export function retryPolicy(override?: Partial<RetryPolicy>): RetryPolicy {
  return override ? { ...pagePolicy, ...override } : pagePolicy;
}

/** Statuses that say "try again later": request timeout, too many requests, server errors. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** True for a failure that may pass by itself: worth asking again. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  if (error.code === 'network' || error.code === 'timeout') return true;
  return error.code === 'http' && isTransientStatus(error.details.status ?? 0);
}

/**
 * A `Retry-After` header in ms from `now`: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`); a date in the past is 0; anything else is undefined.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the forms HTTP allows (IMF-fixdate and the two obsolete ones all name a weekday).
  if (!/^[A-Za-z]{3,9}, /.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : Math.max(0, time - now);
}

/**
 * How long to wait before retry number `attempt + 1` (0-based), or undefined when there is
 * none: the retries are used up, or the server asks for longer than `maxRetryAfter`. The
 * backoff doubles from `baseDelay` up to `maxDelay`, of which a random half is the jitter (so
 * many pages that failed together do not come back together); `retryAfter` is a floor.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfter?: number,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= policy.retries) return undefined;
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfter) return undefined;
  const backoff = Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
  const jittered = backoff / 2 + (random() * backoff) / 2;
  return Math.max(jittered, retryAfter ?? 0);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const done = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Asks again (`again`) after `error`, the failure of a first request, as `policy` says, while
 * the failures are transient. No retry starts later than twice the timeout after the first
 * request (`started`): a reader is not kept waiting on a skeleton for minutes.
 */
export async function retryAfterFailure<T>(
  error: unknown,
  again: () => Promise<T>,
  options: { signal: AbortSignal; timeout: number; started: number; retry?: Partial<RetryPolicy> },
): Promise<T> {
  const policy = retryPolicy(options.retry);
  for (let n = 0; ; n++) {
    if (options.signal.aborted || !isTransient(error)) throw error;
    const delay = retryDelay(n, policy, parseRetryAfter((error as FeedError).details.retryAfter));
    if (delay === undefined || Date.now() - options.started + delay > 2 * options.timeout) {
      throw error;
    }
    await sleep(delay, options.signal);
    try {
      return await again();
    } catch (next) {
      error = next;
    }
  }
}
