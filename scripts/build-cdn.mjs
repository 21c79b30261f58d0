#!/usr/bin/env node
// The CDN build: dist/cdn/ishraqat-widgets.js (every element) and dist/cdn/ishraqat-<element>.js
// (one element each), every one of them self-contained: Lit and all the code an element needs
// to render are in the file itself, so one `<script type="module" src>` costs one request.
// Only code loaded on demand stays apart, in dist/cdn/chunks/ (Chart.js, the Arabic strings),
// imported relative to the file that needs it, so the bundle works from any directory or origin.
//
// Each entry is its own build of vite.config.ts in cdn mode (one multi-entry build would move
// the code two entries share into shared static chunks: more requests, a waterfall). This is
// also exactly what scripts/size.mjs measures. Two of these files on one page are harmless:
// each skips the tags another copy has already registered.
//
// Usage: node scripts/build-cdn.mjs
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const loaded = await loadConfigFromFile(
  { command: 'build', mode: 'cdn', isSsrBuild: false, isPreview: false },
  undefined,
  root,
);
if (!loaded) throw new Error('vite.config.ts not found');
const { config } = loaded;
const outDir = `${root}${config.build.outDir}`;

await rm(outDir, { recursive: true, force: true });
for (const [name, file] of Object.entries(config.build.lib.entry)) {
  await build({
    ...config,
    configFile: false,
    mode: 'cdn',
    logLevel: 'warn',
    build: {
      ...config.build,
      emptyOutDir: false,
      reportCompressedSize: false,
      lib: { ...config.build.lib, entry: { [name]: file } },
      // The hydrating entry runs Lit's hydration support before Lit defines its element class:
      // exact module order, even for code the bundler moves into a chunk (a few bytes more).
      rolldownOptions: {
        ...config.build.rolldownOptions,
        output: {
          ...config.build.rolldownOptions.output,
          strictExecutionOrder: name === 'hydrate',
        },
      },
    },
  });
}
const names = Object.keys(config.build.lib.entry);
console.log(`CDN build: ${names.length} self-contained entries (${names.join(', ')}) in dist/cdn/`);
