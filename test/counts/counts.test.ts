// <ishraqat-counts> in both languages: axe in every state, default and listed metrics, plural
// labels (Arabic's six forms), custom labels, compact notation, digits, count-up and reduced
// motion, targets and filters. All data is fictitious test data.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/counts/define.js';
import type { IshraqatCounts } from '../../src/counts/counts.js';
import { emulateMedia } from '../support/commands.js';
import { uniqueFeedUrl } from '../support/feeds.js';

const XSS = '<img src=x onerror="window.__ishraqatXss = 1">';

function testFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      { id: 'p1', name: 'Partner One', type: 'ngo' },
      { id: 'p2', name: 'Partner Two', type: 'donor' },
    ],
    programs: [
      { id: 'prog-a', name: 'Program A' },
      { id: 'prog-b', name: 'Program B' },
    ],
    metrics: [
      { id: 'kits', label: { en: 'Kits handed out', ar: 'حقائب موزعة' } },
      { id: 'odd', label: XSS },
    ],
    targets: [{ metric: 'participants', value: 15000, from: '2023', to: '2023' }],
    activities: [
      {
        id: 'a',
        date: '2023-02',
        title: 'A',
        program: 'prog-a',
        location: { region: 'IQ-MU' },
        partners: ['p1'],
        people: [{ name: 'Test Person' }],
        counts: { participants: 12000, women: 7000, kits: 3, odd: 1 },
      },
      {
        id: 'b',
        date: '2023-09',
        title: 'B',
        program: 'prog-b',
        location: { region: 'IQ-BA' },
        partners: ['p1', 'p2'],
        tags: ['misc'],
        counts: { participants: 400, kits: 2 },
      },
      {
        id: 'c',
        date: '2022',
        title: 'C',
        program: 'prog-a',
        counts: { participants: 1234 },
      },
    ],
    ...extra,
  };
}

/** A feed whose participants add up to `n`. */
const participantsFeed = (n: number) =>
  testFeed({
    targets: [],
    activities: [{ id: 'x', date: '2023', title: 'X', counts: { participants: n } }],
  });

const LANGS = ['en', 'ar'] as const;
const T = {
  en: {
    defaults: [
      ['3', 'activities'],
      ['2', 'partners'],
      ['2', 'regions'],
      ['13,634', 'participants'],
    ],
    plurals: {
      0: ['0', 'participants'],
      1: ['1', 'participant'],
      2: ['2', 'participants'],
      3: ['3', 'participants'],
      11: ['11', 'participants'],
      100: ['100', 'participants'],
    },
    kits: 'Kits handed out',
    compact: '14K',
    target: 'Target for 2023: 12,400 of 15,000',
    percent: new Intl.NumberFormat('en-IQ', { style: 'percent' }).format(12400 / 15000),
    label: 'Key figures: Test Organization',
    empty: 'No figures to show.',
    noActivities: 'No activities to show.',
  },
  ar: {
    defaults: [
      ['٣', 'أنشطة'],
      ['٢', 'شريكان'],
      ['٢', 'محافظتان'],
      // 13,634 ends in 34: Arabic's "many" form (the last two digits decide).
      ['١٣٬٦٣٤', 'مشاركًا'],
    ],
    // zero, one, two, few, many, other
    plurals: {
      0: ['٠', 'مشارك'],
      1: ['١', 'مشارك'],
      2: ['٢', 'مشاركان'],
      3: ['٣', 'مشاركين'],
      11: ['١١', 'مشاركًا'],
      100: ['١٠٠', 'مشارك'],
    },
    kits: 'حقائب موزعة',
    compact: '١٤ ألف',
    target: 'المستهدف خلال ٢٠٢٣: ١٢٬٤٠٠ من أصل ١٥٬٠٠٠',
    percent: new Intl.NumberFormat('ar-IQ', { style: 'percent' }).format(12400 / 15000),
    label: 'أبرز الأرقام: منظمة الاختبار',
    empty: 'لا توجد أرقام لعرضها.',
    noActivities: 'لا توجد أنشطة لعرضها.',
  },
};

const text = (node: Element | null | undefined) =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

async function ready(el: IshraqatCounts) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="tile"], .empty, .error'),
    'not rendered',
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

