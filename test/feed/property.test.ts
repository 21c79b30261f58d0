// Property-based tests of the parser (fast-check; generated data only): it never throws but a
// FeedError, whatever it is given; it never loses a valid activity among broken ones; and it is
// idempotent: parsing its own normalised output (toFeedJson) changes nothing. Runs are bounded
// (numRuns) so that npm test stays fast; a failure prints its seed and shrunk counterexample.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, parseFeedAsync } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/problems.js';
import { toFeedJson } from '../../src/feed/serialise.js';
import type { Activity, Feed } from '../../src/feed/types.js';
import { PARTNER_ROLES, PARTNER_TYPES, WELL_KNOWN_COUNTS } from '../../src/feed/vocabulary.js';
import { isWellFormed, toWellFormed } from '../../src/feed/unicode.js';

const baseUrl = 'https://feeds.example.org/ngo/feed.json';
const RUNS = { numRuns: 150 };

/** Any text, lone surrogates, bidi controls and all. */
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
/** Text the format accepts: something besides white space. */
const someText = anyText.filter((s) => s.trim().length > 0);
const id = someText.filter((s) => s === s.trim());
const languageTag = fc.constantFrom('en', 'ar', 'ar-IQ', 'en-GB', 'ku', 'ckb');
const localized = fc.oneof(
  someText,
  fc.dictionary(languageTag, someText, { minKeys: 1, maxKeys: 3 }),
);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const calendarDate = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom('year', 'month', 'day'),
  )
  .map(([y, m, d, precision]) =>
    precision === 'year'
      ? pad(y, 4)
      : precision === 'month'
        ? `${pad(y, 4)}-${pad(m, 2)}`
        : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
  );
const safeUrl = fc.constantFrom(
  'https://example.org/story',
  'http://example.org/a?b=c#d',
  'stories/one.html',
  '/about',
  '  https://example.org/spaced  ',
);
const partnerIds = ['p1', 'p2', 'p3'];

