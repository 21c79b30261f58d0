// The last good copy of a feed (src/feed/last-good.ts) over real HTTP: kept after a good load,
// shown with a localized note when the network fails, replaced as soon as the network answers
// again, never shown in place of a fresh feed, dropped when the server's feed changes version;
// nothing kept for feeds given in the page; bounded in count, bytes and age, in the Cache API
// and in localStorage; `next` pages that fail, loop or repeat keep what is shown.
//
// Each test page has a browser context of its own, so its storage is this file's alone.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/counts/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import type { IshraqatCounts } from '../../src/counts/counts.js';
import { forgetFeed, loadFeedOrCopy } from '../../src/feed/load.js';
import {
  CACHE_NAME,
  COPY_LIMITS,
  STORAGE_PREFIX,
  cacheStore,
  copyStore,
  localStore,
  readCopy,
  type CopyStore,
  type FeedCopy,
} from '../../src/feed/last-good.js';
import { configureRetry } from '../../src/feed/retry.js';
import { feedRequestCount, feedUrl, uniqueFeedUrl } from '../support/feeds.js';

configureRetry({ baseDelay: 10, maxDelay: 40 });

const absolute = (url: string) => new URL(url, location.href).href;
const DAY = 24 * 60 * 60 * 1000;

let keys = 0;
/** A URL whose answer the test sets with `mode` (see the feed server's /switch route). */
function switchable() {
  const key = `k${Date.now().toString(36)}-${++keys}`;
  return {
    url: feedUrl('switch', { key }),
    mode: async (mode: string) => {
      await fetch(feedUrl('switch-set', { key, mode }));
    },
  };
}

/** Waits until a copy of `url` is kept (saving follows the load). */
async function kept(url: string): Promise<FeedCopy> {
  let copy: FeedCopy | undefined;
  await waitUntil(async () => (copy = await readCopy(absolute(url))), `no copy of ${url}`, {
    timeout: 5000,
  });
  return copy!;
}

const copy = (url: string, savedAt: number, text = '{"version":1}'): FeedCopy => ({
  url,
  baseUrl: url,
  savedAt,
  text,
});

