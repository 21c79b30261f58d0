import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { emulateMedia, sendKeys, setViewport } from '../support/commands.js';
import { feedRequestCount, uniqueFeedUrl } from '../support/feeds.js';

/** A small feed of made-up test data in both languages. */
function testFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      { id: 'p1', name: { en: 'Partner One', ar: 'الشريك الأول' }, shortName: { en: 'P1' } },
      { id: 'p2', name: 'Partner Two' },
    ],
    programs: [{ id: 'prog', name: { en: 'Test program', ar: 'برنامج الاختبار' } }],
    activities: [
      {
        id: 'a-2021',
        date: '2021',
        title: { en: 'Year activity', ar: 'نشاط السنة' },
        partners: [{ id: 'p1', role: 'funding' }],
        location: { region: 'IQ-MU' },
        tags: ['youth'],
      },
      {
        id: 'a-2023-12-18',
        date: '2023-12-18',
        title: { en: 'Day activity', ar: 'نشاط اليوم' },
        summary: { en: 'Line one\nLine two', ar: 'السطر الأول\nالسطر الثاني' },
        counts: { participants: 120, women: 70 },
        people: [{ name: { en: 'Test Person', ar: 'شخص تجريبي' } }],
        program: 'prog',
        url: 'https://example.org/story',
        partners: ['p2'],
      },
      {
        id: 'a-2023-05',
        date: '2023-05',
        title: { en: 'Month activity', ar: 'نشاط الشهر' },
        location: { name: { en: 'Test hall' } },
      },
    ],
    ...extra,
  };
}

const LANGS = ['en', 'ar'] as const;
const T = {
  en: { titles: ['Day activity', 'Month activity', 'Year activity'], years: ['2023', '2021'] },
  ar: { titles: ['نشاط اليوم', 'نشاط الشهر', 'نشاط السنة'], years: ['٢٠٢٣', '٢٠٢١'] },
};

async function ready(el: IshraqatTimeline) {
  await waitUntil(() => el.shadowRoot?.querySelector('article, .empty, .error'), 'not rendered');
  await el.updateComplete;
  return el.shadowRoot!;
}

const titles = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());

