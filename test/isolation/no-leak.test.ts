// The widgets' CSS stays in their shadow roots: elements of the host page (including ones with
// the tags and class names the widgets use inside) look exactly the same before and after every
// widget has rendered next to them, in both languages, and the document gains no style sheet,
// no attribute and no inline style. All data is fictitious test data.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { LANGS, ready, testFeed } from './support.js';

/** Computed values of <html> and <body> that follow the size of their content. */
const CONTENT_SIZED = ['block-size', 'height', 'perspective-origin', 'transform-origin'];

/** Every computed property of an element, as text. */
function computed(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const out: Record<string, string> = {};
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    out[name] = style.getPropertyValue(name);
  }
  return out;
}

/** What the page looks like: computed styles of the sample elements, html and body. */
function snapshot(samples: Element[]) {
  return {
    styles: [document.documentElement, document.body, ...samples].map(computed),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
  };
}

for (const lang of LANGS) {
  describe(`the widgets' CSS does not leak into the page (${lang})`, () => {
    it('leaves the page’s own elements, html and body exactly as they were', async () => {
      // A fixed width, so that a scroll bar appearing when the widgets render changes nothing.
      const page = await fixture<HTMLElement>(
        html`<div style="inline-size: 600px">
          <div class="samples" lang=${lang}>
            <div class="base ltr rtl"><p class="state error">Host page text</p></div>
            <section class="timeline vertical" aria-label="Host section">
              <h2 class="year-heading">Host heading</h2>
              <ol class="list">
                <li class="item">
                  <article class="card"><h3 class="title">Host</h3></article>
                </li>
              </ol>
            </section>
            <ul class="tiles">
              <li class="tile"><span class="value">1</span> <span class="label">Host</span></li>
            </ul>
            <p>
              <a href="#host">Host link</a>
              <button class="button more" type="button">Host button</button>
            </p>
            <figure class="chart"><figcaption class="caption">Host figure</figcaption></figure>
            <span class="visually-hidden">Host hidden text</span>
            <img src="/__feeds/logos/test-logo.svg" alt="Host logo" width="40" height="40" />
          </div>
          <div class="widgets" lang=${lang}></div>
        </div>`,
      );
      const samples = [...page.querySelectorAll('.samples, .samples *')];
      const before = snapshot(samples);

      const feed = testFeed();
      const widgets = page.querySelector('.widgets')!;
      for (const tag of ['ishraqat-timeline', 'ishraqat-partners', 'ishraqat-counts']) {
        const element = document.createElement(tag) as HTMLElement & { feed: unknown };
        element.feed = feed;
        widgets.append(element);
      }
      const chart = document.createElement('ishraqat-chart') as HTMLElement & { feed: unknown };
      chart.setAttribute('loading', 'eager');
      chart.setAttribute('metric', 'participants');
      chart.feed = feed;
      widgets.append(chart);
      const [timeline, partners, counts] = [...widgets.children] as HTMLElement[];
      await ready(timeline!, '[part~="title"]');
      await ready(partners!, '[part~="name"]');
      await ready(counts!, '[part~="label"]');
      // Chart.js has drawn: it would be the one to add a style sheet to the document.
      await ready(chart, 'canvas');
      await new Promise(requestAnimationFrame);

      const after = snapshot(samples);
      expect(after.styleSheets, 'style sheets in the document').to.equal(before.styleSheets);
      expect(after.adoptedStyleSheets, 'adopted style sheets').to.equal(before.adoptedStyleSheets);
      expect(after.htmlAttributes, '<html> attributes').to.deep.equal(before.htmlAttributes);
      expect(after.bodyAttributes, '<body> attributes').to.deep.equal(before.bodyAttributes);
      after.styles.forEach((style, i) => {
        const element = [document.documentElement, document.body, ...samples][i]!;
        const changed = Object.keys(style).filter(
          (name) =>
            style[name] !== before.styles[i]![name] &&
            // <html> and <body> hold the widgets: that they grow is no leak.
            !(i < 2 && CONTENT_SIZED.includes(name)),
        );
        expect(changed, `computed style of <${element.localName} class="${element.className}">`).to
          .be.empty;
      });
    });
  });
}
