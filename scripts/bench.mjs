#!/usr/bin/env node
// Benchmark: prints figures, asserts nothing. Runs the feed layer and <ishraqat-timeline> on the
// generated (synthetic) feeds of 1,000 and 10,000 activities in headless Debian Chromium, with
// Lit's production build, and reports medians of several runs:
//
//   parse          parseFeed() on the feed text (JSON.parse included)
//   first paint    element created → activities in the DOM (parse, filter, sort, render)
//   scroll         frame times while scrolling down (no limit) at 6,000 px/s for 10 s (a fast fling,
//                  through several 200-activity chunks),
//                  p50/p95/max and the share of frames over 50 ms (a visible stutter)
//   re-render      switching lang="ar" ↔ "en" on a rendered timeline
//
// Usage: npm run bench [-- --runs 5]
/* global window */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDemo } from './lib/demo-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

for (const size of [1000, 10000]) {
  const file = `${root}demo/feeds/synthetic-${size}.json`;
  if (!existsSync(file)) {
    execFileSync(
      process.execPath,
      [`${root}scripts/generate-feed.mjs`, '--count', String(size), '--out', file],
      {
        stdio: 'inherit',
      },
    );
  }
}

process.env.NODE_ENV = 'production';
const { base, browser, close } = await startDemo({
  port: 5182,
  vite: {
    mode: 'production',
    // Lit's production build, as a real page gets it (the dev build adds checks and warnings).
    resolve: { conditions: ['browser', 'module', 'import', 'default'] },
  },
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;

async function page() {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto(`${base}demo/bench.html`);
  await p.waitForFunction(() => window.benchReady === true);
  return p;
}

// Warm-up: Vite optimizes dependencies on first load and may reload the page once.
{
  const warm = await browser.newPage();
  await warm.goto(`${base}demo/bench.html`);
  await warm.waitForTimeout(3000);
  await warm.close();
}

const rows = [];
try {
  for (const size of [1000, 10000]) {
    const url = `/demo/feeds/synthetic-${size}.json`;
    const parse = [];
    const paintAll = [];
    const paintLimited = [];
    const relang = [];
    let frames = [];
    for (let run = 0; run < RUNS; run++) {
      const p = await page();
      parse.push(await p.evaluate((u) => window.bench.parse(u), url));
      paintLimited.push(await p.evaluate((u) => window.bench.render(u, { limit: 50 }), url));
      paintAll.push(await p.evaluate((u) => window.bench.render(u, {}), url));
      relang.push(await p.evaluate(() => window.bench.relang()));
      if (run === 0) frames = await p.evaluate(() => window.bench.scroll(10000, 6000));
      await p.close();
    }
    rows.push([`${size} activities`, '']);
    rows.push(['  parse (JSON.parse + parseFeed)', ms(median(parse))]);
    rows.push(['  first paint, limit=50', ms(median(paintLimited))]);
    rows.push(['  first paint, no limit (first chunk of 200)', ms(median(paintAll))]);
    rows.push(['  lang switch re-render, no limit', ms(median(relang))]);
    rows.push([
      '  scroll frames, no limit',
      `p50 ${ms(pct(frames, 0.5))}, p95 ${ms(pct(frames, 0.95))}, max ${ms(Math.max(...frames))}, ` +
        `${((frames.filter((f) => f > 50).length / frames.length) * 100).toFixed(1)}% over 50 ms (${frames.length} frames)`,
    ]);
  }
} finally {
  await close();
}

const width = Math.max(...rows.map(([a]) => a.length));
console.log(
  `\n@ishraqat/widgets benchmark — synthetic (generated) feeds, median of ${RUNS} runs, headless Chromium, ${new Date().toISOString()}\n`,
);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
console.log('');
