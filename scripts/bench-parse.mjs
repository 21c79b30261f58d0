#!/usr/bin/env node
// Parse benchmark, before against after: bundles `parseFeed` from a git ref (default HEAD) and
// from the working tree, and times both on the same feed text in headless Debian Chromium,
// alternating A and B run by run so that load from other processes hits both alike. Prints
// medians; asserts nothing. Optionally writes a CPU profile (.cpuprofile) of the working tree's
// parse.
//
// Usage: node scripts/bench-parse.mjs [--ref HEAD] [--runs 30] [--feed FILE] [--profile FILE]
/* global window */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../test/support/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ref = arg('ref', 'HEAD');
const runs = Number(arg('runs', '30'));
const feedFile = path.resolve(root, arg('feed', 'demo/feeds/synthetic-10000.json'));
const profileFile = arg('profile', undefined);

const tmp = mkdtempSync(path.join(tmpdir(), 'ishraqat-bench-parse-'));
try {
  // The ref's sources, with the generated rules of the working tree when the ref has none.
  const old = path.join(tmp, 'old');
  execFileSync(
    'sh',
    ['-c', `git archive ${ref} src | tar -x -C "${tmp}" && mv "${tmp}/src" "${old}"`],
    {
      cwd: root,
    },
  );
  cpSync(path.join(root, 'src/generated'), path.join(old, 'generated'), { recursive: true });
  const bundle = async (entry) =>
    (
      await build({
        stdin: {
          contents: `export { parseFeed } from ${JSON.stringify(entry)};`,
          resolveDir: root,
          loader: 'ts',
        },
        bundle: true,
        format: 'iife',
        globalName: 'bench',
        write: false,
        logLevel: 'error',
      })
    ).outputFiles[0].text;
  const before = await bundle(path.join(old, 'feed/parse.ts'));
  const after = await bundle(path.join(root, 'src/feed/parse.ts'));

  assertChromium();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const text = readFileSync(feedFile, 'utf8');
    // One page (renderer process) per parser, so neither's garbage or type feedback is the
    // other's.
    const pages = {};
    for (const [which, code] of [
      ['before', before],
      ['after', after],
    ]) {
      const context = await browser.newContext();
      const page = (pages[which] = await context.newPage());
      await page.setContent('<!doctype html><title>parse bench</title>');
      await page.addScriptTag({ content: code });
      await page.evaluate((t) => (window.feedText = t), text);
    }
    const time = (which) =>
      pages[which].evaluate(() => {
        const start = performance.now();
        const feed = window.bench.parseFeed(window.feedText, {
          baseUrl: 'https://example.org/feed.json',
        });
        const ms = performance.now() - start;
        return { ms, activities: feed.activities.length, problems: feed.problems.length };
      });
    // Warm-up: both parsers compiled and optimised before anything is counted.
    for (let i = 0; i < 3; i++) {
      await time('before');
      await time('after');
    }
    const results = { before: [], after: [] };
    let shape;
    for (let i = 0; i < runs; i++) {
      for (const which of i % 2 ? ['after', 'before'] : ['before', 'after']) {
        const r = await time(which);
        results[which].push(r.ms);
        shape ??= r;
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const min = (xs) => Math.min(...xs);
    console.log(
      `${path.relative(root, feedFile)}: ${shape.activities} activities, ${shape.problems} problems, ${runs} runs each, alternating`,
    );
    for (const which of ['before', 'after']) {
      console.log(
        `  ${which === 'before' ? ref.padEnd(12) : 'working tree'}  median ${median(results[which]).toFixed(1)} ms  min ${min(results[which]).toFixed(1)} ms`,
      );
    }
    if (profileFile) {
      const page = pages.after;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < 10; i++) await time('after');
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      console.log(`CPU profile of 10 parses (working tree) → ${profileFile}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
