// Where the system Chromium is and how it must be started. Shared by the test runner and
// scripts/screenshots.mjs. No tool in this repo downloads a browser: Debian's is used.
import { existsSync } from 'node:fs';

/** Path of the Chromium binary: $CHROME_PATH if set, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags that Chromium needs to run headless as root in a container, and that keep it from
 * talking to Google's services (which would be slow or hang offline).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Throws a readable error when there is no browser, instead of Playwright's stack trace. */
export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install chromium) ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
}
