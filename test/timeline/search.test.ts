// <ishraqat-timeline search> and `query`: what a reader sees and does, in Arabic and English.
// All data here is fictitious.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { sendKeys } from '../support/commands.js';

function searchFeed() {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      { id: 'p1', name: { en: 'Example Foundation', ar: 'مؤسسة المثال' } },
      { id: 'p2', name: { en: 'Sample Network', ar: 'شبكة العينة' } },
    ],
    programs: [
      { id: 'edu', name: { en: 'Education', ar: 'التعليم' } },
      { id: 'youth', name: { en: 'Youth', ar: 'الشباب' } },
    ],
    activities: [
      {
        id: 'w1',
        date: '2023-03-10',
        title: { en: 'Training workshop for teachers 2', ar: 'ورشة تدريبية للمعلمين ٢' },
        program: 'edu',
        tags: ['education'],
        location: { region: 'IQ-MU' },
        partners: ['p1'],
      },
      {
        id: 'w2',
        date: '2022-06',
        title: { en: 'Youth workshop', ar: 'ورشة الشباب' },
        program: 'youth',
        tags: ['youth'],
        location: { name: { en: 'Youth centre', ar: 'مركز الشباب' }, region: 'IQ-BG' },
      },
      {
        id: 's1',
        date: '2021',
        title: { en: 'School awareness session', ar: 'جلسة توعوية في المدرسة' },
        program: 'edu',
        partners: ['p2'],
      },
      {
        id: 'c1',
        date: '2020',
        title: { en: 'Community dialogue at the hospital', ar: 'حِوارٌ مُجتَمَعِيّ في المستشفى' },
        tags: ['health'],
      },
      {
        id: 'e1',
        date: '2019',
        title: { en: 'Café meeting on water management', ar: 'لقاء إدارة المياه في المقهى' },
      },
    ],
  };
}

const LANGS = ['en', 'ar'] as const;
const TITLES = {
  en: {
    w1: 'Training workshop for teachers 2',
    w2: 'Youth workshop',
    s1: 'School awareness session',
    c1: 'Community dialogue at the hospital',
    e1: 'Café meeting on water management',
  },
  ar: {
    w1: 'ورشة تدريبية للمعلمين ٢',
    w2: 'ورشة الشباب',
    s1: 'جلسة توعوية في المدرسة',
    c1: 'حِوارٌ مُجتَمَعِيّ في المستشفى',
    e1: 'لقاء إدارة المياه في المقهى',
  },
};
const TEXT = {
  en: {
    label: 'Search activities',
    two: '2 activities found',
    one: '1 activity found',
    five: '5 activities found',
    none: (q: string) => `No activity matches “\u2068${q}\u2069”`,
    clear: 'Clear search',
    more: 'Show more',
  },
  ar: {
    label: 'البحث في الأنشطة',
    two: 'عُثر على نشاطين (٢)',
    one: 'عُثر على نشاط واحد (١)',
    five: 'عُثر على ٥ أنشطة',
    none: (q: string) => `لا يوجد نشاط يطابق «\u2068${q}\u2069»`,
    clear: 'مسح البحث',
    more: 'عرض المزيد',
  },
};

type Id = keyof (typeof TITLES)['en'];

async function ready(el: IshraqatTimeline) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('article, .empty, .error, #search-status'),
    'not rendered',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

const titles = (el: IshraqatTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
const field = (el: IshraqatTimeline) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
const status = (el: IshraqatTimeline) =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const clearButton = (el: IshraqatTimeline, lang: 'en' | 'ar') =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent!.includes(TEXT[lang].clear),
  );

/** Types into the search field as a reader does and waits until the timeline follows. */
async function type(el: IshraqatTimeline, text: string) {
  field(el)!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => el.query === field(el)!.value.trim(), 'the query did not follow', {
    timeout: 5000,
  });
  await el.updateComplete;
}

