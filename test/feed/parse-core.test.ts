// The page's way of parsing (parseForPage): a clean feed at once without the forgiving half of
// the parser, anything else through it, and always exactly what parseFeed gives. Test data only.
import { expect } from '@open-wc/testing';
import { parseForPage } from '../../src/feed/parse-core.js';
import { parseFeed } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/problems.js';

const organization = { id: 'o', name: 'Test org (fictitious)' };
const partner = (id: string) => ({ id, name: `Partner ${id} (fictitious)` });
const activity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  date: '2023',
  title: `Activity ${id}`,
  ...extra,
});

describe('parseForPage', () => {
  it('a clean feed, and one whose only problem is an unused partner, are ready at once', () => {
    for (const feed of [
      { version: 1, organization, activities: [activity('a')] },
      {
        version: 1,
        organization,
        partners: [partner('used'), partner('idle')],
        activities: [activity('a', { partners: ['used'] })],
      },
    ]) {
      const got = parseForPage(feed, { baseUrl: 'https://example.org/feed.json' });
      expect(got).to.not.be.instanceOf(Promise);
      expect(got).to.deep.equal(parseFeed(feed, { baseUrl: 'https://example.org/feed.json' }));
      expect(parseForPage(JSON.stringify(feed))).to.deep.equal(parseFeed(JSON.stringify(feed)));
    }
  });

  it('a feed with any other problem gives exactly what parseFeed gives, a moment later', async () => {
    const longId = {
      version: 1,
      organization,
      partners: [partner('x'.repeat(80))],
      activities: [activity('a')],
    };
    const unused = parseForPage(longId);
    expect(unused).to.be.instanceOf(Promise);
    expect(await unused).to.deep.equal(parseFeed(longId));
    const feed = {
      version: 1,
      organization: {},
      unknown: true,
      activities: [activity('a', { date: '2023-13' }), activity('b', { url: 'ftp://x' })],
    };
    const got = parseForPage(feed);
    expect(got).to.be.instanceOf(Promise);
    expect(await got).to.deep.equal(parseFeed(feed));
  });

  it('a feed that cannot be shown rejects with parseFeed’s FeedError', async () => {
    for (const input of ['{"version": 1,', '[]', { version: 2 }, { version: 1, activities: [] }]) {
      let error: unknown;
      try {
        await parseForPage(input);
      } catch (e) {
        error = e;
      }
      let expected: unknown;
      try {
        parseFeed(input);
      } catch (e) {
        expected = e;
      }
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).message).to.equal((expected as FeedError).message);
      expect((error as FeedError).details).to.deep.equal((expected as FeedError).details);
    }
  });
});
