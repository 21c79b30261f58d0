// Harness for scripts/bench.mjs (not a demo for people): window.bench hands a feed to one
// timeline, ours or vis-timeline (bench-vis.html), and scrolls the page to its end. The bench
// measures from outside (DevTools protocol: CPU task time, memory); nothing here times itself.
const stage = document.getElementById('stage');
const vis = location.pathname.endsWith('bench-vis.html');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const idle = () =>
  new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
let feed;
let library;

async function settle() {
  document.body.getBoundingClientRect();
  await frame();
  await frame();
  await idle();
}

window.bench = {
  /** Fetches and parses the feed (not measured) and loads the library. */
  async prepare(url) {
    feed = await (await fetch(url)).json();
    if (vis) {
      library =
        await import('../node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js');
    } else {
      await customElements.whenDefined('ishraqat-timeline');
    }
    return feed.activities.length;
  },
  /** Hands the feed over and resolves once it is rendered, laid out and the page is idle. */
  async render() {
    if (vis) {
      // What a site would write: one item per activity (title, date), default options.
      const items = feed.activities.map((a) => ({
        id: a.id,
        content: a.title.ar ?? a.title.en,
        start: a.date,
      }));
      new library.Timeline(stage, items, { rtl: true, locale: 'ar' });
    } else {
      const el = document.createElement('ishraqat-timeline');
      el.feed = feed;
      stage.append(el);
      await el.updateComplete;
    }
    await settle();
  },
  /**
   * Scrolls the page to its end a screen at a time, waiting for each step to settle; gives up
   * after `maxMs` (a timeline that keeps every activity gets slower at every step). Resolves to
   * { steps, end } (end: the end was reached).
   */
  async scrollToEnd(maxMs = 10 * 60_000) {
    const started = performance.now();
    let steps = 0;
    let still = 0;
    while (performance.now() - started < maxMs && still < 3) {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await frame();
      await frame();
      steps++;
      const atEnd =
        window.scrollY === before &&
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      still = atEnd ? still + 1 : 0;
      if (atEnd) await idle();
    }
    await settle();
    return { steps, end: still >= 3 };
  },
  /** Every node in the document, shadow roots included. */
  nodes() {
    let count = 0;
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        count++;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    return count;
  },
};
window.benchReady = true;
