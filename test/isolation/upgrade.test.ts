// Properties set before the element is defined (React sets properties on the tag before the
// element module has run; a page may load the CDN script after its markup): every public
// property of every element, set on a plain not-yet-upgraded tag, is honoured once the tag is
// defined, in each delivery mode (`feed` property, `src`, inline JSON), in English and Arabic.
//
// Each test creates a tag that is not defined yet, sets properties on it (own properties of
// the plain HTMLElement, as React leaves them), puts it on the page, and only then defines
// the tag (a subclass per tag: a class can be defined once). All data is fictitious test data.
import { expect, waitUntil } from '@open-wc/testing';
// The standard tags, for the parts the impact summary is made of.
import '../../src/impact/define.js';
import type { IshraqatElement } from '../../src/base/element.js';
import { IshraqatChart } from '../../src/chart/chart.js';
import { IshraqatCounts } from '../../src/counts/counts.js';
import { IshraqatImpact } from '../../src/impact/impact.js';
import { IshraqatPartners } from '../../src/partners/partners.js';
import { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { uniqueFeedUrl } from '../support/feeds.js';
import { LANGS, type Lang } from './support.js';

const MODES = ['feed', 'src', 'inline'] as const;
type Mode = (typeof MODES)[number];

type Props = Record<string, unknown>;
type Element = IshraqatElement & Props & { updateComplete: Promise<boolean> };
type ElementClass = abstract new () => IshraqatElement;

interface Upgraded {
  readonly el: Element;
  readonly root: ShadowRoot;
  readonly lang: Lang;
  readonly mode: Mode;
  readonly loads: { activities: number; shown: number }[];
  readonly errors: { code: string }[];
  readonly renders: { type: string }[];
}

interface Case {
  /** What the test is named after. */
  readonly name: string;
  /** Set on the tag before it is defined. */
  readonly props: (lang: Lang) => Props;
  /** Also before the definition (say, a `src` of its own). */
  readonly prepare?: (el: HTMLElement, mode: Mode) => void;
  /** The feed's state after upgrade, or an error code. */
  readonly outcome?: (mode: Mode) => 'ready' | string;
  /** Properties that read back other than set (read-only ones). */
  readonly readonly?: boolean;
  readonly check: (u: Upgraded) => unknown;
}

let feedText = '';
let feedObject: unknown;
let count = 0;

before(async () => {
  feedText = await (await fetch('/__feeds/upgrade.json')).text();
  feedObject = JSON.parse(feedText);
});

/** Text of a shadow root and of the shadow roots inside it (the impact summary's parts). */
function deepText(root: ShadowRoot | Element | null): string {
  if (!root) return '';
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof HTMLElement && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

const q = <E extends HTMLElement = HTMLElement>(root: ParentNode, selector: string) => {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

/** The part of the impact summary that is `tag`, once it has rendered. */
async function child<E extends Element>(u: Upgraded, tag: string): Promise<E> {
  const el = q(u.root, tag) as unknown as E;
  await el.updateComplete;
  return el;
}

async function upgrade(
  base: ElementClass,
  lang: Lang,
  mode: Mode,
  props: Props,
  prepare?: Case['prepare'],
): Promise<Upgraded> {
  const tag = `ishraqat-upgraded-${++count}`;
  const el = document.createElement(tag) as unknown as Element;
  el.setAttribute('lang', lang);
  const loads: Upgraded['loads'] = [];
  const errors: Upgraded['errors'] = [];
  const renders: Upgraded['renders'] = [];
  el.addEventListener('ishraqat-load', (e) => loads.push((e as CustomEvent).detail));
  el.addEventListener('ishraqat-error', (e) => errors.push((e as CustomEvent).detail));
  el.addEventListener('ishraqat-chart-render', (e) => renders.push((e as CustomEvent).detail));
  if (mode === 'feed') el.feed = feedObject;
  if (mode === 'src') el.src = '/__feeds/upgrade.json';
  if (mode === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feedText;
    el.append(script);
  }
  Object.assign(el, props);
  prepare?.(el, mode);
  document.body.append(el);
  // What React leaves: plain own properties on an element that is not one of ours yet.
  expect(customElements.get(tag)).to.equal(undefined);
  for (const name of Object.keys(props)) expect(Object.hasOwn(el, name), name).to.be.true;
  customElements.define(tag, class extends (base as unknown as typeof HTMLElement) {});
  await waitUntil(
    () =>
      (loads.length > 0 || errors.length > 0) &&
      el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false',
    `${tag} never became ready`,
    { timeout: 10_000 },
  );
  await el.updateComplete;
  return { el, root: el.shadowRoot!, lang, mode, loads, errors, renders };
}

afterEach(() => {
  document.querySelectorAll('body > [lang]').forEach((el) => el.remove());
});

/** Activities shown after the filters, as the element reports them and as it shows them. */
const shown = (expected: number, inDom?: (u: Upgraded) => number | Promise<number>) =>
  async function (u: Upgraded) {
    expect(u.loads.at(-1)?.shown).to.equal(expected);
    if (inDom) expect(await inDom(u)).to.equal(expected);
  };

/** Digits in `text`: Arabic-Indic, Latin. */
const digits = (text: string) => ({
  arab: /[٠-٩]/.test(text),
  latn: /[0-9]/.test(text),
});

/** A figure as shown (Latin or Arabic-Indic digits, grouped) as a number. */
const number = (text: string) =>
  Number(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/[^0-9.]/g, ''));

const otherNumerals = (lang: Lang) => (lang === 'en' ? 'arab' : 'latn');

/** The number of activities an element shows in its own DOM (where it lists or counts them). */
interface ElementSpec {
  readonly name: string;
  readonly base: ElementClass;
  /** Activities shown, as counted in the DOM, where the element lists or counts them. */
  readonly shownInDom?: (u: Upgraded) => number | Promise<number>;
  /** Whether the element shows numbers or dates (so `numerals` is visible). */
  readonly showsDigits: boolean;
  /** Where Hijri dates show with `calendar="islamic-umalqura"`, if the element shows dates. */
  readonly hijri?: (u: Upgraded) => Promise<boolean>;
  readonly cases: readonly Case[];
}

/** Cases every element shares: the base's properties. */
function baseCases(spec: Omit<ElementSpec, 'cases'>): Case[] {
  const filter = (name: string, value: string, expected: number): Case => ({
    name,
    props: () => ({ [name]: value }),
    check: async (u) => {
      await shown(expected, spec.shownInDom)(u);
      expect(u.el.getAttribute(name)).to.equal(value);
    },
  });
  return [
    {
      name: 'the feed alone',
      props: () => ({}),
      check: (u) => {
        expect(u.errors).to.deep.equal([]);
        expect(u.loads[0]).to.include({ activities: 4, shown: 4 });
      },
    },
    filter('from', '2022', 2),
    filter('to', '2020', 1),
    filter('program', 'prog-a', 2),
    filter('partner', 'p2', 2),
    filter('tag', 'edu', 2),
    filter('region', 'IQ-MU', 2),
    {
      name: 'numerals',
      props: (lang) => ({ numerals: otherNumerals(lang) }),
      check: (u) => {
        const wanted = otherNumerals(u.lang);
        expect(u.el.getAttribute('numerals')).to.equal(wanted);
        if (!spec.showsDigits) return;
        // Addresses (the impact summary's footer names the feed's) are not numbers.
        const found = digits(deepText(u.root).replace(/https?:\/\/\S+/g, ''));
        expect(found[wanted], `${wanted} digits`).to.be.true;
        expect(found[wanted === 'arab' ? 'latn' : 'arab'], 'digits of the language').to.be.false;
      },
    },
    {
      name: 'calendar',
      props: () => ({ calendar: 'islamic-umalqura' }),
      check: async (u) => {
        expect(u.el.getAttribute('calendar')).to.equal('islamic-umalqura');
        if (spec.hijri) expect(await spec.hijri(u)).to.be.true;
      },
    },
    {
      name: 'theme',
      props: () => ({ theme: 'dark' }),
      check: (u) => {
        expect(u.el.getAttribute('theme')).to.equal('dark');
        expect(getComputedStyle(u.el).colorScheme).to.equal('dark');
      },
    },
    {
      name: 'timeout',
      props: () => ({ timeout: 300 }),
      // Over the network the timeout decides; a feed in the page takes no time at all.
      prepare: (el, mode) => {
        if (mode === 'src') {
          (el as Element).src = uniqueFeedUrl('slow', { ms: 5000, feed: 'upgrade.json' });
        }
      },
      check: (u) => {
        if (u.mode === 'src') expect(u.errors.map((e) => e.code)).to.deep.equal(['timeout']);
        else expect(u.loads[0]).to.include({ activities: 4 });
      },
    },
    {
      name: 'problems (read-only)',
      props: () => ({ problems: ['set by the page'] }),
      readonly: true,
      check: (u) => {
        expect(u.el.problems).to.deep.equal([]);
        expect(Object.hasOwn(u.el, 'problems')).to.be.false;
      },
    },
  ];
}

const timelineText = (id: string) => (u: Upgraded) =>
  q(u.root, `#activity-${id}`).getAttribute('aria-current');

const ELEMENTS: ElementSpec[] = [
  {
    name: 'ishraqat-timeline',
    base: IshraqatTimeline,
    shownInDom: (u) => u.root.querySelectorAll('article').length,
    showsDigits: true,
    hijri: async (u) => !!u.root.querySelector('.hijri'),
    cases: [
      {
        name: 'order',
        props: () => ({ order: 'oldest' }),
        check: (u) => expect(u.root.querySelector('article')!.id).to.equal('activity-u4'),
      },
      {
        name: 'groupBy',
        props: () => ({ groupBy: 'none' }),
        check: (u) => {
          expect(u.root.querySelector('[part~="year"]')).to.equal(null);
          expect(u.root.querySelectorAll('article')).to.have.length(4);
        },
      },
      {
        name: 'layout',
        props: () => ({ layout: 'compact' }),
        check: (u) => {
          expect(q(u.root, 'section.timeline').classList.contains('compact')).to.be.true;
          expect(u.root.querySelector('[part~="meta"]')).to.equal(null);
        },
      },
      {
        name: 'limit',
        props: () => ({ limit: 2 }),
        check: (u) => {
          expect(u.root.querySelectorAll('article')).to.have.length(2);
          expect(u.root.querySelector('[part~="more"]')).to.exist;
        },
      },
      {
        name: 'headingLevel',
        props: () => ({ headingLevel: 4 }),
        check: (u) =>
          expect(q(u.root, '[part~="year-heading"]').getAttribute('aria-level')).to.equal('4'),
      },
      {
        name: 'label',
        props: () => ({ label: 'Upgrade label' }),
        check: (u) =>
          expect(q(u.root, 'section.timeline').getAttribute('aria-label')).to.equal(
            'Upgrade label',
          ),
      },
      {
        name: 'selected',
        props: () => ({ selected: 'u2' }),
        check: (u) => {
          expect(timelineText('u2')(u)).to.equal('true');
          expect(timelineText('u1')(u)).to.equal('false');
        },
      },
    ],
  },
  {
    name: 'ishraqat-partners',
    base: IshraqatPartners,
    showsDigits: false,
    cases: [
      {
        name: 'groupBy',
        props: () => ({ groupBy: 'type' }),
        check: (u) => expect(u.root.querySelectorAll('[part~="caption"]')).to.have.length(2),
      },
      {
        name: 'layout',
        props: () => ({ layout: 'strip' }),
        check: (u) => expect(u.root.querySelector('[part~="strip"]')).to.exist,
      },
      {
        name: 'type',
        props: () => ({ type: 'donor' }),
        check: (u) => {
          const text = deepText(u.root);
          expect(text).to.contain(u.lang === 'en' ? 'Donor Partner' : 'الشريك المانح');
          expect(text).not.to.contain(u.lang === 'en' ? 'NGO Partner' : 'الشريك الأهلي');
        },
      },
      {
        name: 'headingLevel',
        props: () => ({ headingLevel: 5, groupBy: 'type' }),
        check: (u) => {
          const captions = [...u.root.querySelectorAll('[part~="caption"]')];
          expect(captions).to.have.length(2);
          for (const c of captions) expect(c.getAttribute('aria-level')).to.equal('5');
        },
      },
      {
        name: 'label',
        props: () => ({ label: 'Upgrade label' }),
        check: (u) =>
          expect(q(u.root, 'section.partners').getAttribute('aria-label')).to.equal(
            'Upgrade label',
          ),
      },
    ],
  },
  {
    name: 'ishraqat-counts',
    base: IshraqatCounts,
    shownInDom: (u) => {
      return number(q(u.root, '[data-metric="activities"] .visually-hidden').textContent!);
    },
    showsDigits: true,
    cases: [
      {
        name: 'metrics',
        props: () => ({ metrics: 'participants women' }),
        check: (u) =>
          expect(
            [...u.root.querySelectorAll('[data-metric]')].map((t) => t.getAttribute('data-metric')),
          ).to.deep.equal(['participants', 'women']),
      },
      {
        name: 'notation',
        props: () => ({ notation: 'compact' }),
        check: (u) => {
          const locale = u.lang === 'en' ? 'en-IQ' : 'ar-IQ';
          const compact = new Intl.NumberFormat(locale, { notation: 'compact' }).format(12080);
          expect(
            q(u.root, '[data-metric="participants"] .visually-hidden').textContent!.trim(),
          ).to.equal(compact);
        },
      },
      {
        name: 'label',
        props: () => ({ label: 'Upgrade label' }),
        check: (u) =>
          expect(q(u.root, 'section.counts').getAttribute('aria-label')).to.equal('Upgrade label'),
      },
    ],
  },
  {
    name: 'ishraqat-chart',
    base: IshraqatChart,
    // Activities by year: the table's figures add up to the activities shown.
    shownInDom: (u) =>
      [...u.root.querySelectorAll('tbody td.number')]
        .map((td) => number(td.textContent!))
        .reduce((a, b) => a + b, 0),
    showsDigits: true,
    cases: [
      {
        name: 'metric',
        props: () => ({ metric: 'participants' }),
        check: (u) =>
          expect(q(u.root, '[part~="caption"]').textContent!.trim()).to.equal(
            u.lang === 'en' ? 'Participants by year' : 'المشاركون حسب السنة',
          ),
      },
      {
        name: 'by',
        props: () => ({ by: 'region' }),
        check: (u) =>
          expect(q(u.root, '[part~="caption"]').textContent!.trim()).to.contain(
            u.lang === 'en' ? 'by region' : 'حسب المنطقة',
          ),
      },
      {
        name: 'type',
        props: () => ({ type: 'doughnut' }),
        check: async (u) => {
          await waitUntil(() => u.renders.length > 0, 'the chart was never drawn', {
            timeout: 10_000,
          });
          expect(u.renders.at(-1)!.type).to.equal('doughnut');
        },
      },
      {
        name: 'label',
        props: () => ({ label: 'Upgrade label' }),
        check: (u) =>
          expect(q(u.root, '[part~="caption"]').textContent!.trim()).to.equal('Upgrade label'),
      },
      {
        name: 'loading',
        props: () => ({ loading: 'eager' }),
        // Far below the viewport: only `eager` draws it now.
        prepare: (el) =>
          el.setAttribute(
            'style',
            'position: absolute; inset-block-start: 400vh; inset-inline-start: 0; inline-size: 40em',
          ),
        check: async (u) => {
          expect(u.el.getAttribute('loading')).to.equal('eager');
          await waitUntil(() => u.renders.length > 0, 'the eager chart was never drawn', {
            timeout: 10_000,
          });
        },
      },
      {
        name: 'showTable',
        props: () => ({ showTable: true }),
        check: (u) => {
          expect(u.el.hasAttribute('show-table')).to.be.true;
          expect(q(u.root, '.table-wrap').hidden).to.be.false;
        },
      },
    ],
  },
  {
    name: 'ishraqat-impact',
    base: IshraqatImpact,
    shownInDom: async (u) => {
      const counts = await child(u, 'ishraqat-counts');
      const value = q(counts.shadowRoot!, '[data-metric="activities"] .visually-hidden');
      return number(value.textContent!);
    },
    showsDigits: true,
    hijri: async (u) => {
      const timeline = await child(u, 'ishraqat-timeline');
      return !!timeline.shadowRoot!.querySelector('.hijri');
    },
    cases: [
      {
        name: 'metrics',
        props: () => ({ metrics: 'participants women' }),
        check: async (u) => {
          const counts = await child(u, 'ishraqat-counts');
          expect(
            [...counts.shadowRoot!.querySelectorAll('[data-metric]')].map((t) =>
              t.getAttribute('data-metric'),
            ),
          ).to.deep.equal(['participants', 'women']);
        },
      },
      {
        name: 'chartMetric',
        props: () => ({ chartMetric: 'participants' }),
        check: async (u) => {
          const chart = await child(u, 'ishraqat-chart');
          expect(chart.metric).to.equal('participants');
          expect(q(chart.shadowRoot!, '[part~="caption"]').textContent).to.contain(
            u.lang === 'en' ? 'Participants' : 'المشاركون',
          );
        },
      },
      {
        name: 'chartBy',
        props: () => ({ chartBy: 'region' }),
        check: async (u) => {
          const chart = await child(u, 'ishraqat-chart');
          expect(chart.by).to.equal('region');
          expect(q(chart.shadowRoot!, '[part~="caption"]').textContent).to.contain(
            u.lang === 'en' ? 'by region' : 'حسب المنطقة',
          );
        },
      },
      {
        name: 'chartType',
        props: () => ({ chartType: 'doughnut' }),
        check: async (u) => expect((await child(u, 'ishraqat-chart')).type).to.equal('doughnut'),
      },
      {
        name: 'timelineLimit',
        props: () => ({ timelineLimit: 1 }),
        check: async (u) => {
          const timeline = await child(u, 'ishraqat-timeline');
          expect(timeline.shadowRoot!.querySelectorAll('article')).to.have.length(1);
        },
      },
      {
        name: 'timelineHref',
        props: () => ({ timelineHref: '/all-activities' }),
        check: (u) =>
          expect(q(u.root, '[part~="timeline-link"]').getAttribute('href')).to.equal(
            '/all-activities',
          ),
      },
      {
        name: 'partnersLayout',
        props: () => ({ partnersLayout: 'strip' }),
        check: async (u) => {
          const partners = await child(u, 'ishraqat-partners');
          expect(partners.layout).to.equal('strip');
          expect(partners.shadowRoot!.querySelector('[part~="strip"]')).to.exist;
        },
      },
      {
        name: 'headingLevel',
        props: () => ({ headingLevel: 3 }),
        check: (u) => expect(q(u.root, '[part~="name"]').getAttribute('aria-level')).to.equal('3'),
      },
      {
        name: 'label',
        props: () => ({ label: 'Upgrade label' }),
        check: (u) =>
          expect(q(u.root, 'article.impact').getAttribute('aria-label')).to.equal('Upgrade label'),
      },
    ],
  },
];

for (const spec of ELEMENTS) {
  describe(`<${spec.name}> with properties set before it is defined`, () => {
    for (const lang of LANGS) {
      describe(`in ${lang}`, () => {
        it('passes axe after upgrade', async () => {
          const u = await upgrade(spec.base, lang, 'feed', {});
          expect(u.loads[0]).to.include({ activities: 4 });
          await expect(u.el).to.be.accessible();
        });

        for (const c of [...baseCases(spec), ...spec.cases]) {
          for (const mode of MODES) {
            it(`${c.name}, feed by ${mode}`, async () => {
              const props = c.props(lang);
              const u = await upgrade(spec.base, lang, mode, props, c.prepare);
              if (!c.readonly) {
                for (const [name, value] of Object.entries(props)) {
                  expect(u.el[name], name).to.equal(value);
                }
              }
              await c.check(u);
            });
          }
        }
      });
    }
  });
}