const LANGS = ['en', 'ar'] as const;
const T = {
  en: {
    note: (date: string) =>
      `The activity feed could not be reached: showing the copy from ${date}.`,
    loop: 'loops back to one already shown',
    repeat: 'repeats activities already shown',
    failed: 'could not be loaded (the server answered 500)',
  },
  ar: {
    note: (date: string) => `تعذّر الوصول إلى ملف الأنشطة، فعُرضت نسخته المحفوظة بتاريخ ${date}.`,
    loop: 'تعود إلى صفحة معروضة من قبل',
    repeat: 'تكرّر أنشطة معروضة من قبل',
    failed: 'ردّ الخادم بالرمز ٥٠٠',
  },
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

for (const lang of LANGS) {
  const t = T[lang];
  const locale = `${lang}-IQ`;
  const moment = (time: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(time);

  describe(`last good copy (${lang})`, () => {
    async function timeline(url: string) {
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>`,
      );
      return el;
    }

    for (const failure of ['503', 'drop', 'html'] as const) {
      it(`is shown with a dated note when the network fails (${failure})`, async () => {
        const feed = switchable();
        const first = await timeline(feed.url);
        await oneEvent(first, 'ishraqat-load');
        const saved = await kept(feed.url);
        expect(JSON.parse(saved.text).organization.id).to.equal('test-org');
        first.remove();

        await feed.mode(failure);
        // A new visit: nothing in the page remembers the feed.
        forgetFeed(absolute(feed.url));
        const errors: Event[] = [];
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src=${feed.url}
            @ishraqat-error=${(e: Event) => errors.push(e)}
          ></ishraqat-timeline>`,
        );
        const { detail } = await oneEvent(el, 'ishraqat-load');
        expect(detail.savedAt).to.equal(saved.savedAt);
        expect(errors).to.have.length(0);
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelectorAll('article')).to.have.length(3);
        const note = root.querySelector('[part~="copy-note"]');
        expect(note?.getAttribute('role')).to.equal('status');
        expect(text(note)).to.equal(t.note(moment(saved.savedAt)));
        expect(root.querySelector('[role="alert"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('is replaced as soon as the network answers again', async () => {
      const feed = switchable();
      await oneEvent(await timeline(feed.url), 'ishraqat-load');
      await kept(feed.url);
      await feed.mode('503');
      forgetFeed(absolute(feed.url));
      const el = await timeline(feed.url);
      await oneEvent(el, 'ishraqat-load');
      expect(el.shadowRoot!.querySelector('[part~="copy-note"]')).to.exist;

      // The server is back, with a newer feed; the browser says it is online again.
      await feed.mode('feed:page1.json');
      const fresh = oneEvent(el, 'ishraqat-load');
      window.dispatchEvent(new Event('online'));
      const { detail } = await fresh;
      expect(detail.savedAt).to.equal(undefined);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="copy-note"]')).to.equal(null);
      expect([...root.querySelectorAll('article')].map((a) => a.id)).to.deep.equal([
        'activity-page1-a',
        'activity-page1-b',
      ]);
      // And the newer feed is now the copy kept.
      await waitUntil(async () => (await kept(feed.url)).text.includes('page1-a'));
    });

    it('stays on show while the network still fails', async () => {
      const feed = switchable();
      await oneEvent(await timeline(feed.url), 'ishraqat-load');
      await kept(feed.url);
      await feed.mode('503');
      forgetFeed(absolute(feed.url));
      const el = await timeline(feed.url);
      await oneEvent(el, 'ishraqat-load');
      const before = await feedRequestCount(feed.url);
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => (await feedRequestCount(feed.url)) > before);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="copy-note"]')).to.exist;
      expect(root.querySelectorAll('article')).to.have.length(3);
      expect(root.querySelector('[role="alert"]')).to.equal(null);
    });

    it('never hides a fresh feed: a changed feed is shown on the next visit', async () => {
      const feed = switchable();
      await oneEvent(await timeline(feed.url), 'ishraqat-load');
      await kept(feed.url);
      await feed.mode('feed:page1.json');
      forgetFeed(absolute(feed.url));
      const el = await timeline(feed.url);
      const { detail } = await oneEvent(el, 'ishraqat-load');
      expect(detail.savedAt).to.equal(undefined);
      expect(detail.activities).to.equal(2);
      expect(el.shadowRoot!.querySelector('[part~="copy-note"]')).to.equal(null);
    });

    it('is dropped when the server’s feed changes version, which shows as an error', async () => {
      const feed = switchable();
      await oneEvent(await timeline(feed.url), 'ishraqat-load');
      await kept(feed.url);
      await feed.mode('v2');
      forgetFeed(absolute(feed.url));
      const el = await timeline(feed.url);
      const { detail } = await oneEvent(el, 'ishraqat-error');
      expect(detail.code).to.equal('version');
      await waitUntil(async () => (await readCopy(absolute(feed.url))) === undefined);
      // Back to failing: there is no copy to show any more.
      await feed.mode('503');
      forgetFeed(absolute(feed.url));
      expect((await oneEvent(await timeline(feed.url), 'ishraqat-error')).detail.code).to.equal(
        'http',
      );
    });

    it('is not shown for a 404: the feed is gone, not the network', async () => {
      const feed = switchable();
      await oneEvent(await timeline(feed.url), 'ishraqat-load');
      await kept(feed.url);
      await feed.mode('404');
      forgetFeed(absolute(feed.url));
      const el = await timeline(feed.url);
      expect((await oneEvent(el, 'ishraqat-error')).detail.status).to.equal(404);
    });

    it('keeps nothing for a feed given as a property or inline', async () => {
      const store = copyStore()!;
      const before = await store.urls();
      const feed = await (await fetch('/__feeds/ok.json')).json();
      const a = await fixture<IshraqatCounts>(
        html`<ishraqat-counts lang=${lang} .feed=${feed}></ishraqat-counts>`,
      );
      const b = document.createElement('ishraqat-counts');
      b.setAttribute('lang', lang);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(feed);
      b.append(script);
      document.body.append(b);
      await a.updateComplete;
      await waitUntil(() => b.shadowRoot!.querySelector('[part~="tiles"]'), 'inline feed shown');
      expect(a.shadowRoot!.querySelector('[part~="tiles"]')).to.exist;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await store.urls()).to.deep.equal(before);
      b.remove();
    });

    describe('next pages', () => {
      async function paged(url: string) {
        const el = await timeline(url);
        await oneEvent(el, 'ishraqat-load');
        await el.updateComplete;
        return el;
      }
      const more = (el: IshraqatTimeline) =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!;
      /** Presses "Load older activities" and waits until the page is shown or said to fail. */
      async function loadOlder(el: IshraqatTimeline) {
        const before = ids(el).length;
        const error = el.shadowRoot!.querySelector('.page-error');
        more(el).click();
        await waitUntil(
          () => {
            const now = el.shadowRoot!.querySelector('.page-error');
            return ids(el).length !== before || (now && now !== error);
          },
          'the page was neither shown nor said to fail',
          { timeout: 5000 },
        );
        await el.updateComplete;
      }
      const ids = (el: IshraqatTimeline) =>
        [...el.shadowRoot!.querySelectorAll('article')].map((a) => a.id.replace('activity-', ''));

      it('a next page that fails keeps what is shown and says what failed', async () => {
        const el = await paged(uniqueFeedUrl('broken-next.json'));
        await loadOlder(el);
        expect(ids(el)).to.deep.equal(['broken-1']);
        expect(text(el.shadowRoot!.querySelector('.page-error'))).to.contain(t.failed);
        await expect(el).to.be.accessible();
      });

      it('a next page leading back to one already shown (a loop) stops there', async () => {
        const el = await paged(uniqueFeedUrl('loop-a.json'));
        await loadOlder(el);
        await loadOlder(el);
        expect(ids(el)).to.deep.equal(['loop-a1', 'loop-b1', 'loop-c1']);
        expect(el.shadowRoot!.querySelector('.page-error')).to.equal(null);
        const requests = await feedRequestCount('/__feeds/loop-b.json');
        await loadOlder(el);
        expect(ids(el)).to.deep.equal(['loop-a1', 'loop-b1', 'loop-c1']);
        expect(text(el.shadowRoot!.querySelector('.page-error'))).to.contain(t.loop);
        // Not asked for again.
        expect(await feedRequestCount('/__feeds/loop-b.json')).to.equal(requests);
        expect(el.problems.filter((p) => p.code === 'duplicate-id')).to.have.length(0);
      });

      it('a next page that only repeats activities shown adds nothing and says so', async () => {
        const el = await paged(uniqueFeedUrl('repeat-a.json'));
        await loadOlder(el);
        expect(ids(el)).to.deep.equal(['repeat-1', 'repeat-2']);
        expect(text(el.shadowRoot!.querySelector('.page-error'))).to.contain(t.repeat);
        // They were not "activities that could not be shown": they are shown.
        expect(el.shadowRoot!.querySelector('[part~="problems"]')).to.equal(null);
        expect(el.problems).to.have.length(0);
      });
    });
  });
}

