// Server rendering in Node: renderToString (src/ssr/render.ts) for every element in both
// languages, the page around it (src/cli/page.ts) and `ishraqat-feed render`. What a browser
// makes of the output (without JavaScript, and hydrating) is test/cli/render-browser.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RenderError, renderToString, SSR_ELEMENTS } from '../../src/ssr/render.js';
import { page, pagePolicy, PAGE_STYLE } from '../../src/cli/page.js';
import { cli, LANGS, readText, root, tempDir, tempFiles, type Json } from './support.js';

const feedText = readFileSync(`${root}demo/feeds/ishraqat.json`, 'utf8');
const feed: Json = JSON.parse(feedText);

/** Text content of rendered HTML: tags, comments and the inline feed gone, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function inlineFeed(html: string): Json {
  const match = html.match(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/);
  assert.ok(match, 'no inline feed');
  return JSON.parse(match[1]!);
}

describe('renderToString', () => {
  for (const lang of LANGS) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const [name, tag] of Object.entries(SSR_ELEMENTS)) {
      it(`${name} in ${lang}: declarative shadow DOM, ${dir}, the ready state and the feed inline`, async () => {
        const html = await renderToString(name, feedText, { lang });
        assert.ok(html.startsWith(`<${tag} `) || html.includes(`<${tag} `), 'the element');
        assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
        assert.match(html, new RegExp(`part="base"[^>]*dir="${dir}"`), `the ${dir} wrapper`);
        assert.match(html, /aria-busy="false"/, 'the ready state, not loading');
        assert.doesNotMatch(html, /part="state loading"/);
        assert.deepEqual(inlineFeed(html), feed, 'the feed, inline, as given');
        assert.match(html, /data-base-url=""/);
      });
    }

    it(`timeline in ${lang}: every activity's date, title, summary, place and partners`, async () => {
      const text = textOf(await renderToString('timeline', feedText, { lang }));
      for (const a of feed.activities) {
        assert.ok(text.includes(a.title[lang]), `title of ${a.id}`);
        // The summary's first sentence (the element shows it whole, with its line breaks).
        assert.ok(text.includes(a.summary[lang].split('\n')[0].slice(0, 60)), `summary of ${a.id}`);
      }
      const names = feed.partners.map((p: Json) => p.shortName?.[lang] ?? p.name[lang]);
      assert.ok(
        names.some((n: string) => text.includes(n)),
        'partner names',
      );
      const region = lang === 'ar' ? 'المثنى' : 'Muthanna';
      assert.ok(text.includes(region), 'the place');
      assert.match(text, lang === 'ar' ? /٢٠٢٣/ : /2023/);
    });

    it(`counts in ${lang}: final figures, not the start of the count-up`, async () => {
      const html = await renderToString('counts', feedText, { lang });
      const values = [...html.matchAll(/part="value"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map((m) =>
        m[1]!.trim(),
      );
      assert.ok(values.length >= 3, 'tiles');
      const activities = String(feed.activities.length);
      const digits =
        lang === 'ar' ? activities.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]!) : activities;
      assert.ok(values.includes(digits), `the number of activities (${values.join(', ')})`);
    });

    it(`chart in ${lang}: the one-sentence summary and the data table`, async () => {
      const html = await renderToString('chart', feedText, { lang });
      assert.match(html, /<p class="summary" part="summary">/);
      assert.match(html, /<table part="table">/);
      assert.match(html, /<th scope="row">/);
    });
  }

  it('attributes as on the page: limit, numerals, a filter', async () => {
    const one = await renderToString('timeline', feedText, {
      lang: 'en',
      attributes: { limit: 1 },
    });
    assert.equal([...one.matchAll(/part="item"/g)].length, 1);
    assert.match(one, /limit="1"/);
    const all = await renderToString('timeline', feedText, { lang: 'en' });
    assert.equal([...all.matchAll(/part="item"/g)].length, feed.activities.length);
    const latn = textOf(
      await renderToString('counts', feedText, { lang: 'ar', attributes: { numerals: 'latn' } }),
    );
    assert.doesNotMatch(latn, /[٠-٩]/);
    const from = await renderToString('timeline', feedText, {
      lang: 'en',
      attributes: { from: '2023' },
    });
    const shown = feed.activities.filter((a: Json) => String(a.date).slice(0, 4) >= '2023');
    assert.equal([...from.matchAll(/part="item"/g)].length, shown.length);
  });

  it('feed text stays text, and the inline JSON cannot end its script', async () => {
    const hostile = structuredClone(feed);
    hostile.activities[0].title.en =
      '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>';
    const html = await renderToString('timeline', JSON.stringify(hostile), { lang: 'en' });
    assert.equal(html.match(/<\/script>/g)?.length, 1, 'one script, closed once');
    assert.doesNotMatch(html, /<img src=x/);
    assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(1)'), 'the title, as text');
    assert.deepEqual(inlineFeed(html), hostile);
  });

  it('a base URL resolves relative links, and is written for the browser', async () => {
    const relative = structuredClone(feed);
    relative.organization.logo = 'logos/ishraqat.svg';
    const html = await renderToString('impact', JSON.stringify(relative), {
      lang: 'en',
      baseUrl: 'https://example.org/feeds/feed.json',
    });
    assert.match(html, /src="https:\/\/example\.org\/feeds\/logos\/ishraqat\.svg"/);
    assert.match(html, /data-base-url="https:\/\/example\.org\/feeds\/feed\.json"/);
    assert.ok(textOf(html).includes('https://example.org/feeds/feed.json'), 'named as source');
  });

  it('wrong element, attribute, feed or base URL: a RenderError that says which', async () => {
    const fails = async (promise: Promise<unknown>, code: string) =>
      assert.rejects(promise, (e: unknown) => e instanceof RenderError && e.code === code);
    await fails(renderToString('ishraqat-gallery', feedText), 'element');
    await fails(
      renderToString('timeline', feedText, { attributes: { onclick: 'x' } }),
      'attribute',
    );
    await fails(
      renderToString('timeline', feedText, { attributes: { src: 'x.json' } }),
      'attribute',
    );
    await fails(renderToString('timeline', '{ not json'), 'feed');
    await fails(renderToString('timeline', feedText, { baseUrl: 'feeds/' }), 'base-url');
  });
});

describe('the standalone page', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('allows exactly its own styles, by hash, and no script unless asked', async () => {
    const body = await renderToString('impact', feedText, { lang: 'ar' });
    const policy = pagePolicy(body);
    assert.ok(policy.includes(sha(PAGE_STYLE)));
    for (const [, css] of body.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      assert.ok(policy.includes(sha(css!)), 'each style element');
    }
    for (const [, value] of body.matchAll(/\sstyle="([^"]*)"/g)) {
      assert.ok(policy.includes(sha(value!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))));
    }
    assert.match(policy, /script-src 'none'/);
    assert.match(policy, /connect-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    const withScript = pagePolicy(body, { script: 'cdn/ishraqat-hydrate.js' });
    assert.match(withScript, /script-src 'self'/);
    assert.match(withScript, /require-trusted-types-for 'script'/);
  });

  it('html lang and dir, the title escaped', () => {
    const html = page('<p>x</p>', { lang: 'ar', dir: 'rtl', title: 'a <b> & c' });
    assert.match(html, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.match(html, /<title>a &lt;b&gt; &amp; c<\/title>/);
  });
});

describe('ishraqat-feed render', () => {
  it('--page -o: the Arabic impact summary as a standalone page', async () => {
    const dir = tempDir();
    const out = join(dir, 'impact.html');
    const r = await cli([
      'render',
      'impact',
      'demo/feeds/ishraqat.json',
      '--lang',
      'ar',
      '--page',
      '-o',
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /عُرض ishraqat-impact في/);
    const html = readText(out);
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    assert.match(html, /<title>منظمة اشراقات للتنمية – ملخص الأثر<\/title>/);
    assert.match(html, /<ishraqat-impact [^>]*lang="ar"/);
    assert.doesNotMatch(html, /<script type="module"/);
  });

  for (const lang of LANGS) {
    it(`every element to standard output (${lang}), attributes with --attr`, async () => {
      for (const name of Object.keys(SSR_ELEMENTS)) {
        const r = await cli(['render', name, 'demo/feeds/ishraqat.json', '--lang', lang]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /shadowrootmode="open"/);
      }
      const r = await cli([
        'render',
        'timeline',
        'demo/feeds/ishraqat.json',
        '--lang',
        lang,
        '--attr',
        'layout=compact',
        '--attr',
        'limit=1',
        '--attr',
        'calendar=islamic-umalqura',
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /layout="compact"/);
      assert.equal([...r.stdout.matchAll(/part="item"/g)].length, 1);
    });

    it(`wrong usage is exit 2 with a message in ${lang}`, async () => {
      const cases: [string[], RegExp][] = [
        [
          ['render', 'gallery', 'demo/feeds/ishraqat.json'],
          lang === 'ar' ? /عنصر غير معروف/ : /unknown element "gallery"/,
        ],
        [
          ['render', 'timeline', 'demo/feeds/ishraqat.json', '--attr', 'onclick=x'],
          lang === 'ar' ? /ليس للعنصر/ : /has no attribute "onclick"/,
        ],
        [['render', 'timeline', 'demo/feeds/ishraqat.json', '--attr', '=x'], /--attr/],
        [['render', 'timeline', 'demo/feeds/ishraqat.json', '--script', 'a.js'], /--script/],
        [
          ['render', 'timeline', 'demo/feeds/ishraqat.json', '--base-url', 'feeds/'],
          lang === 'ar' ? /ليس عنوان/ : /not an absolute/,
        ],
        [['render', 'timeline'], /FEED\.json/],
      ];
      for (const [args, message] of cases) {
        const r = await cli([...args, '--lang', lang]);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, message);
      }
    });
  }

  it('a missing feed is exit 3, a broken one exit 1; nothing is written', async () => {
    const dir = tempFiles({ 'broken.json': '{ "version": 1, ' });
    const out = join(dir, 'out.html');
    const missing = await cli(['render', 'timeline', join(dir, 'nope.json'), '-o', out]);
    assert.equal(missing.code, 3);
    const broken = await cli(['render', 'timeline', join(dir, 'broken.json'), '-o', out]);
    assert.equal(broken.code, 1);
    assert.throws(() => readText(out));
  });

  it('--help', async () => {
    const r = await cli(['render', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--attr NAME=VALUE/);
  });
});
