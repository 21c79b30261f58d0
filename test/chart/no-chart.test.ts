// A page with only a timeline never downloads Chart.js, even with the chart element
// registered (as when the whole library is loaded). This file is its own page and never
// imports Chart.js. All data here is fictitious.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/chart/define.js';
import { requestedUrls } from '../support/requests.js';

const chartJsRequests = () =>
  requestedUrls(/\/node_modules\/chart\.js\/|\/src\/chart\/chartjs\.(js|ts)/);

const feed = {
  version: 1,
  language: 'en',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  activities: [
    {
      id: 'a1',
      date: '2021',
      title: { en: 'Test one', ar: 'تجربة أولى' },
      counts: { participants: 3 },
    },
    { id: 'a2', date: '2022', title: { en: 'Test two', ar: 'تجربة ثانية' }, counts: { women: 5 } },
  ],
};

for (const lang of ['en', 'ar']) {
  describe(`a timeline-only page (${lang})`, () => {
    it('downloads no Chart.js', async () => {
      expect(customElements.get('ishraqat-chart')).to.exist;
      const el = await fixture(
        html`<ishraqat-timeline lang=${lang} .feed=${feed}></ishraqat-timeline>`,
      );
      const title = lang === 'ar' ? 'تجربة أولى' : 'Test one';
      await waitUntil(() => el.shadowRoot!.textContent!.includes(title), 'no timeline shown');
      window.scrollTo(0, document.body.scrollHeight);
      await aTimeout(500);
      expect(chartJsRequests()).to.deep.equal([]);
    });
  });
}
