// The loader over real HTTP from the test server (test/support/feed-server.js): status codes,
// slow and broken bodies, one shared request per URL, abort, retry, next pages.
import { expect, waitUntil } from '@open-wc/testing';
import { forgetFeed, loadFeed } from '../../src/feed/load.js';
import { loadNextPage, mergePages } from '../../src/feed/pages.js';
import { parseFeed } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/problems.js';
import { configureRetry } from '../../src/feed/retry.js';
import type { Feed } from '../../src/feed/types.js';
import { feedRequestCount, uniqueFeedUrl } from '../support/feeds.js';

/** loadFeed takes absolute URLs (elements resolve `src` against the document). */
const absolute = (url: string) => new URL(url, location.href).href;
const unique = (route: string, params: Record<string, string | number> = {}) =>
  absolute(uniqueFeedUrl(route, params));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, it resolved');
}

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

async function abortError(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

/** Records the signal of every fetch the loader makes, without changing what fetch does. */
function spyOnFetch() {
  const original = window.fetch;
  const signals: { url: string; signal: AbortSignal | undefined }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    signals.push({ url: String(input), signal: init?.signal ?? undefined });
    return original(input, init);
  };
  return { signals, restore: () => (window.fetch = original) };
}

// 5xx answers are asked again by themselves (test/feed/network.test.ts): quickly, here.
configureRetry({ baseDelay: 5, maxDelay: 20 });

