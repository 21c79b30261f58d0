#!/usr/bin/env node
// Consumer smoke tests: the package as others get it, never the source tree.
//
//   npm run test:consumers        (builds first when dist/ is missing or older than its sources)
//   npm run test:consumers -- --no-build     (tests dist/ as it is)
//
// 1. `npm pack` into a temporary directory outside the repository; the tarball's files, its
//    `exports`, `sideEffects` and imports are checked, and publint (strict) lints it.
// 2. The tarball is unpacked into node_modules/@ishraqat/widgets of a scratch install next to
//    three apps copied from test/consumers/. That node_modules holds links to exactly the
//    package's declared `dependencies` (an import of anything else fails, as it would for a
//    user) and to the tools the apps need (vite, typescript, react, react-dom and their types),
//    taken from this repository's node_modules: no network.
//    - node: importing every entry in Node, with no DOM (server-side rendering set-ups), works.
//    - cdn: a plain HTML page on one origin loads dist/cdn/ishraqat-widgets.js from another
//      origin (a CDN), in English and in Arabic; lazily loaded chunks (Chart.js, the Arabic
//      strings) come from beside the bundle; a second copy on the page registers nothing twice.
//    - vite-ts: a Vite + TypeScript app importing '@ishraqat/widgets/timeline.js': `tsc --noEmit`
//      (strict, skipLibCheck off, expected type errors included), `vite build`, and the bundle
//      holds no other element; the CDN bundle added to the same page later does not throw.
//    - react: a React 19 app (Vite, JSX compiled without a React plugin) using the elements with
//      the package's JSX types: type-checks, builds, renders, passes properties, listens to
//      `ishraqat-load`, and re-renders in Arabic when React changes `lang`.
// 3. Each app is served on 127.0.0.1 and opened in headless Chromium (playwright-core, the
//    system Chromium), which must show the demo feed's activities.
//
// Prints one line per check and ends with "consumers: N passed, N failed"; exits 1 on failure.
// Env: CHROME_PATH (Chromium binary), KEEP=1 (keep the scratch directory and print its path).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadConfigFromFile } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../support/chromium.js';
import { recordRequestChains } from './request-chain.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const feedFile = path.join(root, 'demo/feeds/ishraqat.json');
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Reporting

let passed = 0;
let failed = 0;
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** Runs one named check; a failure is reported and counted, and the run goes on. */
async function check(name, fn) {
  try {
    const note = await fn();
    passed++;
    console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
    return true;
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).replaceAll('\n', '\n      ')}`);
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs a command; throws with its output when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n` +
        `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
    );
  }
  return result.stdout;
}

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 0. A fresh build

/** Newest modification time under the given paths (files or directories). */
async function newest(paths, skip = () => false) {
  let max = 0;
  for (const p of paths) {
    if (!existsSync(p) || skip(p)) continue;
    const s = await stat(p);
    if (s.isDirectory()) {
      for (const file of await walk(p))
        if (!skip(file)) max = Math.max(max, (await stat(file)).mtimeMs);
    } else {
      max = Math.max(max, s.mtimeMs);
    }
  }
  return max;
}

async function ensureBuild() {
  if (process.argv.includes('--no-build')) return 'dist/ used as it is (--no-build)';
  const outputs = [
    'dist/index.js',
    'dist/timeline.js',
    'dist/types/index.d.ts',
    'dist/cdn/ishraqat-widgets.js',
  ].map((p) => path.join(root, p));
  const inputs = [
    'src',
    'locales',
    'vite.config.ts',
    'tsconfig.json',
    'tsconfig.build.json',
    'scripts/build-cdn.mjs',
    'scripts/minify-templates.mjs',
  ].map((p) => path.join(root, p));
  const missing = outputs.filter((p) => !existsSync(p));
  let reason = missing.length ? `missing ${path.relative(root, missing[0])}` : '';
  if (!reason) {
    const oldestOutput = Math.min(
      ...(await Promise.all(outputs.map(async (p) => (await stat(p)).mtimeMs))),
    );
    // src/generated is regenerated by every `npm test`; its own sources (locales, the schema)
    // are among the inputs.
    const sources = await newest(inputs, (p) => p.includes(`${path.sep}src${path.sep}generated`));
    if (sources > oldestOutput) reason = 'sources are newer than dist/';
  }
  if (!reason) return 'dist/ is up to date';
  console.log(`  … building (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  return `built: ${reason}`;
}