describe('loadFeedOrCopy', () => {
  it('answers from the network first, even with a copy kept', async () => {
    const feed = switchable();
    const url = absolute(feed.url);
    await loadFeedOrCopy(url);
    await kept(feed.url);
    await feed.mode('feed:page1.json');
    forgetFeed(url);
    const loaded = await loadFeedOrCopy(url);
    expect(loaded.savedAt).to.equal(undefined);
    expect(loaded.feed.activities.map((a) => a.id)).to.deep.equal(['page1-a', 'page1-b']);
  });

  it('keys copies by the absolute URL: another URL never gets one', async () => {
    const feed = switchable();
    const url = absolute(feed.url);
    await loadFeedOrCopy(url);
    await kept(feed.url);
    expect(await readCopy(`${url}&other=1`)).to.equal(undefined);
    await feed.mode('503');
    forgetFeed(url);
    expect((await loadFeedOrCopy(url)).savedAt).to.be.a('number');
  });
});

/** The bounds, for a store and its byte limit. */
function boundsSuite(name: string, make: () => CopyStore, bytes: number, clear: () => unknown) {
  describe(`${name} store bounds`, () => {
    let store: CopyStore;
    beforeEach(async () => {
      await clear();
      store = make();
    });

    it(`keeps at most ${COPY_LIMITS.feeds} feeds, the most recently saved`, async () => {
      const now = Date.now();
      for (let i = 0; i < COPY_LIMITS.feeds + 3; i++) {
        await store.write(copy(`https://feeds.test/${i}.json`, now - 1000 * (20 - i)));
      }
      const urls = await store.urls();
      expect(urls).to.have.length(COPY_LIMITS.feeds);
      expect(urls[0]).to.equal(`https://feeds.test/${COPY_LIMITS.feeds + 2}.json`);
      expect(urls).not.to.include('https://feeds.test/0.json');
      expect(await store.read('https://feeds.test/0.json')).to.equal(undefined);
    });

    it('keeps the bytes under the bound, dropping the oldest', async () => {
      const now = Date.now();
      // Three feeds of 40 % of the bound each: only the two newest fit.
      const big = 'x'.repeat(Math.floor((bytes * 0.4) / (name === 'localStorage' ? 2 : 1)));
      for (let i = 0; i < 3; i++) {
        await store.write(copy(`https://feeds.test/big-${i}.json`, now - 1000 * (3 - i), big));
      }
      expect(await store.urls()).to.deep.equal([
        'https://feeds.test/big-2.json',
        'https://feeds.test/big-1.json',
      ]);
    });

    it('does not keep a feed larger than the bound, and drops its older copy', async () => {
      const url = 'https://feeds.test/huge.json';
      await store.write(copy(url, Date.now() - 1000));
      await store.write(copy(url, Date.now(), 'x'.repeat(bytes + 1)));
      expect(await store.read(url)).to.equal(undefined);
    });

    it('never shows a copy older than 30 days, and forgets it', async () => {
      const url = 'https://feeds.test/old.json';
      await store.write(copy(url, Date.now() - 31 * DAY));
      expect(await store.read(url)).to.equal(undefined);
      expect(await store.urls()).not.to.include(url);
      await store.write(copy(url, Date.now() - 29 * DAY));
      expect((await store.read(url))?.text).to.equal('{"version":1}');
    });

    it('a copy reads back as written', async () => {
      const written = {
        url: 'https://feeds.test/a.json?x=1',
        baseUrl: 'https://cdn.feeds.test/a.json',
        savedAt: Date.now(),
        text: '{"version":1,"x":"نص"}',
      };
      await store.write(written);
      expect(await store.read(written.url)).to.deep.equal(written);
      await store.remove(written.url);
      expect(await store.read(written.url)).to.equal(undefined);
    });
  });
}