describe('loadFeed', () => {
  describe('answers', () => {
    it('loads and parses a feed, resolving its URLs against the feed’s URL', async () => {
      const url = unique('page1.json');
      const feed = await loadFeed(url);
      expect(feed.activities.map((a) => a.id)).to.deep.equal(['page1-a', 'page1-b']);
      expect(feed.url).to.equal(url);
      expect(feed.organization.logo).to.equal(absolute('/__feeds/logos/test-org.svg'));
      expect(feed.next).to.equal(absolute('/__feeds/page2.json'));
      expect(await feedRequestCount(url)).to.equal(1);
    });

    for (const status of [404, 500] as const) {
      it(`HTTP ${status} → FeedError 'http' with the status`, async () => {
        const url = unique(String(status));
        const error = await feedError(loadFeed(url));
        expect(error.code).to.equal('http');
        expect(error.details.status).to.equal(status);
        expect(error.details.url).to.equal(url);
      });
    }

    it('a body that is not JSON (an HTML page) → not-json', async () => {
      expect((await feedError(loadFeed(unique('not-json')))).code).to.equal('not-json');
    });

    it('a truncated body → not-json', async () => {
      expect(
        (await feedError(loadFeed(unique('truncated', { feed: 'page1.json' })))).code,
      ).to.equal('not-json');
    });

    it('JSON that is not a feed → the parse error code', async () => {
      // The counter route answers JSON that has no version.
      const error = await feedError(loadFeed(unique('count')));
      expect(error.code).to.equal('version');
    });

    it('a server that cannot be reached → network', async () => {
      // Port 9 (discard) is on Chromium's blocked-port list: fetch fails without any connection.
      const error = await feedError(loadFeed('http://127.0.0.1:9/feed.json', { timeout: 5000 }));
      expect(error.code).to.equal('network');
    });

    it('a slow feed arrives within the timeout', async () => {
      const feed = await loadFeed(unique('slow', { ms: 300 }), { timeout: 5000 });
      expect(feed.activities).to.have.length(3);
    });

    it('a slow feed past the timeout → FeedError timeout, quickly', async () => {
      const url = unique('slow', { ms: 5000 });
      const start = performance.now();
      const error = await feedError(loadFeed(url, { timeout: 300 }));
      const took = performance.now() - start;
      expect(error.code).to.equal('timeout');
      expect(error.details.url).to.equal(url);
      expect(took).to.be.within(250, 3000);
    });

    it('a timed-out load is forgotten: the next call asks again', async () => {
      const url = unique('slow', { ms: 800 });
      const once = { timeout: 100, retry: { retries: 0 } };
      expect((await feedError(loadFeed(url, once))).code).to.equal('timeout');
      const feed = await loadFeed(url, { timeout: 5000 });
      expect(feed.activities).to.have.length(3);
      expect(await feedRequestCount(url)).to.equal(2);
    });
  });

  describe('one request per URL', () => {
    it('two concurrent calls share one request and one parsed feed', async () => {
      const url = unique('slow', { ms: 300 });
      const [a, b] = await Promise.all([loadFeed(url), loadFeed(url)]);
      expect(a).to.equal(b);
      expect(await feedRequestCount(url)).to.equal(1);
    });

    it('a later call gets the loaded feed without a new request', async () => {
      const url = unique('ok.json');
      const first = await loadFeed(url);
      const second = await loadFeed(url);
      expect(second).to.equal(first);
      expect(await feedRequestCount(url)).to.equal(1);
    });

    it('different URLs are different requests', async () => {
      const one = unique('ok.json');
      const two = unique('ok.json');
      const [a, b] = await Promise.all([loadFeed(one), loadFeed(two)]);
      expect(a).not.to.equal(b);
      expect(await feedRequestCount(one)).to.equal(1);
      expect(await feedRequestCount(two)).to.equal(1);
    });

    it('forgetFeed makes the next call fetch again', async () => {
      const url = unique('ok.json');
      const first = await loadFeed(url);
      forgetFeed(url);
      const second = await loadFeed(url);
      expect(second).not.to.equal(first);
      expect(second.activities.map((a) => a.id)).to.deep.equal(first.activities.map((a) => a.id));
      expect(await feedRequestCount(url)).to.equal(2);
    });

    it('forgetFeed during a load does not cancel or duplicate it', async () => {
      const url = unique('slow', { ms: 300 });
      const pending = loadFeed(url);
      forgetFeed(url);
      const again = loadFeed(url);
      expect(await again).to.equal(await pending);
      expect(await feedRequestCount(url)).to.equal(1);
    });

    it('a failed load is forgotten, so a retry fetches again', async () => {
      // A 404 is not asked again by itself (a 500 would be).
      const url = unique('flaky', { fail: 1, status: 404 });
      const error = await feedError(loadFeed(url));
      expect(error).to.include({ code: 'http' });
      expect(error.details.status).to.equal(404);
      const feed = await loadFeed(url);
      expect(feed.activities).to.have.length(3);
      expect(await feedRequestCount(url)).to.equal(2);
    });
  });

  describe('abort', () => {
    let spy: ReturnType<typeof spyOnFetch>;
    beforeEach(() => (spy = spyOnFetch()));
    afterEach(() => spy.restore());

    const requestSignal = (url: string) => {
      const found = spy.signals.filter((s) => s.url === url);
      expect(found, `fetches of ${url}`).to.have.length(1);
      return found[0]!.signal!;
    };

    it('a caller that aborts stops waiting; the other caller still gets the feed', async () => {
      const url = unique('slow', { ms: 400 });
      const leaving = new AbortController();
      const a = loadFeed(url, { signal: leaving.signal });
      const b = loadFeed(url);
      leaving.abort();
      await abortError(a);
      const feed = await b;
      expect(feed.activities).to.have.length(3);
      expect(requestSignal(url).aborted).to.equal(false);
      expect(await feedRequestCount(url)).to.equal(1);
    });

    it('when every caller aborts, the request is aborted and a later call fetches again', async () => {
      const url = unique('slow', { ms: 1500 });
      const one = new AbortController();
      const two = new AbortController();
      const a = loadFeed(url, { signal: one.signal });
      const b = loadFeed(url, { signal: two.signal });
      // Abort only once the server has the request, so that it counts exactly two below.
      await waitUntil(async () => (await feedRequestCount(url)) === 1, 'request not seen');
      one.abort();
      expect(requestSignal(url).aborted).to.equal(false);
      two.abort();
      await abortError(a);
      await abortError(b);
      expect(requestSignal(url).aborted).to.equal(true);

      const feed = await loadFeed(url);
      expect(feed.activities).to.have.length(3);
      expect(spy.signals.filter((s) => s.url === url)).to.have.length(2);
      expect(await feedRequestCount(url)).to.equal(2);
    });

    it('an already aborted signal rejects at once and fetches nothing that lasts', async () => {
      const url = unique('slow', { ms: 1500 });
      const gone = new AbortController();
      gone.abort();
      await abortError(loadFeed(url, { signal: gone.signal }));
      const signals = spy.signals.filter((s) => s.url === url);
      expect(signals.every((s) => s.signal?.aborted)).to.equal(true);
    });

    it('aborting after the feed arrived changes nothing', async () => {
      const url = unique('ok.json');
      const controller = new AbortController();
      const feed = await loadFeed(url, { signal: controller.signal });
      controller.abort();
      expect(await loadFeed(url)).to.equal(feed);
      expect(await feedRequestCount(url)).to.equal(1);
    });
  });
});