for (const lang of LANGS) {
  describe(`<ishraqat-timeline> in ${lang}`, () => {
    describe('accessibility', () => {
      it('passes axe when ready', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        await ready(el);
        await expect(el).to.be.accessible();
      });

      it('passes axe while loading', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 4000 })}
          ></ishraqat-timeline>`,
        );
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe when empty', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            .feed=${testFeed()}
            tag="nothing"
          ></ishraqat-timeline>`,
        );
        await ready(el);
        expect(el.shadowRoot!.querySelector('.empty')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe in the error state', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} src=${uniqueFeedUrl('404')}></ishraqat-timeline>`,
        );
        await ready(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('passes axe with problems expanded and in the compact layout', async () => {
        const feed = testFeed();
        (feed.activities as unknown[]).push({ id: 'broken', date: '2023-13-40', title: 'x' });
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} layout="compact" .feed=${feed}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        // The list of problems is a module of its own, loaded for feeds that have problems.
        await waitUntil(() => root.querySelector('details'), 'no list of problems');
        root.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      });
    });

    describe('content', () => {
      it('shows activities newest first, grouped by year, in the element language', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(titles(root)).to.deep.equal(T[lang].titles);
        const years = [...root.querySelectorAll('[part~="year-heading"]')].map((h) =>
          h.textContent!.trim(),
        );
        expect(years).to.deep.equal(T[lang].years);
        const base = root.querySelector('[part~="base"]')!;
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });

      it('keeps each date at its own precision', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const dates = [...root.querySelectorAll('[part~="date"] time')].map((t) => [
          t.getAttribute('datetime'),
          t.textContent!.trim(),
        ]);
        if (lang === 'en') {
          expect(dates).to.deep.equal([
            ['2023-12-18', 'December 18, 2023'],
            ['2023-05', 'May 2023'],
            ['2021', '2021'],
          ]);
        } else {
          expect(dates[0]![0]).to.equal('2023-12-18');
          expect(dates[0]![1]).to.contain('كانون الأول').and.contain('١٨').and.contain('٢٠٢٣');
          expect(dates[1]![1]).to.contain('أيار').and.contain('٢٠٢٣').and.not.contain('١');
          expect(dates[2]![1]).to.equal('٢٠٢١');
        }
      });

      it('shows summary line breaks, place, partners with roles, people, counts and link', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const [day, month, year] = [...root.querySelectorAll('article')];
        const summary = day!.querySelector('[part~="summary"]') as HTMLElement;
        expect(summary.textContent!.trim().split('\n').length).to.equal(2);
        expect(getComputedStyle(summary).whiteSpace).to.equal('pre-line');
        const counts = day!.querySelector('[part~="counts"]')!.textContent!.replace(/\s+/g, ' ');
        expect(counts).to.contain(lang === 'en' ? '120 participants' : '١٢٠ مشارك');
        expect(counts).to.contain(lang === 'en' ? '70 women' : '٧٠ امرأةً');
        const link = day!.querySelector('a[part~="link"]') as HTMLAnchorElement;
        expect(link.href).to.equal('https://example.org/story');
        expect(link.rel).to.contain('noopener');
        // A link that opens a new tab says so to screen readers, with the activity it is about.
        const linkText = link.textContent!.replace(/\s+/g, ' ');
        expect(linkText).to.contain(T[lang].titles[0]);
        expect(linkText).to.contain(
          lang === 'en' ? '(opens in a new tab)' : '(يُفتح في تبويب جديد)',
        );
        expect(month!.textContent).to.contain('Test hall');
        const yearText = year!.textContent!.replace(/\s+/g, ' ');
        expect(yearText).to.contain(lang === 'en' ? 'Al-Muthanna' : 'المثنى');
        expect(yearText).to.contain('P1');
        // A short name is an abbreviation: its title is the full name.
        expect(year!.querySelector('abbr')!.title).to.equal(
          lang === 'en' ? 'Partner One' : 'الشريك الأول',
        );
        expect(yearText).to.contain(lang === 'en' ? '(funding)' : '(تمويل)');
        expect(day!.textContent).to.contain(lang === 'en' ? 'Test program' : 'برنامج الاختبار');
      });

      it('marks and isolates text in the other language', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        // "Partner Two" and "Test hall" exist only in English.
        const hall = [...root.querySelectorAll('bdi')].find((b) => b.textContent === 'Test hall')!;
        expect(hall).to.exist;
        if (lang === 'ar') expect(hall.getAttribute('lang')).to.equal('en');
        else expect(hall.hasAttribute('lang')).to.equal(false);
      });

      it('orders oldest first and can drop the year grouping', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            order="oldest"
            group-by="none"
            .feed=${testFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(titles(root)).to.deep.equal([...T[lang].titles].reverse());
        expect(root.querySelector('[part~="year-heading"]')).to.equal(null);
        expect(root.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      });

      it('honours numerals and adds Hijri dates', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            numerals=${lang === 'ar' ? 'latn' : 'arab'}
            calendar="islamic-umalqura"
            .feed=${testFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const heading = root.querySelector('[part~="year-heading"]')!.textContent!.trim();
        expect(heading).to.equal(lang === 'ar' ? '2023' : '٢٠٢٣');
        const hijri = root.querySelector('.hijri')!.textContent!;
        // 18 December 2023 is 5 Jumada al-Akhirah 1445 AH.
        expect(hijri).to.contain(lang === 'ar' ? '1445' : '١٤٤٥');
      });

      it('renders feed text as text, never as HTML, and drops javascript: links', async () => {
        const feed = testFeed({
          activities: [
            {
              id: 'xss',
              date: '2023',
              title: '<img src=x onerror="window.__pwned=1">',
              summary: '<script>window.__pwned=1</script>',
              url: 'javascript:window.__pwned=1',
            },
          ],
        });
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${feed}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(root.querySelector('article img, article script')).to.equal(null);
        expect(titles(root)).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
        expect(root.querySelector('a[part~="link"]')).to.equal(null);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(el.problems.map((p) => p.path)).to.include('activities[0].url');
      });

      it('re-renders when its lang changes', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const other = lang === 'en' ? 'ar' : 'en';
        el.setAttribute('lang', other);
        // Arabic strings load on first use: the element re-renders when they arrive.
        await waitUntil(() => titles(root)[0] === T[other].titles[0], 'did not re-render');
        expect(titles(root)).to.deep.equal(T[other].titles);
      });

      it('follows the nearest ancestor lang', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang}><ishraqat-timeline .feed=${testFeed()}></ishraqat-timeline></div>`,
        );
        const el = wrapper.querySelector('ishraqat-timeline')!;
        const root = await ready(el);
        expect(titles(root)).to.deep.equal(T[lang].titles);
        wrapper.lang = lang === 'en' ? 'ar' : 'en';
        await waitUntil(() => titles(root)[0] !== T[lang].titles[0]);
      });
    });

    describe('problems', () => {
      it('shows 7 of 10 activities and says 3 could not be shown, with reasons', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src="/demo/feeds/broken-10.json"
          ></ishraqat-timeline>`,
        );
        const { detail } = await oneEvent(el, 'ishraqat-load');
        const root = await ready(el);
        expect(detail.activities).to.equal(7);
        expect(root.querySelectorAll('article').length).to.equal(7);
        const summary = root.querySelector('details summary')!.textContent!;
        expect(summary).to.contain(lang === 'en' ? '3 activities could not be shown' : '٣ أنشطة');
        const reasons = [...root.querySelectorAll('details li')].map((li) => li.textContent!);
        expect(reasons.some((r) => r.includes('activities[3].date'))).to.equal(true);
        expect(el.problems.filter((p) => p.skipped).length).to.equal(3);
        expect(detail.problems).to.equal(el.problems);
      });
    });

    describe('states and events', () => {
      it('reserves space while loading, then fires ishraqat-load', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 600 })}
          ></ishraqat-timeline>`,
        );
        await el.updateComplete;
        expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
        const { detail } = await oneEvent(el, 'ishraqat-load');
        expect(detail.activities).to.equal(3);
        expect(detail.shown).to.equal(3);
      });

      it('shows a localized error with a retry button that loads the feed again', async () => {
        // A 404 is not asked again by itself (a 500 would be: see test/feed/network.test.ts).
        const url = uniqueFeedUrl('flaky', { fail: 1, status: 404 });
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>`,
        );
        const { detail } = await oneEvent(el, 'ishraqat-error');
        expect(detail.code).to.equal('http');
        expect(detail.status).to.equal(404);
        const root = await ready(el);
        const alert = root.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain(lang === 'en' ? 'could not be loaded' : 'تعذّر تحميل');
        // No feed yet, so no country: plain `ar` formats with the locale's default digits.
        expect(detail.reason).to.contain(
          new Intl.NumberFormat(lang, { useGrouping: false }).format(404),
        );
        const retry = root.querySelector('button[part~="retry"]') as HTMLButtonElement;
        retry.focus();
        retry.click();
        await oneEvent(el, 'ishraqat-load');
        await el.updateComplete;
        expect(root.querySelectorAll('article').length).to.equal(3);
        // The button is gone: focus is on the widget, not back at the start of the page.
        expect(root.activeElement?.getAttribute('part')).to.equal('base');
        expect(root.querySelector('[part~="base"]')!.getAttribute('tabindex')).to.equal('-1');
      });

      it('keeps focus on "Try again" when the feed fails again', async () => {
        const url = uniqueFeedUrl('flaky', { fail: 2, status: 404 });
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>`,
        );
        await oneEvent(el, 'ishraqat-error');
        const root = await ready(el);
        const first = root.querySelector('button[part~="retry"]') as HTMLButtonElement;
        first.focus();
        first.click();
        await oneEvent(el, 'ishraqat-error');
        await el.updateComplete;
        const again = root.querySelector('button[part~="retry"]');
        expect(again).to.exist;
        expect(root.activeElement).to.equal(again);
      });

      it('says what is wrong with a feed that is not JSON', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src=${uniqueFeedUrl('not-json')}
          ></ishraqat-timeline>`,
        );
        const { detail } = await oneEvent(el, 'ishraqat-error');
        expect(detail.code).to.equal('not-json');
        expect(detail.reason).to.contain(lang === 'en' ? 'not valid JSON' : 'JSON');
      });

      it('says so when no feed is given', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
          lang === 'en' ? 'No activity feed' : 'لم يُحدَّد',
        );
      });

      it('shows a localized empty state when filters match nothing', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            from="2030"
            .feed=${testFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(root.querySelector('.empty')!.textContent).to.contain(
          lang === 'en' ? 'No activities' : 'لا توجد أنشطة',
        );
      });

      it('reads a feed from inline JSON', async () => {
        const json = JSON.stringify(testFeed());
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang}
            ><script type="application/json">
              ${json}
            </script></ishraqat-timeline
          >`,
        );
        const root = await ready(el);
        expect(titles(root)).to.deep.equal(T[lang].titles);
      });

      it('shares one request between elements with the same src', async () => {
        const url = uniqueFeedUrl('slow', { ms: 300 });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <ishraqat-timeline lang=${lang} src=${url}></ishraqat-timeline>
            <ishraqat-timeline lang=${lang} src=${url} layout="compact"></ishraqat-timeline>
          </div>`,
        );
        const [a, b] = [...wrapper.querySelectorAll('ishraqat-timeline')];
        await Promise.all([ready(a!), ready(b!)]);
        expect(await feedRequestCount(url)).to.equal(1);
      });
    });

    describe('filters', () => {
      it('filters by date range, program, partner, tag and region', async () => {
        const cases: [Record<string, string>, string[]][] = [
          [{ from: '2023' }, [T[lang].titles[0]!, T[lang].titles[1]!]],
          [{ to: '2023-06' }, [T[lang].titles[1]!, T[lang].titles[2]!]],
          [{ program: 'prog' }, [T[lang].titles[0]!]],
          [{ partner: 'p1 p2' }, [T[lang].titles[0]!, T[lang].titles[2]!]],
          [{ tag: 'youth' }, [T[lang].titles[2]!]],
          [{ region: 'iq-mu' }, [T[lang].titles[2]!]],
        ];
        for (const [attrs, expected] of cases) {
          const el = document.createElement('ishraqat-timeline');
          el.lang = lang;
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.feed = testFeed();
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          host.append(el);
          const root = await ready(el);
          expect(titles(root), JSON.stringify(attrs)).to.deep.equal(expected);
        }
      });
    });

    describe('limit, show more and next pages', () => {
      it('shows the first N and a show-more button that moves focus on', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} limit="1" .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(titles(root)).to.deep.equal([T[lang].titles[0]]);
        const more = root.querySelector('button[part~="more"]') as HTMLButtonElement;
        expect(more.textContent).to.contain(lang === 'en' ? 'Show more' : 'عرض المزيد');
        more.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(titles(root)).to.deep.equal(T[lang].titles.slice(0, 2));
        expect(root.activeElement?.id).to.equal('activity-a-2023-05');
      });

      it('loads older pages on demand', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            src="/__feeds/timeline-page1.json"
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const before = root.querySelectorAll('article').length;
        const button = root.querySelector('button[part~="more"]') as HTMLButtonElement;
        expect(button.textContent).to.contain(lang === 'en' ? 'Load older' : 'الأقدم');
        button.focus();
        button.click();
        await el.updateComplete;
        // While the page loads the button says so and keeps keyboard focus (not `disabled`).
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.disabled).to.equal(false);
        expect(root.activeElement).to.equal(button);
        await waitUntil(() => root.querySelectorAll('article').length > before, 'no page 2');
        await el.updateComplete;
        // Then focus moves to the first activity of the new page.
        expect(root.activeElement?.localName).to.equal('article');
        expect(root.activeElement?.id).to.equal('activity-t-p2-a');
      });
    });

    describe('long timelines', () => {
      const many = (n: number) =>
        testFeed({
          activities: Array.from({ length: n }, (_, i) => ({
            id: `gen-${i}`,
            date: `${2000 + (i % 20)}-0${1 + (i % 9)}`,
            title: `Generated test activity ${i}`,
          })),
        });

      it('renders a short timeline whole: its first screen first, the rest when idle', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${many(60)}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        // The first update renders a screen or two, never all 60 at once.
        expect(root.querySelectorAll('article').length).to.be.lessThan(60);
        await waitUntil(() => root.querySelectorAll('article').length === 60, 'not all shown');
        expect(root.querySelector('.windowed')).to.equal(null);
      });
    });

    describe('keyboard and selection', () => {
      it('moves between activities with arrows and chooses with Enter', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const articles = [...root.querySelectorAll('article')];
        expect(articles.map((a) => a.tabIndex)).to.deep.equal([0, -1, -1]);
        articles[0]!.focus();
        await sendKeys({ press: 'ArrowDown' });
        expect(root.activeElement).to.equal(articles[1]);
        await sendKeys({ press: 'End' });
        expect(root.activeElement).to.equal(articles[2]);
        setTimeout(() => void sendKeys({ press: 'Enter' }));
        const { detail } = await oneEvent(el, 'ishraqat-select');
        expect(detail.id).to.equal('a-2021');
        await el.updateComplete;
        expect(articles[2]!.getAttribute('aria-current')).to.equal('true');
        expect(el.selected).to.equal('a-2021');
      });

      it('chooses an activity on click', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        setTimeout(() => (root.querySelectorAll('[part~="title"]')[1] as HTMLElement).click());
        const { detail } = await oneEvent(el, 'ishraqat-select');
        expect(detail.id).to.equal('a-2023-05');
      });
    });

    describe('deep link', () => {
      afterEach(() => history.replaceState(null, '', location.pathname + location.search));

      it('shows, focuses and highlights #<activity-id> even beyond the limit', async () => {
        history.replaceState(null, '', '#a-2021');
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} limit="1" .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await waitUntil(() => root.activeElement?.id === 'activity-a-2021', 'not focused');
        expect(root.querySelector('.targeted #activity-a-2021')).to.exist;
      });

      it('a page fragment that is not valid percent-encoding ("#100%") breaks nothing', async () => {
        history.replaceState(null, '', '#100%');
        const base = testFeed();
        const feed = {
          ...base,
          activities: [
            ...base.activities,
            { id: '100%', date: '2020', title: { en: 'Full', ar: 'كامل' } },
          ],
        };
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} limit="1" .feed=${feed}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        // The rest of updated() still runs: the activity is shown, focused and highlighted.
        await waitUntil(() => root.activeElement?.id?.startsWith('activity-100'), 'not focused');
        expect(root.querySelector('.targeted [part~="title"]')?.textContent?.trim()).to.equal(
          lang === 'en' ? 'Full' : 'كامل',
        );
        expect(titles(root)).to.have.length(4);
      });
    });

    describe('layout', () => {
      afterEach(() => setViewport({ width: 800, height: 600 }));

      it('alternates sides when wide and falls back to one column when narrow', async () => {
        await setViewport({ width: 1200, height: 800 });
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            layout="alternating"
            .feed=${testFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        const second = () => root.querySelectorAll('li.item')[1] as HTMLElement;
        const first = () => root.querySelectorAll('li.item')[0] as HTMLElement;
        await aTimeout(50);
        expect(first().getBoundingClientRect().width).to.be.lessThan(
          el.getBoundingClientRect().width * 0.6,
        );
        const side = (li: HTMLElement) => li.getBoundingClientRect().left;
        expect(side(first())).to.not.equal(side(second()));
        el.style.width = '320px';
        await aTimeout(50);
        expect(first().getBoundingClientRect().width).to.be.greaterThan(300);
      });

      it('compact layout leaves out the details', async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            layout="compact"
            .feed=${testFeed()}
          ></ishraqat-timeline>`,
        );
        const root = await ready(el);
        expect(root.querySelectorAll('article').length).to.equal(3);
        // The details' (empty) elements stay in the DOM, hidden: cheaper than adding them.
        const details = [...root.querySelectorAll<HTMLElement>('[part~="meta"], [part~="counts"]')];
        expect(details.filter((d) => !d.hidden || d.childNodes.length).length).to.equal(0);
        expect(details.filter((d) => d.getBoundingClientRect().height > 0).length).to.equal(0);
        expect(root.textContent).to.not.contain(lang === 'en' ? 'Partners' : 'الشركاء');
      });

      it('does not move under reduced motion', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        history.replaceState(null, '', '#a-2021');
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline lang=${lang} .feed=${testFeed()}></ishraqat-timeline>`,
        );
        const root = await ready(el);
        await waitUntil(() => root.querySelector('.targeted'));
        const card = root.querySelector('.targeted > .card')!;
        expect(getComputedStyle(card).animationName).to.equal('none');
        history.replaceState(null, '', location.pathname);
        await emulateMedia({ reducedMotion: 'no-preference' });
      });
    });
  });
}

describe('<ishraqat-timeline> lists in Arabic', () => {
  it('keeps a space between "و" and a Latin name, and none before an Arabic one', async () => {
    const feed = {
      version: 1,
      language: 'ar',
      organization: { id: 'org', name: 'منظمة الاختبار' },
      partners: [
        { id: 'a', name: 'شريك' },
        { id: 'b', name: 'TESTORG' },
        { id: 'c', name: 'شريك آخر' },
      ],
      activities: [{ id: 'x', date: '2020', title: 'نشاط', partners: ['a', 'b', 'c'] }],
    };
    const el = await fixture<IshraqatTimeline>(
      html`<ishraqat-timeline lang="ar" .feed=${feed}></ishraqat-timeline>`,
    );
    const root = await ready(el);
    const text = root.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('و TESTORG');
    expect(text).to.contain('وشريك آخر');
  });
});
