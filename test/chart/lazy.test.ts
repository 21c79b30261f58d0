// Chart.js is downloaded only when a chart first comes near the viewport. This file is its own
// page and never imports Chart.js itself: every Chart.js request seen here is the element's.
// All data here is fictitious.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/chart/define.js';
import type { IshraqatChart } from '../../src/chart/chart.js';
import { requestedUrls } from '../support/requests.js';

/** Chart.js modules and the chart's lazy chunk requested by this page so far. */
const chartJsRequests = () =>
  requestedUrls(/\/node_modules\/chart\.js\/|\/src\/chart\/chartjs\.(js|ts)/);

const feed = {
  version: 1,
  language: 'en',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  activities: [
    { id: 'a1', date: '2021', title: 'Test activity one', counts: { participants: 30 } },
    { id: 'a2', date: '2022', title: 'Test activity two', counts: { participants: 50 } },
  ],
};

/** A chart below a spacer taller than the viewport and its root margin. */
function farChart(lang: string, loading: 'lazy' | 'eager' = 'lazy') {
  return fixture<HTMLElement>(
    html`<div>
      <div style="block-size: 5000px"></div>
      <ishraqat-chart lang=${lang} loading=${loading} .feed=${feed}></ishraqat-chart>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('ishraqat-chart')!);
}

let renders = 0;
document.addEventListener('ishraqat-chart-render', () => renders++);

describe('<ishraqat-chart> loads Chart.js lazily', () => {
  beforeEach(() => window.scrollTo(0, 0));

  it('registering the element downloads nothing of Chart.js', async () => {
    expect(customElements.get('ishraqat-chart')).to.exist;
    await aTimeout(100);
    expect(chartJsRequests()).to.deep.equal([]);
  });

  for (const lang of ['en', 'ar']) {
    it(`a chart far below the viewport (${lang}) shows its summary and table but loads no Chart.js`, async () => {
      const el: IshraqatChart = await farChart(lang);
      await waitUntil(() => el.shadowRoot!.querySelector('canvas'), 'not ready');
      await aTimeout(500);
      expect(chartJsRequests()).to.deep.equal([]);
      expect(renders).to.equal(0);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(canvas.getAttribute('aria-label')).to.match(/2021.+2022|٢٠٢١.+٢٠٢٢/);
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      expect(el.shadowRoot!.querySelector('.placeholder')).to.exist;
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`scrolled near (${lang}), it loads Chart.js once and draws`, async () => {
      const el = await farChart(lang);
      el.scrollIntoView();
      await waitUntil(() => renders > 0, 'the chart was not drawn', { timeout: 10_000 });
      expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
      const requests = chartJsRequests();
      expect(
        requests.filter((name) => /\/node_modules\/chart\.js\/dist\/chart\.js/.test(name)),
      ).to.have.length(1);
      expect(requests.filter((name) => /\/src\/chart\/chartjs\./.test(name))).to.have.length(1);
      renders = 0;
    });
  }

  it('once Chart.js is here, a lazy chart far away still waits; an eager one draws', async () => {
    renders = 0;
    const lazy = await farChart('ar');
    await waitUntil(() => lazy.shadowRoot!.querySelector('canvas'), 'not ready');
    await aTimeout(300);
    expect(renders).to.equal(0);
    const eager = await farChart('en', 'eager');
    await waitUntil(() => renders > 0, 'the eager chart was not drawn');
    expect(lazy.shadowRoot!.querySelector('.placeholder')).to.exist;
    expect(eager.shadowRoot!.querySelector('.placeholder')).to.equal(null);
  });
});
