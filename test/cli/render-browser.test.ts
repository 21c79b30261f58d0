// What Chromium makes of `ishraqat-feed render` output, per element and language:
// - JavaScript disabled: the content is there (titles, figures, table), in the right direction,
//   with no script at all, under the page's own strict Content-Security-Policy;
// - JavaScript enabled, with the hydrating CDN script (dist/cdn/ishraqat-hydrate.js, from
//   `npm run build`): Lit takes over the markup without a hydration error, the feed is not
//   requested (it is inline), nothing shifts, events fire and keys work, and a language switch
//   afterwards re-renders. The page's CSP forbids any connection, so a fetch would also fail.
//
// playwright-core and the system Chromium (test/support/chromium.js), a server on 127.0.0.1.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, cpSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { cli, LANGS, root, tempDir } from './support.js';

const ELEMENTS = ['timeline', 'partners', 'counts', 'chart', 'impact'] as const;
const feed = JSON.parse(readFileSync(`${root}demo/feeds/ishraqat.json`, 'utf8'));
const cdn = `${root}dist/cdn/`;

let site: string;
let server: Server;
let base: string;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(`${cdn}ishraqat-hydrate.js`),
    'dist/cdn/ishraqat-hydrate.js is missing: run `npm run build` first',
  );
  site = tempDir();
  cpSync(cdn, join(site, 'cdn'), { recursive: true });
  for (const name of ELEMENTS) {
    for (const lang of LANGS) {
      for (const [suffix, extra] of [
        ['', []],
        ['-hydrate', ['--script', 'cdn/ishraqat-hydrate.js']],
      ] as const) {
        const out = join(site, `${name}-${lang}${suffix}.html`);
        const r = await cli([
          'render',
          name,
          'demo/feeds/ishraqat.json',
          '--lang',
          lang,
          '--page',
          ...extra,
          '-o',
          out,
        ]);
        assert.equal(r.code, 0, r.stderr);
      }
    }
  }
  mkdirSync(join(site, 'feeds'), { recursive: true });
  server = createServer((req, res) => {
    const path = join(site, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (!path.startsWith(site) || !existsSync(path)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader(
      'content-type',
      path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    );
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Visible text of the page, shadow roots included (what a reader sees, roughly). */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && parent.checkVisibility()) out.push(node.textContent ?? '');
        return;
      }
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    return out.join(' ').replace(/\s+/g, ' ');
  });