boundsSuite(
  'Cache API',
  () => cacheStore()!,
  COPY_LIMITS.cacheBytes,
  () => caches.delete(CACHE_NAME),
);
boundsSuite(
  'localStorage',
  () => localStore(localStorage)!,
  COPY_LIMITS.localStorageBytes,
  () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    }
  },
);

describe('stores', () => {
  it('the Cache API is used where there is one', async () => {
    expect(copyStore()).to.exist;
    await copyStore()!.write(copy('https://feeds.test/which.json', Date.now()));
    expect(await caches.has(CACHE_NAME)).to.be.true;
    expect(Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX))).to.have.length(0);
  });

  it('an older store version is deleted; the host page’s own caches are not touched', async () => {
    const old = await caches.open('ishraqat-feeds-v0');
    await old.put('https://feeds.test/v0.json', new Response('{}'));
    const host = await caches.open('host-page-cache');
    await host.put('https://host.test/app.js', new Response('//'));
    await cacheStore()!.write(copy('https://feeds.test/v1.json', Date.now()));
    expect(await caches.has('ishraqat-feeds-v0')).to.be.false;
    expect(await caches.has('host-page-cache')).to.be.true;
  });

  it('localStorage leaves the host page’s own keys alone', async () => {
    localStorage.setItem('host-key', 'host value');
    const store = localStore(localStorage)!;
    const big = 'x'.repeat(COPY_LIMITS.localStorageBytes / 4);
    for (let i = 0; i < 4; i++) {
      await store.write(copy(`https://feeds.test/l${i}.json`, Date.now() - 10 + i, big));
    }
    expect(await store.urls()).to.have.length.within(1, 3);
    expect(localStorage.getItem('host-key')).to.equal('host value');
  });
});
