// Shared by the scripts that look at the demo pages (screenshots, print, bench): the Vite dev
// server over the repository and the system Chromium, driven by playwright-core.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../../test/support/chromium.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts Vite (demo pages at `${base}demo/`) and Chromium. `vite` adds Vite options, e.g. Lit's
 * production build for benchmarks. Call `close()` when done.
 */
export async function startDemo({ port = 5180, vite = {} } = {}) {
  assertChromium();
  const server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    ...vite,
    server: { host: '127.0.0.1', port, strictPort: false, open: false, ...vite.server },
  });
  await server.listen();
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('Vite did not report a URL');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
