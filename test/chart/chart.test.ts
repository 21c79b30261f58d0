// <ishraqat-chart>: states, summary, data table, right-to-left axes, theming, redraws and
// clean-up, in English and Arabic. Chart.js is imported here to read what was drawn; the lazy
// loading itself is proven in lazy.test.ts and no-chart.test.ts, pages that never import it.
// All data here is fictitious.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { LitElement } from 'lit';
import '../../src/chart/define.js';
import type { IshraqatChart } from '../../src/chart/chart.js';
import { emulateMedia } from '../support/commands.js';
import { feedUrl, uniqueFeedUrl } from '../support/feeds.js';

const LANGS = ['en', 'ar'] as const;
type Lang = (typeof LANGS)[number];

const XSS = '<img src=x onerror="window.__chartXss = true">';

/** Participants: 2021 → 300 + 500, 2022 → none, 2023 → 1,200 + 100. */
const feed = {
  version: 1,
  language: 'en',
  country: 'IQ',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  partners: [
    {
      id: 'p-alpha',
      name: { en: 'Alpha Test Foundation', ar: 'مؤسسة ألفا التجريبية' },
      shortName: { en: 'ATF' },
      type: 'donor',
    },
    { id: 'p-beta', name: { en: 'Beta Council', ar: 'مجلس بيتا' }, type: 'government' },
  ],
  programs: [
    { id: 'reading', name: { en: 'Reading circles', ar: 'حلقات القراءة' } },
    { id: 'water', name: { en: 'Clean water', ar: 'المياه النظيفة' } },
    { id: 'xss', name: XSS },
  ],
  activities: [
    {
      id: 'a1',
      date: '2021-03',
      title: { en: 'Test activity one', ar: 'نشاط تجريبي أول' },
      program: 'reading',
      location: { region: 'IQ-BA' },
      partners: ['p-alpha'],
      counts: { participants: 300, women: 180, men: 120 },
    },
    {
      id: 'a2',
      date: '2021-09-10',
      title: { en: 'Test activity two', ar: 'نشاط تجريبي ثانٍ' },
      program: 'water',
      location: { region: 'IQ-MU' },
      partners: ['p-alpha', 'p-beta'],
      counts: { participants: 500, women: 200, men: 300 },
    },
    {
      id: 'a3',
      date: '2023',
      title: { en: 'Test activity three', ar: 'نشاط تجريبي ثالث' },
      program: 'reading',
      location: { region: 'IQ-BA' },
      partners: ['p-beta'],
      counts: { participants: 1200, women: 700, men: 500 },
    },
    {
      id: 'a4',
      date: '2023-05',
      title: { en: 'Test activity four', ar: 'نشاط تجريبي رابع' },
      counts: { participants: 100 },
    },
  ],
};

/** A feed whose activities carry no counts. */
const noCounts = {
  ...feed,
  activities: feed.activities.map(({ counts: _counts, ...rest }) => rest),
};

const xssFeed = {
  ...feed,
  activities: [{ ...feed.activities[0]!, id: 'x1', program: 'xss' }],
};

const expected = {
  en: {
    summary: 'Participants by year, 2021 to 2023: 2,100 in all, highest in 2023 with 1,300.',
    caption: 'Participants by year',
    years: ['2021', '2022', '2023'],
    values: ['800', '0', '1,300'],
    headers: ['Year', 'Participants'],
    breakdown: 'Breakdown: Women 1,080 and Men 920.',
    breakdownLabels: ['Women', 'Men'],
    regions: ['Basra', 'Al-Muthanna', 'Not specified'],
    noCounts: 'Nothing to chart: the activities shown have no “Participants” counts.',
    none: 'No activities to show.',
    toggle: 'Data table',
    digits: /^[0-9,]+$/,
  },
  ar: {
    summary: 'المشاركون حسب السنة من ٢٠٢١ إلى ٢٠٢٣: ٢٬١٠٠ إجمالًا، والأعلى في ٢٠٢٣ بعدد ١٬٣٠٠.',
    caption: 'المشاركون حسب السنة',
    years: ['٢٠٢١', '٢٠٢٢', '٢٠٢٣'],
    values: ['٨٠٠', '٠', '١٬٣٠٠'],
    headers: ['السنة', 'المشاركون'],
    breakdown: 'التوزيع: النساء ١٬٠٨٠ و‍الرجال ٩٢٠.',
    breakdownLabels: ['النساء', 'الرجال'],
    regions: ['البصرة', 'المثنى', 'غير محدد'],
    noCounts: 'لا شيء لعرضه في المخطط: لا تتضمن الأنشطة المعروضة أعداد «المشاركون».',
    none: 'لا توجد أنشطة لعرضها.',
    toggle: 'جدول البيانات',
    digits: /^[٠-٩٬]+$/,
  },
} satisfies Record<Lang, Record<string, unknown>>;

