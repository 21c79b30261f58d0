#!/usr/bin/env node
// Re-keys the catalogues `lit-localize build` generates (runtime mode) by source text, and makes
// them import nothing at run time.
//
// lit-localize keys a message without an explicit id by a hash of its text, which the page
// would then compute for every message it shows: hashing code in every bundle. Our own `msg`
// (src/i18n/localize.ts) looks a message up by its text instead: a plain string is its own key,
// a `str` template's key is its strings joined by lit-localize's delimiter (U+001E). This script
// rewrites each hashed key of the generated catalogues to that text, taken from the XLIFF
// source (read with an XML parser), and checks each against lit-localize's own hash, so a key
// can never silently miss. Explicit ids (`count.activities`) stay as they are.
//
// The generated catalogue imports `str` from '@lit/localize', whose index module pulls in the
// hashing code and its own start-up code: in the CDN build the lazily loaded Arabic chunk then
// imports further chunks, one round trip each, before the page can show Arabic. The catalogue
// gets its own copy of the tag instead (three lines, the same object lit-localize's `str`
// returns; test/cli/build-transforms.test.ts pins it to the installed package's), so the chunk
// imports nothing and arrives in one request, beside the feed.
//
// Usage: node scripts/key-catalogues.mjs   (run by `npm run localize:build`)
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyCatalogue, sourceKeys } from './lib/catalogues.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** lit-localize configs: each names its XLIFF directory and generated catalogue directory. */
const configs = ['lit-localize.json', 'lit-localize.cli.json'];

async function main() {
  let catalogues = 0;
  for (const config of configs) {
    const { interchange, output } = JSON.parse(await readFile(path.join(root, config), 'utf8'));
    const outDir = path.join(root, output.outputDir);
    for (const file of await readdir(outDir)) {
      if (!file.endsWith('.ts')) continue;
      const locale = file.slice(0, -3);
      const xlf = await readFile(path.join(root, interchange.xliffDir, `${locale}.xlf`), 'utf8');
      const catalogue = path.join(outDir, file);
      const code = await readFile(catalogue, 'utf8');
      await writeFile(catalogue, keyCatalogue(code, sourceKeys(xlf), catalogue));
      catalogues++;
    }
  }
  console.log(`${catalogues} catalogues keyed by source text, importing nothing at run time`);
}

await main();
