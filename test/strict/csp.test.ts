// Every element, in every state (loading, empty, error, problems, ready; the chart with its
// table), on a page with `script-src 'self'; style-src 'self'; require-trusted-types-for
// 'script'` as a real HTTP header: no violation, no uncaught or console error. The page is
// test/strict/page.ts, served by test/support/strict-pages.js.
import { expect, waitUntil } from '@open-wc/testing';
import { screenshot, setViewport } from '../support/commands.js';

interface Report {
  enforced: { trustedTypes: boolean; styleAttribute: boolean; reported: number };
  violations: string[];
  errors: string[];
  ready: boolean;
  actions: Record<string, unknown>;
}

for (const lang of ['en', 'ar']) {
  describe(`a strict CSP page with Trusted Types (${lang})`, function () {
    this.timeout(60_000);
    let frame: HTMLIFrameElement;
    let report: Report;

    before(async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
      frame.src = `/__strict/page.html?lang=${lang}&module=/test/strict/page.ts`;
      document.body.append(frame);
      await waitUntil(
        () => (frame.contentWindow as unknown as { strict?: Report } | null)?.strict?.ready,
        'the strict page never got ready',
        { timeout: 45_000 },
      );
      report = (frame.contentWindow as unknown as { strict: Report }).strict;
    });
    after(() => frame.remove());

    it('the policy is in force (Trusted Types and style-src refuse their probes)', () => {
      expect(report.enforced.trustedTypes, 'innerHTML refused').to.equal(true);
      expect(report.enforced.styleAttribute, 'style attribute blocked').to.equal(true);
      expect(report.enforced.reported, 'probe violations reported').to.be.at.least(2);
    });

    it('every element renders every state', () => {
      const doc = frame.contentDocument!;
      const els = [...doc.querySelectorAll<HTMLElement>('[data-state]')];
      expect(els).to.have.length(25);
      for (const el of els) {
        const root = el.shadowRoot!;
        const label = `${el.localName} ${el.dataset.state}`;
        const base = root.querySelector('[part~="base"]');
        expect(base, label).to.exist;
        switch (el.dataset.state) {
          case 'loading':
            expect(base!.getAttribute('aria-busy'), label).to.equal('true');
            break;
          case 'error':
            expect(root.querySelector('[role="alert"] [part~="retry"]'), label).to.exist;
            break;
          case 'empty':
            expect(root.querySelector('[part~="empty"]'), label).to.exist;
            break;
          case 'problems':
            expect(root.querySelector('[part~="problems"]'), label).to.exist;
            break;
          case 'ready':
            expect(root.querySelector('[role="alert"]'), label).to.equal(null);
            expect(root.textContent!.trim(), label).to.not.equal('');
        }
        expect(el.getBoundingClientRect().height, label).to.be.greaterThan(0);
      }
      const chart = doc.querySelector('ishraqat-chart[data-state="ready"]')!;
      expect(chart.shadowRoot!.querySelector('table [role="row"], table tr'), 'chart table').to
        .exist;
      expect(chart.shadowRoot!.querySelector('canvas'), 'chart canvas').to.exist;
    });

    it("opening the chart's table and downloading the CSV work too", async () => {
      expect(report.actions).to.deep.equal({ tableOpen: true, downloadError: null });
      // For a person to look at (only when $ISHRAQAT_SHOTS is set): the ready chart and table.
      await setViewport({ width: 1000, height: 800 });
      const chart = frame.contentDocument!.querySelector('ishraqat-chart[data-state="ready"]')!;
      const drawn = new Promise((resolve) =>
        chart.addEventListener('ishraqat-chart-render', resolve, { once: true }),
      );
      chart.scrollIntoView();
      // Chart.js draws once the chart is in view; under the policy it still does.
      await Promise.race([
        drawn,
        new Promise((_, reject) => setTimeout(() => reject(new Error('never drawn')), 10_000)),
      ]);
      await new Promise((r) => setTimeout(r, 1200));
      await screenshot(`strict-page-chart-${lang}`);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
    });

    it('with no violation and no uncaught or console error', () => {
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
    });
  });
}