describe('next pages', () => {
  let first: Feed;
  let page1Url: string;
  beforeEach(async () => {
    page1Url = unique('page1.json');
    first = await loadFeed(page1Url);
  });

  it('a feed without next is returned as it is', async () => {
    const feed = await loadFeed(unique('ok.json'));
    expect(await loadNextPage(feed)).to.equal(feed);
  });

  it('appends the next page’s activities after the first page’s', async () => {
    const merged = await loadNextPage(first);
    expect(merged.activities.map((a) => a.id)).to.deep.equal([
      'page1-a',
      'page1-b',
      'page2-c',
      'page2-e',
    ]);
    expect(merged.next).to.equal(undefined);
    // The first feed object is left as it was.
    expect(first.activities).to.have.length(2);
    expect(first.next).to.equal(absolute('/__feeds/page2.json'));
  });

  it('the first page wins on organization, partner and program clashes', async () => {
    const merged = await loadNextPage(first);
    expect(merged.organization.name.en).to.equal('Paged Test Organization (fictitious)');
    expect(merged.partners.get('shared-partner')!.name.en).to.equal('Shared partner, page 1 name');
    expect([...merged.partners.keys()]).to.deep.equal([
      'shared-partner',
      'first-only',
      'second-only',
    ]);
    expect(merged.programs.get('test-program')!.name.en).to.equal('Test program, page 1 name');
  });

  it('a next page may use the partners and programs of the first page', async () => {
    const merged = await loadNextPage(first);
    const e = merged.activities.find((a) => a.id === 'page2-e')!;
    expect(e.partners).to.deep.equal([{ id: 'first-only' }]);
    expect(e.program).to.equal('test-program');
    expect(merged.problems.filter((p) => p.code === 'unknown-ref')).to.deep.equal([]);
  });

  it('skips ids already on the first page and reports them with their page', async () => {
    const merged = await loadNextPage(first);
    const page2 = absolute('/__feeds/page2.json');
    const duplicate = merged.problems.find((p) => p.code === 'duplicate-id')!;
    expect(duplicate).to.include({
      path: 'activities[0].id',
      source: page2,
      skipped: true,
      severity: 'error',
      message: 'activities[0].id: "page1-b" is already used by another activity',
    });
    const badDate = merged.problems.find((p) => p.path === 'activities[2].date')!;
    expect(badDate).to.include({ source: page2, skipped: true, code: 'date' });
    expect(merged.skipped).to.equal(2);
    expect(merged.problems.filter((p) => p.skipped)).to.have.length(merged.skipped);
    // The first page's own problems carry no source.
    expect(merged.problems.filter((p) => !p.source)).to.deep.equal(first.problems);
  });

  it('asking twice for the same next page shares one promise and one request', async () => {
    const next = unique('slow', { ms: 200, feed: 'page2.json' });
    const feed: Feed = { ...first, next };
    const [a, b] = await Promise.all([loadNextPage(feed), loadNextPage(feed)]);
    expect(a).to.equal(b);
    expect(await loadNextPage(feed)).to.equal(a);
    expect(a.activities).to.have.length(4);
    expect(await feedRequestCount(next)).to.equal(1);
  });

  it('a next page past the timeout → FeedError timeout', async () => {
    const feed: Feed = { ...first, next: unique('slow', { ms: 5000, feed: 'page2.json' }) };
    expect((await feedError(loadNextPage(feed, { timeout: 200 }))).code).to.equal('timeout');
  });

  it('an aborted caller stops waiting for the next page', async () => {
    const controller = new AbortController();
    const pending = loadNextPage(first, { signal: controller.signal });
    controller.abort();
    await abortError(pending);
    // The page itself still arrives for everyone else.
    expect((await loadNextPage(first)).activities).to.have.length(4);
  });

  it('a failing next page rejects, and a later call tries again', async () => {
    const broken: Feed = {
      ...first,
      next: unique('flaky', { fail: 1, status: 404, feed: 'page2.json' }),
    };
    expect((await feedError(loadNextPage(broken))).code).to.equal('http');
    const merged = await loadNextPage(broken);
    expect(merged.activities).to.have.length(4);
  });
});

