// <ishraqat-impact> in both languages: axe in every state, the composition (counts, chart,
// compact timeline, partners on one shared feed), header, filters, events, the CSV download
// (intercepted Blob; a failed load of the export code), and paper (print media: footer, still strip, expanded details, chart
// table, every activity). All organisations and activities are fictitious test data.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/impact/define.js';
import type { IshraqatImpact } from '../../src/impact/impact.js';
import type { IshraqatCounts } from '../../src/counts/counts.js';
import type { IshraqatChart } from '../../src/chart/chart.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import type { IshraqatPartners } from '../../src/partners/partners.js';
import { csvLoader } from '../../src/impact/csv-loader.js';
import { emulateMedia } from '../support/commands.js';
import { feedRequestCount, feedUrl, uniqueFeedUrl } from '../support/feeds.js';

const XSS = '<img src=x onerror="window.__ishraqatXss = 1">';
const FORMULA = '=HYPERLINK("http://attacker.example","click")';

function testFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    // 22:30 on the 5th in UTC-5 is already the 6th in UTC: the footer must say the 5th.
    updated: '2024-03-05T22:30:00-05:00',
    organization: {
      id: 'test-org',
      name: { en: 'Test Organization', ar: 'منظمة الاختبار' },
      url: 'https://example.org/',
      logo: feedUrl('logos/test-logo.svg'),
    },
    partners: [
      { id: 'fund', name: { en: 'Fictitious Fund', ar: 'الصندوق التجريبي' }, type: 'donor' },
      { id: 'agency', name: { en: 'Test Agency', ar: 'الوكالة التجريبية' }, type: 'un' },
      { id: 'local', name: { en: 'Local Test Group', ar: 'مجموعة الاختبار المحلية' }, type: 'ngo' },
    ],
    programs: [{ id: 'p1', name: { en: 'Program one', ar: 'البرنامج الأول' } }],
    targets: [{ metric: 'participants', value: 100, from: '2023', to: '2023' }],
    activities: [
      {
        id: 'a1',
        date: '2023-05',
        title: { en: 'Test workshop one', ar: 'ورشة الاختبار الأولى' },
        summary: { en: 'Made-up test data.', ar: 'بيانات اختبار مختلقة.' },
        program: 'p1',
        location: { region: 'IQ-BG' },
        partners: [
          { id: 'fund', role: 'funding' },
          { id: 'agency', role: 'implementing' },
        ],
        counts: { participants: 30, women: 18 },
      },
      {
        id: 'a2',
        date: '2023-11-20',
        title: { en: 'Test workshop two', ar: 'ورشة الاختبار الثانية' },
        location: { region: 'IQ-MU' },
        partners: ['local'],
        counts: { participants: 20, women: 10 },
      },
      {
        id: 'a3',
        date: '2022',
        title: { en: FORMULA, ar: 'عنوان يبدأ بمعادلة' },
        counts: { participants: 15 },
      },
      { id: 'a4', date: '2021-03', title: XSS, partners: ['local'] },
      { id: 'a5', date: '2021-02', title: { en: 'Test visit five', ar: 'الزيارة الخامسة' } },
      { id: 'a6', date: '2021-01', title: { en: 'Test visit six', ar: 'الزيارة السادسة' } },
      { id: 'a7', date: '2021', title: { en: 'Test visit seven', ar: 'الزيارة السابعة' } },
    ],
    ...extra,
  };
}

/** The same feed with one activity that cannot be shown (no title). */
const brokenFeed = () =>
  testFeed({
    activities: [...testFeed().activities, { id: 'bad', date: '2020' }],
  });

/** Many made-up partners on one activity: enough to make a narrow strip move. */
const manyPartners = () => {
  const partners = Array.from({ length: 14 }, (_, i) => ({
    id: `p${i + 1}`,
    name: { en: `Test Partner ${i + 1}`, ar: `الشريك التجريبي ${i + 1}` },
    type: 'ngo',
  }));
  return testFeed({
    partners,
    activities: [{ id: 'x', date: '2023', title: 'X', partners: partners.map((p) => p.id) }],
  });
};

