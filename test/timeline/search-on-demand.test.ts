// The timeline's search (its field, index and normaliser) is fetched only for a timeline with
// `search` or `query`, once however many ask. This file is its own page, so what it downloads
// is what these tests do. All data here is fictitious.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';
import { requestedUrls } from '../support/requests.js';

/** The modules of the search that load on demand (its controller is part of the timeline). */
const SEARCH = /\/src\/timeline\/search\/(search|normalize|search-index)\.(js|ts)/;

const feed = () => ({
  version: 1,
  language: 'en',
  organization: { id: 'test-org', name: 'Test Organization' },
  activities: [
    { id: 'a1', date: '2021', title: 'Test workshop' },
    { id: 'a2', date: '2022', title: 'Test meeting' },
  ],
});

const articles = (el: IshraqatTimeline) => el.shadowRoot!.querySelectorAll('article').length;

describe('timeline search loaded on demand', () => {
  it('a timeline without search or query downloads none of it, also when changed otherwise', async () => {
    const el = await fixture<IshraqatTimeline>(
      html`<ishraqat-timeline lang="en" .feed=${feed()}></ishraqat-timeline>`,
    );
    await waitUntil(() => articles(el) === 2, 'no timeline shown', { timeout: 5000 });
    el.limit = 1;
    el.order = 'oldest';
    await el.updateComplete;
    await aTimeout(300);
    expect(requestedUrls(SEARCH)).to.deep.equal([]);
  });

  it('`query` alone fetches it, and the timeline never shows more than the matches', async () => {
    const el = document.createElement('ishraqat-timeline') as IshraqatTimeline;
    el.lang = 'en';
    el.feed = feed();
    el.query = 'workshop';
    document.body.append(el);
    // Every state the reader could see on the way, from the first render on.
    let most = 0;
    const watch = new MutationObserver(() => (most = Math.max(most, articles(el))));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => articles(el) === 1, 'not filtered', { timeout: 5000 });
      await aTimeout(100);
      expect(most, 'the unfiltered timeline showed while the search loaded').to.equal(1);
      expect(requestedUrls(SEARCH)).to.have.length(3);
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('`search` on more timelines fetches nothing more', async () => {
    const el = await fixture<IshraqatTimeline>(
      html`<div>
        <ishraqat-timeline lang="en" search .feed=${feed()}></ishraqat-timeline>
        <ishraqat-timeline lang="ar" search .feed=${feed()}></ishraqat-timeline>
      </div>`,
    );
    const timelines = [...el.querySelectorAll<IshraqatTimeline>('ishraqat-timeline')];
    await waitUntil(
      () => timelines.every((t) => t.shadowRoot!.querySelector('input[type="search"]')),
      'no search field',
      { timeout: 5000 },
    );
    expect(requestedUrls(SEARCH)).to.have.length(3);
  });
});