const canvasOf = (el: IshraqatChart) => el.shadowRoot!.querySelector('canvas');
const chartOf = (el: IshraqatChart) => {
  const canvas = canvasOf(el);
  return canvas ? Chart.getChart(canvas) : undefined;
};
const instanceCount = () => Object.keys(Chart.instances).length;

async function drawn(el: IshraqatChart): Promise<Chart> {
  await waitUntil(() => chartOf(el), 'the chart was not drawn', { timeout: 5000 });
  return chartOf(el)!;
}

/** Waits until the element shows a chart other than `old`. */
async function redrawn(el: IshraqatChart, old: Chart): Promise<Chart> {
  await waitUntil(() => chartOf(el) && chartOf(el) !== old, 'the chart was not redrawn', {
    timeout: 5000,
  });
  return chartOf(el)!;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

function tableRows(el: IshraqatChart): string[][] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => text(cell)!),
  );
}

function chart(lang: Lang, attrs: { metric?: string; by?: string; type?: string } = {}) {
  return fixture<IshraqatChart>(html`
    <div style="inline-size: 640px">
      <ishraqat-chart
        lang=${lang}
        metric=${attrs.metric ?? 'participants'}
        by=${attrs.by ?? 'year'}
        type=${attrs.type ?? 'bar'}
        .feed=${feed}
      ></ishraqat-chart>
    </div>
  `).then((wrapper) => wrapper.querySelector('ishraqat-chart')!);
}

before(() => emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }));
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

