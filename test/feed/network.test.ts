// Automatic retries over real HTTP from the test server (test/support/feed-server.js): which
// failures are asked again (network, timeout, 408, 429, 5xx) and which never are (other 4xx,
// a feed that is not JSON), Retry-After in seconds and as an HTTP-date, the backoff's bounds,
// abort during a backoff, and the elements: a flaky feed shows without an error state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { loadFeed } from '../../src/feed/load.js';
import { FeedError } from '../../src/feed/problems.js';
import {
  DEFAULT_RETRY,
  configureRetry,
  isTransient,
  parseRetryAfter,
  retryDelay,
  type RetryPolicy,
} from '../../src/feed/retry.js';
import { feedRequestCount, uniqueFeedUrl } from '../support/feeds.js';

const absolute = (url: string) => new URL(url, location.href).href;
const unique = (route: string, params: Record<string, string | number> = {}) =>
  absolute(uniqueFeedUrl(route, params));

// Small backoffs, so that the tests are quick; the defaults are tested as numbers below.
const FAST: Partial<RetryPolicy> = { baseDelay: 20, maxDelay: 80 };
configureRetry(FAST);

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail, it succeeded');
}

describe('retry policy', () => {
  it('backs off exponentially from baseDelay, capped at maxDelay, half of it jitter', () => {
    const policy: RetryPolicy = { retries: 6, baseDelay: 500, maxDelay: 8000, maxRetryAfter: 1 };
    const low = [0, 1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, undefined, () => 0));
    const high = [0, 1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, undefined, () => 1));
    expect(low).to.deep.equal([250, 500, 1000, 2000, 4000, 4000]);
    expect(high).to.deep.equal([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelay(6, policy)).to.equal(undefined);
  });

  it('the defaults: 3 retries from 500 ms, at most 8 s, Retry-After up to 20 s', () => {
    expect(DEFAULT_RETRY).to.deep.equal({
      retries: 3,
      baseDelay: 500,
      maxDelay: 8000,
      maxRetryAfter: 20_000,
    });
    expect(retryDelay(3, DEFAULT_RETRY)).to.equal(undefined);
  });

  it('never asks again sooner than Retry-After, and not at all when it is too far off', () => {
    const policy: RetryPolicy = { retries: 3, baseDelay: 10, maxDelay: 20, maxRetryAfter: 5000 };
    expect(retryDelay(0, policy, 3000, () => 0.5)).to.equal(3000);
    expect(retryDelay(0, policy, 5001)).to.equal(undefined);
    expect(retryDelay(0, policy, 0, () => 0)).to.equal(5);
  });

  it('reads Retry-After as seconds or as an HTTP-date', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Fri, 04 Dec 2026 12:00:05 GMT', now)).to.equal(5000);
    // A date already past: at once.
    expect(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now)).to.equal(0);
    for (const bad of ['', '-1', '1.5', 'soon', '2026-12-04', null, undefined]) {
      expect(parseRetryAfter(bad, now), String(bad)).to.equal(undefined);
    }
  });

  it('only network errors, timeouts, 408, 429 and 5xx are transient', () => {
    const http = (status: number) => new FeedError('http', 'x', { status });
    for (const status of [408, 429, 500, 502, 503, 504, 599]) {
      expect(isTransient(http(status)), String(status)).to.be.true;
    }
    for (const status of [400, 401, 403, 404, 410, 451]) {
      expect(isTransient(http(status)), String(status)).to.be.false;
    }
    expect(isTransient(new FeedError('network', 'x'))).to.be.true;
    expect(isTransient(new FeedError('timeout', 'x'))).to.be.true;
    for (const code of ['not-json', 'not-object', 'version', 'organization'] as const) {
      expect(isTransient(new FeedError(code, 'x')), code).to.be.false;
    }
    expect(isTransient(new TypeError('x'))).to.be.false;
  });
});