/**
 * Where every part of the rendered elements is (shadow roots included), rounded to the pixel;
 * what is drawn inside the chart's frame (the canvas, its placeholder) is left out.
 */
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('[part~="frame"]') && !el.matches('[part~="frame"]')) continue;
        const part = el.getAttribute('part');
        if (part) {
          const r = el.getBoundingClientRect();
          out.push(
            `${path}${part} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`,
          );
        }
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName}/`);
      }
    };
    walk(document, '');
    return out;
  });

interface Watch {
  errors: string[];
  requests: string[];
}

async function open(
  url: string,
  javaScriptEnabled: boolean,
): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1100, height: 900 },
  });
  const page = await context.newPage();
  const watch: Watch = { errors: [], requests: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(m.text());
  });
  page.on('request', (r) => watch.requests.push(r.url().slice(base.length)));
  if (javaScriptEnabled) {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  await page.goto(url);
  return { page, watch };
}

describe('rendered pages without JavaScript', () => {
  for (const lang of LANGS) {
    for (const name of ELEMENTS) {
      it(`${name} in ${lang}: content, direction, no script needed`, async () => {
        const { page, watch } = await open(`${base}${name}-${lang}.html`, false);
        try {
          const text = await visibleText(page);
          if (name === 'timeline' || name === 'impact') {
            for (const a of feed.activities)
              assert.ok(text.includes(a.title[lang]), `title ${a.id}`);
          }
          if (name === 'partners' || name === 'impact') {
            for (const p of feed.partners)
              assert.ok(text.includes(p.name[lang]), `partner ${p.id}`);
          }
          if (name === 'counts' || name === 'impact') {
            assert.match(text, lang === 'ar' ? /نشاطان|أنشطة/ : /activities/);
          }
          if (name === 'chart' || name === 'impact') {
            // The chart's sentence and its table stand in for the drawing.
            const table = await page.evaluate(() => {
              const find = (root: Document | ShadowRoot): HTMLTableElement | null => {
                const own = root.querySelector('table');
                if (own) return own;
                for (const el of root.querySelectorAll('*')) {
                  const t = el.shadowRoot && find(el.shadowRoot);
                  if (t) return t;
                }
                return null;
              };
              const t = find(document);
              return t ? { visible: t.checkVisibility(), rows: t.tBodies[0]!.rows.length } : null;
            });
            assert.ok(table?.visible, 'the data table is shown');
            assert.ok(table.rows > 0);
            assert.match(text, lang === 'ar' ? /حسب السنة/ : /by year/);
          }
          const direction = await page.evaluate(() => {
            const host = document.querySelector('main > *')!;
            const base = host.shadowRoot!.querySelector('[part~="base"]')!;
            return [document.dir, getComputedStyle(base).direction, base.getAttribute('lang')];
          });
          assert.deepEqual(direction, [
            lang === 'ar' ? 'rtl' : 'ltr',
            lang === 'ar' ? 'rtl' : 'ltr',
            lang,
          ]);
          // No button that needs script is offered.
          const buttons = await page.evaluate(() => {
            const visible: string[] = [];
            const walk = (root: Document | ShadowRoot) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.localName === 'button' && el.checkVisibility())
                  visible.push(el.textContent!.trim());
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document);
            return visible;
          });
          assert.deepEqual(buttons, []);
          assert.deepEqual(watch.errors, [], 'no CSP violation, nothing blocked');
          assert.deepEqual(watch.requests, [`${name}-${lang}.html`]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});

describe('rendered pages hydrating with the CDN script', () => {
  for (const lang of LANGS) {
    for (const name of ELEMENTS) {
      it(`${name} in ${lang}: hydrates in place, no error, no feed request, no shift`, async () => {
        const { page, watch } = await open(`${base}${name}-${lang}-hydrate.html`, true);
        try {
          const tag = `ishraqat-${name}`;
          await page.waitForFunction(
            (t) => (document.querySelector(t) as unknown as { hasUpdated?: boolean })?.hasUpdated,
            tag,
          );
          await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
          const state = await page.evaluate((t) => {
            const host = document.querySelector(t)!;
            const root = host.shadowRoot!;
            const hosts = [
              host,
              ...root.querySelectorAll(
                'ishraqat-counts, ishraqat-chart, ishraqat-timeline, ishraqat-partners',
              ),
            ];
            return {
              bases: root.querySelectorAll('[part~="base"]').length,
              // Every composed element hydrated (a failed hydration renders a second copy).
              children: hosts.map((h) => [
                (h as unknown as { hasUpdated: boolean }).hasUpdated,
                h.hasAttribute('defer-hydration'),
                h.shadowRoot!.querySelectorAll('[part~="base"]').length,
              ]),
              shifts: (window as unknown as { shifts: number[] }).shifts,
            };
          }, tag);
          assert.equal(state.bases, 1, 'rendered once, not twice');
          for (const [updated, deferred, bases] of state.children) {
            assert.deepEqual([updated, deferred, bases], [true, false, 1]);
          }
          // Hydration moves nothing: the parts are where the same page, with scripting on but
          // no script, lays them out (the timeline's content-visibility estimate may shift a
          // first layout by itself; that is the same with or without hydration).
          const { page: plain } = await open(`${base}${name}-${lang}.html`, true);
          try {
            await plain.evaluate(() => new Promise((r) => setTimeout(r, 300)));
            assert.deepEqual(await layoutOf(page), await layoutOf(plain), 'no layout shift');
            const before = await plain.evaluate(
              () => (window as unknown as { shifts: number[] }).shifts,
            );
            assert.deepEqual(state.shifts, before, 'no layout shift beyond the page itself');
          } finally {
            await plain.context().close();
          }
          assert.deepEqual(watch.errors, [], 'no hydration mismatch, no CSP violation');
          assert.ok(
            watch.requests.every((r) => r.endsWith('.html') || r.startsWith('cdn/')),
            `only the page and the bundle: ${watch.requests.join(', ')}`,
          );
          assert.ok(!watch.requests.some((r) => r.includes('feeds/') || r.endsWith('.json')));
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it('events and keys work after hydration, and a language switch re-renders (timeline)', async () => {
    const { page, watch } = await open(`${base}timeline-ar-hydrate.html`, true);
    try {
      await page.waitForFunction(
        () =>
          (document.querySelector('ishraqat-timeline') as unknown as { hasUpdated?: boolean })
            ?.hasUpdated,
      );
      const selected = page.evaluate(
        () =>
          new Promise<string>((resolve) =>
            document.addEventListener(
              'ishraqat-select',
              (e) => resolve((e as CustomEvent).detail.id),
              { once: true },
            ),
          ),
      );
      await page.locator('ishraqat-timeline article').first().focus();
      await page.keyboard.press('Enter');
      assert.equal(await selected, feed.activities[0].id);
      await page.evaluate(() =>
        document.querySelector('ishraqat-timeline')!.setAttribute('lang', 'en'),
      );
      await page.waitForFunction(
        () =>
          document
            .querySelector('ishraqat-timeline')!
            .shadowRoot!.querySelector('[part~="base"]')!
            .getAttribute('dir') === 'ltr',
      );
      const text = await visibleText(page);
      assert.ok(text.includes(feed.activities[0].title.en), 'English titles');
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.context().close();
    }
  });

  it('the chart draws and its data table button works after hydration (impact, en)', async () => {
    const { page, watch } = await open(`${base}impact-en-hydrate.html`, true);
    try {
      const chart = page.locator('ishraqat-impact ishraqat-chart');
      await page.waitForFunction(() => {
        const c = document
          .querySelector('ishraqat-impact')
          ?.shadowRoot?.querySelector('ishraqat-chart');
        return (c?.shadowRoot?.querySelector('canvas')?.width ?? 0) > 0;
      });
      const table = chart.locator('table');
      assert.equal(await table.isVisible(), false);
      await chart.locator('[part~="toggle"]').click();
      assert.equal(await table.isVisible(), true);
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.context().close();
    }
  });
});
