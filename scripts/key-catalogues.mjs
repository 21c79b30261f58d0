#!/usr/bin/env node
// Re-keys the catalogues `lit-localize build` generates (runtime mode) by source text.
//
// lit-localize keys a message without an explicit id by a hash of its text, which the page
// would then compute for every message it shows: hashing code in every bundle. Our own `msg`
// (src/i18n/localize.ts) looks a message up by its text instead: a plain string is its own key,
// a `str` template's key is its strings joined by lit-localize's delimiter (U+001E). This script
// rewrites each hashed key of the generated catalogues to that text, taken from the XLIFF
// source, and checks each against lit-localize's own hash, so a key can never silently miss.
// Explicit ids (`count.activities`) stay as they are.
//
// Usage: node scripts/key-catalogues.mjs   (run by `npm run localize:build`)
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMsgId, HASH_DELIMITER } from '@lit/localize/internal/id-generation.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** (lit-localize config) → its XLIFF directory and generated catalogue directory. */
const configs = ['lit-localize.json', 'lit-localize.cli.json'];

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Hash id → the strings of its source text (placeholders split them). */
function sources(xlf) {
  const out = new Map();
  for (const [, id, source] of xlf.matchAll(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g,
  )) {
    if (!/^s[0-9a-f]{16}$/.test(id)) continue;
    const strings = source.split(/<x id="\d+"[^>]*\/>/).map(unescapeXml);
    if (generateMsgId(strings, false) !== id) {
      throw new Error(
        `unit ${id}: its source does not hash to its id (${JSON.stringify(strings)})`,
      );
    }
    out.set(id, strings.join(HASH_DELIMITER));
  }
  return out;
}

let rewritten = 0;
for (const config of configs) {
  const { interchange, output } = JSON.parse(await readFile(path.join(root, config), 'utf8'));
  const outDir = path.join(root, output.outputDir);
  for (const file of await readdir(outDir)) {
    if (!file.endsWith('.ts')) continue;
    const locale = file.slice(0, -3);
    const xlf = await readFile(path.join(root, interchange.xliffDir, `${locale}.xlf`), 'utf8');
    const keys = sources(xlf);
    const catalogue = path.join(outDir, file);
    const code = await readFile(catalogue, 'utf8');
    const keyed = code.replace(/^(\s*)'(s[0-9a-f]{16})':/gm, (whole, indent, id) => {
      const key = keys.get(id);
      if (key === undefined) throw new Error(`${catalogue}: ${id} is not in the XLIFF file`);
      rewritten++;
      return `${indent}${JSON.stringify(key)}:`;
    });
    if (/'s[0-9a-f]{16}':/.test(keyed)) throw new Error(`${catalogue}: a hashed key is left`);
    await writeFile(
      catalogue,
      keyed.replace(
        '// Re-generate this file by running lit-localize',
        '// Re-generate this file by running `npm run localize:build` (lit-localize, then\n    // scripts/key-catalogues.mjs: keys are source texts, not hashes)',
      ),
    );
  }
}
console.log(`catalogues keyed by source text (${rewritten} messages)`);