describe('retries over HTTP', () => {
  for (const status of [503, 500, 502, 408] as const) {
    it(`${status} twice, then 200: the feed arrives on the third request`, async () => {
      const url = unique('flaky', { fail: 2, status });
      const feed = await loadFeed(url);
      expect(feed.activities).to.have.length(3);
      expect(await feedRequestCount(url)).to.equal(3);
    });
  }

  it('a 5xx that persists fails after 1 + retries requests, with its status', async () => {
    const url = unique('flaky', { fail: 99, status: 503 });
    const error = await failure(loadFeed(url));
    expect(error.code).to.equal('http');
    expect(error.details.status).to.equal(503);
    expect(await feedRequestCount(url)).to.equal(1 + DEFAULT_RETRY.retries);
  });

  it('dropped connections are asked again', async () => {
    // Three drops: more than Chromium's own single resend of a reset request can get past.
    const url = unique('drop', { fail: 3 });
    expect((await loadFeed(url)).activities).to.have.length(3);
    expect(await feedRequestCount(url)).to.equal(4);
  });

  it('a connection dropped every time fails as a network error', async () => {
    const url = unique('drop', { fail: 99 });
    expect((await failure(loadFeed(url))).code).to.equal('network');
    // Chromium itself may resend a request whose connection was reset: at least ours.
    expect(await feedRequestCount(url)).to.be.at.least(1 + DEFAULT_RETRY.retries);
  });

  it('a redirect loop fails as a network error', async () => {
    expect((await failure(loadFeed(unique('redirect-loop')))).code).to.equal('network');
  });

  it('429 with Retry-After in seconds waits that long, then asks again', async () => {
    const url = unique('flaky', { fail: 1, status: 429, retryAfter: 1 });
    const started = performance.now();
    expect((await loadFeed(url)).activities).to.have.length(3);
    // A lower bound the server set, not a speed: the retry never came sooner.
    expect(performance.now() - started).to.be.at.least(950);
    expect(await feedRequestCount(url)).to.equal(2);
  });

  it('429 with Retry-After as an HTTP-date waits until then', async () => {
    // The date has whole seconds: two seconds ahead is at least one second from now.
    const url = unique('flaky', { fail: 1, status: 429, retryAfter: 'date:2' });
    const started = performance.now();
    expect((await loadFeed(url)).activities).to.have.length(3);
    expect(performance.now() - started).to.be.at.least(950);
    expect(await feedRequestCount(url)).to.equal(2);
  });

  it('429 with a Retry-After beyond maxRetryAfter fails at once', async () => {
    const url = unique('flaky', { fail: 1, status: 429, retryAfter: 3600 });
    const error = await failure(loadFeed(url));
    expect(error.details).to.include({ status: 429, retryAfter: '3600' });
    expect(await feedRequestCount(url)).to.equal(1);
  });

  for (const status of [400, 401, 403, 404, 410] as const) {
    it(`${status} is not asked again`, async () => {
      const url = unique('flaky', { fail: 1, status });
      expect((await failure(loadFeed(url))).details.status).to.equal(status);
      expect(await feedRequestCount(url)).to.equal(1);
    });
  }

  for (const route of ['not-json', 'soft-404', 'truncated'] as const) {
    it(`a feed that is not JSON (${route}) is not asked again`, async () => {
      const url = unique(route);
      expect((await failure(loadFeed(url))).code).to.equal('not-json');
      expect(await feedRequestCount(url)).to.equal(1);
    });
  }

  it('a timeout is asked again while within twice the timeout', async () => {
    const url = unique('slow', { ms: 2000 });
    const error = await failure(loadFeed(url, { timeout: 300 }));
    expect(error.code).to.equal('timeout');
    // 300 ms, a short backoff, 300 ms again: then past 600 ms, no third request.
    expect(await feedRequestCount(url)).to.equal(2);
  });

  it('`retry: { retries: 0 }` asks once', async () => {
    const url = unique('flaky', { fail: 1, status: 503 });
    expect((await failure(loadFeed(url, { retry: { retries: 0 } }))).details.status).to.equal(503);
    expect(await feedRequestCount(url)).to.equal(1);
  });

  it('aborting during a backoff stops: no further request', async () => {
    const url = unique('flaky', { fail: 99, status: 503 });
    const controller = new AbortController();
    const pending = loadFeed(url, {
      signal: controller.signal,
      retry: { baseDelay: 400, maxDelay: 800 },
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort();
    try {
      await pending;
      throw new Error('expected an abort');
    } catch (error) {
      expect((error as Error).name).to.equal('AbortError');
    }
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await feedRequestCount(url)).to.equal(1);
  });
});

for (const lang of ['en', 'ar'] as const) {
  describe(`an element on a flaky network (${lang})`, () => {
    it('shows the feed after two 503s, without an error state or event', async () => {
      const url = uniqueFeedUrl('flaky', { fail: 2, status: 503 });
      const errors: Event[] = [];
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline
          lang=${lang}
          src=${url}
          @ishraqat-error=${(e: Event) => errors.push(e)}
        ></ishraqat-timeline>`,
      );
      const { detail } = await oneEvent(el, 'ishraqat-load');
      expect(detail.activities).to.equal(3);
      expect(detail.savedAt).to.equal(undefined);
      expect(errors).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(3);
      expect(await feedRequestCount(url)).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('shows the error state at once for a 404', async () => {
      const url = uniqueFeedUrl('404');
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>`,
      );
      const { detail } = await oneEvent(el, 'ishraqat-error');
      expect(detail.status).to.equal(404);
      expect(await feedRequestCount(url)).to.equal(1);
    });

    it('says the feed is not JSON for a soft 404, asking once', async () => {
      const url = uniqueFeedUrl('soft-404');
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>`,
      );
      const { detail } = await oneEvent(el, 'ishraqat-error');
      expect(detail.code).to.equal('not-json');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        lang === 'en' ? 'not valid JSON' : 'JSON',
      );
      expect(await feedRequestCount(url)).to.equal(1);
    });
  });
}
