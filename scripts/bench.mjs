#!/usr/bin/env node
// Benchmark: prints figures, asserts nothing (never run by `npm test` or CI: it is slow).
//
// 1. Ours (the CDN build of <ishraqat-timeline>, dist/cdn/) and vis-timeline 8.5 (the standalone
//    build from node_modules, a devDependency), side by side, on generated feeds of 100, 1,000
//    and 10,000 activities, each in a fresh browser context of headless Debian Chromium, 1280×900:
//    - CPU: the renderer main thread's CPU time (thread time of its top-level tasks, from a
//      Chromium trace; not wall time) from handing over the parsed feed until it is rendered,
//      laid out and the page is idle (DevTools' TaskDuration, tasks' wall time, is printed
//      beside it while running: the gap is what other load on the machine cost);
//    - DOM nodes (document and shadow roots), JS heap used (after a garbage collection), and from
//      a Chromium memory-infra dump the renderer's Blink memory (Oilpan + PartitionAlloc) and
//      its heaps in all (Blink + malloc + V8);
//    - the same after scrolling the page to its end a screen at a time, settling at each step
//      (whatever the timeline does on scroll: render more, window, nothing).
// 2. Lighthouse 12 (mobile profile, DevTools throttling: real latency and CPU slow-down) on two
//    pages loading the production CDN build and the demo feed from `src`: an Arabic timeline, and
//    an Arabic impact summary above a timeline. Performance score, CLS, TBT, LCP.
//
// Figures taken while other work runs on the machine are distorted: say so when quoting them.
//
// Usage: npm run bench [-- --quick] [-- --dry] [-- --sizes 100,1000] [-- --no-lighthouse]
//   --quick          100 activities only and one Lighthouse page: a smoke run
//   --dry            checks that everything the bench needs is there, prints the plan, runs nothing
//   --sizes          other feed sizes; --libraries ours|vis: one side only;
//   --no-lighthouse  the comparison only
/* global window */
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../test/support/chromium.js';
import { comparisonTable, lighthouseTable } from './lib/bench-table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const dry = process.argv.includes('--dry');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES =
  sizesArg > 0
    ? process.argv[sizesArg + 1].split(',').map(Number)
    : quick
      ? [100]
      : [100, 1000, 10000];
const skipLighthouse = process.argv.includes('--no-lighthouse');
const librariesArg = process.argv.indexOf('--libraries');
const LIBRARIES = librariesArg > 0 ? process.argv[librariesArg + 1].split(',') : ['ours', 'vis'];
const feedsDir = path.join(root, 'node_modules/.cache/ishraqat-bench');
const visModule = 'node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
const lighthousePages = [
  { name: 'Arabic timeline', file: 'demo/bench-lh-timeline.html' },
  { name: 'Arabic impact + timeline', file: 'demo/bench-lh-impact.html' },
].slice(0, skipLighthouse ? 0 : quick ? 1 : 2);

const needed = [
  'dist/cdn/ishraqat-timeline.js',
  'dist/cdn/ishraqat-widgets.js',
  visModule,
  'demo/bench.html',
  'demo/bench-vis.html',
  ...lighthousePages.map((p) => p.file),
];
if (dry) {
  const missing = needed.filter((f) => !existsSync(path.join(root, f)));
  console.log(
    `bench plan: ours and vis-timeline at ${SIZES.join(', ')} activities; Lighthouse on ${lighthousePages.map((p) => p.name).join(', ') || 'no page'}`,
  );
  if (missing.length) {
    console.log(`missing (npm run build:cdn / npm ci): ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log('everything needed is there');
  process.exit(0);
}

if (!existsSync(path.join(root, 'dist/cdn/ishraqat-timeline.js'))) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cdn.mjs')], { stdio: 'inherit' });
}
await mkdir(feedsDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(feedsDir, `synthetic-${size}.json`);
  if (!existsSync(file)) {
    execFileSync(process.execPath, [
      path.join(root, 'scripts/generate-feed.mjs'),
      '--count',
      String(size),
      '--out',
      file,
    ]);
  }
}

// A static server over the repository (the CDN build, node_modules, the demo feed), with the
// generated feeds under /bench-feeds/. Port from the branch's range, or the next free one.
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://127.0.0.1');
  const file = pathname.startsWith('/bench-feeds/')
    ? path.join(feedsDir, path.basename(pathname))
    : path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => {
  server.once('error', () => server.listen(0, '127.0.0.1', resolve));
  server.listen(5611, '127.0.0.1', resolve);
});
const origin = `http://127.0.0.1:${server.address().port}`;

const MEMORY_INFRA = {
  includedCategories: ['disabled-by-default-memory-infra'],
  excludedCategories: ['*'],
  memoryDumpConfig: { triggers: [] },
};
const dumpSize = (allocator) => parseInt(allocator?.attrs?.size?.value ?? '0', 16);

/**
 * Memory of the page's renderer from one Chromium memory-infra dump (as chrome://tracing shows
 * it): `blink` = Oilpan (blink_gc) + PartitionAlloc (DOM, strings, layout); `renderer` = those
 * + malloc + V8. Of the renderers (processes with an Oilpan heap), the largest one is the page's
 * (a fresh context holds one page; the others are blank spares).
 */
async function memoryDump(browser) {
  const session = await browser.newBrowserCDPSession();
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { traceConfig: MEMORY_INFRA, transferMode: 'ReportEvents' });
  await session.send('Tracing.requestMemoryDump', {
    deterministic: true,
    levelOfDetail: 'detailed',
  });
  await session.send('Tracing.end');
  await complete;
  await session.detach();
  // Renderers are the processes with a Blink heap; the browser's own UI runs in a WebUI one.
  const webUi = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'process_name' && /WebUI/.test(e.args.name))
      .map((e) => e.pid),
  );
  let best = { blink: undefined, renderer: undefined };
  for (const event of events) {
    const allocators = event.ph === 'v' && event.args?.dumps?.allocators;
    if (!allocators?.blink_gc || webUi.has(event.pid)) continue;
    const blink = dumpSize(allocators.blink_gc) + dumpSize(allocators.partition_alloc);
    const renderer = blink + dumpSize(allocators.malloc) + dumpSize(allocators.v8);
    if (!(renderer <= best.renderer)) best = { blink, renderer };
  }
  return best;
}

