// Browser-side helpers for the server commands in test/support/emulation-plugin.js, plus the
// built-in @web/test-runner commands re-exported so tests import from one place.
import { executeServerCommand } from '@web/test-runner-commands';

export {
  emulateMedia,
  sendKeys,
  sendMouse,
  resetMouse,
  setViewport,
} from '@web/test-runner-commands';

/**
 * Emulates an IANA time zone for this test page (Intl and Date follow it at once).
 * Pass '' to return to the machine's zone. Reset it in `afterEach`: the page is shared by all
 * tests of a file.
 */
export async function setTimezone(timezoneId: string): Promise<void> {
  await executeServerCommand('set-timezone', { timezoneId });
}

/**
 * Emulates the browser's default locale (navigator.language, Intl defaults). Pass '' to
 * return to the default.
 */
export async function setLocale(locale: string): Promise<void> {
  await executeServerCommand('set-locale', { locale });
}

/**
 * Saves the viewport as `<name>.png` in the folder named by the ISHRAQAT_SHOTS environment
 * variable, for a person to look at; does nothing when it is unset (CI).
 */
export async function screenshot(name: string): Promise<void> {
  await executeServerCommand('screenshot', { name });
}