// ---------------------------------------------------------------------------------------------
// 1. The tarball

const scratch = await mkdtemp(path.join(tmpdir(), 'ishraqat-consumers-'));
const nodeModules = path.join(scratch, 'node_modules');
const pkgDir = path.join(nodeModules, '@ishraqat/widgets');
let packed; // package.json of the tarball
let tarball;

/** Which repository file a packed path may come from. */
const allowedInTarball =
  /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+|schema\/.+)$/;

async function pack() {
  const out = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], {
    cwd: root,
  });
  const [info] = JSON.parse(out);
  tarball = path.join(scratch, info.filename);
  const files = info.files.map((f) => f.path);
  const stray = files.filter((f) => !allowedInTarball.test(f));
  assert(stray.length === 0, `unexpected files in the tarball: ${stray.join(', ')}`);
  for (const required of ['README.md', 'LICENSE', 'package.json', 'dist/index.js']) {
    assert(files.includes(required), `${required} is not in the tarball`);
  }
  if (existsSync(path.join(root, 'custom-elements.json'))) {
    assert(files.includes('custom-elements.json'), 'custom-elements.json is not in the tarball');
  }
  await mkdir(pkgDir, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  packed = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8'));
  return `${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KB`;
}

/** The element entries that exist in src/, as vite.config.ts finds them for the build. */
async function elementEntries() {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    undefined,
    root,
    'silent',
  );
  return Object.keys(loaded.config.build.lib.entry).filter((name) => name !== 'index');
}

async function checkExports() {
  const entries = await elementEntries();
  elementTags = tags.filter((tag) => entries.includes(tag.slice('ishraqat-'.length)));
  const exportsMap = packed.exports;
  const subpaths = Object.keys(exportsMap).filter((k) => /^\.\/[a-z-]+\.js$/.test(k));
  assertEqual(
    subpaths.map((k) => k.slice(2, -3)).sort(),
    [...entries].sort(),
    'entry points in `exports` (one per src/<element>/define.ts, and feed.js)',
  );
  for (const [subpath, target] of Object.entries(exportsMap)) {
    const conditions = typeof target === 'string' ? { default: target } : target;
    for (const [condition, file] of Object.entries(conditions)) {
      assert(
        existsSync(path.join(pkgDir, file)),
        `exports["${subpath}"].${condition}: ${file} is not packed`,
      );
    }
    if (typeof target === 'object' && target.import) {
      assert(Object.keys(target)[0] === 'types', `exports["${subpath}"]: "types" must come first`);
      // Entries register elements (side effects); feed.js registers nothing and is pure.
      const registers = subpath !== './feed.js';
      assert(
        packed.sideEffects.includes(target.import) === registers,
        registers
          ? `exports["${subpath}"] registers elements, but ${target.import} is not in sideEffects`
          : `exports["${subpath}"] registers nothing, but ${target.import} is in sideEffects`,
      );
    }
  }
  return `${Object.keys(exportsMap).length} subpaths`;
}