for (const lang of LANGS) {
  const t = expected[lang];
  const rtl = lang === 'ar';

  describe(`<ishraqat-chart> (${lang})`, () => {
    describe('accessibility in every state', () => {
      it('loading', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart
            lang=${lang}
            src=${uniqueFeedUrl('slow', { ms: 5000 })}
          ></ishraqat-chart>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('empty (no counts to chart)', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart
            lang=${lang}
            metric="participants"
            .feed=${noCounts}
          ></ishraqat-chart>`,
        );
        expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(t.noCounts);
        await expect(el).to.be.accessible();
      });

      it('empty (no activities)', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart lang=${lang} from="2030" .feed=${feed}></ishraqat-chart>`,
        );
        expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(t.none);
        await expect(el).to.be.accessible();
      });

      it('error', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart lang=${lang} src=${feedUrl('404')}></ishraqat-chart>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state');
        await expect(el).to.be.accessible();
      });

      it('ready, with the table closed and open', async () => {
        const el = await chart(lang);
        await drawn(el);
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    });

    describe('summary and caption', () => {
      it('names the canvas with a one-sentence summary in the element’s language', async () => {
        const el = await chart(lang);
        const canvas = canvasOf(el)!;
        expect(canvas.getAttribute('role')).to.equal('img');
        expect(canvas.getAttribute('aria-label')).to.equal(t.summary);
        expect(text(el.shadowRoot!.querySelector('[part="caption"]'))).to.equal(t.caption);
        const figure = el.shadowRoot!.querySelector('figure')!;
        expect(figure.querySelector('figcaption')).to.exist;
      });

      it('summarises a breakdown part by part', async () => {
        const el = await chart(lang, { by: 'breakdown', type: 'doughnut', metric: '' });
        // Intl.ListFormat joins Arabic items with "و" glued to the next word; ignore ZWJ quirks.
        const summary = canvasOf(el)!.getAttribute('aria-label')!;
        expect(summary.replace(/\u200d/g, '')).to.equal(t.breakdown.replace(/\u200d/g, ''));
      });

      it('a caption given as `label` replaces the generated one, the summary stays', async () => {
        const el = await chart(lang);
        el.label = 'Custom caption';
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[part="caption"]'))).to.equal('Custom caption');
        expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(t.summary);
      });

      it('is available before Chart.js draws anything', async () => {
        const el = await chart(lang);
        // Right after the first render: the table and summary come from the feed alone.
        expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(t.summary);
        expect(tableRows(el).map((r) => r[1])).to.deep.equal(t.values);
      });
    });

    describe('data table', () => {
      it('a disclosure button shows and hides a table of the same numbers as the chart', async () => {
        const el = await chart(lang);
        const c = await drawn(el);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
        const wrap = el.shadowRoot!.querySelector<HTMLElement>('#data')!;
        expect(text(button)).to.equal(t.toggle);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal('data');
        expect(wrap.hidden).to.equal(true);

        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(wrap.hidden).to.equal(false);
        expect(el.showTable).to.equal(true);
        expect(el.hasAttribute('show-table')).to.equal(true);

        const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => text(th));
        expect(headers).to.deep.equal(t.headers);
        expect(
          [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
        ).to.deep.equal(['col', 'col']);
        expect(text(el.shadowRoot!.querySelector('table caption'))).to.equal(t.caption);

        // Same labels and numbers as the chart's data, in the same order.
        const rows = tableRows(el);
        expect(rows.map((r) => r[0])).to.deep.equal(c.data.labels);
        expect(rows.map((r) => r[0])).to.deep.equal(t.years);
        const format = new Intl.NumberFormat(lang === 'ar' ? 'ar-IQ' : 'en-IQ');
        expect(rows.map((r) => r[1])).to.deep.equal(
          (c.data.datasets[0]!.data as number[]).map((v) => format.format(v)),
        );
        expect(rows.map((r) => r[1])).to.deep.equal(t.values);

        button.click();
        await el.updateComplete;
        expect(wrap.hidden).to.equal(true);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
      });

      it('opens from the show-table attribute', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart lang=${lang} show-table .feed=${feed}></ishraqat-chart>`,
        );
        expect(el.shadowRoot!.querySelector<HTMLElement>('#data')!.hidden).to.equal(false);
      });

      it('labels regions by name and activities without one as not specified', async () => {
        const el = await chart(lang, { by: 'region' });
        const c = await drawn(el);
        expect(tableRows(el).map((r) => r[0])).to.deep.equal(t.regions);
        expect(c.data.labels).to.deep.equal(t.regions);
      });

      it('names a custom count from the feed’s metrics', async () => {
        const custom = {
          ...feed,
          metrics: [
            { id: 'trees_planted', label: { en: 'Trees planted', ar: 'الأشجار المزروعة' } },
          ],
          activities: [{ ...feed.activities[0]!, counts: { trees_planted: 40 } }],
        };
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart
            lang=${lang}
            metric="trees_planted"
            .feed=${custom}
          ></ishraqat-chart>`,
        );
        expect(text(el.shadowRoot!.querySelector('[part="caption"]'))).to.equal(
          rtl ? 'الأشجار المزروعة حسب السنة' : 'Trees planted by year',
        );
        expect(text(el.shadowRoot!.querySelectorAll('thead th')[1])).to.equal(
          rtl ? 'الأشجار المزروعة' : 'Trees planted',
        );
      });

      it('renders feed text as text, never as HTML', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart lang=${lang} by="program" .feed=${xssFeed}></ishraqat-chart>`,
        );
        await drawn(el);
        expect(tableRows(el)[0]![0]).to.equal(XSS);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect((window as { __chartXss?: boolean }).__chartXss).to.equal(undefined);
      });
    });

    describe('right to left', () => {
      it(`runs the category axis ${rtl ? 'from the right' : 'from the left'} and puts values on the ${rtl ? 'right' : 'left'}`, async () => {
        const el = await chart(lang);
        const c = await drawn(el);
        const x = c.scales.x!;
        const y = c.scales.y!;
        expect(x.ticks.map((tick) => tick.label)).to.deep.equal(t.years);
        const first = x.getPixelForValue(0);
        const last = x.getPixelForValue(2);
        if (rtl) {
          expect(first).to.be.greaterThan(last);
          expect(y.position).to.equal('right');
          expect(y.left).to.be.at.least(c.chartArea.right - 1);
        } else {
          expect(first).to.be.lessThan(last);
          expect(y.position).to.equal('left');
          expect(y.right).to.be.at.most(c.chartArea.left + 1);
        }
      });

      it('keeps the end labels of a line chart inside the canvas', async () => {
        const el = await chart(lang, { type: 'line' });
        const c = await drawn(el);
        const x = c.scales.x!;
        const ctx = c.ctx;
        const font = c.options.scales!.x!.ticks!.font as { size: number; family: string };
        ctx.save();
        ctx.font = `${font.size}px ${font.family}`;
        const edges = x.ticks.map((tick, i) => {
          const half = ctx.measureText(String(tick.label)).width / 2;
          const at = x.getPixelForTick(i);
          return [at - half, at + half];
        });
        ctx.restore();
        expect(Math.min(...edges.map((e) => e[0]!))).to.be.at.least(0);
        expect(Math.max(...edges.map((e) => e[1]!))).to.be.at.most(c.width);
      });

      it('puts a long name beside a horizontal bar on two lines', async () => {
        const long = {
          ...feed,
          programs: [
            {
              id: 'long',
              name: { en: 'A rather long program name', ar: 'اسم برنامج طويل نوعا ما' },
            },
          ],
          activities: [{ ...feed.activities[0]!, program: 'long' }],
        };
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart lang=${lang} by="program" .feed=${long}></ishraqat-chart>`,
        );
        const c = await drawn(el);
        expect(c.scales.y!.ticks[0]!.label).to.deep.equal(
          rtl ? ['اسم برنامج', 'طويل نوعا ما'] : ['A rather long', 'program name'],
        );
        // The table and the data keep the name whole.
        expect(c.data.labels).to.deep.equal([
          rtl ? 'اسم برنامج طويل نوعا ما' : 'A rather long program name',
        ]);
      });

      it('formats value ticks in the element’s digits', async () => {
        const el = await chart(lang);
        const c = await drawn(el);
        const labels = c.scales.y!.ticks.map((tick) => String(tick.label));
        expect(labels.length).to.be.greaterThan(2);
        for (const label of labels) expect(label).to.match(t.digits);
      });

      it(`grows horizontal bars ${rtl ? 'leftwards, labels on the right' : 'rightwards, labels on the left'}`, async () => {
        const el = await chart(lang, { by: 'partner' });
        const c = await drawn(el);
        expect(c.options.indexAxis).to.equal('y');
        const x = c.scales.x!;
        const zero = x.getPixelForValue(0);
        const most = x.getPixelForValue(1500);
        expect(rtl ? zero > most : zero < most).to.equal(true);
        expect(c.scales.y!.position).to.equal(rtl ? 'right' : 'left');
        // Short names on the axis, full names in the tooltip title.
        expect(c.data.labels).to.deep.equal([
          rtl ? 'مجلس بيتا' : 'Beta Council',
          'ATF',
          t.regions[2],
        ]);
        const point = c.getDatasetMeta(0).data[1]!;
        c.tooltip!.setActiveElements([{ datasetIndex: 0, index: 1 }], { x: point.x, y: point.y });
        c.update();
        expect(c.tooltip!.title).to.deep.equal([
          rtl ? 'مؤسسة ألفا التجريبية' : 'Alpha Test Foundation',
        ]);
      });

      it('sets the legend and tooltips to the element’s direction', async () => {
        const el = await chart(lang, { by: 'breakdown', type: 'doughnut', metric: '' });
        const c = await drawn(el);
        const legend = c.options.plugins!.legend!;
        const tooltip = c.options.plugins!.tooltip!;
        expect(legend.display).to.equal(true);
        expect(legend.rtl).to.equal(rtl);
        expect(legend.textDirection).to.equal(rtl ? 'rtl' : 'ltr');
        expect(tooltip.rtl).to.equal(rtl);
        expect(tooltip.textDirection).to.equal(rtl ? 'rtl' : 'ltr');
        expect(c.data.labels).to.deep.equal(t.breakdownLabels);
      });

      it('writes tooltips with the element’s number format and count label', async () => {
        const el = await chart(lang);
        const c = await drawn(el);
        const point = c.getDatasetMeta(0).data[2]!;
        c.tooltip!.setActiveElements([{ datasetIndex: 0, index: 2 }], { x: point.x, y: point.y });
        c.update();
        expect(c.tooltip!.title).to.deep.equal([t.years[2]]);
        const body = c.tooltip!.body.flatMap((b) => b.lines);
        expect(body).to.deep.equal([rtl ? '١٬٣٠٠ مشارك' : '1,300 participants']);
      });
    });

    describe('theme', () => {
      it('takes colours and font from the custom properties', async () => {
        const wrapper = await fixture(html`
          <div
            style="inline-size: 640px; --ishraqat-accent: rgb(200, 10, 20); --ishraqat-muted: rgb(1, 2, 3); --ishraqat-font: Georgia, serif"
          >
            <ishraqat-chart lang=${lang} metric="participants" .feed=${feed}></ishraqat-chart>
          </div>
        `);
        const el = wrapper.querySelector('ishraqat-chart')!;
        const c = await drawn(el);
        expect(c.data.datasets[0]!.backgroundColor).to.equal('rgb(200, 10, 20)');
        const ticks = c.options.scales!.x!.ticks!;
        expect(ticks.color).to.equal('rgb(1, 2, 3)');
        expect(String((ticks.font as { family: string }).family)).to.contain('Georgia');
      });

      it('redraws in the dark colours when the theme changes', async () => {
        const el = await chart(lang);
        const light = await drawn(el);
        expect(light.data.datasets[0]!.backgroundColor).to.equal('rgb(15, 110, 102)');
        el.theme = 'dark';
        const dark = await redrawn(el, light);
        expect(dark.data.datasets[0]!.backgroundColor).to.equal('rgb(95, 209, 195)');
        expect(instanceCount()).to.equal(1);
      });

      it('redraws when the visitor’s colour scheme changes', async () => {
        const el = await chart(lang);
        const light = await drawn(el);
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const dark = await redrawn(el, light);
          expect(dark.data.datasets[0]!.backgroundColor).to.equal('rgb(95, 209, 195)');
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    });

    describe('motion', () => {
      it('animates only when the visitor allows motion', async () => {
        const still = await drawn(await chart(lang));
        expect(still.options.animation).to.equal(false);
        await emulateMedia({ reducedMotion: 'no-preference' });
        try {
          const moving = await drawn(await chart(lang));
          expect(moving.options.animation).not.to.equal(false);
        } finally {
          await emulateMedia({ reducedMotion: 'reduce' });
        }
      });
    });

    describe('redraws', () => {
      it('on a change of language', async () => {
        const el = await chart(lang);
        const before = await drawn(el);
        const other: Lang = rtl ? 'en' : 'ar';
        el.setAttribute('lang', other);
        const after = await redrawn(el, before);
        expect(after.data.labels).to.deep.equal(expected[other].years);
        expect(after.options.scales!.x!.reverse).to.equal(!rtl);
        expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(expected[other].summary);
      });

      it('on a change of metric, grouping or type', async () => {
        const el = await chart(lang);
        const bar = await drawn(el);
        el.type = 'line';
        const line = await redrawn(el, bar);
        expect((line.config as { type: string }).type).to.equal('line');
        el.metric = 'activities';
        const activities = await redrawn(el, line);
        expect(activities.data.datasets[0]!.data).to.deep.equal([2, 0, 2]);
        el.program = 'reading';
        const filtered = await redrawn(el, activities);
        expect(filtered.data.datasets[0]!.data).to.deep.equal([1, 0, 1]);
      });

      it('on resize, to the new width', async () => {
        const el = await chart(lang);
        const c = await drawn(el);
        expect(c.width).to.be.closeTo(640, 1);
        el.parentElement!.style.inlineSize = '320px';
        await waitUntil(() => Math.abs(c.width - 320) < 1, `width stayed ${c.width}`);
        // Narrow: a taller 4:3 box.
        expect(c.height).to.be.closeTo(240, 1);
      });
    });

    describe('clean-up', () => {
      it('destroys the Chart.js instance when the element leaves the page', async () => {
        const el = await chart(lang);
        await drawn(el);
        expect(instanceCount()).to.equal(1);
        el.remove();
        expect(instanceCount()).to.equal(0);
      });

      it('draws again when moved to another place', async () => {
        const el = await chart(lang);
        const first = await drawn(el);
        const elsewhere = document.createElement('div');
        elsewhere.style.inlineSize = '500px';
        document.body.append(elsewhere);
        try {
          elsewhere.append(el);
          const second = await redrawn(el, first);
          expect(second.width).to.be.closeTo(500, 1);
          expect(instanceCount()).to.equal(1);
        } finally {
          elsewhere.remove();
        }
        expect(instanceCount()).to.equal(0);
      });

      it('mounting and unmounting 100 times leaves no chart behind', async () => {
        const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px"></div>`);
        const el = document.createElement('ishraqat-chart');
        el.setAttribute('lang', lang);
        el.metric = 'participants';
        el.feed = feed;
        let previous: Chart | undefined;
        for (let i = 0; i < 100; i++) {
          host.append(el);
          const c = previous ? await redrawn(el, previous) : await drawn(el);
          expect(instanceCount()).to.equal(1);
          previous = c;
          el.remove();
          expect(instanceCount()).to.equal(0);
        }
        // Nothing pending draws a stray chart afterwards.
        await aTimeout(50);
        expect(instanceCount()).to.equal(0);
      });
    });

    describe('states', () => {
      it('the loading skeleton reserves the height of the drawn chart', async () => {
        const url = uniqueFeedUrl('slow', { ms: 600, feed: 'ok.json' });
        const wrapper = await fixture(
          html`<div style="inline-size: 600px">
            <ishraqat-chart lang=${lang} src=${url}></ishraqat-chart>
          </div>`,
        );
        const el = wrapper.querySelector('ishraqat-chart')!;
        const loading = el.getBoundingClientRect().height;
        expect(loading).to.be.greaterThan(300);
        await drawn(el);
        expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 2);
      });

      it('charts `activities` when the feed has no counts', async () => {
        const el = await fixture<IshraqatChart>(
          html`<ishraqat-chart
            lang=${lang}
            metric="activities"
            .feed=${noCounts}
          ></ishraqat-chart>`,
        );
        const c = await drawn(el);
        expect(c.data.datasets[0]!.data).to.deep.equal([2, 0, 2]);
      });

      it('fires ishraqat-chart-render when drawn', async () => {
        const events: CustomEvent[] = [];
        const listener = (e: Event) => events.push(e as CustomEvent);
        document.addEventListener('ishraqat-chart-render', listener);
        try {
          const el = await chart(lang, { type: 'line' });
          await drawn(el);
          await waitUntil(() => events.length > 0);
          expect(events[0]!.detail).to.deep.equal({ type: 'line', points: 3 });
          expect(events[0]!.composed).to.equal(true);
        } finally {
          document.removeEventListener('ishraqat-chart-render', listener);
        }
      });
    });

    describe('drawing failure', () => {
      it('shows the table and a message, and nothing reaches the page, when drawing throws', async () => {
        const original = Chart.prototype.resize;
        Chart.prototype.resize = () => {
          throw new Error('test: drawing fails');
        };
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error);
        window.addEventListener('error', onError);
        try {
          const el = await chart(lang);
          await waitUntil(() => el.shadowRoot!.querySelector('.message'), 'no failure message', {
            timeout: 5000,
          });
          expect(chartOf(el)).to.equal(undefined);
          expect(el.showTable).to.equal(true);
          expect(tableRows(el).length).to.equal(3);
          expect(errors).to.deep.equal([]);
        } finally {
          Chart.prototype.resize = original;
          window.removeEventListener('error', onError);
        }
      });
    });

    describe('inside another element’s shadow root', () => {
      it('inherits the embedder’s language and draws', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<chart-embedder
            lang=${lang}
            style="display: block; inline-size: 600px"
          ></chart-embedder>`,
        );
        const embedder = wrapper as ChartEmbedder;
        await embedder.updateComplete;
        const el = embedder.shadowRoot!.querySelector('ishraqat-chart')!;
        const c = await drawn(el);
        expect(c.options.scales!.x!.reverse).to.equal(rtl);
        expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(t.summary);
      });
    });
  });
}

/** A minimal element that shows a chart in its own shadow root, as <ishraqat-impact> will. */
class ChartEmbedder extends LitElement {
  override render() {
    return html`<ishraqat-chart metric="participants" .feed=${feed}></ishraqat-chart>`;
  }
}
customElements.define('chart-embedder', ChartEmbedder);
