#!/usr/bin/env node
// Prints the request chains of a plain page loading the CDN build (dist/cdn/, run
// `npm run build:cdn` first) in Arabic and English: each request's depth (round trips after the
// document) and what started it. A figure for people, no asserts (test/consumers/run.mjs asserts).
//
// Usage: node scripts/request-depth.mjs [--entry ishraqat-timeline.js]
/* global document */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../test/support/chromium.js';
import { recordRequestChains } from '../test/consumers/request-chain.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entryArg = process.argv.indexOf('--entry');
const entries =
  entryArg > 0 ? [process.argv[entryArg + 1]] : ['ishraqat-widgets.js', 'ishraqat-timeline.js'];

const page = (lang, entry) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/${entry}"></script></head>
<body><ishraqat-timeline src="/demo/feeds/ishraqat.json"></ishraqat-timeline></body></html>`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const [, lang, entry] = url.pathname.match(/^\/page\/(\w+)\/(.+)$/) ?? [];
  if (lang) {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(lang, entry));
    return;
  }
  const file = path.join(root, decodeURIComponent(url.pathname));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'text/plain' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

assertChromium();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const entry of entries) {
    for (const lang of ['ar', 'en']) {
      const p = await browser.newPage();
      const requests = await recordRequestChains(p);
      await p.goto(`${origin}/page/${lang}/${entry}`);
      await p.waitForFunction(
        () =>
          document.querySelector('ishraqat-timeline')?.shadowRoot?.querySelector('[part~=title]'),
        undefined,
        { timeout: 15_000 },
      );
      await p.waitForTimeout(300);
      const rows = requests().filter((r) => !r.url.endsWith('/favicon.ico'));
      console.log(`\n${entry}, lang="${lang}": ${Math.max(...rows.map((r) => r.depth))} deep`);
      for (const r of rows) {
        const short = (u) => u?.replace(origin, '') ?? '';
        console.log(`  ${r.depth}  ${short(r.url).padEnd(48)} ← ${short(r.initiator)}`);
      }
      await p.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
