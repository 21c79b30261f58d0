// Checks the test tooling itself (test/support/*), so a broken helper fails loudly instead of
// making element tests pass for the wrong reason.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emulateMedia, setLocale, setTimezone } from './commands.js';
import { feedRequestCount, feedUrl, uniqueFeedUrl } from './feeds.js';

@customElement('tooling-probe')
class ToolingProbe extends LitElement {
  @property() name = 'world';
  override render() {
    return html`<p>Hello ${this.name}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tooling-probe': ToolingProbe;
  }
}

const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();
const parsesAsJson = async (response: Response): Promise<boolean> => {
  try {
    await response.json();
    return true;
  } catch {
    return false;
  }
};

describe('test tooling', () => {
  describe('TypeScript compilation', () => {
    it('compiles Lit decorators as reactive accessors (useDefineForClassFields: false)', async () => {
      const el = await fixture<ToolingProbe>(html`<tooling-probe name="a"></tooling-probe>`);
      expect(el.shadowRoot!.textContent).to.contain('Hello a');
      el.name = 'b';
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Hello b');
      // A class field would shadow the accessor and break reactivity.
      expect(Object.prototype.hasOwnProperty.call(el, 'name')).to.equal(false);
    });
  });

  describe('set-timezone command', () => {
    afterEach(() => setTimezone(''));

    it('moves Date and Intl to the emulated zone', async () => {
      // A Date caches its local fields: make a new one after each change of zone.
      const instant = () => new Date('2023-06-01T00:00:00Z');
      await setTimezone('Asia/Baghdad');
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Baghdad');
      expect(instant().getHours()).to.equal(3);
      await setTimezone('America/Los_Angeles');
      expect(instant().getHours()).to.equal(17);
      expect(instant().getDate()).to.equal(31);
    });
  });

  describe('set-locale command', () => {
    afterEach(() => setLocale(''));

    it('changes the default Intl locale, and can change it again', async () => {
      await setLocale('ar-IQ');
      expect(new Intl.NumberFormat().resolvedOptions().locale).to.equal('ar-IQ');
      await setLocale('fr-FR');
      expect(new Intl.NumberFormat().resolvedOptions().locale).to.equal('fr-FR');
    });
  });

  describe('emulateMedia command', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

    it('switches prefers-color-scheme and prefers-reduced-motion', async () => {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await emulateMedia({ colorScheme: 'light' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
    });
  });

  describe('feed server', () => {
    it('serves fixtures by name, uncached, and counts each request', async () => {
      const url = uniqueFeedUrl('ok.json');
      const first = await fetch(url);
      expect(first.headers.get('content-type')).to.contain('application/json');
      expect(first.headers.get('cache-control')).to.equal('no-store');
      expect(await first.json()).to.include({ version: 1 });
      await (await fetch(url)).text();
      expect(await feedRequestCount(url)).to.equal(2);
      expect(await feedRequestCount(uniqueFeedUrl('ok.json'))).to.equal(0);
    });

    it('answers 404 and 500', async () => {
      expect((await fetch(feedUrl('404'))).status).to.equal(404);
      expect((await fetch(feedUrl('500'))).status).to.equal(500);
      expect((await fetch(feedUrl('no-such-fixture.json'))).status).to.equal(404);
    });

    it('serves broken bodies with status 200', async () => {
      const notJson = await fetch(feedUrl('not-json'));
      expect(notJson.status).to.equal(200);
      expect(notJson.headers.get('content-type')).to.contain('text/html');
      expect(await parsesAsJson(notJson)).to.equal(false);

      const truncated = await fetch(feedUrl('truncated'));
      expect(truncated.status).to.equal(200);
      expect(truncated.headers.get('content-type')).to.contain('application/json');
      expect(await parsesAsJson(truncated)).to.equal(false);
    });

    it('delays slow responses', async () => {
      const start = performance.now();
      expect(await fetchJson(feedUrl('slow', { ms: 400, feed: 'ok.json' }))).to.include({
        version: 1,
      });
      expect(performance.now() - start).to.be.at.least(350);
    });

    it('survives a slow request that the browser aborts', async () => {
      const url = uniqueFeedUrl('slow', { ms: 300 });
      const controller = new AbortController();
      const request = fetch(url, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      let aborted = false;
      try {
        await request;
      } catch (error) {
        aborted = (error as Error).name === 'AbortError';
      }
      expect(aborted).to.equal(true);
      expect(await feedRequestCount(url)).to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 400)); // the server answers into the void
      expect((await fetch(feedUrl('ok.json'))).status).to.equal(200);
    });

    it('fails flaky URLs the given number of times, then serves the feed', async () => {
      const url = uniqueFeedUrl('flaky', { fail: 2 });
      expect((await fetch(url)).status).to.equal(500);
      expect((await fetch(url)).status).to.equal(500);
      expect((await fetch(url)).status).to.equal(200);
    });

    it('does not serve files outside the fixtures folder', async () => {
      expect((await fetch('/__feeds/..%2f..%2f..%2fpackage.json')).status).to.equal(404);
    });
  });
});
