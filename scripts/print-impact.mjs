#!/usr/bin/env node
// The impact summary on paper: prints demo/impact.html to PDF in headless Chromium, in Arabic
// and English, then turns every page into a PNG for review:
//
//   screenshots/impact-<lang>.pdf
//   screenshots/impact-<lang>-page-<n>.png    (pdftoppm -png -r 60, from poppler-utils)
//
// Starts the Vite dev server itself, as scripts/screenshots.mjs does. Motion is NOT reduced:
// the print stylesheet has to stop the count-up and the strip by itself. `page.pdf()` goes
// through the browser's print path (beforeprint, print media, afterprint), as a reader's
// "Print" does.
//
// Usage: npm run print:impact [-- --feed=synthetic-1000] [-- --lang=ar]
/* global window, document, requestAnimationFrame */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startDemo } from './lib/demo-browser.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'screenshots');

const option = (name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const feed = option('feed') ?? 'ishraqat';
const languages = option('lang') ? [option('lang')] : ['ar', 'en'];
/** A4 at 96 dpi: the screen layout before printing is the paper's width. */
const viewport = { width: 794, height: 1123 };
const timeoutMs = 30_000;

/** Runs in the page: resolves when the summary and its chart are ready, or rejects. */
async function summaryReady(timeout) {
  const impact = document.querySelector('ishraqat-impact');
  const deadline = performance.now() + timeout;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const inside = (selector) => impact.shadowRoot?.querySelector(selector);
  while (!inside('ishraqat-chart') && !inside('[part~="state"]:not([part~="loading"])')) {
    if (performance.now() > deadline) throw new Error('the summary did not render');
    await wait(100);
  }
  const error = inside('.state.error');
  if (error) throw new Error(`the summary shows an error: ${error.textContent.trim()}`);
  // Bring every part near the viewport once (the chart loads Chart.js lazily, the figures
  // count up when seen), then wait for the chart to be drawn.
  const chart = inside('ishraqat-chart');
  chart.scrollIntoView();
  while (
    !chart.shadowRoot?.querySelector('canvas') ||
    chart.shadowRoot.querySelector('.placeholder')
  ) {
    if (performance.now() > deadline) throw new Error('the chart was not drawn');
    await wait(100);
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await wait(300);
  window.scrollTo(0, 0);
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

const { base, browser, close } = await startDemo({ port: 5181 });

const written = [];
const problems = [];
try {
  await mkdir(outDir, { recursive: true });
  for (const lang of languages) {
    const name = feed === 'ishraqat' ? `impact-${lang}` : `impact-${feed}-${lang}`;
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${lang}: ${error.message}`));
    page.on('console', (message) => {
      // Failed requests are reported below, with their URL.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`${lang}: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && pathname !== '/favicon.ico') {
        problems.push(`${lang}: ${response.status()} ${pathname}`);
      }
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) problems.push(`${lang}: request to ${request.url()}`);
    });
    const url = new URL(`demo/impact.html?lang=${lang}&feed=${feed}`, base).href;
    try {
      await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
      await page.evaluate(summaryReady, timeoutMs);
      const pdf = path.join(outDir, `${name}.pdf`);
      await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
      written.push(path.relative(root, pdf));
      // Old page images of this name first: the page count may have changed.
      for (const file of await readdir(outDir)) {
        if (new RegExp(`^${name}-page-\\d+\\.png$`).test(file)) await rm(path.join(outDir, file));
      }
      await run('pdftoppm', ['-png', '-r', '60', pdf, path.join(outDir, `${name}-page`)]);
      for (const file of (await readdir(outDir)).sort()) {
        if (new RegExp(`^${name}-page-\\d+\\.png$`).test(file)) written.push(`screenshots/${file}`);
      }
    } catch (error) {
      problems.push(`${url}: ${error instanceof Error ? error.message : error}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await close();
}

console.log(written.join('\n'));
if (problems.length) {
  console.warn(`\n${problems.length} problems:\n${[...new Set(problems)].join('\n')}`);
  process.exitCode = 1;
}
