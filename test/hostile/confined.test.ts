// A fault while rendering one activity, partner or tile costs that item only: it is left out,
// reported on `problems` (and in the load event and the quiet count), and the element shows
// everything else. The faults come from a feed this library already parsed (elements hand
// such feeds to each other) with a getter that throws, as a bug in any rendering path would.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { shadowText, watch } from './harness.js';

const source = {
  version: 1,
  language: 'en',
  organization: { id: 'org', name: { en: 'Confinement test organization', ar: 'منظمة اختبار' } },
  partners: [
    { id: 'p1', name: 'Partner one', type: 'ngo' },
    { id: 'p2', name: 'Partner two', type: 'ngo', url: 'https://example.org/p2' },
    { id: 'p3', name: 'Partner three', type: 'donor' },
  ],
  metrics: [{ id: 'custom', label: { en: 'Custom things', ar: 'أشياء' } }],
  activities: ['one', 'two', 'three'].map((n, i) => ({
    id: `a-${n}`,
    date: `202${i}`,
    title: { en: `Activity ${n}`, ar: `Activity ${n}` },
    partners: [`p${i + 1}`],
    counts: { participants: 10, custom: 1 },
  })),
};

const boom = (what: string) => () => {
  throw new TypeError(`test fault in ${what}`);
};

/** The parsed feed with one activity whose title cannot be read. */
function faultyActivity(): Feed {
  const feed = parseFeed(source);
  const activities = feed.activities.map((a) =>
    a.id === 'a-two' ? Object.defineProperty({ ...a }, 'title', { get: boom('title') }) : a,
  );
  return { ...feed, activities };
}

/** The parsed feed with one partner whose link cannot be read. */
function faultyPartner(): Feed {
  const feed = parseFeed(source);
  const partners = new Map(
    [...feed.partners].map(([id, p]) => [
      id,
      id === 'p2' ? Object.defineProperty({ ...p }, 'url', { get: boom('url') }) : p,
    ]),
  );
  return { ...feed, partners };
}

/** The parsed feed with a metric whose label cannot be read. */
function faultyMetric(): Feed {
  const feed = parseFeed(source);
  const metrics = new Map(
    [...feed.metrics].map(([id, m]) => [
      id,
      Object.defineProperty({ ...m }, 'label', { get: boom('label') }),
    ]),
  );
  return { ...feed, metrics };
}

/** The parsed feed whose organization's logo cannot be read (the impact summary's header). */
function faultyOrganization(): Feed {
  const feed = parseFeed(source);
  return {
    ...feed,
    organization: Object.defineProperty({ ...feed.organization }, 'logo', { get: boom('logo') }),
  };
}

type Problems = { problems: readonly { path: string; code: string; skipped?: boolean }[] };

async function settle(el: HTMLElement) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'never settled',
    { timeout: 10_000 },
  );
  // The problems list is a module of its own, loaded once a feed has problems.
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="problems"]'), 'no problems count', {
    timeout: 10_000,
  });
}

for (const lang of ['en', 'ar']) {
  describe(`a fault in one item is confined to it (${lang})`, () => {
    beforeEach(() => {
      watch.errors.length = 0;
    });
    afterEach(() => expect(watch.errors, 'uncaught errors').to.deep.equal([]));

    it('timeline: the faulty activity is left out and reported, the others shown', async () => {
      const el = await fixture<HTMLElement & Problems>(
        html`<ishraqat-timeline lang=${lang} .feed=${faultyActivity()}></ishraqat-timeline>`,
      );
      await settle(el);
      const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) =>
        t.textContent!.trim(),
      );
      expect(titles).to.deep.equal(['Activity three', 'Activity one']);
      const fault = el.problems.find((p) => p.code === 'render');
      expect(fault?.path).to.equal('activities[id="a-two"]');
      expect(fault?.skipped).to.equal(true);
      const count = el.shadowRoot!.querySelector('[part~="problems"] summary')!.textContent!;
      expect(count).to.match(lang === 'ar' ? /١|1/ : /1 activity could not be shown/);
      await expect(el).to.be.accessible();
    });

    it('partners: the faulty tile is left out and reported, the others shown', async () => {
      const el = await fixture<HTMLElement & Problems>(
        html`<ishraqat-partners lang=${lang} .feed=${faultyPartner()}></ishraqat-partners>`,
      );
      await settle(el);
      const text = shadowText(el);
      expect(text).to.include('Partner one').and.include('Partner three');
      expect(el.problems.map((p) => `${p.code} ${p.path}`)).to.include('render partners[id="p2"]');
    });

    it('counts: the faulty tile is left out and reported, the others shown', async () => {
      const el = await fixture<HTMLElement & Problems>(
        html`<ishraqat-counts
          lang=${lang}
          metrics="participants custom activities"
          .feed=${faultyMetric()}
        ></ishraqat-counts>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="tile"]').length).to.equal(2);
      expect(el.problems.map((p) => `${p.code} ${p.path}`)).to.include(
        'render metrics[id="custom"]',
      );
    });

    it('impact: a faulty header is left out and reported, the rest shown', async () => {
      const el = await fixture<HTMLElement & Problems>(
        html`<ishraqat-impact lang=${lang} .feed=${faultyOrganization()}></ishraqat-impact>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelector('ishraqat-timeline')).to.exist;
      expect(el.problems.map((p) => `${p.code} ${p.path}`)).to.include('render organization');
    });
  });
}