const bareImport =
  /(?:^|[;\s})])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"'./][^"']*)["']|import\(\s*["']([^"'./][^"']*)["']\s*\)/g;

function bareImportsOf(code) {
  const found = new Set();
  for (const match of code.matchAll(bareImport)) found.add(match[1] ?? match[2]);
  return found;
}

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

async function checkImports() {
  const dependencies = new Set(Object.keys(packed.dependencies ?? {}));
  const used = new Set();
  const cdnDir = path.join(pkgDir, 'dist/cdn');
  const cliDir = path.join(pkgDir, 'dist/cli');
  for (const file of await walk(path.join(pkgDir, 'dist'))) {
    if (!file.endsWith('.js')) continue;
    const code = await readFile(file, 'utf8');
    const imports = bareImportsOf(code);
    const rel = path.relative(pkgDir, file);
    if (file.startsWith(cdnDir)) {
      assert(imports.size === 0, `${rel} is a CDN file but imports ${[...imports].join(', ')}`);
      continue;
    }
    if (file.startsWith(cliDir)) continue; // bundled for Node, imports only node: built-ins
    for (const specifier of imports) {
      const name = packageName(specifier);
      used.add(name);
      assert(dependencies.has(name), `${rel} imports ${specifier}, which is not a dependency`);
    }
  }
  const unused = [...dependencies].filter((d) => !used.has(d));
  return `imports: ${[...used].sort().join(', ')}${unused.length ? `; not imported by the browser modules: ${unused.join(', ')}` : ''}`;
}

async function publint() {
  const bin = path.join(root, 'node_modules/publint/src/cli.js');
  const out = run(process.execPath, [bin, 'run', tarball, '--strict'], { cwd: scratch });
  assert(/All good/.test(out), out);
  return 'strict: all good';
}

/** node_modules of the scratch install: the package's dependencies and the apps' tools. */
async function linkDependencies() {
  const tools = ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'];
  const names = [...Object.keys(packed.dependencies ?? {}), ...tools];
  for (const name of names) {
    const target = path.join(root, 'node_modules', name);
    assert(existsSync(target), `${name} is not installed in the repository (npm ci)`);
    const link = path.join(nodeModules, name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(target, link, 'dir');
  }
  return names.join(', ');
}

// ---------------------------------------------------------------------------------------------
// 2. The apps

const feed = JSON.parse(await readFile(feedFile, 'utf8'));
const titles = (lang) => feed.activities.map((a) => a.title[lang]).sort();
/** Each partner's names in `lang`: the element shows the full name or the short one. */
const partnerNames = (lang) =>
  feed.partners.map((p) => [p.name[lang], p.shortName?.[lang]].filter(Boolean));
const tags = ['timeline', 'partners', 'counts', 'chart', 'impact'].map((n) => `ishraqat-${n}`);
/** Tags of the elements whose source exists (set by checkExports). */
let elementTags = [];

/**
 * Each entry in a Node process of its own, with no DOM: it imports, and registers its elements
 * (in the registry Lit's Node build provides): the root entry every element, `timeline.js` the
 * timeline (and `impact.js` the elements it is composed of); `feed.js` none, and parses a feed.
 */
async function nodeImport() {
  const dir = path.join(scratch, 'apps/node');
  await mkdir(dir, { recursive: true });
  const entries = Object.keys(packed.exports)
    .filter((k) => k === '.' || k.endsWith('.js'))
    .map((k) => (k === '.' ? packed.name : `${packed.name}/${k.slice(2)}`));
  for (const specifier of entries) {
    const script = `
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM');
      const module = await import(${JSON.stringify(specifier)});
      const tags = ${JSON.stringify(tags)}.filter((t) => globalThis.customElements?.get(t));
      const parsed = module.parseFeed?.({
        version: 1,
        organization: { id: 'test-org', name: 'Test Organization' },
        activities: [{ id: 'a1', date: '2021', title: 'Test' }],
      });
      console.log(JSON.stringify({ exports: Object.keys(module).length, tags, parsed: parsed?.activities.length }));`;
    const {
      exports,
      tags: registered,
      parsed,
    } = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir }));
    assert(exports > 0, `${specifier} exports nothing in Node`);
    const element = specifier.match(/\/([a-z]+)\.js$/)?.[1];
    if (!element || element === 'hydrate' || element === 'ssr') {
      // The root, the hydrating entry and the server renderer register every element.
      assertEqual(registered, elementTags, `elements registered by ${specifier}`);
    } else if (element === 'feed') {
      // The feed functions, without any element.
      assertEqual(registered, [], `elements registered by ${specifier}`);
      assertEqual(parsed, 1, `activities parsed in Node by ${specifier}`);
    } else if (element !== 'impact') {
      assertEqual(registered, [`ishraqat-${element}`], `elements registered by ${specifier}`);
    } else {
      assert(registered.includes('ishraqat-impact'), `${specifier} does not register its element`);
    }
  }
  // The server renderer renders in Node, with no DOM, from the package as installed.
  const script = `
    const { renderToString } = await import(${JSON.stringify(`${packed.name}/ssr.js`)});
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM');
    const html = await renderToString('timeline', ${JSON.stringify(JSON.stringify(feed))}, { lang: 'ar' });
    console.log(JSON.stringify({ dsd: html.includes('shadowrootmode="open"'), rtl: html.includes('dir="rtl"'), title: html.includes(${JSON.stringify(feed.activities[0].title.ar)}) }));`;
  const rendered = JSON.parse(
    run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir }),
  );
  assertEqual(rendered, { dsd: true, rtl: true, title: true }, 'renderToString in Node');
  return `${entries.length} entries imported without a DOM, each registering its elements; ssr.js renders`;
}

