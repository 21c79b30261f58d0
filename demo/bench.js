// Harness for scripts/bench.mjs (not a demo for people): timing hooks on window.bench.
import { parseFeed } from '../src/feed/parse.ts';
import '../src/timeline/define.ts';

const stage = document.getElementById('stage');
const texts = new Map();
async function text(url) {
  if (!texts.has(url)) texts.set(url, await (await fetch(url)).text());
  return texts.get(url);
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
let current;

window.bench = {
  async parse(url) {
    const body = await text(url);
    const start = performance.now();
    parseFeed(body, { baseUrl: new URL(url, location.href).href });
    return performance.now() - start;
  },
  async render(url, { limit }) {
    const feed = JSON.parse(await text(url));
    stage.replaceChildren();
    await frame();
    const el = document.createElement('ishraqat-timeline');
    if (limit) el.limit = limit;
    const start = performance.now();
    el.feed = feed;
    stage.append(el);
    await el.updateComplete;
    await frame();
    current = el;
    return performance.now() - start;
  },
  async relang() {
    const start = performance.now();
    current.lang = current.lang === 'ar' ? 'en' : 'ar';
    await current.updateComplete;
    await frame();
    return performance.now() - start;
  },
  async scroll(duration, pxPerSecond) {
    const frames = [];
    const start = performance.now();
    let last = start;
    while (performance.now() - start < duration) {
      await frame();
      const now = performance.now();
      frames.push(now - last);
      last = now;
      window.scrollTo(0, ((now - start) / 1000) * pxPerSecond);
    }
    return frames;
  },
};
window.benchReady = true;
