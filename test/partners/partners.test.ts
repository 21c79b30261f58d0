// <ishraqat-partners> in both languages: axe in every state, content, grouping, filters,
// logos and monograms (a real 404 from the feed server), the strip (pause by keyboard, hover
// and focus, reduced motion). All organisations are fictitious test data.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/partners/define.js';
import type { IshraqatPartners } from '../../src/partners/partners.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '../support/commands.js';
import { feedUrl, uniqueFeedUrl } from '../support/feeds.js';

const XSS = '<img src=x onerror="window.__ishraqatXss = 1">';

function testFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      {
        id: 'fund',
        name: { en: 'Fictitious Fund', ar: 'الصندوق التجريبي' },
        shortName: { en: 'FF' },
        type: 'donor',
        url: 'https://example.org/fund',
        logo: feedUrl('logos/test-logo.svg'),
      },
      {
        id: 'broken',
        name: { en: 'Broken Logo Org', ar: 'منظمة الشعار المعطوب' },
        type: 'ngo',
        logo: feedUrl('does-not-exist.svg'),
      },
      {
        id: 'agency',
        name: { en: 'Test Agency', ar: 'الوكالة التجريبية' },
        shortName: { en: 'TA', ar: 'الوكالة' },
        type: 'un',
      },
      { id: 'xss', name: XSS, type: 'other' },
      { id: 'unused', name: { en: 'Unused Partner', ar: 'شريك غير مستخدم' }, type: 'media' },
    ],
    programs: [
      { id: 'p1', name: 'Program one' },
      { id: 'p2', name: 'Program two' },
    ],
    activities: [
      {
        id: 'a',
        date: '2022',
        title: { en: 'Activity A', ar: 'النشاط أ' },
        program: 'p1',
        partners: [
          { id: 'fund', role: 'funding' },
          { id: 'agency', role: 'implementing' },
        ],
      },
      {
        id: 'b',
        date: '2023',
        title: { en: 'Activity B', ar: 'النشاط ب' },
        program: 'p2',
        partners: ['broken', { id: 'agency', role: 'funding' }],
      },
      {
        id: 'c',
        date: '2023-06',
        title: { en: 'Activity C', ar: 'النشاط ج' },
        program: 'p2',
        tags: ['misc'],
        partners: ['xss'],
      },
    ],
    ...extra,
  };
}

/** A feed of `n` made-up partners, all on one activity: enough to overflow a narrow strip. */
function manyPartners(n: number) {
  const partners = Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: { en: `Test Partner ${i + 1}`, ar: `الشريك التجريبي ${i + 1}` },
    type: 'ngo',
    url: `https://example.org/p${i + 1}`,
  }));
  return testFeed({
    partners,
    activities: [{ id: 'a', date: '2023', title: 'A', partners: partners.map((p) => p.id) }],
  });
}

const LANGS = ['en', 'ar'] as const;
const T = {
  en: {
    names: ['Fictitious Fund', 'Broken Logo Org', 'Test Agency', XSS],
    roles: ['Funded by', 'Implemented with', 'Other partners'],
    types: ['Donors', 'United Nations', 'Non-governmental organisations', 'Other partners'],
    newTab: '(opens in a new tab)',
    empty: 'No partners to show.',
    noActivities: 'No activities to show.',
    pause: 'Pause',
    play: 'Play',
    label: 'Partners of Test Organization',
  },
  ar: {
    names: ['الصندوق التجريبي', 'منظمة الشعار المعطوب', 'الوكالة التجريبية', XSS],
    roles: ['بتمويل من', 'بالشراكة التنفيذية مع', 'شركاء آخرون'],
    types: ['الجهات المانحة', 'الأمم المتحدة', 'منظمات غير حكومية', 'شركاء آخرون'],
    newTab: '(يُفتح في تبويب جديد)',
    empty: 'لا يوجد شركاء لعرضهم.',
    noActivities: 'لا توجد أنشطة لعرضها.',
    pause: 'إيقاف مؤقت',
    play: 'تشغيل',
    label: 'شركاء منظمة الاختبار',
  },
};

async function ready(el: IshraqatPartners) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="item"], .empty, .error'),
    'not rendered',
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim();
const names = (root: ParentNode) =>
  [...root.querySelectorAll('[part~="name"]')].map((n) => text(n));
const captions = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="caption"]')].map((c) => text(c));
/** The tile of a partner, by its name. */
const tile = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLElement>('[part~="item"]')].find(
    (t) => text(t.querySelector('[part~="name"]')) === name,
  )!;

