#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer makes of the current sources
// (npm run manifest:check, in CI). Fix: `npm run manifest` and commit custom-elements.json.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cem = path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

// The analyzer joins --outdir to the working directory, so the scratch folder is inside it.
await import('node:fs/promises').then((fs) =>
  fs.mkdir(path.join(root, 'node_modules/.cache'), { recursive: true }),
);
const scratch = await mkdtemp(path.join(root, 'node_modules/.cache/manifest-check-'));
try {
  execFileSync(
    process.execPath,
    [cem, 'analyze', '--quiet', '--outdir', path.relative(root, scratch)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const fresh = await readFile(path.join(scratch, 'custom-elements.json'), 'utf8');
  const committed = await readFile(path.join(root, 'custom-elements.json'), 'utf8').catch(() => '');
  if (fresh !== committed) {
    console.error(
      'custom-elements.json is stale (an element or its JSDoc changed): run `npm run manifest` ' +
        '(and `npm run docs:api`), then commit the results.',
    );
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json is up to date.');
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
