// The CSV export (src/impact/csv.ts) is downloaded only when "Download CSV" is pressed. This
// file is its own page and never imports the export itself: every request for it seen here is
// the element's. All data here is fictitious.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/impact/define.js';
import type { IshraqatImpact } from '../../src/impact/impact.js';
import { requestedUrls } from '../support/requests.js';

/** Requests for the CSV export module made by this page so far. */
const csvRequests = () => requestedUrls(/\/src\/impact\/csv\.(js|ts)(\?|$)/);

const feed = {
  version: 1,
  language: 'en',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  activities: [
    {
      id: 'a1',
      date: '2021',
      title: { en: 'Test activity one', ar: 'النشاط التجريبي الأول' },
      counts: { participants: 30 },
    },
    {
      id: 'a2',
      date: '2022',
      title: { en: 'Test activity two', ar: 'النشاط التجريبي الثاني' },
      counts: { participants: 50 },
    },
  ],
};

const LANGS = ['en', 'ar'] as const;

describe('<ishraqat-impact> CSV export loading', () => {
  it('fetches the export code on the first "Download CSV" only, in en and ar alike', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${LANGS.map((lang) => html`<ishraqat-impact lang=${lang} .feed=${feed}></ishraqat-impact>`)}
      </div>`,
    );
    const summaries = [...wrapper.querySelectorAll<IshraqatImpact>('ishraqat-impact')];
    const button = (el: IshraqatImpact) =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="download"]');
    await waitUntil(() => summaries.every(button), 'no download button');
    const buttons = summaries.map((el) => button(el)!);
    expect(csvRequests(), 'nothing before a click').to.deep.equal([]);

    const downloads: { lang: string; name: string; type: string; size: number }[] = [];
    const blobs = new Map<string, Blob>();
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:${location.origin}/test-${blobs.size + 1}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const host = (this.getRootNode() as ShadowRoot).host as HTMLElement;
      const blob = blobs.get(this.href)!;
      downloads.push({ lang: host.lang, name: this.download, type: blob.type, size: blob.size });
    };
    try {
      for (const [i, button] of buttons.entries()) {
        button.click();
        await waitUntil(() => downloads.length === i + 1, `no download in ${LANGS[i]}`, {
          timeout: 5000,
        });
      }
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads.map(({ lang, name, type }) => ({ lang, name, type }))).to.deep.equal(
      LANGS.map((lang) => ({
        lang,
        name: 'test-org-activities-2021_2022.csv',
        type: 'text/csv;charset=utf-8',
      })),
    );
    for (const d of downloads) expect(d.size).to.be.greaterThan(0);
    // One request, shared by every summary on the page.
    expect(csvRequests()).to.have.length(1);
  });
});