const tiles = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="tile"]')];
/** What a sighted reader sees once the count-up is over: [number, label] per tile. */
const seen = (root: ShadowRoot) =>
  tiles(root).map((t) => [
    text(t.querySelector('[part~="value"]')),
    text(t.querySelector('[part~="label"]')),
  ]);
/** What assistive technology gets: the final number, never the moving one. */
const spoken = (tile: HTMLElement) =>
  text(tile.querySelector('.visually-hidden')) + ' ' + text(tile.querySelector('[part~="label"]'));

/** Waits until every tile shows its final value (the count-up is over). */
async function settled(root: ShadowRoot) {
  await waitUntil(
    () =>
      tiles(root).every(
        (t) =>
          text(t.querySelector('[part~="value"]')) === text(t.querySelector('.visually-hidden')),
      ),
    'count-up did not finish',
    { timeout: 5000 },
  );
}

for (const lang of LANGS) {
  const t = T[lang];

  describe(`<ishraqat-counts> in ${lang}`, () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    describe('accessibility', () => {
      it('passes axe when ready, with a target', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        expect(root.querySelector('[role="progressbar"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe while loading', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 4000 })}
          ></ishraqat-counts>`,
        );
        await el.updateComplete;
        const loading = el.shadowRoot!.querySelector('[part~="loading"]')!;
        expect(loading.getAttribute('role')).to.equal('status');
        expect(loading.querySelectorAll('.skeleton')).to.have.length(4);
        await expect(el).to.be.accessible();
      });

      it('passes axe when empty (no activities, then no figures)', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} tag="nothing" .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(text(root.querySelector('.empty'))).to.equal(t.noActivities);
        await expect(el).to.be.accessible();
        el.tag = undefined;
        el.metrics = 'girls boys';
        await el.updateComplete;
        expect(text(root.querySelector('.empty'))).to.equal(t.empty);
        await expect(el).to.be.accessible();
      });

      it('passes axe in the error state', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} src=${uniqueFeedUrl('404')}></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(root.querySelector('[role="alert"] button')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe in the middle of the count-up', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        await aTimeout(200);
        await expect(el).to.be.accessible();
        await settled(root);
      });
    });

    describe('metrics', () => {
      it('shows activities, partners, regions and participants by default', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        expect(seen(root)).to.deep.equal(t.defaults);
        expect(root.querySelector('section')!.getAttribute('aria-label')).to.equal(t.label);
        const base = root.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });

      it('shows the listed metrics in order, custom keys with the feed’s label', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="kits women people"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        const [kits, women, people] = seen(root);
        expect(kits).to.deep.equal([lang === 'en' ? '5' : '٥', t.kits]);
        expect(women![0]).to.equal(lang === 'en' ? '7,000' : '٧٬٠٠٠');
        expect(women![1]).to.equal(lang === 'en' ? 'women' : 'امرأة');
        expect(people).to.deep.equal([lang === 'en' ? '1' : '١', lang === 'en' ? 'person' : 'شخص']);
      });

      it('leaves out count keys the feed never reports (unknown is not zero)', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="girls kits"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(tiles(root).map((x) => x.dataset.metric)).to.deep.equal(['kits']);
      });

      it('renders a custom label as text, never as HTML', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} metrics="odd" .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        await aTimeout(50);
        expect(text(root.querySelector('[part~="label"]'))).to.equal(XSS);
        expect(root.querySelector('img')).to.equal(null);
        expect((window as { __ishraqatXss?: number }).__ishraqatXss).to.equal(undefined);
      });

      for (const n of [0, 1, 2, 3, 11, 100] as const) {
        it(`labels ${n} with the right plural form`, async () => {
          await emulateMedia({ reducedMotion: 'reduce' });
          const el = await fixture<IshraqatCounts>(
            html`<ishraqat-counts
              lang=${lang}
              metrics="participants"
              .feed=${participantsFeed(n)}
            ></ishraqat-counts>`,
          );
          const root = await ready(el);
          expect(seen(root)).to.deep.equal([t.plurals[n]]);
          expect(spoken(tiles(root)[0]!)).to.equal(t.plurals[n].join(' '));
        });
      }

      it('labels 11 regions with the "many" form (singular accusative in Arabic)', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const codes = ['AN', 'AR', 'BA', 'BB', 'BG', 'DA', 'DI', 'DQ', 'KA', 'KI', 'MU'];
        const feed = testFeed({
          targets: [],
          activities: codes.map((code, i) => ({
            id: `r${i}`,
            date: '2023',
            title: `R${i}`,
            location: { region: `IQ-${code}` },
          })),
        });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} metrics="regions" .feed=${feed}></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(seen(root)).to.deep.equal([lang === 'en' ? ['11', 'regions'] : ['١١', 'محافظةً']]);
      });
    });

    describe('numbers', () => {
      it('notation="compact" shortens large figures', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            notation="compact"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        expect(seen(root)[0]![0]).to.equal(t.compact);
        expect(text(root.querySelector('.visually-hidden'))).to.equal(t.compact);
      });

      it('numerals override the digits', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            numerals=${lang === 'ar' ? 'latn' : 'arab'}
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        const value = seen(root)[0]![0]!;
        if (lang === 'ar') expect(value).to.match(/^13.634$/);
        else expect(value).to.match(/^١٣.٦٣٤$/);
      });

      it('uses tabular digits so the count-up does not jitter', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        const value = root.querySelector('[part~="value"]')!;
        expect(getComputedStyle(value).fontVariantNumeric).to.equal('tabular-nums');
      });
    });

    describe('count-up', () => {
      it('counts up when in view, giving assistive technology only the final value', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        const tile = tiles(root)[0]!;
        const value = tile.querySelector('[part~="value"]')!;
        expect(value.getAttribute('aria-hidden')).to.equal('true');
        expect(spoken(tile)).to.equal(t.defaults[3]!.join(' '));
        const shown = new Set<string>();
        const watch = new MutationObserver(() => shown.add(text(value)));
        watch.observe(value, { characterData: true, childList: true, subtree: true });
        await settled(root);
        watch.disconnect();
        expect(shown.size, [...shown].join(' | ')).to.be.greaterThan(3);
        expect(text(value)).to.equal(t.defaults[3]![0]);
        // The final value was there for assistive technology all along.
        expect(spoken(tile)).to.equal(t.defaults[3]!.join(' '));
      });

      it('waits until the tiles scroll into view', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <div style="block-size: 3000px"></div>
            <ishraqat-counts
              lang=${lang}
              metrics="participants"
              .feed=${testFeed()}
            ></ishraqat-counts>
          </div>`,
        );
        const el = wrapper.querySelector('ishraqat-counts')!;
        const root = await ready(el);
        await aTimeout(400);
        const value = () => text(root.querySelector('[part~="value"]'));
        expect(value()).to.equal(lang === 'en' ? '0' : '٠');
        el.scrollIntoView();
        await waitUntil(() => value() !== (lang === 'en' ? '0' : '٠'), 'did not start');
        await settled(root);
        window.scrollTo(0, 0);
      });

      it('does not animate under prefers-reduced-motion', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} .feed=${testFeed()}></ishraqat-counts>`,
        );
        const root = await ready(el);
        // Final values from the first ready render on, and no change after.
        expect(seen(root)).to.deep.equal(t.defaults);
        const fill = root.querySelector<HTMLElement>('.fill')!;
        const width = fill.getBoundingClientRect().width;
        expect(width).to.be.greaterThan(0);
        let changes = 0;
        const watch = new MutationObserver(() => changes++);
        watch.observe(root, {
          characterData: true,
          childList: true,
          subtree: true,
          attributes: true,
        });
        await aTimeout(400);
        watch.disconnect();
        expect(changes).to.equal(0);
        expect(fill.getBoundingClientRect().width).to.equal(width);
      });
    });

    describe('targets', () => {
      it('shows achieved of target with an accessible progress bar and percentage', async () => {
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        await settled(root);
        const target = root.querySelector('[part~="target"]')!;
        expect(text(target.querySelector('.target-text'))).to.equal(t.target.replace(':', ''));
        // Caption and numbers are on two lines; a screen reader reads them in order.
        expect(text(target.querySelector('.target-caption'))).to.equal(t.target.split(': ')[0]);
        const bar = target.querySelector('[role="progressbar"]')!;
        expect(bar.getAttribute('aria-valuemin')).to.equal('0');
        expect(bar.getAttribute('aria-valuemax')).to.equal('15000');
        expect(bar.getAttribute('aria-valuenow')).to.equal('12400');
        expect(bar.getAttribute('aria-valuetext')).to.contain(t.percent);
        expect(bar.getAttribute('aria-label')).to.contain(lang === 'en' ? 'participants' : 'مشارك');
        expect(text(target.querySelector('.percent'))).to.equal(t.percent);
        // The bar is filled to the share achieved.
        await waitUntil(() => {
          const fill = bar.querySelector('.fill')!.getBoundingClientRect().width;
          const whole = bar.getBoundingClientRect().width;
          return Math.abs(fill / whole - 12400 / 15000) < 0.02;
        }, 'bar not filled to 83%');
      });

      it('a target reached shows 100% or more, with the bar full', async () => {
        const feed = testFeed({ targets: [{ metric: 'activities', value: 2 }] });
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts lang=${lang} metrics="activities" .feed=${feed}></ishraqat-counts>`,
        );
        const root = await ready(el);
        const bar = root.querySelector('[role="progressbar"]')!;
        expect(bar.getAttribute('aria-valuenow')).to.equal('2');
        expect(text(root.querySelector('.percent'))).to.equal(
          new Intl.NumberFormat(`${lang}-IQ`, { style: 'percent' }).format(1.5),
        );
        expect(text(root.querySelector('.percent'))).to.contain(lang === 'en' ? '150' : '١٥٠');
        expect(text(root.querySelector('.target-caption'))).to.equal(
          lang === 'en' ? 'Target' : 'المستهدف',
        );
        const fill = bar.querySelector('.fill')!.getBoundingClientRect().width;
        expect(fill).to.be.closeTo(bar.getBoundingClientRect().width, 1);
      });

      it('no target where it does not apply (other program, other years, a slice)', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            program="prog-b"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(root.querySelector('[part~="target"]')).to.equal(null);
        el.program = undefined;
        el.to = '2022';
        await el.updateComplete;
        expect(root.querySelector('[part~="target"]')).to.equal(null);
        el.to = undefined;
        el.partner = 'p2';
        await el.updateComplete;
        expect(root.querySelector('[part~="target"]')).to.equal(null);
        el.partner = undefined;
        await el.updateComplete;
        expect(root.querySelector('[part~="target"]')).to.exist;
      });

      it('compact notation applies to the target line too', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            notation="compact"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        expect(text(root.querySelector('.target-numbers'))).to.equal(
          lang === 'en' ? '12K of 15K' : '١٢ ألف من أصل ١٥ ألف',
        );
      });
    });

    describe('filters', () => {
      it('sums over the filtered activities only', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            program="prog-a"
            .feed=${testFeed()}
          ></ishraqat-counts>`,
        );
        const root = await ready(el);
        const values = () => seen(root).map(([v]) => v);
        expect(values()).to.deep.equal(
          lang === 'en' ? ['2', '1', '1', '13,234'] : ['٢', '١', '١', '١٣٬٢٣٤'],
        );
        el.program = undefined;
        el.from = '2023';
        await el.updateComplete;
        expect(values()).to.deep.equal(
          lang === 'en' ? ['2', '2', '2', '12,400'] : ['٢', '٢', '٢', '١٢٬٤٠٠'],
        );
        el.from = undefined;
        el.region = 'IQ-BA';
        await el.updateComplete;
        expect(values()).to.deep.equal(
          lang === 'en' ? ['1', '2', '1', '400'] : ['١', '٢', '١', '٤٠٠'],
        );
      });
    });

    describe('errors', () => {
      it('retry with a src that is not a URL shows the error again, throwing nothing', async () => {
        const thrown: unknown[] = [];
        const onError = (event: ErrorEvent) => {
          thrown.push(event.error);
          event.preventDefault();
        };
        window.addEventListener('error', onError);
        try {
          const el = await fixture<IshraqatCounts>(
            html`<ishraqat-counts lang=${lang} src="https://[broken"></ishraqat-counts>`,
          );
          const root = await ready(el);
          const button = root.querySelector<HTMLButtonElement>('[role="alert"] button')!;
          expect(button).to.exist;
          button.click();
          await aTimeout(50);
          await el.updateComplete;
          expect(thrown.map(String)).to.deep.equal([]);
          expect(root.querySelector('[role="alert"] button')).to.exist;
        } finally {
          window.removeEventListener('error', onError);
        }
      });
    });
  });
}