for (const lang of LANGS) {
  const t = TEXT[lang];
  const titlesOf = (...ids: Id[]) => ids.map((id) => TITLES[lang][id]);

  describe(`<ishraqat-timeline> search in ${lang}`, () => {
    describe('accessibility', () => {
      it('passes axe with the field, while showing results', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        await type(el, 'workshop');
        expect(titles(el)).to.deep.equal(titlesOf('w1', 'w2'));
        await expect(el).to.be.accessible();
      });

      it('passes axe with an empty result', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            search
            query="zzzz"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        await ready(el);
        await waitUntil(() => clearButton(el, lang), 'no empty result', { timeout: 5000 });
        await expect(el).to.be.accessible();
      });
    });

    describe('the field', () => {
      it('is a labelled search field above the activities, in the element language', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const input = field(el)!;
        expect(input.type).to.equal('search');
        expect(input.labels![0]!.textContent!.trim()).to.equal(t.label);
        expect(root.querySelector('[role="search"]')!.contains(input)).to.equal(true);
        // Above the first activity, in document order.
        const first = root.querySelector('article')!;
        expect(input.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        expect(titles(el)).to.have.length(5);
        expect(status(el)).to.equal('');
      });

      it('is not there without `search`, nor is any status', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(field(el)).to.equal(null);
        expect(root.querySelector('[role="search"], #search-status')).to.equal(null);
      });
    });

    describe('typing', () => {
      it('filters what the reader sees and announces the count politely', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await type(el, 'workshop');
        expect(titles(el)).to.deep.equal(titlesOf('w1', 'w2'));
        const live = root.querySelector('[role="status"]')!;
        expect(live.textContent!.trim()).to.equal(t.two);
        // role=status is a polite live region; the field points to it.
        expect(field(el)!.getAttribute('aria-describedby')).to.equal(live.id);
        await type(el, ' youth');
        expect(titles(el)).to.deep.equal(titlesOf('w2'));
        expect(status(el)).to.equal(t.one);
        expect(el.getAttribute('query')).to.equal('workshop youth');
      });

      it('needs every word, in any order, in any language of the feed', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        await type(el, 'ورشة youth');
        expect(titles(el)).to.deep.equal(titlesOf('w2'));
      });

      it('searches places, region names, partners, programs and tags too', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        const cases: [string, Id[]][] = [
          ['centre', ['w2']],
          ['muthanna', ['w1']],
          ['baghdad', ['w2']],
          // A region code's names come from the UI languages' strings: English, and the UI's.
          ['بغداد', lang === 'ar' ? ['w2'] : []],
          ['foundation', ['w1']],
          ['الشبكه', []],
          ['شبكه', ['s1']],
          ['education', ['w1', 's1']],
          ['health', ['c1']],
        ];
        for (const [query, ids] of cases) {
          el.query = query;
          await waitUntil(
            () => JSON.stringify(titles(el)) === JSON.stringify(titlesOf(...ids)),
            `"${query}" did not show ${ids.join(', ')}`,
            { timeout: 5000 },
          );
        }
      });

      it('matches Arabic as people type it: hamza, alef, taa marbuta, alef maqsura, marks, digits', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        const cases: [string, Id[]][] = [
          ['ورشه', ['w1', 'w2']], // ة typed as ه
          ['مدرسه', ['s1']],
          ['المستشفي', ['c1']], // ى typed as ي
          ['مجتمعي', ['c1']], // the title is vowelled: حِوارٌ مُجتَمَعِيّ
          ['اداره', ['e1']], // إ typed as ا
          ['مئسسه', ['w1']], // ؤ typed as ئ (the partner مؤسسة المثال)
          ['المـــياه', ['e1']], // tatweel
          ['ورشة ۲', ['w1']], // Extended Arabic-Indic digit for ٢ (and 2 in English)
          ['CAFE', ['e1']], // case and accent
        ];
        for (const [query, ids] of cases) {
          field(el)!.select();
          await type(el, query);
          expect(titles(el), query).to.deep.equal(titlesOf(...ids));
        }
      });

      it('fires ishraqat-search with the query and the number shown', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        const event = oneEvent(el, 'ishraqat-search');
        field(el)!.focus();
        await sendKeys({ type: 'workshop' });
        const { detail } = await event;
        expect(detail).to.deep.equal({ query: 'workshop', shown: 2 });
      });

      it('applies Enter at once, without waiting for the pause', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        field(el)!.focus();
        await sendKeys({ type: 'hospital' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.query).to.equal('hospital');
        expect(titles(el)).to.deep.equal(titlesOf('c1'));
      });
    });

    describe('empty result and clearing', () => {
      it('says nothing matches, with a button that clears and returns to the field', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await type(el, 'zzzz');
        expect(titles(el)).to.deep.equal([]);
        expect(status(el)).to.equal(t.none('zzzz'));
        const clear = clearButton(el, lang)!;
        const event = oneEvent(el, 'ishraqat-search');
        clear.click();
        expect((await event).detail).to.deep.equal({ query: '', shown: 5 });
        await el.updateComplete;
        expect(titles(el)).to.have.length(5);
        expect(field(el)!.value).to.equal('');
        expect(el.hasAttribute('query')).to.equal(false);
        expect(status(el)).to.equal('');
        await waitUntil(() => root.activeElement === field(el), 'focus did not return', {
          timeout: 5000,
        });
      });

      it('Escape empties the field and shows everything, keeping focus there', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await type(el, 'workshop');
        expect(titles(el)).to.have.length(2);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(field(el)!.value).to.equal('');
        expect(el.query).to.equal(undefined);
        expect(titles(el)).to.have.length(5);
        expect(root.activeElement).to.equal(field(el));
      });
    });

    describe('query without the field', () => {
      it('filters from the attribute, says how many, and the property changes it', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            query="workshop"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        await ready(el);
        expect(field(el)).to.equal(null);
        expect(titles(el)).to.deep.equal(titlesOf('w1', 'w2'));
        expect(status(el)).to.equal(t.two);
        el.query = 'school';
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(titlesOf('s1'));
        el.removeAttribute('query');
        await el.updateComplete;
        expect(titles(el)).to.have.length(5);
        expect(status(el)).to.equal('');
      });

      it('an empty result clears to the first activity', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            query="zzzz"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await waitUntil(() => clearButton(el, lang), 'no empty result', { timeout: 5000 });
        expect(status(el)).to.equal(t.none('zzzz'));
        clearButton(el, lang)!.click();
        await waitUntil(() => root.activeElement?.localName === 'article', 'focus went nowhere', {
          timeout: 5000,
        });
        expect(titles(el)).to.have.length(5);
      });

      it('the field shows a query set from outside', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        el.query = 'hospital';
        await el.updateComplete;
        expect(field(el)!.value).to.equal('hospital');
        expect(titles(el)).to.deep.equal(titlesOf('c1'));
      });
    });

    describe('with the other filters and limit', () => {
      const cases: [Record<string, string>, Id[]][] = [
        [{ program: 'edu' }, ['w1']],
        [{ tag: 'youth' }, ['w2']],
        [{ region: 'IQ-MU' }, ['w1']],
        [{ partner: 'p1' }, ['w1']],
        [{ from: '2022-01' }, ['w1', 'w2']],
        [{ to: '2022' }, ['w2']],
      ];
      for (const [attrs, ids] of cases) {
        it(`combines with ${JSON.stringify(attrs)} (AND)`, async () => {
          const el = document.createElement('ishraqat-timeline') as IshraqatTimeline;
          el.lang = lang;
          el.feed = searchFeed();
          el.query = 'workshop';
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          await fixture(html`<div>${el}</div>`);
          await ready(el);
          await waitUntil(() => titles(el).length === ids.length, 'not filtered', {
            timeout: 5000,
          });
          expect(titles(el)).to.deep.equal(titlesOf(...ids));
        });
      }

      it('a filter that leaves nothing to search shows the empty state', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            search
            tag="no-such-tag"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(root.querySelector('.empty')).to.exist;
      });

      it('shows the first `limit` results with "Show more", and starts again on a new query', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            search
            limit="1"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await type(el, 'e');
        expect(titles(el)).to.have.length(1);
        const more = root.querySelector<HTMLButtonElement>('button[part~="more"]')!;
        expect(more.textContent).to.contain(t.more);
        more.click();
        await el.updateComplete;
        expect(titles(el)).to.have.length(2);
        field(el)!.select();
        await type(el, 'workshop');
        expect(titles(el)).to.deep.equal(titlesOf('w1'));
        expect(status(el)).to.equal(t.two);
      });
    });

    describe('older pages and languages', () => {
      it('searches the older pages a reader loads too', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            query="first"
            src="/__feeds/timeline-page1.json"
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await waitUntil(() => titles(el).length === 1, 'not filtered', { timeout: 5000 });
        root.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
        await waitUntil(() => titles(el).length === 2, 'the older page was not searched', {
          timeout: 5000,
        });
        expect(titles(el)[1]).to.equal(lang === 'en' ? 'Page two, first' : 'الصفحة الثانية، الأول');
        // This feed names no country: Arabic takes Latin digits.
        expect(status(el)).to.equal(lang === 'en' ? t.two : 'عُثر على نشاطين (2)');
      });

      it('keeps the results when the language changes, and speaks the new one', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        await type(el, 'workshop');
        const other = lang === 'en' ? 'ar' : 'en';
        el.lang = other;
        await waitUntil(() => status(el) === TEXT[other].two, 'not in the other language', {
          timeout: 5000,
        });
        expect(titles(el)).to.deep.equal([TITLES[other].w1, TITLES[other].w2]);
        expect(field(el)!.value).to.equal('workshop');
      });
    });

    describe('keyboard focus', () => {
      it('stays in the field while the results change, and Tab goes on to the first result', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        // Roving focus had moved to the last activity before the search.
        const articles = root.querySelectorAll('article');
        articles[4]!.focus();
        await sendKeys({ press: 'Home' });
        await sendKeys({ press: 'End' });
        expect(root.activeElement).to.equal(articles[4]);
        await type(el, 'school');
        expect(root.activeElement).to.equal(field(el));
        expect(titles(el)).to.deep.equal(titlesOf('s1'));
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement?.localName).to.equal('article');
        expect(root.activeElement!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
          TITLES[lang].s1,
        );
        // Arrow keys move among the results only.
        await sendKeys({ press: 'ArrowDown' });
        expect(root.activeElement!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
          TITLES[lang].s1,
        );
      });

      it('an empty field lets Escape through to the page', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} search .feed=${searchFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        field(el)!.focus();
        const escape = oneEvent(document, 'keydown');
        await sendKeys({ press: 'Escape' });
        const event = (await escape) as unknown as KeyboardEvent;
        expect(event.key).to.equal('Escape');
        expect(event.defaultPrevented).to.equal(false);
      });
    });

    describe('counts', () => {
      it('says how many in the language’s plural form', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            query="e"
            .feed=${searchFeed()}
          ></ishraqat-timeline>`,
        );
        await ready(el);
        await waitUntil(() => status(el), 'no count', { timeout: 5000 });
        expect(status(el)).to.equal(t.five);
      });
    });
  });
}