describe('mergePages', () => {
  const page = (over: Record<string, unknown>, baseUrl: string) =>
    parseFeed(
      {
        version: 1,
        organization: { id: 'o', name: 'Test org' },
        activities: [],
        ...over,
      },
      { baseUrl },
    );

  it('keeps a further next page, but not one that points back to the first', () => {
    const first = page(
      { activities: [{ id: 'a', date: '2024', title: 'A' }], next: 'p2.json' },
      'https://example.org/p1.json',
    );
    const second = page(
      { activities: [{ id: 'b', date: '2023', title: 'B' }], next: 'p3.json' },
      'https://example.org/p2.json',
    );
    const merged = mergePages(first, second);
    expect(merged.activities.map((a) => a.id)).to.deep.equal(['a', 'b']);
    expect(merged.next).to.equal('https://example.org/p3.json');

    const loop = page({ next: 'p1.json' }, 'https://example.org/p2.json');
    expect(mergePages(first, loop).next).to.equal(undefined);
  });

  it('merges the organization field by field, the first page winning on a clash', () => {
    const first = page(
      { organization: { id: 'o', name: 'First name', url: 'https://example.org/' } },
      'https://example.org/p1.json',
    );
    const second = page(
      {
        organization: {
          id: 'o',
          name: 'Second name',
          url: 'https://example.net/',
          logo: 'logo.svg',
        },
      },
      'https://example.org/older/p2.json',
    );
    expect(mergePages(first, second).organization).to.deep.equal({
      id: 'o',
      name: { en: 'First name' },
      url: 'https://example.org/',
      logo: 'https://example.org/older/logo.svg',
    });
  });

  it('an invalid organization on the first page takes the id and name of a later page', () => {
    const first = page(
      { organization: { url: 'https://example.org/' } },
      'https://example.org/p1.json',
    );
    expect(first.organization).to.deep.equal({ id: '', name: {}, url: 'https://example.org/' });
    const second = page(
      { organization: { id: 'o', name: 'Second name', url: 'https://example.net/' } },
      'https://example.org/p2.json',
    );
    expect(mergePages(first, second).organization).to.deep.equal({
      id: 'o',
      name: { en: 'Second name' },
      url: 'https://example.org/',
    });
  });

  it('a first-page partner that only a later page uses is no longer reported unused', () => {
    const first = page(
      {
        partners: [
          { id: 'later', name: 'Used on page 2' },
          { id: 'idle', name: 'Used nowhere' },
        ],
        activities: [{ id: 'a', date: '2024', title: 'A' }],
      },
      'https://example.org/p1.json',
    );
    expect(first.problems.map((p) => p.message)).to.deep.equal([
      'partners[0].id: is not referenced by any activity',
      'partners[1].id: is not referenced by any activity',
    ]);
    const second = parseFeed(
      {
        version: 1,
        organization: { id: 'o', name: 'Test org' },
        activities: [{ id: 'b', date: '2023', title: 'B', partners: ['later'] }],
      },
      { baseUrl: 'https://example.org/p2.json', continues: first },
    );
    const merged = mergePages(first, second);
    expect(merged.activities.at(-1)!.partners).to.deep.equal([{ id: 'later' }]);
    expect(merged.problems.map((p) => p.message)).to.deep.equal([
      'partners[1].id: is not referenced by any activity',
    ]);
  });
});
