// Test-runner server commands that Playwright cannot change on a live page:
//
//   set-timezone  { timezoneId: 'Asia/Baghdad' }   ('' restores the machine's zone)
//   set-locale    { locale: 'ar-IQ' }              ('' restores the default)
//   screenshot    { name: 'forced-colors-en' }     the viewport as <name>.png in the folder
//                 named by ISHRAQAT_SHOTS (for a person to look at); nothing when unset
//
// Both use the Chrome DevTools Protocol (Emulation.setTimezoneOverride / setLocaleOverride).
// An override lives only as long as the CDP session that set it, so one session per test
// page is kept open until the page closes. Call them through test/support/commands.ts.

/** @type {WeakMap<object, Promise<import('playwright-core').CDPSession>>} */
const cdpSessions = new WeakMap();

function cdpFor(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  return session;
}

function pageOf(session, command) {
  if (session.browser.type !== 'playwright') {
    throw new Error(`${command} needs the Playwright launcher, not ${session.browser.type}.`);
  }
  return session.browser.getPage(session.id);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function emulationPlugin() {
  return {
    name: 'ishraqat-emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-timezone') {
        const timezoneId = payload?.timezoneId ?? '';
        if (typeof timezoneId !== 'string')
          throw new Error('set-timezone: timezoneId must be a string');
        const cdp = await cdpFor(pageOf(session, command));
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId });
        return true;
      }
      if (command === 'set-locale') {
        const locale = payload?.locale ?? '';
        if (typeof locale !== 'string') throw new Error('set-locale: locale must be a string');
        const cdp = await cdpFor(pageOf(session, command));
        // Chrome refuses a second override while one is active: clear it first.
        await cdp.send('Emulation.setLocaleOverride', {});
        if (locale) await cdp.send('Emulation.setLocaleOverride', { locale });
        return true;
      }
      if (command === 'screenshot') {
        const dir = process.env.ISHRAQAT_SHOTS;
        const name = String(payload?.name ?? '');
        if (!/^[\w.-]+$/.test(name)) throw new Error('screenshot: name must be a plain file name');
        if (!dir) return false;
        await pageOf(session, command).screenshot({ path: `${dir}/${name}.png` });
        return true;
      }
      return undefined;
    },
  };
}