for (const lang of LANGS) {
  const t = T[lang];

  describe(`<ishraqat-partners> in ${lang}`, () => {
    describe('accessibility', () => {
      it('passes axe when ready (grid, grouped by role)', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            group-by="role"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        await ready(el);
        await expect(el).to.be.accessible();
      });

      it('passes axe while loading', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 4000 })}
          ></ishraqat-partners>`,
        );
        await el.updateComplete;
        const loading = el.shadowRoot!.querySelector('[part~="loading"]')!;
        expect(loading).to.exist;
        expect(loading.getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
      });

      it('passes axe when empty (no activities, then no partners)', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            tag="nothing"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(text(root.querySelector('.empty'))).to.equal(t.noActivities);
        await expect(el).to.be.accessible();
        el.removeAttribute('tag');
        el.type = 'academic';
        await el.updateComplete;
        expect(text(root.querySelector('.empty'))).to.equal(t.empty);
        await expect(el).to.be.accessible();
      });

      it('passes axe in the error state', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} src=${uniqueFeedUrl('404')}></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(root.querySelector('[role="alert"] button')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe as a moving strip', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<div style="inline-size: 320px">
            <ishraqat-partners
              lang=${lang}
              layout="strip"
              .feed=${manyPartners(8)}
            ></ishraqat-partners>
          </div>`,
        ).then((div) => div.querySelector('ishraqat-partners')!);
        const root = await ready(el);
        await waitUntil(() => root.querySelector('.strip.moving'), 'strip never moved');
        await expect(el).to.be.accessible();
      });
    });

    describe('content', () => {
      it('shows the partners of the activities, localized, in feed order', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        // "unused" is named by no activity.
        expect(names(root)).to.deep.equal(t.names);
        const section = root.querySelector('section')!;
        expect(section.getAttribute('aria-label')).to.equal(t.label);
        const base = root.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });

      it('links to partner sites in a new tab, safely, and says so', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
        expect(links).to.have.length(1);
        const link = links[0]!;
        expect(link.href).to.equal('https://example.org/fund');
        expect(link.target).to.equal('_blank');
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(text(link)).to.equal(`${t.names[0]} ${t.newTab}`);
        // Partners without a URL are not links.
        expect(tile(root, t.names[2]!).localName).to.equal('div');
      });

      it('renders feed text as text, never as HTML', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        await aTimeout(50);
        expect(names(root)).to.include(XSS);
        expect(root.querySelector('img[src="x"]')).to.equal(null);
        expect((window as { __ishraqatXss?: number }).__ishraqatXss).to.equal(undefined);
      });

      it('marks names shown in another language', async () => {
        const feed = testFeed({
          partners: [{ id: 'x', name: { en: 'English Only Org' }, type: 'ngo' }],
          activities: [{ id: 'a', date: '2023', title: 'A', partners: ['x'] }],
        });
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${feed}></ishraqat-partners>`,
        );
        const root = await ready(el);
        const name = root.querySelector('[part~="name"]')!;
        const bdi = name.querySelector('bdi');
        if (lang === 'ar') expect(bdi?.getAttribute('lang')).to.equal('en');
        else expect(bdi).to.equal(null);
      });
    });

    describe('grouping', () => {
      it('group-by="role" captions partners as donors read them; one partner, several roles', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            group-by="role"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(captions(root)).to.deep.equal(t.roles);
        const groups = [...root.querySelectorAll('[part~="group"]')].map((g) => names(g));
        expect(groups).to.deep.equal([
          [t.names[0], t.names[2]],
          [t.names[2]],
          [t.names[1], t.names[3]],
        ]);
        // Captions are headings, and each list is named by its caption.
        const caption = root.querySelector('[part~="caption"]')!;
        expect(caption.getAttribute('role')).to.equal('heading');
        expect(caption.getAttribute('aria-level')).to.equal('3');
        const list = root.querySelector('[part~="list"]')!;
        expect(list.getAttribute('aria-labelledby')).to.equal(caption.id);
      });

      it('group-by="type" captions by partner type; heading-level sets the level', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            group-by="type"
            heading-level="4"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(captions(root)).to.deep.equal(t.types);
        expect(root.querySelector('[part~="caption"]')!.getAttribute('aria-level')).to.equal('4');
      });

      it('without grouping there are no captions', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(captions(root)).to.deep.equal([]);
        expect(root.querySelectorAll('[part~="group"]')).to.have.length(1);
      });
    });

    describe('filters', () => {
      it('type keeps only partners of the listed types', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            type="un donor"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(names(root)).to.deep.equal([t.names[0], t.names[2]]);
        el.type = 'ngo';
        await el.updateComplete;
        expect(names(root)).to.deep.equal([t.names[1]]);
      });

      it('shared filters keep the partners of the matching activities', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            program="p1"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(names(root)).to.deep.equal([t.names[0], t.names[2]]);
        el.program = undefined;
        el.from = '2023';
        await el.updateComplete;
        expect(names(root)).to.deep.equal([t.names[1], t.names[2], t.names[3]]);
        el.from = undefined;
        el.tag = 'misc';
        await el.updateComplete;
        expect(names(root)).to.deep.equal([t.names[3]]);
      });

      it('partners that no activity gives a role get no caption when they are all there is', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            group-by="role"
            tag="misc"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        expect(captions(root)).to.deep.equal([]);
        expect(root.querySelectorAll('[part~="item"]')).to.have.length(1);
      });

      it('roles follow the filtered activities', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners
            lang=${lang}
            group-by="role"
            from="2023"
            .feed=${testFeed()}
          ></ishraqat-partners>`,
        );
        const root = await ready(el);
        // In 2023 the agency only funds; "implementing" was its 2022 role.
        expect(captions(root)).to.deep.equal([t.roles[0], t.roles[2]]);
      });
    });

    describe('logos and monograms', () => {
      it('loads logos lazily, in a reserved box, never stretched, with empty alt', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        const img = tile(root, t.names[0]!).querySelector<HTMLImageElement>('img[part~="logo"]')!;
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('alt')).to.equal('');
        expect(img.getAttribute('width')).to.exist;
        expect(img.getAttribute('height')).to.exist;
        expect(getComputedStyle(img).objectFit).to.equal('contain');
        await waitUntil(() => img.complete && img.naturalWidth > 0, 'logo did not load');
        // Every tile reserves the same logo box, logo or monogram.
        const boxes = [...root.querySelectorAll<HTMLElement>('.logo-box')].map(
          (b) => b.getBoundingClientRect().height,
        );
        expect(new Set(boxes).size).to.equal(1);
        expect(boxes[0]).to.be.greaterThan(40);
      });

      it('a logo that 404s becomes a monogram, never a broken image', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        const broken = tile(root, t.names[1]!);
        await waitUntil(
          () => broken.querySelector('[part~="monogram"]'),
          'the failing logo was not replaced',
          { timeout: 5000 },
        );
        expect(broken.querySelector('img')).to.equal(null);
        const monogram = broken.querySelector<HTMLElement>('[part~="monogram"]')!;
        expect(monogram.getAttribute('aria-hidden')).to.equal('true');
        expect(text(monogram)).to.equal(lang === 'en' ? 'BLO' : 'م\u200cش\u200cم');
        // The working logo stays a logo.
        expect(tile(root, t.names[0]!).querySelector('img')).to.exist;
      });

      it('a partner without a logo gets its acronym on a stable, readable colour', async () => {
        const el = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang=${lang} .feed=${testFeed()}></ishraqat-partners>`,
        );
        const root = await ready(el);
        const monogram = tile(root, t.names[2]!).querySelector<HTMLElement>('[part~="monogram"]')!;
        // "الوكالة" is not compact: the English acronym stands in for a logo in both.
        expect(text(monogram)).to.equal('TA');
        const style = getComputedStyle(monogram);
        expect(style.color).to.equal('rgb(255, 255, 255)');
        const other = await fixture<IshraqatPartners>(
          html`<ishraqat-partners lang="en" .feed=${testFeed()}></ishraqat-partners>`,
        );
        const otherRoot = await ready(other);
        const again = tile(otherRoot, 'Test Agency').querySelector<HTMLElement>(
          '[part~="monogram"]',
        )!;
        expect(getComputedStyle(again).backgroundColor).to.equal(style.backgroundColor);
        const xss = tile(root, XSS).querySelector<HTMLElement>('[part~="monogram"]')!;
        expect(getComputedStyle(xss).backgroundColor).to.not.equal(style.backgroundColor);
      });
    });

    describe('strip layout', () => {
      afterEach(async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        await resetMouse();
      });

      async function strip(n = 8, width = 320) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style=${`inline-size: ${width}px`}>
            <label>Before <input /></label>
            <ishraqat-partners
              lang=${lang}
              layout="strip"
              .feed=${manyPartners(n)}
            ></ishraqat-partners>
          </div>`,
        );
        const el = wrapper.querySelector('ishraqat-partners')!;
        const root = await ready(el);
        return { wrapper, el, root };
      }
      const track = (root: ShadowRoot) => root.querySelector<HTMLElement>('.strip .track')!;
      const playState = (root: ShadowRoot) => getComputedStyle(track(root)).animationPlayState;

      it('moves when the logos overflow, in the reading direction', async () => {
        const { root } = await strip();
        await waitUntil(() => root.querySelector('.strip.moving'), 'strip never moved');
        const style = getComputedStyle(track(root));
        expect(style.animationName).to.equal(lang === 'ar' ? 'marquee-rtl' : 'marquee-ltr');
        expect(style.animationPlayState).to.equal('running');
        const before = new DOMMatrix(style.transform).m41;
        await aTimeout(300);
        const after = new DOMMatrix(getComputedStyle(track(root)).transform).m41;
        if (lang === 'ar') expect(after).to.be.greaterThan(before);
        else expect(after).to.be.lessThan(before);
      });

      it('hides the duplicate copy from assistive technology and from focus', async () => {
        const { root } = await strip();
        await waitUntil(() => root.querySelector('.duplicate'), 'no duplicate copy');
        const copies = root.querySelectorAll<HTMLElement>('.copy');
        expect(copies).to.have.length(2);
        const duplicate = copies[1]!;
        expect(duplicate.getAttribute('aria-hidden')).to.equal('true');
        expect(duplicate.inert).to.equal(true);
        expect(copies[0]!.hasAttribute('aria-hidden')).to.equal(false);
        expect(names(copies[0]!)).to.have.length(8);
      });

      it('pauses and plays with the keyboard', async () => {
        const { root } = await strip();
        await waitUntil(() => root.querySelector('[part~="pause"]'), 'no pause button');
        // Tab from the field before the widget: the button is the first stop inside it.
        root.host.parentElement!.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        const button = root.querySelector<HTMLButtonElement>('[part~="pause"]')!;
        expect(root.activeElement).to.equal(button);
        expect(text(button)).to.equal(t.pause);
        await sendKeys({ press: 'Enter' });
        await (root.host as IshraqatPartners).updateComplete;
        expect(text(button)).to.equal(t.play);
        // Move focus away so focus-within no longer pauses: the button alone keeps it paused.
        button.blur();
        expect(playState(root)).to.equal('paused');
        button.focus();
        await sendKeys({ press: 'Space' });
        await (root.host as IshraqatPartners).updateComplete;
        expect(text(button)).to.equal(t.pause);
        button.blur();
        expect(playState(root)).to.equal('running');
      });

      it('pauses while the pointer is over it and while focus is inside it', async () => {
        const { root } = await strip();
        await waitUntil(() => root.querySelector('.strip.moving'), 'strip never moved');
        const box = root.querySelector('.strip')!.getBoundingClientRect();
        await sendMouse({
          type: 'move',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        });
        expect(playState(root)).to.equal('paused');
        await resetMouse();
        expect(playState(root)).to.equal('running');
        root.querySelector<HTMLAnchorElement>('.copy a')!.focus();
        expect(playState(root)).to.equal('paused');
      });

      it('does not move at all under prefers-reduced-motion', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const { root } = await strip();
        await aTimeout(100);
        await (root.host as IshraqatPartners).updateComplete;
        expect(root.querySelector('.duplicate')).to.equal(null);
        expect(root.querySelector('[part~="pause"]')).to.equal(null);
        expect(getComputedStyle(track(root)).animationName).to.equal('none');
        // The logos wrap instead of overflowing.
        const strip_ = root.querySelector<HTMLElement>('.strip')!;
        expect(strip_.scrollWidth).to.be.at.most(strip_.clientWidth + 1);
        expect(names(root)).to.have.length(8);
      });

      it('stops moving when motion becomes unwanted', async () => {
        const { root } = await strip();
        await waitUntil(() => root.querySelector('.strip.moving'), 'strip never moved');
        await emulateMedia({ reducedMotion: 'reduce' });
        await waitUntil(() => !root.querySelector('.duplicate'), 'duplicate stayed');
        expect(getComputedStyle(track(root)).animationName).to.equal('none');
      });

      it('stays still, without a button, when the logos fit', async () => {
        const { root } = await strip(2, 900);
        await aTimeout(100);
        expect(root.querySelector('.strip.moving')).to.equal(null);
        expect(root.querySelector('[part~="pause"]')).to.equal(null);
        expect(getComputedStyle(track(root)).animationName).to.equal('none');
      });
    });
  });
}