async function copyApp(name) {
  const dir = path.join(scratch, 'apps', name);
  await cp(path.join(here, name), dir, { recursive: true });
  await mkdir(path.join(dir, 'public'), { recursive: true });
  await cp(feedFile, path.join(dir, 'public/feed.json'));
  return dir;
}

function typecheck(dir) {
  const tsc = path.join(nodeModules, 'typescript/bin/tsc');
  run(process.execPath, [tsc, '--noEmit', '-p', path.join(dir, 'tsconfig.json')], { cwd: dir });
  return 'tsc --noEmit: no errors, every @ts-expect-error used';
}

async function viteBuild(dir) {
  const vite = path.join(nodeModules, 'vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir });
  const files = (await walk(path.join(dir, 'dist/assets'))).filter((f) => f.endsWith('.js'));
  let gzip = 0;
  const code = new Map();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    code.set(path.basename(file), text);
    gzip += gzipSync(text).length;
  }
  return { code, note: `${files.length} JS files, ${(gzip / 1024).toFixed(1)} KB gzip` };
}

// ---------------------------------------------------------------------------------------------
// 3. Serving and the browser

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server for `dir` mounted at `prefix`, on 127.0.0.1 and a free port. */
async function serve(dir, { prefix = '/', cors = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    pathname = pathname.slice(prefix.length);
    if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

let browser;

/**
 * Opens `url` in a fresh context and records what a user would never want to see: page errors,
 * console errors, failed requests. `assertPage(page, requests, chains)` then asserts what the
 * page shows; `chains()` gives each request's depth (request-chain.mjs).
 */
async function inBrowser(url, assertPage) {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 404 is reported by the response handler, with its URL (the browser's favicon is none).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  const chains = await recordRequestChains(page);
  try {
    await page.goto(url);
    let note;
    try {
      note = await assertPage(page, requests, chains);
    } catch (error) {
      if (problems.length) error.message += `\n(and on the page:\n${problems.join('\n')})`;
      throw error;
    }
    assert(problems.length === 0, problems.join('\n'));
    return note;
  } finally {
    await context.close();
  }
}

/** Text of the parts named `part` inside `tag`'s shadow root (the first such element). */
const shadowTexts = (page, tag, part) =>
  page.evaluate(
    ([tag, part]) =>
      [
        ...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? []),
      ].map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
    [tag, part],
  );

/** Waits until the element's shadow root has `count` (or at least one) `[part~=part]`. */
const waitForParts = (page, tag, part, count) =>
  page.waitForFunction(
    ([tag, part, count]) => {
      const n =
        document.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
      return count === undefined ? n > 0 : n === count;
    },
    [tag, part, count],
    { timeout: 15_000 },
  );

const shadowText = (page, tag) =>
  page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
    tag,
  );

const activityTitles = async (page, tag = 'ishraqat-timeline') =>
  (await shadowTexts(page, tag, 'title')).sort();

// ---------------------------------------------------------------------------------------------
// The run

console.log(`Consumer tests (scratch: ${scratch})`);
const servers = [];
try {
  assertChromium();
  const ready =
    (await check('build', ensureBuild)) &&
    (await check('npm pack: only dist/, README, LICENSE, manifest, schema', pack));
  if (!ready) throw new Error('no package to test');
  await check(
    'exports: an entry per element, types first, files packed, sideEffects',
    checkExports,
  );
  await check('imports: only declared dependencies; CDN files self-contained', checkImports);
  await check('publint', publint);
  await check('scratch install linked (no network)', linkDependencies);
  await check('node: every entry imports without a DOM', nodeImport);

  const viteDir = await copyApp('vite-ts');
  const reactDir = await copyApp('react');
  let viteBundle;
  await check('vite-ts: tsc --noEmit', () => typecheck(viteDir));
  const viteBuilt = await check('vite-ts: vite build', async () => {
    viteBundle = await viteBuild(viteDir);
    return viteBundle.note;
  });
  if (viteBuilt) {
    await check('vite-ts: the bundle holds the timeline and no other element', () => {
      const all = [...viteBundle.code.values()].join('\n');
      assert(all.includes('ishraqat-timeline'), 'the timeline is missing from the bundle');
      const others = tags.filter((t) => t !== 'ishraqat-timeline' && all.includes(t));
      assert(others.length === 0, `the bundle contains ${others.join(', ')}`);
      // Chart.js would be a lazy chunk: there must be none.
      const chunks = [...viteBundle.code.keys()];
      assert(!chunks.some((f) => /chart/i.test(f)), `chart chunk in ${chunks.join(', ')}`);
      assert(!all.includes('DoughnutController'), 'Chart.js is in the bundle');
      return `no ${tags.slice(1).join(', ')}`;
    });
  }
  await check('react: tsc --noEmit (JSX types from @ishraqat/widgets/jsx)', () =>
    typecheck(reactDir),
  );
  const reactBuilt = await check('react: vite build', async () => (await viteBuild(reactDir)).note);

  // Servers: a site, a CDN on another origin, the two apps.
  const site = path.join(scratch, 'site');
  const cdnPrefix = `/npm/${packed.name}@${packed.version}/`;
  const cdn = await serve(pkgDir, { prefix: cdnPrefix, cors: true });
  servers.push(cdn);
  const cdnBase = `${cdn.url}dist/cdn`;
  const template = await readFile(path.join(here, 'cdn/index.html'), 'utf8');
  for (const lang of ['en', 'ar']) {
    await mkdir(path.join(site, 'pages', lang), { recursive: true });
    await writeFile(
      path.join(site, 'pages', lang, 'index.html'),
      template.replaceAll('%CDN%', cdnBase).replaceAll('%LANG%', lang),
    );
  }
  await mkdir(path.join(site, 'data'), { recursive: true });
  await cp(feedFile, path.join(site, 'data/feed.json'));
  const siteServer = await serve(site);
  servers.push(siteServer);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  const registered = (page) =>
    page.evaluate((tags) => tags.filter((t) => customElements.get(t)), tags);

  for (const lang of ['en', 'ar']) {
    await check(`cdn (${lang}): a plain page renders every widget from another origin`, () =>
      inBrowser(`${siteServer.url}pages/${lang}/index.html`, async (page, requests, chains) => {
        await waitForParts(page, 'ishraqat-timeline', 'title', feed.activities.length);
        assertEqual(await activityTitles(page), titles(lang), 'timeline titles');
        const dir = await page.evaluate(
          () =>
            document.querySelector('ishraqat-timeline').shadowRoot.querySelector('[part~=base]')
              .dir,
        );
        assertEqual(dir, lang === 'ar' ? 'rtl' : 'ltr', 'timeline direction');
        await waitForParts(page, 'ishraqat-counts', 'value', 2);
        const digits = (s) => s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
        assertEqual(
          (await shadowTexts(page, 'ishraqat-counts', 'value')).map(digits),
          [String(feed.activities.length), String(feed.partners.length)],
          'counts (activities, partners)',
        );
        await waitForParts(page, 'ishraqat-partners', 'name', feed.partners.length);
        const partnersText = await shadowText(page, 'ishraqat-partners');
        for (const names of partnerNames(lang)) {
          assert(
            names.some((n) => partnersText.includes(n)),
            `partner ${names.join(' / ')} missing`,
          );
        }
        await waitForParts(page, 'ishraqat-chart', 'canvas', 1);
        await page.waitForFunction(
          () => {
            const canvas = document
              .querySelector('ishraqat-chart')
              .shadowRoot.querySelector('canvas');
            return canvas && canvas.width > 0 && canvas.height > 0;
          },
          undefined,
          { timeout: 15_000 },
        );
        assertEqual(await registered(page), elementTags, 'registered tags');
        // Every script came from the CDN, beside the bundle; lazy chunks were fetched from there.
        const scripts = requests.filter((u) => u.endsWith('.js'));
        const foreign = scripts.filter((u) => !u.startsWith(cdnBase));
        assert(foreign.length === 0, `scripts from elsewhere: ${foreign.join(', ')}`);
        assert(
          scripts.some((u) => /\/chunks\/chartjs-[\w-]+\.js$/.test(u)),
          'Chart.js chunk not loaded from the CDN',
        );
        if (lang === 'ar') {
          assert(
            scripts.some((u) => /\/chunks\/ar-[\w-]+\.js$/.test(u)),
            'Arabic strings not loaded from the CDN',
          );
        }
        // No chain of lazy imports before first render: the UI strings (Arabic chunk) come at
        // the feed's depth, straight from the entry, and import nothing further.
        const chain = chains();
        const at = (test, what) => {
          const found = chain.find((r) => test(r.url));
          assert(found, `no request for ${what}`);
          return found;
        };
        const entry = at((u) => u.endsWith('/ishraqat-widgets.js'), 'the bundle');
        const feedRequest = at((u) => u.endsWith('/data/feed.json'), 'the feed');
        assertEqual(entry.depth, 1, 'depth of the bundle');
        assertEqual(feedRequest.depth, 2, 'depth of the feed');
        let strings = '';
        if (lang === 'ar') {
          const ar = at((u) => /\/chunks\/ar-[\w-]+\.js$/.test(u), 'the Arabic strings');
          assertEqual(ar.initiator, entry.url, 'what imports the Arabic strings');
          assert(ar.depth <= feedRequest.depth, `Arabic strings at depth ${ar.depth}`);
          const fromAr = chain.filter((r) => r.initiator === ar.url).map((r) => r.url);
          assertEqual(fromAr, [], 'requests made by the Arabic chunk');
          const code = await (await fetch(ar.url)).text();
          // A static import starts a statement; a dynamic one is a call (message text is neither).
          assert(
            !/(?:^|[;\n])\s*import\s*[{"'*\w]|\bimport\s*\(/.test(code),
            'the Arabic chunk imports something',
          );
          strings = `, Arabic strings at depth ${ar.depth} beside the feed`;
        }
        // Before first render, nothing is deeper than the feed (Chart.js is lazy, below it).
        const deep = chain.filter(
          (r) => r.depth > feedRequest.depth && !/\/chunks\/chartjs-/.test(r.url),
        );
        assertEqual(
          deep.map((r) => r.url),
          [],
          'requests deeper than the feed',
        );
        assert(
          scripts.some((u) => u.endsWith('/ishraqat-timeline.js')),
          'the second copy was not loaded',
        );
        const hosts = new Set(requests.map((u) => new URL(u).origin));
        assert(
          [...hosts].every((h) => h === cdn.origin || h === siteServer.origin),
          `requests to other hosts: ${[...hosts].join(', ')}`,
        );
        return `${scripts.length} scripts, all from ${cdnPrefix}dist/cdn/${strings}`;
      }),
    );
  }

  if (viteBuilt) {
    const app = await serve(path.join(viteDir, 'dist'));
    servers.push(app);
    await check(
      'vite-ts: renders the feed; only the timeline is registered; the CDN copy may join',
      () =>
        inBrowser(app.url, async (page) => {
          await waitForParts(page, 'ishraqat-timeline', 'title', feed.activities.length);
          assertEqual(await activityTitles(page), titles('en'), 'timeline titles');
          await page.waitForFunction(() => document.body.dataset.activities !== undefined);
          assertEqual(
            await page.evaluate(() => document.body.dataset.activities),
            String(feed.activities.length),
            'ishraqat-load detail.activities',
          );
          assertEqual(await registered(page), ['ishraqat-timeline'], 'registered tags');
          // The same page then loads the CDN bundle too (two copies of the timeline).
          await page.addScriptTag({ url: `${cdnBase}/ishraqat-widgets.js`, type: 'module' });
          await page.waitForFunction(() => customElements.get('ishraqat-partners') !== undefined);
          await page.evaluate(() => {
            const partners = document.createElement('ishraqat-partners');
            partners.setAttribute('src', './feed.json');
            document.body.append(partners);
          });
          await waitForParts(page, 'ishraqat-partners', 'name', feed.partners.length);
          assertEqual(
            await activityTitles(page),
            titles('en'),
            'timeline titles after the second copy',
          );
          return 'both copies on one page, no error';
        }),
    );
  }

  if (reactBuilt) {
    const app = await serve(path.join(reactDir, 'dist'));
    servers.push(app);
    await check('react: renders, passes properties and events, re-renders in Arabic', () =>
      inBrowser(app.url, async (page) => {
        await page.waitForFunction(
          (n) => document.querySelector('#status')?.textContent === `${n} activities`,
          feed.activities.length,
          { timeout: 15_000 },
        );
        // limit={1}: one activity and a "Show more" button; groupBy="none": no year headings.
        await waitForParts(page, 'ishraqat-timeline', 'title', 1);
        assertEqual(
          (await shadowTexts(page, 'ishraqat-timeline', 'more')).length,
          1,
          '"Show more" buttons',
        );
        assertEqual(
          (await shadowTexts(page, 'ishraqat-timeline', 'year')).length,
          0,
          'year groups',
        );
        const [first] = await activityTitles(page);
        assert(titles('en').includes(first), `unexpected title ${first}`);
        await waitForParts(page, 'ishraqat-counts', 'value', 2);
        await waitForParts(page, 'ishraqat-partners', 'name', feed.partners.length);
        // group-by="type" (an attribute) groups the partners under captions.
        assert(
          (await shadowTexts(page, 'ishraqat-partners', 'caption')).length > 1,
          'partners are not grouped by type',
        );
        await page.click('#language');
        await page.waitForFunction(
          () =>
            document.querySelector('ishraqat-timeline')?.shadowRoot?.querySelector('[part~=base]')
              ?.dir === 'rtl',
          undefined,
          { timeout: 15_000 },
        );
        await page.waitForFunction(
          (ar) => {
            const t = document
              .querySelector('ishraqat-timeline')
              ?.shadowRoot?.querySelector('[part~=title]');
            return t && ar.includes(t.textContent.trim());
          },
          titles('ar'),
          { timeout: 15_000 },
        );
        return 'limit, groupBy, group-by, onishraqat-load, lang';
      }),
    );
  }
} catch (error) {
  failed++;
  console.log(`  ✗ ${error.message}`);
} finally {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  if (process.env.KEEP) console.log(`kept ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}

console.log(`\nconsumers: ${passed} passed, ${failed} failed (${seconds()})`);
process.exit(failed ? 1 : 0);
