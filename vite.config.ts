// Vite, three ways:
//
//   vite                 dev server over the repo; demo pages at /demo/ ('/' redirects there)
//   vite build           the npm package: ES modules in dist/ (one per source module, an
//                        entry per element), dependencies (lit, @lit/*, chart.js) left as
//                        imports; `npm run build:types` adds the declarations in dist/types/
//   vite build --mode cdn
//                        the CDN bundle: dist/cdn/ishraqat-widgets.js (+ one file per element),
//                        Lit included; lazily imported code such as Chart.js stays in its own
//                        chunk next to it, loaded relative to the bundle
//
// `npm run build:cdn` (scripts/build-cdn.mjs) runs the cdn mode once per entry, so that each
// file is self-contained, and scripts/size.mjs measures each entry the same way.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { manglePrivates } from './scripts/mangle-privates.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Public entry points: output name → source. */
export const entryPoints = {
  index: 'src/index.ts',
  timeline: 'src/timeline/define.ts',
  partners: 'src/partners/define.ts',
  counts: 'src/counts/define.ts',
  chart: 'src/chart/define.ts',
  impact: 'src/impact/define.ts',
  // Not an element: the feed functions (parse, load, query, CSV), registering nothing.
  feed: 'src/feed.ts',
  // Every element, hydrating server-rendered markup (Lit's hydration support loaded first).
  hydrate: 'src/hydrate.ts',
  // Server rendering (Node): npm only, never a CDN file.
  ssr: 'src/ssr.ts',
} as const;

/** Entries of the npm package only. */
const npmOnly: readonly string[] = ['ssr'];

/**
 * Entries whose source exists, so the build works while elements are still being written.
 * Paths are absolute so the config also works when loaded from another directory.
 */
export function existingEntries(mode = 'production'): Record<string, string> {
  const found = Object.entries(entryPoints)
    .filter(([name]) => mode !== 'cdn' || !npmOnly.includes(name))
    .map(([name, file]) => [name, `${root}${file}`] as const)
    .filter(([, file]) => existsSync(file));
  if (found.length === 0) {
    throw new Error(
      `No entry point exists yet (looked for ${Object.values(entryPoints).join(', ')}).`,
    );
  }
  return Object.fromEntries(found);
}

/** Runtime dependencies: imported, not bundled, in the npm build. */
const dependency = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|chart\.js)(\/|$)/;

/** `/` and `/demo` go to the demo index, and the demo URL is printed with the others. */
function demoHome(): Plugin {
  return {
    name: 'ishraqat-demo-home',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/demo') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
        server.config.logger.info(`  ➜  Demo:    ${new URL('demo/', base).href}`);
      };
    },
  };
}

// Rolldown's default execution-order mode makes one entry import another entry's chunk when
// a third entry (index) imports both, so `chart.js` would also register the timeline.
// Rollup's behaviour is what per-element entries need: each imports only what it uses.
const output = { chunkFileNames: 'chunks/[name]-[hash].js', strictExecutionOrder: false };

// The npm build keeps one output module per source module (dist/ mirrors src/, and the types
// in dist/types/ mirror it too): a consumer's bundler then drops every module it does not use,
// and the only modules with side effects are the entries that register elements (dist/*.js, see
// `sideEffects` in package.json) and dist/chart/chartjs.js (registers Chart.js components).
// Bundled shared chunks would mix registration into shared code and defeat that.
const npmBuild: UserConfig['build'] = {
  outDir: 'dist',
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
  // A library's consumers minify; readable output is easier to debug from node_modules.
  minify: false,
  lib: {
    entry: {},
    formats: ['es'],
    // Helpers the compiler injects (the decorator helper) get a stable, version-free path.
    fileName: (_format, name) =>
      name.startsWith('_virtual/') ? `_virtual/${name.split('/').pop()}.js` : `${name}.js`,
  },
  rolldownOptions: {
    external: (id) => dependency.test(id),
    output: { ...output, preserveModules: true, preserveModulesRoot: `${root}src` },
  },
};

const cdnBuild: UserConfig['build'] = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
  minify: true,
  lib: {
    entry: {},
    formats: ['es'],
    fileName: (_format, name) => (name === 'index' ? 'ishraqat-widgets.js' : `ishraqat-${name}.js`),
  },
  // Vite's library mode keeps whitespace in ES output; a CDN bundle is served as is, so
  // minify it fully at the output stage.
  rolldownOptions: {
    // Lets code that an entry shares with its lazy chunks (the feed loader that `next` pages
    // use, `msg` in the list of feed problems) stay in the entry, which the chunk then imports
    // (already loaded: no request), instead of becoming one more static chunk that the entry has
    // to fetch before it can run. The Arabic strings import nothing at all
    // (scripts/key-catalogues.mjs), so they come in one request, beside the feed.
    preserveEntrySignatures: 'allow-extension',
    output: { ...output, minify: true },
  },
};

export default defineConfig(({ command, mode }) => {
  const build = mode === 'cdn' ? cdnBuild : npmBuild;
  return {
    root,
    // Relative base: a bundle finds its chunks next to itself wherever it is hosted.
    base: './',
    publicDir: false,
    server: {
      host: process.env.HOST ?? '127.0.0.1',
      port: Number(process.env.PORT ?? 5173),
      strictPort: false,
    },
    preview: { host: '127.0.0.1' },
    // Chart.js is only imported dynamically: without this the dev server discovers it on the
    // first chart and reloads the page mid-load to re-bundle its dependencies.
    optimizeDeps: { include: ['chart.js'] },
    // Both builds ship minified template text and no translator notes (scripts/minify-templates.mjs).
    plugins:
      mode === 'cdn'
        ? [demoHome(), minifyTemplates(), manglePrivates()]
        : [demoHome(), minifyTemplates()],
    build:
      command === 'build'
        ? { ...build, lib: { ...build!.lib!, entry: existingEntries(mode) } }
        : build,
  };
});
