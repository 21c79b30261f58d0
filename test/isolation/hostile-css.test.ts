// The widgets on a host page whose global CSS is hostile: a reset that unsets every property of
// every element (the widgets' own host elements included), a 10px root font size, a right-to-left
// body, Bootstrap-like rules for buttons, links, lists and headings, hidden images, and class
// names the widgets also use. They must still read right: their own type size and typography,
// the direction of their language, visible buttons and images, and no accessibility regressions.
// All data is fictitious test data.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { LANGS, part, ready, testFeed } from './support.js';

const HOSTILE_CSS = `
  /* "The New CSS Reset": every element except media loses every property. */
  *:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) {
    all: unset;
    display: revert;
  }
  /* The 62.5% trick (1rem = 10px) and a page-wide typography the widgets must not take. */
  html { font-size: 10px; }
  body {
    direction: rtl;
    font: italic 700 9px/1 serif;
    color: #f0f;
    letter-spacing: 3px;
    word-spacing: 12px;
    text-transform: uppercase;
    text-align: justify;
    white-space: nowrap;
  }
  /* Bootstrap-like element rules. */
  button { display: none; font-size: 2rem; padding: 3rem; background: red; border: 0; }
  a { color: red !important; text-decoration: none; pointer-events: none; }
  ol, ul { list-style: decimal; padding-left: 2rem; margin-bottom: 1rem; }
  h2, h3, [role="heading"] { font-size: 4rem; margin: 0; text-transform: lowercase; }
  img { display: none !important; }
  /* Class names and parts the widgets use inside their shadow roots. */
  .base, .button, .list, .item, .card, .title, .more, .timeline, .tile, .value, .label,
  [part] { display: none !important; color: red !important; font-size: 1px !important; }
`;

/** Typography inside a widget that must not come from the host page. */
const TYPOGRAPHY = [
  'font-size',
  'font-family',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'color',
  'direction',
] as const;

function typography(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(TYPOGRAPHY.map((name) => [name, style.getPropertyValue(name)]));
}

function addHostileCss(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  return style;
}

/** Visible to a reader: rendered, not hidden, not transparent, with a size. */
function expectVisible(element: Element, what: string) {
  expect(
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    `${what} is hidden`,
  ).to.be.true;
  const box = element.getBoundingClientRect();
  expect(box.width, `${what} has no width`).to.be.greaterThan(0);
  expect(box.height, `${what} has no height`).to.be.greaterThan(0);
}

function fontSize(element: Element): number {
  return parseFloat(getComputedStyle(element).fontSize);
}

for (const lang of LANGS) {
  const rtl = lang === 'ar';

  describe(`widgets on a page with hostile CSS (${lang})`, () => {
    let hostile: HTMLStyleElement | undefined;
    afterEach(() => hostile?.remove());

    async function page() {
      const feed = testFeed();
      const root = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <p class="sibling">Host page text</p>
          <ishraqat-timeline .feed=${feed} limit="1"></ishraqat-timeline>
          <ishraqat-partners .feed=${feed}></ishraqat-partners>
          <ishraqat-counts .feed=${feed} metrics="activities participants"></ishraqat-counts>
          <ishraqat-chart .feed=${feed} metric="participants" loading="eager"></ishraqat-chart>
          <ishraqat-timeline src="/__feeds/404"></ishraqat-timeline>
        </div>`,
      );
      const [timeline, partners, counts, chart, failing] = [
        ...root.querySelectorAll<HTMLElement>(
          'ishraqat-timeline, ishraqat-partners, ishraqat-counts, ishraqat-chart',
        ),
      ] as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
      const shadows = {
        timeline: await ready(timeline, '[part~="title"]'),
        partners: await ready(partners, '[part~="name"]'),
        counts: await ready(counts, '[part~="label"]'),
        chart: await ready(chart, '[part~="toggle"]'),
        failing: await ready(failing, '[part~="retry"]'),
      };
      /** Text that each widget shows, one sample per widget. */
      const samples = {
        'timeline summary': part(shadows.timeline, '[part~="summary"]'),
        'timeline title': part(shadows.timeline, '[part~="title"]'),
        'partner name': part(shadows.partners, '[part~="name"]'),
        'count label': part(shadows.counts, '[part~="label"]'),
        'error message': part(shadows.failing, '[part~="state"] p'),
      };
      const buttons = {
        '"Show more"': part(shadows.timeline, '[part~="more"]'),
        '"Try again"': part(shadows.failing, '[part~="retry"]'),
        '"Data table"': part(shadows.chart, '[part~="toggle"]'),
      };
      return { root, shadows, samples, buttons };
    }

    it('keeps each widget’s own typography: the same as on a plain page, at least 14px', async () => {
      const { samples } = await page();
      const plain = Object.fromEntries(
        Object.entries(samples).map(([what, el]) => [what, typography(el)]),
      );
      hostile = addHostileCss();
      for (const [what, el] of Object.entries(samples)) {
        expect(fontSize(el), `${what} font size`).to.be.at.least(14);
        expect(typography(el), what).to.deep.equal(plain[what]);
      }
    });

    it('still takes its size and colours from the --ishraqat-* properties the page sets', async () => {
      const { samples } = await page();
      hostile = addHostileCss();
      hostile.textContent += `
        ishraqat-timeline { --ishraqat-font-size: 20px; --ishraqat-text: rgb(0, 0, 128); }`;
      const summary = samples['timeline summary'];
      expect(fontSize(summary)).to.equal(20);
      expect(getComputedStyle(summary).color).to.equal('rgb(0, 0, 128)');
    });

    it(`lays the timeline out ${rtl ? 'right to left' : 'left to right'} whatever the page's direction`, async () => {
      hostile = addHostileCss();
      const { shadows } = await page();
      const base = part(shadows.timeline, '[part~="base"]');
      expect(base.dir).to.equal(rtl ? 'rtl' : 'ltr');
      expect(getComputedStyle(base).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(getComputedStyle(part(shadows.timeline, '[part~="title"]')).direction).to.equal(
        rtl ? 'rtl' : 'ltr',
      );
    });

    it('shows its buttons, readable, and they work', async () => {
      hostile = addHostileCss();
      const { shadows, buttons } = await page();
      for (const [what, button] of Object.entries(buttons)) {
        expectVisible(button, what);
        expect(fontSize(button), `${what} font size`).to.be.at.least(14);
      }
      buttons['"Show more"'].click();
      await (shadows.timeline.host as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
      expect(shadows.timeline.querySelectorAll('[part~="title"]')).to.have.length(2);
    });

    it('shows images and logos that the page hides', async () => {
      hostile = addHostileCss();
      const { shadows } = await page();
      expectVisible(part(shadows.timeline, '[part~="images"] img'), 'activity image');
      expectVisible(part(shadows.partners, '[part~="logo"]'), 'partner logo');
    });

    it('stays accessible', async () => {
      hostile = addHostileCss();
      const { root } = await page();
      for (const widget of root.querySelectorAll(
        'ishraqat-timeline, ishraqat-partners, ishraqat-counts',
      )) {
        await expect(widget).to.be.accessible();
      }
    });
  });
}
