#!/usr/bin/env node
// Builds the `ishraqat-feed` command: src/cli/main.ts → dist/cli/ishraqat-feed.js, one ES module
// for Node 20 with everything bundled (valibot, @valibot/to-json-schema, saxes, the translations), so
// that the package's runtime dependencies suffice and `npx ishraqat-feed` starts fast.
//
//   node scripts/build-cli.mjs            the command, into dist/cli/
//   node scripts/build-cli.mjs --tests    also the Node tests (test/cli/*.test.ts), each bundled
//                                         into node_modules/.cache/ishraqat-feed-tests/ for
//                                         `node --test`, together with their own copy of the
//                                         command (so a concurrent `vite build`, which empties
//                                         dist/, cannot pull it away mid-run)
//
// Needs src/generated (npm run generate): the Arabic messages and the feed rules.
import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyTemplateText } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const withTests = process.argv.includes('--tests');
const testsDir = `${root}node_modules/.cache/ishraqat-feed-tests/`;

for (const file of [
  'src/generated/locales/ar.ts',
  'src/generated/cli-locales/ar.ts',
  'src/generated/feed-rules.ts',
]) {
  if (!existsSync(`${root}${file}`)) {
    console.error(`${file} is missing: run \`npm run generate\` first.`);
    process.exit(1);
  }
}

/**
 * The widgets' templates exactly as the browser builds ship them (scripts/minify-templates.mjs,
 * which vite.config.ts applies to both): `ishraqat-feed render` renders them on the server, and
 * Lit's hydration finds a template by a hash of its text, so the text must be the same.
 */
const widgetTemplates = {
  name: 'widget-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      if (!path.startsWith(`${root}src/`) || path.startsWith(`${root}src/cli/`)) return undefined;
      const source = await readFile(path, 'utf8');
      return { contents: minifyTemplateText(source, path), loader: 'ts' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  plugins: [widgetTemplates],
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  tsconfig: `${root}tsconfig.cli.json`,
  legalComments: 'none',
  // Arabic stays readable in the bundle (and smaller than \u escapes).
  charset: 'utf8',
  logLevel: 'warning',
};

const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

async function buildCommand(outfile) {
  await build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  });
  await chmod(outfile, 0o755);
}

await buildCommand(`${root}dist/cli/ishraqat-feed.js`);
console.log('built dist/cli/ishraqat-feed.js');

if (withTests) {
  await rm(testsDir, { recursive: true, force: true });
  await mkdir(testsDir, { recursive: true });
  const tests = (await readdir(`${root}test/cli`)).filter((f) => f.endsWith('.test.ts'));
  await build({
    ...common,
    entryPoints: tests.map((f) => `test/cli/${f}`),
    outdir: testsDir,
    outExtension: { '.js': '.mjs' },
    // Tests find the repository (samples, demo feeds, golden files) and the command from here.
    define: {
      __REPO_ROOT__: JSON.stringify(root),
      __CLI_BIN__: JSON.stringify(`${testsDir}ishraqat-feed.js`),
    },
    // ajv, typescript and rolldown (the build's template minifier and private-member renamer)
    // are large, CommonJS or native: the tests load them from node_modules as they are.
    external: ['ajv', 'typescript', 'rolldown', 'playwright-core'],
  });
  await buildCommand(`${testsDir}ishraqat-feed.js`);
  console.log(`built ${tests.length} test files into ${testsDir.slice(root.length)}`);
}
