// Code that only some feeds need is fetched only for them: the list of feed problems (a feed
// with problems) and `next` pages (a reader asking for older activities). This file is its own
// page, so what it downloads is what these tests do. All data here is fictitious.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { requestedUrls } from '../support/requests.js';
import { WINDOW_AT } from '../../src/timeline/timeline.js';
import { benchFeed } from './bench-shape.js';

const PROBLEMS_VIEW = /\/src\/base\/problems-view\.(js|ts)/;
const PAGES = /\/src\/feed\/pages\.(js|ts)/;
const WINDOWING = /\/src\/timeline\/window\.(js|ts)|@lit-labs\/virtualizer/;

const activity = (id: string, date: string) => ({
  id,
  date,
  title: { en: `Test ${id}`, ar: `تجربة ${id}` },
});
const cleanFeed = () => ({
  version: 1,
  language: 'en',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  activities: [activity('a1', '2021'), activity('a2', '2022')],
});

describe('code loaded on demand', () => {
  it('a clean feed without next pages downloads neither the problems list nor the pager', async () => {
    const el = await fixture<IshraqatTimeline>(
      html`<ishraqat-timeline lang="en" .feed=${cleanFeed()}></ishraqat-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'no timeline shown');
    await aTimeout(300);
    expect(requestedUrls(PROBLEMS_VIEW)).to.deep.equal([]);
    expect(requestedUrls(PAGES)).to.deep.equal([]);
  });

  for (const lang of ['en', 'ar']) {
    it(`a feed with problems shows their list, then announces the load (${lang})`, async () => {
      const feed = cleanFeed();
      feed.activities.push(activity('bad', '2023-13-40'));
      const el = document.createElement('ishraqat-timeline') as IshraqatTimeline;
      el.lang = lang;
      el.feed = feed;
      const loaded = oneEvent(el, 'ishraqat-load');
      await fixture(html`<div>${el}</div>`);
      await loaded;
      const summary = el.shadowRoot!.querySelector('details[part~="problems"] summary');
      expect(summary?.textContent).to.contain(
        lang === 'en' ? '1 activity could not be shown' : 'نشاط واحد',
      );
      expect(requestedUrls(PROBLEMS_VIEW)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('the pager is fetched when the reader asks for older activities, once', async () => {
    const el = await fixture<IshraqatTimeline>(
      html`<ishraqat-timeline lang="en" src="/__feeds/timeline-page1.json"></ishraqat-timeline>`,
    );
    await oneEvent(el, 'ishraqat-load');
    expect(requestedUrls(PAGES)).to.deep.equal([]);
    const button = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="more"]')].find((b) =>
        b.textContent!.includes('Load older'),
      );
    button()!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length > 2, 'no older page');
    expect(requestedUrls(PAGES)).to.have.length(1);
  });

  for (const lang of ['en', 'ar']) {
    it(`a timeline of ${WINDOW_AT} activities downloads no windowing code, and shows them all (${lang})`, async () => {
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang} .feed=${benchFeed(WINDOW_AT)}></ishraqat-timeline>`,
      );
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('article').length === WINDOW_AT,
        'not every activity shown',
      );
      await aTimeout(300);
      expect(requestedUrls(WINDOWING)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('a longer timeline downloads the windowing code, once', async () => {
    // The virtualizer's ResizeObserver may not deliver every observation in one frame, which the
    // browser reports as a benign error event (the helper for this in @lit-labs/virtualizer
    // would be a download of it, which this file counts).
    const onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest);
    try {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            .feed=${benchFeed(WINDOW_AT + 1)}
          ></ishraqat-timeline>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('.windowed article'), 'not windowed', {
          timeout: 10000,
        });
        // Only what is near the viewport renders: the next one takes this one's place.
        el.remove();
      }
      expect(requestedUrls(/\/src\/timeline\/window\.(js|ts)/)).to.have.length(1);
    } finally {
      window.onerror = onerror;
    }
  });
});