const LANGS = ['en', 'ar'] as const;
const T = {
  en: {
    label: 'Impact summary: Test Organization',
    org: 'Test Organization',
    kicker: 'Impact summary',
    figures: 'Key figures',
    recent: 'Recent activities',
    partners: 'Partners',
    chartCaption: 'Activities by year',
    funded: 'Funded by',
    download: 'Download CSV',
    csvFailed: 'The CSV file could not be prepared. Check the connection and try again.',
    all: 'All activities',
    empty: 'No activities to show.',
    loading: 'Loading the impact summary…',
    retry: 'Try again',
    source: 'Source:',
    updated: 'Updated',
    years: ['2021', '2023'],
    locale: 'en-IQ',
  },
  ar: {
    label: 'ملخص الأثر: منظمة الاختبار',
    org: 'منظمة الاختبار',
    kicker: 'ملخص الأثر',
    figures: 'أبرز الأرقام',
    recent: 'أحدث الأنشطة',
    partners: 'الشركاء',
    chartCaption: 'الأنشطة حسب السنة',
    funded: 'بتمويل من',
    download: 'تنزيل ملف CSV',
    csvFailed: 'تعذّر تجهيز ملف CSV. تحقّق من الاتصال وأعد المحاولة.',
    all: 'جميع الأنشطة',
    empty: 'لا توجد أنشطة لعرضها.',
    loading: 'جارٍ تحميل ملخص الأثر…',
    retry: 'أعد المحاولة',
    source: 'المصدر:',
    updated: 'آخر تحديث:',
    years: ['٢٠٢١', '٢٠٢٣'],
    locale: 'ar-IQ',
  },
};

const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim();

interface Parts {
  root: ShadowRoot;
  counts: IshraqatCounts;
  chart: IshraqatChart;
  timeline: IshraqatTimeline;
  partners: IshraqatPartners;
}

/** Waits until the summary and all four parts have rendered their ready state. */
async function ready(el: IshraqatImpact): Promise<Parts> {
  await waitUntil(() => el.shadowRoot?.querySelector('ishraqat-counts'), 'no parts rendered');
  const root = el.shadowRoot!;
  const parts = {
    root,
    counts: root.querySelector('ishraqat-counts')!,
    chart: root.querySelector('ishraqat-chart')!,
    timeline: root.querySelector('ishraqat-timeline')!,
    partners: root.querySelector('ishraqat-partners')!,
  };
  await waitUntil(
    () =>
      parts.counts.shadowRoot?.querySelector('[part~="tile"], .empty') &&
      parts.chart.shadowRoot?.querySelector('figure') &&
      parts.timeline.shadowRoot?.querySelector('[part~="item"], .empty') &&
      parts.partners.shadowRoot?.querySelector('[part~="item"], .empty'),
    'the parts did not render',
  );
  await Promise.all(
    [el, parts.counts, parts.chart, parts.timeline, parts.partners].map((p) => p.updateComplete),
  );
  return parts;
}

async function settled(el: IshraqatImpact) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('.state.error, .state.empty, ishraqat-counts'),
    'never settled',
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

