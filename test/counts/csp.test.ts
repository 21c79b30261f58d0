// On a page whose Content-Security-Policy forbids inline styles (as the demo pages and many
// NGO sites do), the target bars are still filled: their width goes through the CSSOM, never
// a blocked style attribute. Fictitious test data.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/counts/define.js';
import type { IshraqatCounts } from '../../src/counts/counts.js';
import { emulateMedia } from '../support/commands.js';

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));

before(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
});

const feed = {
  version: 1,
  organization: { id: 'org', name: 'Test Organization' },
  targets: [{ metric: 'participants', value: 200 }],
  activities: [{ id: 'a', date: '2023', title: 'A', counts: { participants: 50 } }],
};

for (const lang of ['en', 'ar']) {
  describe(`<ishraqat-counts> under a strict style-src policy (${lang})`, () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('the policy is in force (a style attribute is blocked)', async () => {
      const probe = await fixture<HTMLElement>(html`<p>probe</p>`);
      probe.setAttribute('style', 'color: rgb(1, 2, 3)');
      await waitUntil(() => violations.length > 0, 'no violation reported');
      expect(getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
      violations.length = 0;
    });

    for (const motion of ['reduce', 'no-preference'] as const) {
      it(`fills the target bar to a quarter, with no violation (motion: ${motion})`, async () => {
        await emulateMedia({ reducedMotion: motion });
        const el = await fixture<IshraqatCounts>(
          html`<ishraqat-counts
            lang=${lang}
            metrics="participants"
            .feed=${feed}
          ></ishraqat-counts>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[role="progressbar"]'), 'no bar');
        const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
        const fill = bar.querySelector('.fill')!;
        await waitUntil(
          () =>
            Math.abs(
              fill.getBoundingClientRect().width / bar.getBoundingClientRect().width - 0.25,
            ) < 0.01,
          'bar not filled to 25%',
          { timeout: 4000 },
        );
        await aTimeout(50);
        expect(violations.map((v) => v.violatedDirective)).to.deep.equal([]);
      });
    }
  });
}