/**
 * Main-thread CPU time of the page's renderer while `fn` runs: the thread time (`tdur`, CPU
 * time, not wall time, so other work on the machine inflates it less) of every top-level task
 * on the renderers' main threads, from a Chromium trace; the busiest renderer is the page's.
 */
async function cpuWhile(browser, fn) {
  const session = await browser.newBrowserCDPSession();
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel'], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  let value;
  try {
    value = await fn();
  } finally {
    await session.send('Tracing.end');
    await complete;
    await session.detach();
  }
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined)
      continue;
    const key = `${e.pid}:${e.tid}`;
    if (main.has(key)) byThread.set(key, (byThread.get(key) ?? 0) + e.tdur);
  }
  return { value, cpu: Math.max(0, ...byThread.values()) / 1000 };
}

async function measure(browser, library, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return {
      nodes: await page.evaluate(() => window.bench.nodes()),
      heap: (await metrics()).JSHeapUsedSize,
      ...(await memoryDump(browser)),
    };
  };
  try {
    await page.goto(`${origin}/demo/${library === 'vis' ? 'bench-vis' : 'bench'}.html`);
    await page.waitForFunction(() => window.benchReady === true);
    await page.evaluate((u) => window.bench.prepare(u), `/bench-feeds/synthetic-${size}.json`);
    const before = (await metrics()).TaskDuration;
    const { cpu } = await cpuWhile(browser, () => page.evaluate(() => window.bench.render()));
    // DevTools' TaskDuration (wall time of tasks) beside it: how much load distorted the run.
    const wall = ((await metrics()).TaskDuration - before) * 1000;
    const rendered = { cpu, wall, ...(await memory()) };
    const scroll = await cpuWhile(browser, () => page.evaluate(() => window.bench.scrollToEnd()));
    const after = { cpu: scroll.cpu, ...(await memory()), ...scroll.value };
    return { ...rendered, after };
  } finally {
    await context.close();
  }
}

async function lighthouse(page) {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [...chromiumArgs, '--headless=new'],
  });
  try {
    const result = await run(`${origin}/${page.file}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      // Mobile profile (Lighthouse's default), throttled for real: latency and CPU slow-down.
      throttlingMethod: 'devtools',
    });
    const { categories, audits } = result.lhr;
    return {
      name: page.name,
      performance: categories.performance.score * 100,
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
    };
  } finally {
    chrome.kill();
  }
}

const results = new Map();
const pages = [];
try {
  assertChromium();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    for (const size of SIZES) {
      for (const library of LIBRARIES) {
        process.stderr.write(`  ${library} at ${size} activities…\n`);
        const result = await measure(browser, library, size);
        results.set(`${library}:${size}`, result);
        process.stderr.write(
          `    CPU ${Math.round(result.cpu)} ms (task wall time ${Math.round(result.wall)} ms), ` +
            `${result.nodes} nodes; scrolled in ` +
            `${result.after.steps} steps${result.after.end ? '' : ' (stopped before the end)'}: ` +
            `${result.after.nodes} nodes\n`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  for (const page of lighthousePages) {
    process.stderr.write(`  Lighthouse: ${page.name}…\n`);
    pages.push(await lighthouse(page));
  }
} finally {
  server.close();
}

const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ').slice(0, 3);
console.log(
  `\n@ishraqat/widgets vs vis-timeline 8.5 — generated feeds, one run, headless Chromium, ` +
    `${new Date().toISOString()}, load average ${load.join(' ')}\n`,
);
console.log(comparisonTable(results, SIZES));
console.log(
  '\nCPU: renderer main-thread CPU time (trace thread time) from handing over the feed to ' +
    'rendered, laid out and idle. ' +
    'Scrolled: after scrolling the page to its end a screen at a time (CPU: thread time of the ' +
    'whole scroll). Memory after a garbage collection.\n',
);
if (pages.length) {
  console.log(lighthouseTable(pages));
  console.log('\nLighthouse 12, mobile profile, DevTools throttling (latency, 4× CPU slow-down).');
}
