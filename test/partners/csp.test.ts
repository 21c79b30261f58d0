// On a page whose Content-Security-Policy forbids inline styles (as the demo pages and many
// NGO sites do), the partner tiles still get their monogram colours and the strip its speed:
// styles go through the CSSOM, never a blocked style attribute. Fictitious test data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/partners/define.js';
import type { IshraqatPartners } from '../../src/partners/partners.js';

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
  partners: Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    name: `Test Partner ${i}`,
    type: 'ngo',
  })),
  activities: [
    { id: 'a', date: '2023', title: 'A', partners: Array.from({ length: 8 }, (_, i) => `p${i}`) },
  ],
};

for (const lang of ['en', 'ar']) {
  describe(`<ishraqat-partners> under a strict style-src policy (${lang})`, () => {
    it('the policy is in force (a style attribute is blocked)', async () => {
      // Set as an attribute at run time (a template's static attribute is checked once, when
      // the template is parsed, and its clones keep it).
      const probe = await fixture<HTMLElement>(html`<p>probe</p>`);
      probe.setAttribute('style', 'color: rgb(1, 2, 3)');
      await waitUntil(() => violations.length > 0, 'no violation reported');
      expect(getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
      violations.length = 0;
    });

    it('monograms keep their colour and the strip its duration, with no violation', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <ishraqat-partners lang=${lang} layout="strip" .feed=${feed}></ishraqat-partners>
        </div>`,
      );
      wrapper.style.setProperty('inline-size', '300px');
      const el = wrapper.querySelector<IshraqatPartners>('ishraqat-partners')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.strip.moving'), 'strip never moved');
      const monogram = el.shadowRoot!.querySelector('[part~="monogram"]')!;
      expect(getComputedStyle(monogram).backgroundColor).to.match(/^rgb\(/);
      expect(getComputedStyle(monogram).getPropertyValue('--_monogram')).to.match(
        /^rgb\(\d+ \d+ \d+\)$/,
      );
      const track = el.shadowRoot!.querySelector('.track')!;
      expect(getComputedStyle(track).animationDuration).to.match(/^\d+s$/);
      expect(getComputedStyle(track).getPropertyValue('--_duration')).to.match(/^\d+s$/);
      expect(
        violations.map(
          (v) => `${v.violatedDirective} ${(v.target as Element).outerHTML?.slice(0, 80)}`,
        ),
      ).to.deep.equal([]);
    });
  });
}
