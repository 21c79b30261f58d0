#!/usr/bin/env node
// Full-page screenshots of the demo pages, for reviewing layout in both languages, at a phone
// and a desktop width, light and dark:
//
//   screenshots/<page>-<lang>-<width>.png        light
//   screenshots/<page>-<lang>-<width>-dark.png   prefers-color-scheme: dark
//
// Starts the Vite dev server itself (pages load the TypeScript sources as `npm start` does)
// and drives the system Chromium through playwright-core. Motion is reduced so count-ups and
// moving strips are captured at rest.
//
// Usage: npm run screenshots [-- index.html …]   (default: every demo/*.html)
/* global window, document, customElements, requestAnimationFrame */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from './lib/demo-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'screenshots');

// ---- what to shoot: edit freely -------------------------------------------------------------
/** Demo pages (file names in demo/); empty = every demo/*.html. */
const pages = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
/**
 * Languages per page. A page that declares `<html lang="…">` is shot in that language as it
 * is; any other page once per language here, opened with ?lang=<lang>. List a page in
 * `pageLanguages` to choose for it (it is then always opened with ?lang=).
 */
const languages = ['ar', 'en'];
/** @type {Record<string, string[]>} e.g. { 'large.html': ['ar', 'en'] } */
const pageLanguages = { 'impact.html': ['ar', 'en'] };
const widths = [360, 1280];
const colorSchemes = /** @type {const} */ (['light', 'dark']);
/** Longest wait for the widgets on one page to report ishraqat-load / ishraqat-error. */
const widgetTimeoutMs = 15_000;
// ---------------------------------------------------------------------------------------------

async function demoPages() {
  const files = pages.length
    ? pages.map((page) => path.basename(page))
    : (await readdir(path.join(root, 'demo'))).filter((file) => file.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => {
      if (pageLanguages[file]) {
        return {
          file,
          shots: pageLanguages[file].map((lang) => ({ lang, query: `?lang=${lang}` })),
        };
      }
      const html = await readFile(path.join(root, 'demo', file), 'utf8');
      const declared = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
      const shots = declared
        ? [{ lang: declared, query: '' }]
        : languages.map((lang) => ({ lang, query: `?lang=${lang}` }));
      return { file, shots };
    }),
  );
}

/** Runs in the page: resolves when every ishraqat-* element is defined, rendered and loaded. */
async function widgetsSettled(timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  const widgets = () =>
    [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ishraqat-'));
  const tags = [...new Set(widgets().map((el) => el.localName))];
  await Promise.race([
    Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
  // The init script counts load/error events from the start, so none is missed.
  const settled = () => window.__ishraqatSettled.size >= widgets().length;
  while (!settled() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await Promise.all(widgets().map((el) => /** @type {any} */ (el).updateComplete));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { widgets: widgets().length, settled: window.__ishraqatSettled.size, tags };
}

function recordWidgetEvents() {
  window.__ishraqatSettled = new Set();
  for (const type of ['ishraqat-load', 'ishraqat-error']) {
    document.addEventListener(type, (event) => window.__ishraqatSettled.add(event.target), true);
  }
}

const { base, browser, close } = await startDemo({ port: 5180 });

const written = [];
const problems = [];
try {
  // A full run replaces the folder; a run for named pages only adds to it.
  if (!pages.length) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const { file, shots } of await demoPages()) {
    const name = path.basename(file, '.html');
    for (const { lang, query } of shots) {
      for (const width of widths) {
        for (const colorScheme of colorSchemes) {
          const context = await browser.newContext({
            viewport: { width, height: 800 },
            colorScheme,
            reducedMotion: 'reduce',
            deviceScaleFactor: 1,
          });
          const page = await context.newPage();
          page.on('pageerror', (error) => problems.push(`${file}${query}: ${error.message}`));
          page.on('console', (message) => {
            // Failed requests are reported below, with their URL.
            if (
              message.type() === 'error' &&
              !message.text().startsWith('Failed to load resource')
            ) {
              problems.push(`${file}${query}: ${message.text()}`);
            }
          });
          page.on('response', (response) => {
            const { pathname } = new URL(response.url());
            if (response.status() >= 400 && pathname !== '/favicon.ico') {
              problems.push(`${file}${query}: ${response.status()} ${pathname}`);
            }
          });
          await page.addInitScript(recordWidgetEvents);
          const url = new URL(`demo/${file}${query}`, base).href;
          try {
            await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
            const state = await page.evaluate(widgetsSettled, widgetTimeoutMs);
            if (state.settled < state.widgets) {
              problems.push(
                `${file}${query}: ${state.widgets - state.settled} of ${state.widgets} widgets sent neither ishraqat-load nor ishraqat-error`,
              );
            }
            // Make the viewport as tall as the page, so content-visibility:auto sections and
            // loading="lazy" images below the fold render before the full-page capture.
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.setViewportSize({ width, height: Math.min(Math.max(height, 800), 20_000) });
            await page.waitForLoadState('networkidle');
            await page.evaluate(
              () =>
                new Promise((resolve) =>
                  requestAnimationFrame(() => requestAnimationFrame(resolve)),
                ),
            );
            const suffix = colorScheme === 'dark' ? '-dark' : '';
            const out = path.join(outDir, `${name}-${lang}-${width}${suffix}.png`);
            await page.screenshot({ path: out, fullPage: true, animations: 'disabled' });
            written.push(path.relative(root, out));
          } catch (error) {
            problems.push(`${url}: ${error instanceof Error ? error.message : error}`);
          } finally {
            await context.close();
          }
        }
      }
    }
  }
} finally {
  await close();
}

console.log(written.join('\n'));
console.log(`\n${written.length} screenshots in ${path.relative(root, outDir)}/`);
if (problems.length) {
  console.warn(`\n${problems.length} problems:\n${[...new Set(problems)].join('\n')}`);
}
if (written.length === 0) process.exit(1);