/** A valid activity: only the fields and values feed-v1 allows. */
const validActivity = fc.record(
  {
    date: calendarDate,
    title: localized,
    summary: localized,
    tags: fc.array(someText, { maxLength: 3 }),
    location: fc.record(
      {
        name: localized,
        region: fc.oneof(fc.constantFrom('IQ-BA', 'iq-mu', ' IQ-NI '), localized),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    partners: fc.array(
      fc.oneof(
        fc.constantFrom(...partnerIds),
        fc.record(
          { id: fc.constantFrom(...partnerIds), role: fc.constantFrom(...PARTNER_ROLES) },
          { requiredKeys: ['id'] },
        ),
      ),
      { maxLength: 3 },
    ),
    people: fc.array(fc.record({ name: localized, role: localized }, { requiredKeys: ['name'] }), {
      maxLength: 2,
    }),
    counts: fc.dictionary(fc.constantFrom(...WELL_KNOWN_COUNTS), fc.nat({ max: 100_000 }), {
      maxKeys: 4,
    }),
    images: fc.array(
      fc.record(
        { src: fc.constantFrom('img/a.jpg', 'https://example.org/b.png'), alt: localized },
        { requiredKeys: ['src'] },
      ),
      { maxLength: 2 },
    ),
    url: safeUrl,
  },
  { requiredKeys: ['date', 'title'] },
);

/** Something in the place of an activity that is not one (or is one with bad fields). */
const brokenActivity = fc.oneof(
  fc.anything(),
  fc.record({ id: fc.anything(), date: fc.anything(), title: fc.anything() }, { requiredKeys: [] }),
  fc.record({
    id: id.map((s) => `broken-${s}`),
    date: fc.constantFrom('2023-13-40', '2023-02-30', 'soon', '', 2023),
    title: localized,
  }),
  fc.record({
    id: id.map((s) => `broken-${s}`),
    date: calendarDate,
    title: fc.constantFrom('', ' ', 7, null, [], {}),
  }),
);

const partners = partnerIds.map((p, i) => ({
  id: p,
  name: { en: `Partner ${i} (generated)` },
  type: PARTNER_TYPES[i],
}));

/** Valid activities with unique ids (unique once repaired), and broken ones mixed in. */
const mixedFeed = fc
  .tuple(
    fc.uniqueArray(id, { selector: toWellFormed, maxLength: 12 }),
    fc.array(validActivity, { minLength: 12, maxLength: 12 }),
    fc.array(brokenActivity, { maxLength: 8 }),
    fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  )
  .map(([ids, bodies, broken, positions]) => {
    const valid = ids.map((activityId, i) => ({ ...bodies[i]!, id: activityId }));
    const activities: unknown[] = [...valid];
    broken.forEach((b, i) => activities.splice(positions[i]! % (activities.length + 1), 0, b));
    const feed = {
      version: 1,
      language: 'en',
      organization: { id: 'generated', name: 'Generated organisation (test data)' },
      partners,
      activities,
    };
    return { feed, validIds: valid.map((a) => toWellFormed(a.id)) };
  });

/** A feed's activities without their source index (it shifts once skipped ones are gone). */
const withoutIndex = (feed: Feed) => feed.activities.map(({ index: _, ...rest }) => rest);

function parsesOrFeedError(input: unknown): Feed | undefined {
  try {
    return parseFeed(input, { baseUrl });
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

describe('parseFeed, property-based', () => {
  it('never throws anything but a FeedError, on any JSON value or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.string({ unit: 'binary' })), (input) => {
        parsesOrFeedError(input);
      }),
      RUNS,
    );
  });

  it('never throws anything but a FeedError, on feed-like objects with anything in any field', () => {
    const anyField = fc.oneof(fc.anything(), fc.jsonValue());
    const feedLike = fc.record(
      {
        version: fc.oneof(fc.constant(1), anyField),
        language: anyField,
        country: anyField,
        updated: anyField,
        organization: fc.oneof(
          fc.record(
            { id: anyField, name: anyField, url: anyField, logo: anyField },
            { requiredKeys: [] },
          ),
          anyField,
        ),
        partners: fc.oneof(fc.array(anyField, { maxLength: 4 }), anyField),
        programs: fc.oneof(fc.array(anyField, { maxLength: 4 }), anyField),
        metrics: fc.oneof(fc.array(anyField, { maxLength: 4 }), anyField),
        targets: fc.oneof(fc.array(anyField, { maxLength: 4 }), anyField),
        activities: fc.oneof(
          fc.array(fc.oneof(validActivity, brokenActivity), { maxLength: 6 }),
          anyField,
        ),
        next: anyField,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(feedLike, (input) => {
        const feed = parsesOrFeedError(input);
        if (feed) {
          // Whatever came in, what comes out is safe text and serialises.
          const json = JSON.stringify(toFeedJson(feed));
          expect(isWellFormed(json)).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('never loses a valid activity among broken ones, and keeps their order', () => {
    fc.assert(
      fc.property(mixedFeed, ({ feed, validIds }) => {
        const parsed = parseFeed(feed, { baseUrl });
        expect(parsed.activities.map((a) => a.id)).to.deep.equal(validIds);
        expect(parsed.problems.filter((p) => p.skipped)).to.have.length(parsed.skipped);
      }),
      RUNS,
    );
  });

  it('is idempotent: parsing its normalised output gives the same feed again', () => {
    fc.assert(
      fc.property(mixedFeed, ({ feed }) => {
        const once = parseFeed(feed, { baseUrl });
        const normalised = toFeedJson(once);
        const twice = parseFeed(JSON.parse(JSON.stringify(normalised)), { baseUrl });
        expect(toFeedJson(twice)).to.deep.equal(normalised);
        expect(withoutIndex(twice)).to.deep.equal(withoutIndex(once));
        expect([...twice.partners]).to.deep.equal([...once.partners]);
        // Nothing is skipped the second time: every activity kept the first time is valid.
        expect(twice.skipped).to.equal(0);
        expect(twice.problems.filter((p) => p.code === 'surrogate')).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('parseFeedAsync gives the same Feed as parseFeed, whatever the slice', async () => {
    await fc.assert(
      fc.asyncProperty(mixedFeed, fc.integer({ min: 1, max: 5 }), async ({ feed }, slice) => {
        expect(await parseFeedAsync(feed, { baseUrl, slice })).to.deep.equal(
          parseFeed(feed, { baseUrl }),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('toFeedJson', () => {
  it('writes a parsed feed back as feed-v1 JSON, normalised', () => {
    const feed = parseFeed(
      {
        version: 1,
        language: 'ar',
        country: 'iq',
        organization: { id: 'o', name: 'منظمة (اختبار)', logo: 'logo.svg' },
        partners: [{ id: 'p', name: 'Partner (test)' }],
        activities: [
          { id: 'bad' },
          {
            id: 'a',
            date: '2023-05',
            endDate: '2022',
            title: 'عنوان',
            location: { region: 'iq-ba' },
            partners: ['p', { id: 'p', role: 'funding' }],
            url: 'story.html',
          },
        ],
      },
      { baseUrl },
    );
    expect(toFeedJson(feed)).to.deep.equal({
      version: 1,
      language: 'ar',
      country: 'IQ',
      organization: {
        id: 'o',
        name: { ar: 'منظمة (اختبار)' },
        logo: 'https://feeds.example.org/ngo/logo.svg',
      },
      partners: [{ id: 'p', name: { ar: 'Partner (test)' }, type: 'other' }],
      activities: [
        {
          id: 'a',
          date: '2023-05',
          title: { ar: 'عنوان' },
          location: { region: 'IQ-BA' },
          partners: ['p', { id: 'p', role: 'funding' }],
          url: 'https://feeds.example.org/ngo/story.html',
        },
      ],
    });
    const activity: Activity = feed.activities[0]!;
    expect(activity.index).to.equal(1);
  });
});
