#!/usr/bin/env node
// Checks the static Storybook itself: every story of storybook-static/ (npm run
// build-storybook), in English and in Arabic (the toolbar's language), rendered by Storybook's
// own preview in headless Chromium, then axe on the story root, plus any console error,
// uncaught exception or unexpected failed request; and every Docs page for console errors. `npm test` already renders every story in both languages
// (test/stories/); this is the same check on the built artefact, with Storybook's decorators,
// CSS and static feeds as a visitor gets them.
//
//   npm run build-storybook && npm run test:storybook
//
// Options: --lang en|ar (default both), --filter <text> (story ids containing it).
/* global document, window -- the functions given to page.evaluate run in the browser */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../test/support/chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const languages = option('lang') ? [option('lang')] : ['en', 'ar'];
const filter = option('filter') ?? '';

/** Requests that fail on purpose: the "not found" stories and the partners' broken logo. */
const EXPECTED_404 = /\/demo\/feeds\/no-such-feed\.(json|svg)$/;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
};

function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(staticDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(staticDir)) return void res.writeHead(403).end();
    try {
      const target = (await stat(file)).isDirectory() ? path.join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, {
        'Content-Type': types[path.extname(target)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  assertChromium();
  const index = JSON.parse(
    await readFile(path.join(staticDir, 'index.json'), 'utf8').catch(() => {
      throw new Error(
        'storybook-static/index.json is missing: run `npm run build-storybook` first.',
      );
    }),
  );
  const stories = Object.values(index.entries).filter(
    (e) => e.type === 'story' && e.id.includes(filter),
  );
  const docs = Object.values(index.entries).filter(
    (e) => e.type === 'docs' && e.id.includes(filter),
  );
  const axeSource = await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const failures = [];
  let checked = 0;
  // One page per language, side by side.
  const checkLanguage = async (lang) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    let errors = [];
    page.on('console', (message) => {
      // Failed requests are judged by the response listener below, which knows their URL.
      if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) {
        return;
      }
      errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && !EXPECTED_404.test(pathname) && pathname !== '/favicon.ico') {
        errors.push(`HTTP ${response.status()} ${response.url()}`);
      }
    });
    for (const story of stories) {
      errors = [];
      // a11y.manual: the a11y addon's own run would race this one (one axe run at a time).
      const globals = `language:${lang};a11y.manual:!true`;
      const url = `${base}iframe.html?id=${story.id}&viewMode=story&globals=${globals}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('#storybook-root .ishraqat-story', { timeout: 15_000 });
      // Settled: every element has rendered and is no longer busy (the loading story stays
      // busy by design, so this waits at most a few seconds for it).
      await page
        .waitForFunction(
          () => {
            const elements = [...document.querySelectorAll('#storybook-root *')].filter((e) =>
              e.localName.startsWith('ishraqat-'),
            );
            return (
              elements.length > 0 &&
              elements.every(
                (e) =>
                  e.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') ===
                  'false',
              )
            );
          },
          null,
          { timeout: 5_000 },
        )
        .catch(() => {});
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'));
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      checked += 1;
      const problems = [...violations, ...errors];
      if (problems.length) failures.push({ id: story.id, lang, problems });
      process.stdout.write(problems.length ? 'F' : '.');
    }
    // Docs pages (every story of an element at once, and its API table from the manifest):
    // console errors only; axe there would judge Storybook's own docs UI.
    for (const entry of docs) {
      errors = [];
      const globals = `language:${lang};a11y.manual:!true`;
      await page.goto(`${base}iframe.html?id=${entry.id}&viewMode=docs&globals=${globals}`, {
        waitUntil: 'load',
      });
      await page.waitForSelector('#storybook-docs h1', { timeout: 15_000 });
      await page.waitForTimeout(3_000);
      checked += 1;
      if (errors.length) failures.push({ id: entry.id, lang, problems: [...errors] });
      process.stdout.write(errors.length ? 'F' : '.');
    }
    await page.close();
  };
  try {
    await Promise.all(languages.map(checkLanguage));
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write('\n');
  for (const { id, lang, problems } of failures) {
    console.error(`\n${id} (${lang}):\n  ${problems.join('\n  ')}`);
  }
  console.log(
    `\n${checked} pages checked (${stories.length} stories with axe and ${docs.length} docs ` +
      `pages, × ${languages.join(', ')}): ` +
      `${checked - failures.length} passed, ${failures.length} failed`,
  );
  if (failures.length) process.exitCode = 1;
}

await main();