for (const lang of LANGS) {
  const t = T[lang];
  const dir = lang === 'ar' ? 'rtl' : 'ltr';

  describe(`<ishraqat-impact> in ${lang}`, () => {
    describe('accessibility in every state', () => {
      it('passes axe while loading', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 4000 })}
          ></ishraqat-impact>
        `);
        await el.updateComplete;
        const loading = el.shadowRoot!.querySelector('[part~="loading"]');
        expect(loading, 'loading state').to.exist;
        expect(text(loading)).to.equal(t.loading);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal(
          'true',
        );
        await expect(el).to.be.accessible();
      });

      it('passes axe when the filters leave nothing', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()} from="2099"></ishraqat-impact>
        `);
        const root = await settled(el);
        expect(text(root.querySelector('.state.empty'))).to.equal(t.empty);
        // The organisation is still named; there is nothing to download.
        expect(text(root.querySelector('[part~="name"]'))).to.include(t.org);
        expect(root.querySelector('[part~="download"]')).to.equal(null);
        expect(root.querySelector('ishraqat-counts')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('passes axe in the error state, and retries', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} src=${feedUrl('404')}></ishraqat-impact>
        `);
        const root = await settled(el);
        const error = root.querySelector('.state.error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(root.querySelector('[part~="retry"]'))).to.equal(t.retry);
        expect(root.querySelector('ishraqat-counts')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('passes axe when ready', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()} timeline-href="/all"></ishraqat-impact>
        `);
        await ready(el);
        await expect(el).to.be.accessible();
      });
    });

    describe('composition', () => {
      it('renders counts, chart, compact timeline and partners inside, in its language', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { root, counts, chart, timeline, partners } = await ready(el);
        const base = root.querySelector('[part="base"]')!;
        expect(base.getAttribute('dir')).to.equal(dir);
        expect(root.querySelector('article')!.getAttribute('aria-label')).to.equal(t.label);
        const headings = [...root.querySelectorAll('[part~="heading"]')].map((h) =>
          (h as HTMLElement).innerText.trim(),
        );
        expect(headings).to.deep.equal([t.figures, t.recent, t.partners]);
        for (const part of [counts, chart, timeline, partners]) {
          expect(part.getAttribute('lang'), part.localName).to.equal(lang);
        }
        // Counts: the default figures the feed knows (no youth), with the participants target.
        const tiles = [...counts.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')];
        expect(tiles.map((tile) => tile.dataset.metric)).to.deep.equal([
          'activities',
          'participants',
          'women',
          'partners',
          'regions',
        ]);
        const participants = tiles[1]!;
        expect(participants.querySelector('[part~="target"]'), 'target shown').to.exist;
        // Chart: activities by year, a bar chart.
        expect([chart.metric, chart.by, chart.type]).to.deep.equal(['activities', 'year', 'bar']);
        expect(text(chart.shadowRoot!.querySelector('[part~="caption"]'))).to.equal(t.chartCaption);
        // Timeline: compact, the five most recent, newest first.
        expect(timeline.layout).to.equal('compact');
        expect(timeline.limit).to.equal(5);
        const items = [...timeline.shadowRoot!.querySelectorAll('[part~="item"]')];
        expect(items.map((item) => item.id)).to.deep.equal(
          ['a2', 'a1', 'a3', 'a4', 'a5'].map((id) => `activity-${id}`),
        );
        // Partners by role.
        expect(partners.groupBy).to.equal('role');
        const captions = [...partners.shadowRoot!.querySelectorAll('[part~="caption"]')].map(text);
        expect(captions[0]).to.equal(t.funded);
      });

      it('hands every part the one feed it loaded: a single request', async () => {
        const url = uniqueFeedUrl('ok.json');
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} src=${url}></ishraqat-impact>
        `);
        const { counts, chart, timeline, partners } = await ready(el);
        const feeds = new Set([counts, chart, timeline, partners].map((part) => part.feed));
        expect(feeds.size).to.equal(1);
        const [feed] = feeds as Set<{ partners: unknown; url?: string }>;
        expect(feed.partners).to.be.instanceOf(Map);
        expect(feed.url).to.include(url.split('?')[0]);
        expect(await feedRequestCount(url)).to.equal(1);
      });

      it('passes the chart attributes and the timeline limit on', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact
            lang=${lang}
            .feed=${testFeed()}
            chart-metric="participants"
            chart-by="region"
            chart-type="doughnut"
            timeline-limit="2"
            metrics="participants women"
          ></ishraqat-impact>
        `);
        const { counts, chart, timeline } = await ready(el);
        expect([chart.metric, chart.by, chart.type]).to.deep.equal([
          'participants',
          'region',
          'doughnut',
        ]);
        expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
        const metrics = [...counts.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')].map(
          (tile) => tile.dataset.metric,
        );
        expect(metrics).to.deep.equal(['participants', 'women']);
      });

      it('passes the filters on: every part shows the same activities', async () => {
        // Final figures at once, without the count-up.
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact
            lang=${lang}
            .feed=${testFeed()}
            from="2023"
            numerals="latn"
          ></ishraqat-impact>
        `);
        const { root, counts, chart, timeline, partners } = await ready(el);
        for (const part of [counts, chart, timeline, partners]) {
          expect(part.getAttribute('from'), part.localName).to.equal('2023');
          expect(part.getAttribute('numerals'), part.localName).to.equal('latn');
        }
        const activities = counts.shadowRoot!.querySelector(
          '[data-metric="activities"] [part~="value"]',
        );
        expect(text(activities)).to.equal('2');
        expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
        // Only 2023's partners; the period is 2023 alone.
        expect(partners.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
        expect(text(root.querySelector('[part~="period"]'))).to.equal('2023');
        await emulateMedia({ reducedMotion: 'no-preference' });
      });

      it('follows a change of language, parts included', async () => {
        const other = lang === 'en' ? 'ar' : 'en';
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        el.setAttribute('lang', other);
        await waitUntil(
          () => text(root.querySelector('[part~="heading"]')) === T[other].figures,
          'the summary kept its language',
        );
        const parts = await ready(el);
        expect(parts.counts.getAttribute('lang')).to.equal(other);
        expect(parts.timeline.getAttribute('lang')).to.equal(other);
        expect(text(parts.chart.shadowRoot!.querySelector('[part~="caption"]'))).to.equal(
          T[other].chartCaption,
        );
      });
    });

    describe('header', () => {
      it('names the organisation with its link, logo and period', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        expect(text(root.querySelector('.kicker'))).to.equal(t.kicker);
        const name = root.querySelector('[part~="name"]')!;
        expect(name.getAttribute('role')).to.equal('heading');
        expect(name.getAttribute('aria-level')).to.equal('2');
        const link = name.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal('https://example.org/');
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(text(link)).to.include(t.org);
        const logo = root.querySelector<HTMLImageElement>('[part~="logo"]')!;
        expect(new URL(logo.src).pathname).to.equal('/__feeds/logos/test-logo.svg');
        expect(logo.alt).to.equal('');
        const period = text(root.querySelector('[part~="period"]'))!;
        for (const year of t.years) expect(period).to.include(year);
        expect(text(root.querySelector('[part~="download"]'))).to.equal(t.download);
      });

      it('leaves no broken image when the logo fails to load', async () => {
        const feed = testFeed();
        (feed.organization as { logo: string }).logo = feedUrl('logos/missing-logo.svg');
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${feed}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        const logo = root.querySelector<HTMLImageElement>('[part~="logo"]')!;
        await waitUntil(() => logo.hidden, 'the broken logo is still shown');
        expect(getComputedStyle(logo).display).to.equal('none');
        expect(text(root.querySelector('[part~="name"]'))).to.include(t.org);
      });

      it('shows feed text as text, never HTML', async () => {
        delete (window as { __ishraqatXss?: number }).__ishraqatXss;
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { timeline } = await ready(el);
        await aTimeout(50);
        const titles = [...timeline.shadowRoot!.querySelectorAll('[part~="title"]')].map(text);
        expect(titles).to.include(XSS);
        expect(timeline.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
        expect((window as { __ishraqatXss?: number }).__ishraqatXss).to.equal(undefined);
      });

      it('links to the full timeline only when timeline-href is given', async () => {
        const withLink = await fixture<IshraqatImpact>(html`
          <ishraqat-impact
            lang=${lang}
            .feed=${testFeed()}
            timeline-href="/activities.html"
          ></ishraqat-impact>
        `);
        const { root } = await ready(withLink);
        const link = root.querySelector<HTMLAnchorElement>('[part~="timeline-link"]')!;
        expect(text(link)).to.equal(t.all);
        expect(link.getAttribute('href')).to.equal('/activities.html');
        const without = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const parts = await ready(without);
        expect(parts.root.querySelector('[part~="timeline-link"]')).to.equal(null);
      });
    });

    describe('events and problems', () => {
      it('fires one ishraqat-load of its own; the parts keep theirs inside', async () => {
        const seen: EventTarget[] = [];
        const record = (event: Event) => seen.push(event.target!);
        document.addEventListener('ishraqat-load', record);
        try {
          const el = await fixture<IshraqatImpact>(html`
            <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
          `);
          await ready(el);
          await aTimeout(50);
          expect(seen).to.deep.equal([el]);
        } finally {
          document.removeEventListener('ishraqat-load', record);
        }
      });

      it('reports feed problems once, not once per part', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${brokenFeed()}></ishraqat-impact>
        `);
        const { root, counts, timeline } = await ready(el);
        // The list of problems is a module of its own, loaded for feeds that have problems.
        await waitUntil(
          () =>
            [root, counts.shadowRoot!, timeline.shadowRoot!].every((r) =>
              r.querySelector('[part~="problems"]'),
            ),
          'no list of problems',
        );
        const problems = root.querySelectorAll('[part~="problems"]');
        expect(problems).to.have.length(1);
        expect(el.problems.length).to.be.greaterThan(0);
        for (const part of [counts, timeline]) {
          const own = part.shadowRoot!.querySelector('[part~="problems"]')!;
          expect(own, `${part.localName} renders its problems`).to.exist;
          expect(getComputedStyle(own).display, part.localName).to.equal('none');
        }
      });
    });

    describe('CSV download', () => {
      it('downloads the filtered activities as a CSV Blob through a temporary link', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()} from="2022"></ishraqat-impact>
        `);
        const { root } = await ready(el);
        const blobs: Blob[] = [];
        const revoked: string[] = [];
        const clicks: { download: string; href: string | null; connected: boolean }[] = [];
        const { createObjectURL, revokeObjectURL } = URL;
        const click = HTMLAnchorElement.prototype.click;
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          blobs.push(blob as Blob);
          return `blob:${location.origin}/test-${blobs.length}`;
        };
        URL.revokeObjectURL = (url: string) => void revoked.push(url);
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          clicks.push({
            download: this.download,
            href: this.getAttribute('href'),
            connected: this.isConnected,
          });
        };
        try {
          root.querySelector<HTMLButtonElement>('[part~="download"]')!.click();
          // The export code loads on the first click: the download starts when it is there.
          await waitUntil(() => clicks.length > 0, 'no download', { timeout: 5000 });
          expect(blobs).to.have.length(1);
          expect(clicks).to.deep.equal([
            {
              download: 'test-org-activities-2022_2023-11-20.csv',
              href: `blob:${location.origin}/test-1`,
              connected: true,
            },
          ]);
          // The link is gone at once; the URL is let go shortly after.
          expect(root.querySelector('a[download]')).to.equal(null);
          await waitUntil(() => revoked.length > 0, 'object URL never revoked', { timeout: 3000 });
          expect(revoked).to.deep.equal([`blob:${location.origin}/test-1`]);
        } finally {
          URL.createObjectURL = createObjectURL;
          URL.revokeObjectURL = revokeObjectURL;
          HTMLAnchorElement.prototype.click = click;
        }
        const blob = blobs[0]!;
        expect(blob.type).to.equal('text/csv;charset=utf-8');
        const bytes = new Uint8Array(await blob.arrayBuffer());
        expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
        const lines = csv.split('\r\n');
        expect(lines.at(-1)).to.equal('');
        const other = lang === 'en' ? 'ar' : 'en';
        expect(lines[0]).to.equal(
          `id,date,end_date,title_${lang},title_${other},program,region,partners,tags,url,participants,women`,
        );
        // Filtered (from 2022): three activities, in the feed's order.
        expect(lines.slice(1, -1).map((line) => line.split(',')[0])).to.deep.equal([
          'a1',
          'a2',
          'a3',
        ]);
        expect(lines[1]).to.equal(
          lang === 'en'
            ? 'a1,2023-05,,Test workshop one,ورشة الاختبار الأولى,p1,IQ-BG,fund:funding; agency:implementing,,,30,18'
            : 'a1,2023-05,,ورشة الاختبار الأولى,Test workshop one,p1,IQ-BG,fund:funding; agency:implementing,,,30,18',
        );
        // A title that is a formula is neutralised (and quoted, for its commas and quotes).
        expect(csv).to.include(`"'=HYPERLINK(""http://attacker.example"",""click"")"`);
      });

      it('says so when the export code cannot be loaded, and downloads on the next try', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        const button = root.querySelector<HTMLButtonElement>('[part~="download"]')!;
        const load = csvLoader.load;
        const { createObjectURL, revokeObjectURL } = URL;
        const click = HTMLAnchorElement.prototype.click;
        const downloads: string[] = [];
        const revoked: string[] = [];
        const rejections: unknown[] = [];
        const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
        const warn = console.warn;
        csvLoader.load = () => Promise.reject(new TypeError('test: offline'));
        URL.createObjectURL = () => `blob:${location.origin}/test`;
        URL.revokeObjectURL = (url: string) => void revoked.push(url);
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          downloads.push(this.download);
        };
        window.addEventListener('unhandledrejection', onRejection);
        console.warn = () => {};
        try {
          button.click();
          const message = () => root.querySelector('[part~="header"] [role="alert"]');
          await waitUntil(message, 'no message');
          const alert = message();
          expect(text(alert)).to.equal(t.csvFailed);
          expect(downloads).to.deep.equal([]);
          await expect(el).to.be.accessible();

          csvLoader.load = load;
          button.click();
          await waitUntil(() => downloads.length > 0, 'no download on the second try', {
            timeout: 5000,
          });
          await el.updateComplete;
          expect(downloads).to.deep.equal(['test-org-activities-2021-01_2023-11-20.csv']);
          expect(root.querySelector('[role="alert"]'), 'message gone').to.equal(null);
          // Let go of the URL before the stubs are, so that no later test sees it.
          await waitUntil(() => revoked.length > 0, 'object URL never revoked', { timeout: 3000 });
          expect(rejections).to.deep.equal([]);
        } finally {
          csvLoader.load = load;
          URL.createObjectURL = createObjectURL;
          URL.revokeObjectURL = revokeObjectURL;
          HTMLAnchorElement.prototype.click = click;
          window.removeEventListener('unhandledrejection', onRejection);
          console.warn = warn;
        }
      });
    });

    describe('paper', () => {
      afterEach(async () => {
        await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
      });

      it('prints a footer with the organisation, feed URL and update date in its locale', async () => {
        const url = uniqueFeedUrl('ok.json');
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} src=${url}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        const footer = root.querySelector<HTMLElement>('[part~="footer"]')!;
        expect(getComputedStyle(footer).display, 'hidden on screen').to.equal('none');
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(footer).display, 'shown on paper').to.equal('block');
        expect(footer.checkVisibility()).to.equal(true);
        const date = new Intl.DateTimeFormat(t.locale, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(2024, 0, 15));
        const content = text(footer)!;
        expect(content).to.include(t.org);
        expect(content).to.include(`${t.source} ${new URL(url, location.href).href}`);
        expect(content).to.include(`${t.updated} ${date}`);
        // Nothing to press on paper.
        expect(root.querySelector<HTMLElement>('[part~="download"]')!.checkVisibility()).to.equal(
          false,
        );
      });

      it('dates the footer on the day the publisher wrote, in any time zone', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { root } = await ready(el);
        const fifth = new Intl.DateTimeFormat(t.locale, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(2024, 2, 5));
        const footer = text(root.querySelector('[part~="footer"]'))!;
        expect(footer).to.include(fifth);
        // A feed given as an object (or inline JSON) came with the page: the page is cited.
        expect(footer).to.include(`${t.source} ${document.baseURI}`);
      });

      it('prints light, in colour, whatever the screen scheme', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()}></ishraqat-impact>
        `);
        const { counts, partners } = await ready(el);
        const tile = counts.shadowRoot!.querySelector('[part~="tile"]')!;
        expect(getComputedStyle(tile).backgroundColor, 'dark on screen').not.to.equal(
          'rgb(255, 255, 255)',
        );
        await emulateMedia({ media: 'print', colorScheme: 'dark' });
        expect(getComputedStyle(tile).backgroundColor, 'light on paper').to.equal(
          'rgb(255, 255, 255)',
        );
        for (const node of [
          el,
          counts,
          partners,
          partners.shadowRoot!.querySelector('[part~="item"]')!,
        ]) {
          expect(getComputedStyle(node).printColorAdjust, node.localName).to.equal('exact');
        }
        await emulateMedia({ colorScheme: 'light' });
      });

      it('keeps the partners strip still on paper', async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const wrapper = await fixture<HTMLDivElement>(html`
          <div style="inline-size: 320px">
            <ishraqat-impact
              lang=${lang}
              .feed=${manyPartners()}
              partners-layout="strip"
            ></ishraqat-impact>
          </div>
        `);
        const el = wrapper.querySelector('ishraqat-impact')!;
        const { partners } = await ready(el);
        const proot = partners.shadowRoot!;
        await waitUntil(
          () => proot.querySelector('.strip.moving'),
          'the strip never moved on screen',
        );
        const track = proot.querySelector('.strip.moving .track')!;
        expect(getComputedStyle(track).animationName).to.match(/^marquee-/);
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(track).animationName).to.equal('none');
      });

      it('expands what is folded: feed problems, the chart table, every activity', async () => {
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${brokenFeed()} timeline-limit="2"></ishraqat-impact>
        `);
        const { root, chart, timeline } = await ready(el);
        const details = root.querySelector<HTMLDetailsElement>('details[part~="problems"]')!;
        const list = details.querySelector('ul')!;
        expect(details.open).to.equal(false);
        expect(list.checkVisibility(), 'folded on screen').to.equal(false);
        expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
        const table = () => chart.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
        expect(table().hidden).to.equal(true);

        // What a reader's "Print" does: print media, then beforeprint.
        await emulateMedia({ media: 'print' });
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        await chart.updateComplete;
        await timeline.updateComplete;
        expect(list.checkVisibility(), 'expanded on paper').to.equal(true);
        const recent = root.querySelectorAll('[part~="heading"]')[1]!;
        expect(recent.getAttribute('role')).to.equal('heading');
        expect(recent.textContent!.trim()).to.include(t.recent);
        expect((recent.querySelector('.print-only') as HTMLElement).innerText.trim()).to.equal(
          t.all,
        );
        expect((recent.querySelector('.screen-only') as HTMLElement).checkVisibility()).to.equal(
          false,
        );
        expect(table().hidden, 'chart table on paper').to.equal(false);
        expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(7);
        const summary = timeline.shadowRoot!.querySelector('[part~="summary"]')!;
        expect(getComputedStyle(summary).webkitLineClamp).to.equal('none');

        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
        await chart.updateComplete;
        expect(table().hidden, 'chart table folded again').to.equal(true);
        expect(list.checkVisibility()).to.equal(false);
      });

      it('prints final figures, with no count-up', async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const el = await fixture<IshraqatImpact>(html`
          <ishraqat-impact lang=${lang} .feed=${testFeed()} numerals="latn"></ishraqat-impact>
        `);
        const { counts } = await ready(el);
        await emulateMedia({ media: 'print' });
        window.dispatchEvent(new Event('beforeprint'));
        await counts.updateComplete;
        const value = counts.shadowRoot!.querySelector(
          '[data-metric="participants"] [part~="value"]',
        );
        expect(text(value)).to.equal('65');
        window.dispatchEvent(new Event('afterprint'));
      });
    });
  });
}
