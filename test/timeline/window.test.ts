// Long timelines are windowed: only the activities near the viewport are in the DOM, yet every
// one is reachable by scrolling, keyboard, deep link and print, and a screen reader hears
// "item k of N". Activities are of the bench's shape (test/timeline/bench-shape.ts); all data
// here is generated.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { sendKeys } from '../support/commands.js';
import { benchFeed } from './bench-shape.js';

// The virtualizer's ResizeObserver may not deliver every observation in one frame; the browser
// reports that as a (benign) error event, which Mocha would count as a failure.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const feed1000 = benchFeed(1000);
const feed10000 = benchFeed(10000);
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function windowed(lang: string, feed: object) {
  const el = await fixture<IshraqatTimeline>(
    html`<ishraqat-timeline lang=${lang} .feed=${feed}></ishraqat-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.windowed article'), 'no windowed list', {
    timeout: 10000,
  });
  return { el, root: el.shadowRoot! };
}

const articles = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('article')];

/** Every node of a subtree, all types (elements, text, comments), the root included. */
function nodes(root: Node): Node[] {
  const out: Node[] = [root];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) out.push(walker.currentNode);
  return out;
}

afterEach(() => {
  window.scrollTo(0, 0);
  history.replaceState(null, '', location.pathname + location.search);
});

for (const lang of ['en', 'ar'] as const) {
  describe(`a long <ishraqat-timeline> in ${lang}`, () => {
    it('says "item k of N" of every activity, and passes axe', async () => {
      const { el, root } = await windowed(lang, feed1000);
      const items = [...root.querySelectorAll('li.item')];
      expect(items.length).to.be.greaterThan(0).and.lessThan(60);
      items.forEach((li, i) => {
        expect(li.getAttribute('aria-setsize')).to.equal('1000');
        expect(li.getAttribute('aria-posinset')).to.equal(String(i + 1));
      });
      const heading = root.querySelector('[part~="year-heading"]')!;
      expect(heading.textContent).to.equal(lang === 'en' ? '2025' : '٢٠٢٥');
      await expect(el).to.be.accessible();
    });

    it('moves focus with End to the last of 10,000 activities, rendering it, and back with Home', async () => {
      const { root } = await windowed(lang, feed10000);
      articles(root)[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(
        () => root.activeElement?.id === 'activity-syn-10000',
        'the last activity is not focused',
        { timeout: 10000 },
      );
      const last = root.activeElement as HTMLElement;
      expect(last.closest('li')!.getAttribute('aria-posinset')).to.equal('10000');
      expect(last.textContent).to.contain(
        lang === 'en' ? 'Field visit 10000' : 'زيارة ميدانية 10000',
      );
      const box = last.getBoundingClientRect();
      expect(box.bottom).to.be.greaterThan(0);
      expect(box.top).to.be.lessThan(innerHeight);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => root.activeElement?.id === 'activity-syn-9999', 'ArrowUp');
      await sendKeys({ press: 'Home' });
      await waitUntil(
        () => root.activeElement?.id === 'activity-syn-1',
        'the first activity is not focused',
        { timeout: 10000 },
      );
      // Only the activities near the viewport are in the DOM meanwhile.
      expect(articles(root).length).to.be.lessThan(60);
    });

    it('follows a deep link to the 9,000th of 10,000 activities', async () => {
      history.replaceState(null, '', '#syn-9000');
      const { root } = await windowed(lang, feed10000);
      await waitUntil(
        () => root.activeElement?.id === 'activity-syn-9000',
        'the deep-linked activity is not focused',
        { timeout: 10000 },
      );
      const item = root.activeElement!.closest('li')!;
      expect(item.classList.contains('targeted')).to.equal(true);
      expect(item.getAttribute('aria-posinset')).to.equal('9000');
      await waitUntil(() => {
        const box = item.getBoundingClientRect();
        return box.top < innerHeight && box.bottom > 0;
      }, 'the deep-linked activity is not on screen');
    });

    it('prints every activity, and windows again afterwards', async () => {
      const { el, root } = await windowed(lang, feed1000);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(articles(root).length).to.equal(1000);
      expect(root.querySelector('.windowed')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      await waitUntil(() => root.querySelector('.windowed article'), 'not windowed again');
      expect(articles(root).length).to.be.lessThan(60);
    });

    it('keeps at most 5,000 DOM nodes after scrolling through 10,000 activities', async () => {
      const { el, root } = await windowed(lang, feed10000);
      const top = el.getBoundingClientRect().top + scrollY;
      const height = el.getBoundingClientRect().height;
      // Down in big jumps and small steps, to the end.
      for (let y = 0; y < height; y += height / 23) {
        window.scrollTo(0, top + y);
        await frames(2);
      }
      // The list's height is an estimate until its activities are measured: to the end again.
      await waitUntil(
        () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          return root.querySelector('#activity-syn-10000');
        },
        'the last activity is not rendered at the end',
        { timeout: 10000 },
      );
      await frames(3);
      expect(nodes(root).length).to.be.at.most(5000);
      expect(articles(root).length).to.be.lessThan(60);
      const last = root.querySelector('#activity-syn-10000')!;
      expect(last.getBoundingClientRect().top).to.be.lessThan(innerHeight);
      // Rendered while scrolling, outside the element's update: still in its language.
      expect(last.querySelector('dt')!.textContent).to.equal(lang === 'en' ? 'Place' : 'المكان');
      expect(last.querySelector('[part~="counts"]')!.textContent).to.contain(
        lang === 'en' ? 'participants' : 'مشارك',
      );
    });

    it('keeps the activity being read in place when one above it changes size', async () => {
      const { el, root } = await windowed(lang, feed1000);
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY + 20000);
      await frames(6);
      const onScreen = () =>
        articles(root).filter((a) => {
          const box = a.getBoundingClientRect();
          return box.top >= 0 && box.top < innerHeight;
        });
      const read = onScreen()[0]!;
      const above = articles(root).find((a) => a.getBoundingClientRect().bottom < 0)!;
      expect(above, 'a rendered activity above the viewport').to.exist;
      const before = read.getBoundingClientRect().top;
      // As an image arriving would: the activity above grows by 300 px.
      above.style.paddingBlockEnd = '300px';
      await frames(6);
      expect(Math.abs(read.getBoundingClientRect().top - before)).to.be.lessThan(2);
    });
  });
}

describe('a rendered activity', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no whitespace-only text and at most 45 DOM nodes (${lang})`, async () => {
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang} .feed=${benchFeed(30)}></ishraqat-timeline>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => articles(root).length === 30, 'not rendered');
      const list = root.querySelector('ol')!;
      const whitespace = nodes(list).filter(
        (n) => n.nodeType === Node.TEXT_NODE && !n.textContent!.trim(),
      );
      expect(whitespace.length).to.equal(0);
      // Everything in the list (markers between items included), per activity.
      expect((nodes(list).length - 1) / 30).to.be.at.most(45);
      // What an activity shows is all there.
      const text = list.textContent!;
      expect(text).to.contain(lang === 'en' ? 'Field visit 6' : 'زيارة ميدانية 6');
      expect(text).to.contain(lang === 'en' ? 'Secondary school, Wasit' : 'المدرسة الثانوية، واسط');
      expect(text).to.contain(lang === 'en' ? 'P01 and P02 (funding)' : 'ش01 وش02 (تمويل)');
      expect(text).to.contain(lang === 'en' ? '105 participants' : '١٠٥ مشاركين');
      await expect(el).to.be.accessible();
    });
  }

  it('is as light in a windowed list', async () => {
    const { root } = await windowed('en', feed1000);
    const list = root.querySelector('ol.windowed')!;
    const items = list.querySelectorAll('li.item').length;
    const whitespace = nodes(list).filter(
      (n) => n.nodeType === Node.TEXT_NODE && !n.textContent!.trim(),
    );
    expect(whitespace.length).to.equal(0);
    // The sizer (an element and its text) aside.
    expect((nodes(list).length - 3) / items).to.be.at.most(45);
  });
});
