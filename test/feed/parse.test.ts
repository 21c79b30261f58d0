// Every bad-input rule of feed-v1.md ("Bad input", "URLs", "Localized text", "Dates"), one
// small feed per rule. All organisations, people and places here are fictitious test data.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { parseFeed } from '../../src/feed/parse.js';
import { FeedError, type Problem } from '../../src/feed/problems.js';
import { Feed as FeedSchema } from '../../src/feed/schema.js';
import type { Feed } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

const organization = { id: 'test-org', name: { en: 'Test Org (fictitious)', ar: 'منظمة اختبار' } };

/** A valid activity; `over` replaces or (with `undefined`) removes fields. */
function activity(id: string, over: Json = {}): Json {
  const out: Json = { id, date: '2023-05-01', title: { en: `Activity ${id}` }, ...over };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

function feedJson(over: Json = {}): Json {
  return { version: 1, organization, activities: [activity('a')], ...over };
}

/** Parses a feed whose only activity is `a` with `over` applied. */
function parseOne(over: Json, root: Json = {}): Feed {
  return parseFeed(feedJson({ activities: [activity('a', over)], ...root }));
}

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError, nothing was thrown');
}

const at = (feed: Feed, path: string): Problem[] => feed.problems.filter((p) => p.path === path);
const only = (feed: Feed, path: string): Problem => {
  const found = at(feed, path);
  expect(found, `problems at ${path}: ${JSON.stringify(feed.problems)}`).to.have.length(1);
  return found[0]!;
};

// Built at run time so that the source holds no script URL literal.
const scriptUrl = ['javascript', 'alert(1)'].join(':');

describe('parseFeed', () => {
  describe('a feed that cannot be shown throws FeedError', () => {
    it('not JSON → not-json', () => {
      expect(feedError(() => parseFeed('{"version": 1,')).code).to.equal('not-json');
      expect(feedError(() => parseFeed('<!doctype html><p>hi</p>')).code).to.equal('not-json');
    });

    it('JSON that is not an object → not-object', () => {
      for (const value of ['[]', '"feed"', '42', 'null', '[{"version":1}]']) {
        expect(feedError(() => parseFeed(value)).code, value).to.equal('not-object');
      }
      expect(feedError(() => parseFeed(null)).code).to.equal('not-object');
      expect(feedError(() => parseFeed([feedJson()])).code).to.equal('not-object');
    });

    it('version missing, 2 or "1" → version', () => {
      const { version: _, ...noVersion } = feedJson();
      const missing = feedError(() => parseFeed(noVersion));
      expect(missing.code).to.equal('version');
      expect(missing.message).to.contain('missing');
      const two = feedError(() => parseFeed(feedJson({ version: 2 })));
      expect(two.code).to.equal('version');
      expect(two.message).to.contain('2');
      expect(feedError(() => parseFeed(feedJson({ version: '1' }))).code).to.equal('version');
    });

    it('organization missing → organization, with the problem path', () => {
      const { organization: _, ...rest } = feedJson();
      const error = feedError(() => parseFeed(rest));
      expect(error.code).to.equal('organization');
      expect(error.details.problems?.map((p) => p.message)).to.deep.equal([
        'organization: is required',
      ]);
    });

    it('organization null → organization, like a missing one', () => {
      const error = feedError(() => parseFeed(feedJson({ organization: null })));
      expect(error.code).to.equal('organization');
      expect(error.details.problems?.map((p) => p.message)).to.deep.equal([
        'organization: is required',
      ]);
    });

    it('activities missing or not an array → activities', () => {
      const { activities: _, ...rest } = feedJson();
      expect(feedError(() => parseFeed(rest)).code).to.equal('activities');
      for (const activities of [{}, 'none', null, 3]) {
        expect(feedError(() => parseFeed(feedJson({ activities }))).code).to.equal('activities');
      }
    });

    it('an empty activities list is a valid, empty feed', () => {
      const feed = parseFeed(feedJson({ activities: [] }));
      expect(feed.activities).to.deep.equal([]);
      expect(feed.problems).to.deep.equal([]);
      expect(feed.skipped).to.equal(0);
    });

    it('accepts the same feed as a JSON string or as a value', () => {
      const fromText = parseFeed(JSON.stringify(feedJson()));
      const fromValue = parseFeed(feedJson());
      expect(fromText.activities.map((a) => a.id)).to.deep.equal(['a']);
      expect(fromValue.activities).to.deep.equal(fromText.activities);
    });
  });

  describe('an organization that is there but incomplete or oddly typed (feed-v1.md: forgiving)', () => {
    const cases: [string, unknown, [string, string][], { id: string; name: object }][] = [
      [
        'an empty object',
        {},
        [
          ['organization.id', 'organization.id: is required'],
          ['organization.name', 'organization.name: is required'],
        ],
        { id: '', name: {} },
      ],
      [
        'a string',
        'Test Org',
        [['organization', 'organization: "Test Org" should be an object']],
        { id: '', name: {} },
      ],
      [
        'an array',
        ['Test Org'],
        [['organization', 'organization: ["Test Org"] should be an object']],
        { id: '', name: {} },
      ],
      [
        'no name',
        { id: 'x' },
        [['organization.name', 'organization.name: is required']],
        { id: 'x', name: {} },
      ],
      [
        'a name that is a number',
        { id: 'x', name: 42 },
        [
          [
            'organization.name',
            'organization.name: 42 is not text (a string, or an object from language tags to strings)',
          ],
        ],
        { id: 'x', name: {} },
      ],
      [
        'an id that is a number',
        { id: 7, name: 'Test Org' },
        [['organization.id', 'organization.id: 7 should be a string']],
        { id: '', name: { en: 'Test Org' } },
      ],
    ];
    for (const [name, value, problems, shown] of cases) {
      it(`${name}: every activity is kept, the problem is an error on problems`, () => {
        const feed = parseFeed(
          feedJson({ organization: value, activities: [activity('a'), activity('b')] }),
        );
        expect(feed.activities.map((a) => a.id)).to.deep.equal(['a', 'b']);
        expect(feed.skipped).to.equal(0);
        expect(feed.problems.map((p) => [p.path, p.message])).to.deep.equal(problems);
        // Errors (a value was dropped): the elements' quiet count and the validator count them.
        expect(feed.problems.every((p) => p.severity === 'error')).to.equal(true);
        expect(feed.organization).to.deep.equal(shown);
      });
    }

    it('keeps the valid fields of an invalid organization (url, logo)', () => {
      const feed = parseFeed(
        feedJson({ organization: { name: 5, url: 'https://example.org/', logo: 'logo.svg' } }),
        { baseUrl: 'https://feeds.example.org/feed.json' },
      );
      expect(feed.organization).to.deep.equal({
        id: '',
        name: {},
        url: 'https://example.org/',
        logo: 'https://feeds.example.org/logo.svg',
      });
    });
  });

  describe('fatal activity problems skip that activity only', () => {
    const cases: [string, Json, string, string][] = [
      ['missing id', { id: undefined }, 'id', 'required'],
      ['empty id', { id: '' }, 'id', 'id'],
      ['id with spaces around', { id: ' b ' }, 'id', 'id'],
      ['missing title', { title: undefined }, 'title', 'required'],
      ['title not text', { title: 42 }, 'title', 'text'],
      ['empty title', { title: '' }, 'title', 'empty'],
      ['missing date', { date: undefined }, 'date', 'required'],
      ['date 2023-13-40', { date: '2023-13-40' }, 'date', 'date'],
      ['date 2023-02-29 (not a leap year)', { date: '2023-02-29' }, 'date', 'date'],
      ['date 2023-04-31', { date: '2023-04-31' }, 'date', 'date'],
      ['date 2023-00', { date: '2023-00' }, 'date', 'date'],
      ['date with a time', { date: '2023-05-01T10:00:00Z' }, 'date', 'date'],
      ['date 05/01/2023', { date: '05/01/2023' }, 'date', 'date'],
      ['date as a number', { date: 2023 }, 'date', 'type'],
    ];
    for (const [name, over, field, code] of cases) {
      it(`${name} → skipped with a ${code} problem at activities[1].${field}`, () => {
        const feed = parseFeed(
          feedJson({ activities: [activity('a'), activity('b', over), activity('c')] }),
        );
        expect(feed.activities.map((a) => a.id)).to.deep.equal(['a', 'c']);
        expect(feed.skipped).to.equal(1);
        const p = only(feed, `activities[1].${field}`);
        expect(p).to.include({ code, severity: 'error', skipped: true });
      });
    }

    it('2024-02-29 is a real date (leap year) and is kept', () => {
      const feed = parseOne({ date: '2024-02-29' });
      expect(feed.problems).to.deep.equal([]);
      expect(feed.activities[0]!.date).to.include({ precision: 'day', month: 2, day: 29 });
    });

    it('an activity that is not an object is skipped', () => {
      const feed = parseFeed(feedJson({ activities: [activity('a'), 'b', null, 7] }));
      expect(feed.activities.map((a) => a.id)).to.deep.equal(['a']);
      expect(feed.skipped).to.equal(3);
      expect(feed.problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([
        ['activities[1]', 'type', true],
        ['activities[2]', 'type', true],
        ['activities[3]', 'type', true],
      ]);
    });

    it('a duplicate id skips the later activity and keeps the first', () => {
      const feed = parseFeed(
        feedJson({
          activities: [
            activity('a', { title: 'first' }),
            activity('b'),
            activity('a', { title: 'second' }),
          ],
        }),
      );
      expect(feed.activities.map((a) => [a.id, a.title.en])).to.deep.equal([
        ['a', 'first'],
        ['b', 'Activity b'],
      ]);
      expect(feed.skipped).to.equal(1);
      expect(only(feed, 'activities[2].id')).to.include({
        code: 'duplicate-id',
        skipped: true,
        value: '"a"',
        message: 'activities[2].id: "a" is already used by another activity',
      });
    });

    it('reports every problem of a skipped activity, but counts it once', () => {
      const feed = parseOne({ id: undefined, date: '2023-13-40', title: undefined });
      expect(feed.activities).to.deep.equal([]);
      expect(feed.skipped).to.equal(1);
      expect(feed.problems.map((p) => p.path)).to.deep.equal([
        'activities[0].id',
        'activities[0].date',
        'activities[0].title',
      ]);
      expect(feed.problems.filter((p) => p.skipped)).to.have.length(1);
    });

    it('keeps each activity’s index in the source list', () => {
      const feed = parseFeed(
        feedJson({ activities: [activity('a'), activity('b', { date: 'x' }), activity('c')] }),
      );
      expect(feed.activities.map((a) => a.index)).to.deep.equal([0, 2]);
    });
  });

  describe('problem messages', () => {
    it('reads `<path>: <reason>` exactly as the spec shows', () => {
      const feed = parseFeed(
        feedJson({
          activities: [0, 1, 2, 3].map((i) =>
            activity(`a${i}`, i === 3 ? { date: '2023-13-40' } : {}),
          ),
        }),
      );
      const p = only(feed, 'activities[3].date');
      expect(p.message).to.equal('activities[3].date: "2023-13-40" is not a valid date');
      expect(p.value).to.equal('"2023-13-40"');
    });

    it('quotes keys that are not identifiers and shortens long values', () => {
      const feed = parseOne({ counts: { 'two words': 3 }, url: `${scriptUrl}//${'x'.repeat(80)}` });
      expect(only(feed, 'activities[0].counts["two words"]').code).to.equal('unlabelled-metric');
      const url = only(feed, 'activities[0].url');
      expect(url.value!.length).to.be.at.most(60);
      expect(url.value!.endsWith('…')).to.equal(true);
    });
  });

  describe('bad optional fields are dropped, the activity kept', () => {
    /** Asserts that `a` is kept without `field` and that exactly one problem explains why. */
    function dropped(over: Json, path: string, code: string): Feed {
      const feed = parseOne(over);
      expect(feed.activities, JSON.stringify(feed.problems)).to.have.length(1);
      expect(feed.skipped).to.equal(0);
      const p = only(feed, path);
      expect(p.code).to.equal(code);
      expect(p.severity).to.equal('error');
      expect(p.skipped).to.equal(undefined);
      expect(p.message.startsWith(`${path}: `)).to.equal(true);
      return feed;
    }

    it('endDate that is not a date', () => {
      const feed = dropped({ endDate: '2023-02-30' }, 'activities[0].endDate', 'date');
      expect(feed.activities[0]!.endDate).to.equal(undefined);
    });

    it('endDate before date', () => {
      const feed = dropped(
        { date: '2023-05-10', endDate: '2023-05-09' },
        'activities[0].endDate',
        'date-order',
      );
      expect(feed.activities[0]!.endDate).to.equal(undefined);
      expect(only(feed, 'activities[0].endDate').message).to.equal(
        'activities[0].endDate: "2023-05-09" is before the start date',
      );
    });

    it('endDate at a coarser precision that contains date is fine', () => {
      for (const [date, endDate] of [
        ['2023-05-10', '2023-05'],
        ['2023-05', '2023'],
        ['2023-05-10', '2023-05-10'],
      ] as const) {
        const feed = parseOne({ date, endDate });
        expect(feed.problems, `${date}…${endDate}`).to.deep.equal([]);
        expect(feed.activities[0]!.endDate?.text).to.equal(endDate);
      }
      dropped({ date: '2023-05', endDate: '2023-04-30' }, 'activities[0].endDate', 'date-order');
    });

    it('url with javascript:', () => {
      const feed = dropped({ url: scriptUrl }, 'activities[0].url', 'url');
      expect(feed.activities[0]!.url).to.equal(undefined);
    });

    it('url that hides javascript: behind case, spaces or tabs', () => {
      for (const url of [
        scriptUrl.toUpperCase(),
        `  ${scriptUrl}`,
        scriptUrl.replace('script', 'scr\tipt'),
      ]) {
        const feed = parseOne({ url });
        expect(at(feed, 'activities[0].url'), url).to.have.length(1);
        expect(feed.activities[0]!.url).to.equal(undefined);
      }
    });

    it('url with data:text/html, vbscript:, file: or mailto:', () => {
      for (const url of [
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'mailto:someone@example.org',
        '',
      ]) {
        const feed = parseOne({ url });
        expect(feed.activities[0]!.url, url).to.equal(undefined);
        expect(at(feed, 'activities[0].url')[0]?.code, url).to.be.oneOf(['url', 'empty']);
      }
    });

    it('image src: data:image/png is allowed, data:text/html drops the image', () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      const feed = parseOne({
        images: [
          { src: png, alt: 'a pixel' },
          { src: 'data:text/html;base64,PHNjcmlwdD4=' },
          { src: scriptUrl },
        ],
      });
      expect(feed.activities[0]!.images.map((i) => i.src)).to.deep.equal([png]);
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['activities[0].images[1].src', 'url'],
        ['activities[0].images[2].src', 'url'],
      ]);
    });

    it('data:image is not allowed for a link url', () => {
      dropped({ url: 'data:image/png;base64,iVBORw0KGgo=' }, 'activities[0].url', 'url');
    });

    it('counts that are negative, fractional or strings', () => {
      const feed = parseOne({
        counts: { participants: -1, women: 1.5, men: '3', girls: 4, boys: 0 },
      });
      expect(feed.activities[0]!.counts).to.deep.equal({ girls: 4, boys: 0 });
      expect(feed.problems.map((p) => p.message)).to.deep.equal([
        'activities[0].counts.participants: -1 is not a non-negative whole number',
        'activities[0].counts.women: 1.5 is not a non-negative whole number',
        'activities[0].counts.men: "3" is not a non-negative whole number',
      ]);
    });

    it('counts that are not an object', () => {
      const feed = dropped({ counts: [1, 2] }, 'activities[0].counts', 'type');
      expect(feed.activities[0]!.counts).to.deep.equal({});
    });

    it('latitude and longitude out of range or not numbers', () => {
      const feed = parseOne({ location: { region: 'IQ-MU', lat: 91, lon: '44' } });
      expect(feed.activities[0]!.location).to.deep.equal({ region: { code: 'IQ-MU' } });
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['activities[0].location.lat', 'range'],
        ['activities[0].location.lon', 'number'],
      ]);
      const ok = parseOne({ location: { lat: -90, lon: 180 } });
      expect(ok.problems).to.deep.equal([]);
      expect(ok.activities[0]!.location).to.deep.equal({ lat: -90, lon: 180 });
    });

    it('a partner role that is not an IATI role drops the role, keeps the partner', () => {
      const feed = parseFeed(
        feedJson({
          partners: [{ id: 'p', name: 'Test partner' }],
          activities: [activity('a', { partners: [{ id: 'p', role: 'sponsor' }] })],
        }),
      );
      expect(feed.activities[0]!.partners).to.deep.equal([{ id: 'p' }]);
      expect(only(feed, 'activities[0].partners[0].role').code).to.equal('enum');
    });

    it('partner roles that are valid are kept; a bare id has no role', () => {
      const feed = parseFeed(
        feedJson({
          partners: [
            { id: 'p', name: 'P' },
            { id: 'q', name: 'Q' },
          ],
          activities: [activity('a', { partners: ['p', { id: 'q', role: 'funding' }] })],
        }),
      );
      expect(feed.problems).to.deep.equal([]);
      expect(feed.activities[0]!.partners).to.deep.equal([
        { id: 'p' },
        { id: 'q', role: 'funding' },
      ]);
    });

    it('unknown partner and program ids are dropped with unknown-ref', () => {
      const feed = parseFeed(
        feedJson({
          partners: [{ id: 'p', name: 'P' }],
          programs: [{ id: 'prog', name: 'Program' }],
          activities: [
            activity('a', { partners: ['p', 'nobody', { id: 'ghost' }], program: 'nope' }),
            activity('b', { program: 'prog' }),
          ],
        }),
      );
      const [a, b] = feed.activities;
      expect(a!.partners).to.deep.equal([{ id: 'p' }]);
      expect(a!.program).to.equal(undefined);
      expect(b!.program).to.equal('prog');
      expect(feed.problems.map((p) => p.message)).to.deep.equal([
        'activities[0].program: "nope" is not defined in the feed',
        'activities[0].partners[1]: "nobody" is not defined in the feed',
        'activities[0].partners[2]: "ghost" is not defined in the feed',
      ]);
    });

    it('a partner reference that is neither an id nor {id, role}', () => {
      const feed = parseFeed(
        feedJson({
          partners: [{ id: 'p', name: 'P' }],
          activities: [activity('a', { partners: ['p', 12, { role: 'funding' }] })],
        }),
      );
      expect(feed.activities[0]!.partners).to.deep.equal([{ id: 'p' }]);
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['activities[0].partners[1]', 'partner-ref'],
        ['activities[0].partners[2].id', 'required'],
      ]);
    });

    it('a custom count key without a metrics label is reported', () => {
      const feed = parseFeed(
        feedJson({
          metrics: [{ id: 'wells_dug', label: { en: 'Wells dug' } }],
          activities: [activity('a', { counts: { participants: 5, wells_dug: 2, trees: 9 } })],
        }),
      );
      const p = only(feed, 'activities[0].counts.trees');
      expect(p).to.include({ code: 'unlabelled-metric', severity: 'error' });
      expect(p.message).to.equal(
        'activities[0].counts.trees: "trees" is not a well-known count and has no entry in "metrics"',
      );
      expect(feed.problems).to.have.length(1);
      // Kept, so that a tool can still see the number; no element shows it without a label.
      expect(feed.activities[0]!.counts).to.include({ participants: 5, wells_dug: 2 });
    });

    it('empty tags are dropped, duplicate tags merged', () => {
      const feed = parseOne({ tags: ['x', '', 'y', 'x', 3] });
      expect(feed.activities[0]!.tags).to.deep.equal(['x', 'y']);
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['activities[0].tags[1]', 'empty'],
        ['activities[0].tags[4]', 'type'],
      ]);
    });

    it('a null optional field is dropped and reported', () => {
      const feed = dropped({ summary: null }, 'activities[0].summary', 'type');
      expect(feed.activities[0]).not.to.have.property('summary');
    });

    it('bad root fields: language, country, updated, next', () => {
      const feed = parseFeed(
        feedJson({ language: 'not a tag', country: 'Iraq', updated: 'yesterday', next: scriptUrl }),
      );
      expect(feed.language).to.equal('en');
      expect(feed.country).to.equal(undefined);
      expect(feed.updated).to.equal(undefined);
      expect(feed.next).to.equal(undefined);
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['language', 'language'],
        ['country', 'country'],
        ['updated', 'datetime'],
        ['next', 'url'],
      ]);
    });

    it('bad partners and programs are dropped; duplicate partner ids keep the first', () => {
      const feed = parseFeed(
        feedJson({
          partners: [
            { id: 'p', name: 'First P', type: 'ngo' },
            { id: 'q' },
            { id: 'p', name: 'Second P' },
            { id: 'r', name: 'R', type: 'charity' },
          ],
          activities: [activity('a', { partners: ['p', 'r'] })],
        }),
      );
      expect([...feed.partners.keys()]).to.deep.equal(['p', 'r']);
      expect(feed.partners.get('p')!.name).to.deep.equal({ en: 'First P' });
      expect(feed.partners.get('r')!.type).to.equal('other');
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['partners[1].name', 'required'],
        ['partners[3].type', 'enum'],
        ['partners[2].id', 'duplicate-id'],
      ]);
    });

    it('targets naming an unknown metric or program are dropped', () => {
      const feed = parseFeed(
        feedJson({
          programs: [{ id: 'prog', name: 'Program' }],
          targets: [
            { metric: 'participants', value: 100, from: '2023', to: '2023', program: 'prog' },
            { metric: 'trees', value: 5 },
            { metric: 'activities', value: 3, program: 'other' },
            { metric: 'women', value: -2 },
          ],
        }),
      );
      expect(feed.targets).to.have.length(1);
      expect(feed.targets[0]).to.include({ metric: 'participants', value: 100, program: 'prog' });
      expect(feed.targets[0]!.from?.precision).to.equal('year');
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['targets[3].value', 'count'],
        ['targets[1].metric', 'unknown-ref'],
        ['targets[2].program', 'unknown-ref'],
      ]);
    });
  });

  describe('warnings', () => {
    it('unknown fields are ignored and warned about, at the root too', () => {
      const feed = parseFeed(
        feedJson({
          colour: 'red',
          organization: { ...organization, motto: 'x' },
          activities: [activity('a', { colour: 'red', location: { city: 'X' } })],
        }),
      );
      expect(feed.activities).to.have.length(1);
      expect(feed.skipped).to.equal(0);
      const warnings = feed.problems.filter((p) => p.code === 'unknown-field');
      expect(warnings.map((p) => p.path).sort()).to.deep.equal(
        [
          'activities[0].colour',
          'activities[0].location.city',
          'colour',
          'organization.motto',
        ].sort(),
      );
      expect(warnings.every((p) => p.severity === 'warning')).to.equal(true);
      expect(only(feed, 'colour').message).to.equal('colour: is not a field of feed v1 (ignored)');
      expect(feed.activities[0]).not.to.have.property('colour');
    });

    it('unknown fields are not reported with unknownFields: false', () => {
      const feed = parseFeed(
        feedJson({ colour: 'red', activities: [activity('a', { colour: 'red' })] }),
        { unknownFields: false },
      );
      expect(feed.problems).to.deep.equal([]);
    });

    it('$schema is a known field', () => {
      const feed = parseFeed(feedJson({ $schema: 'https://example.org/feed-v1.schema.json' }));
      expect(feed.problems).to.deep.equal([]);
    });

    it('partners that no activity references are warned about, at their own index', () => {
      const feed = parseFeed(
        feedJson({
          partners: [
            { id: 'used', name: 'Used' },
            { id: 'idle', name: 'Idle' },
          ],
          activities: [activity('a', { partners: ['used'] })],
        }),
      );
      expect(feed.problems).to.have.length(1);
      expect(feed.problems[0]).to.include({
        path: 'partners[1].id',
        code: 'unused-partner',
        severity: 'warning',
        message: 'partners[1].id: is not referenced by any activity',
      });
    });

    it('the unused-partner path points at the partner even after a dropped one', () => {
      const feed = parseFeed(
        feedJson({
          partners: [{ id: 'broken' }, { id: 'idle', name: 'Idle' }],
          activities: [activity('a')],
        }),
      );
      expect(feed.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['partners[0].name', 'required'],
        ['partners[1].id', 'unused-partner'],
      ]);
    });
  });

  describe('keys named like Object.prototype members', () => {
    // JSON.parse makes "__proto__" an own key; copying it by assignment would hit the
    // prototype setter: the count vanished (or, were it an object, became a prototype).
    const json = () =>
      JSON.parse(
        '{"version":1,"organization":{"id":"o","name":"Test Org (fictitious)"},' +
          '"metrics":[{"id":"__proto__","label":"Odd key"},{"id":"constructor","label":"Other"}],' +
          '"activities":[{"id":"a","date":"2023","title":"A",' +
          '"counts":{"__proto__":5,"constructor":3,"participants":2}}]}',
      ) as unknown;

    it('a "__proto__" count key is kept as an own count, nothing is polluted', () => {
      const feed = parseFeed(json());
      const counts = feed.activities[0]!.counts;
      expect(Object.keys(counts)).to.deep.equal(['__proto__', 'constructor', 'participants']);
      expect(Object.getOwnPropertyDescriptor(counts, '__proto__')?.value).to.equal(5);
      expect(counts.constructor).to.equal(3);
      expect(Object.getPrototypeOf(counts)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).participants).to.equal(undefined);
      expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    });

    it('a "__proto__" language tag is reported and dropped, the other languages kept', () => {
      const feed = parseFeed(
        JSON.parse(
          '{"version":1,"organization":{"id":"o","name":"Test Org (fictitious)"},' +
            '"activities":[{"id":"a","date":"2023","title":{"en":"A","__proto__":"x"}}]}',
        ) as unknown,
      );
      expect(feed.activities[0]!.title).to.deep.equal({ en: 'A' });
      expect(Object.getPrototypeOf(feed.activities[0]!.title)).to.equal(Object.prototype);
      expect(only(feed, 'activities[0].title.__proto__').code).to.equal('language');
    });
  });

  describe('localized text', () => {
    it('a plain string is text in the feed’s language', () => {
      const feed = parseFeed(
        feedJson({
          language: 'ar',
          organization: { id: 'o', name: 'منظمة اختبار' },
          activities: [activity('a', { title: 'عنوان', summary: 'ملخص' })],
        }),
      );
      expect(feed.language).to.equal('ar');
      expect(feed.organization.name).to.deep.equal({ ar: 'منظمة اختبار' });
      expect(feed.activities[0]!.title).to.deep.equal({ ar: 'عنوان' });
      expect(feed.activities[0]!.summary).to.deep.equal({ ar: 'ملخص' });
    });

    it('the feed language defaults to en', () => {
      const feed = parseOne({ title: 'Plain' });
      expect(feed.language).to.equal('en');
      expect(feed.activities[0]!.title).to.deep.equal({ en: 'Plain' });
    });

    it('an object maps language tags to text, kept as given', () => {
      const title = { ar: 'عنوان', en: 'Title', 'en-GB': 'Title (GB)' };
      const feed = parseOne({ title });
      expect(feed.problems).to.deep.equal([]);
      expect(feed.activities[0]!.title).to.deep.equal(title);
    });

    it('an empty object, an empty string or a bad tag is not text', () => {
      const title = 'activities[0].title';
      for (const [value, problems] of [
        [{}, [[title, 'empty']]],
        ['  ', [[title, 'empty']]],
        [
          { en: '' },
          [
            [`${title}.en`, 'empty'],
            [title, 'empty'],
          ],
        ],
        [
          { 'not a tag': 'x' },
          [
            [`${title}["not a tag"]`, 'language'],
            [title, 'empty'],
          ],
        ],
        [['Title'], [[title, 'text']]],
        [[], [[title, 'text']]],
        [7, [[title, 'text']]],
      ] as const) {
        const feed = parseOne({ title: value });
        const label = JSON.stringify(value);
        expect(feed.activities, label).to.deep.equal([]);
        expect(feed.skipped, label).to.equal(1);
        expect(
          feed.problems.map((p) => [p.path, p.code]),
          label,
        ).to.deep.equal(problems);
      }
    });

    it('one bad language in a text drops that language only', () => {
      // A spreadsheet export leaves an empty cell for a missing translation.
      const feed = parseOne({
        title: { en: 'Title', ar: '' },
        summary: { en: 'Summary', 'not a tag': 'x', ar: 'ملخص' },
      });
      expect(feed.skipped).to.equal(0);
      expect(feed.activities[0]!.title).to.deep.equal({ en: 'Title' });
      expect(feed.activities[0]!.summary).to.deep.equal({ en: 'Summary', ar: 'ملخص' });
      expect(feed.problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([
        ['activities[0].title.ar', 'empty', 'error'],
        ['activities[0].summary["not a tag"]', 'language', 'error'],
      ]);
    });

    it('a text whose every language is bad is missing', () => {
      const feed = parseOne({ title: { en: ' ', ar: '' } });
      expect(feed.activities).to.deep.equal([]);
      expect(feed.skipped).to.equal(1);
      expect(feed.problems.filter((p) => p.skipped).map((p) => p.path)).to.deep.equal([
        'activities[0].title.en',
      ]);
      expect(at(feed, 'activities[0].title')[0]?.code).to.equal('empty');
    });

    it('summary line breaks are kept; text is never interpreted', () => {
      const summary = 'Line one\nLine two <img src=x onerror=alert(1)>';
      const feed = parseOne({ summary });
      expect(feed.activities[0]!.summary).to.deep.equal({ en: summary });
    });
  });

  describe('URLs resolve against the feed’s URL', () => {
    const baseUrl = 'https://feeds.example.org/ngo/2024/feed.json';

    it('relative logo, src, url and next become absolute', () => {
      const feed = parseFeed(
        feedJson({
          organization: { ...organization, logo: 'logos/org.svg', url: '/about' },
          partners: [
            { id: 'p', name: 'P', logo: '../shared/p.png', url: 'https://p.example.org/' },
          ],
          activities: [
            activity('a', {
              partners: ['p'],
              url: 'stories/a.html#top',
              images: [{ src: 'img/a.jpg' }, { src: '//cdn.example.org/b.jpg' }],
            }),
          ],
          next: 'feed-2023.json',
        }),
        { baseUrl },
      );
      expect(feed.problems).to.deep.equal([]);
      expect(feed.organization.logo).to.equal('https://feeds.example.org/ngo/2024/logos/org.svg');
      expect(feed.organization.url).to.equal('https://feeds.example.org/about');
      expect(feed.partners.get('p')!.logo).to.equal('https://feeds.example.org/ngo/shared/p.png');
      expect(feed.partners.get('p')!.url).to.equal('https://p.example.org/');
      const a = feed.activities[0]!;
      expect(a.url).to.equal('https://feeds.example.org/ngo/2024/stories/a.html#top');
      expect(a.images.map((i) => i.src)).to.deep.equal([
        'https://feeds.example.org/ngo/2024/img/a.jpg',
        'https://cdn.example.org/b.jpg',
      ]);
      expect(feed.next).to.equal('https://feeds.example.org/ngo/2024/feed-2023.json');
      expect(feed.url).to.equal(baseUrl);
    });

    it('data: image URLs are kept as they are', () => {
      const src = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
      const feed = parseFeed(feedJson({ organization: { ...organization, logo: src } }), {
        baseUrl,
      });
      expect(feed.organization.logo).to.equal(src);
    });

    it('without a baseUrl relative URLs stay as written', () => {
      const feed = parseOne({ url: 'stories/a.html' });
      expect(feed.activities[0]!.url).to.equal('stories/a.html');
      expect(feed.url).to.equal(undefined);
    });
  });

  describe('dates keep their precision', () => {
    it('a year covers the whole year', () => {
      const { date } = parseOne({ date: '2021' }).activities[0]!;
      expect(date).to.deep.equal({
        text: '2021',
        precision: 'year',
        year: 2021,
        start: Date.UTC(2021, 0, 1),
        end: Date.UTC(2021, 11, 31),
      });
    });

    it('a month covers the whole month (February of a leap year has 29 days)', () => {
      const { date } = parseOne({ date: '2024-02' }).activities[0]!;
      expect(date).to.deep.equal({
        text: '2024-02',
        precision: 'month',
        year: 2024,
        month: 2,
        start: Date.UTC(2024, 1, 1),
        end: Date.UTC(2024, 1, 29),
      });
      expect(parseOne({ date: '2023-02' }).activities[0]!.date.end).to.equal(Date.UTC(2023, 1, 28));
    });

    it('a day is that day, at UTC midnight', () => {
      const { date, endDate } = parseOne({ date: '2023-12-18', endDate: '2024-01' }).activities[0]!;
      expect(date).to.deep.equal({
        text: '2023-12-18',
        precision: 'day',
        year: 2023,
        month: 12,
        day: 18,
        start: Date.UTC(2023, 11, 18),
        end: Date.UTC(2023, 11, 18),
      });
      expect(endDate).to.include({ precision: 'month', start: Date.UTC(2024, 0, 1) });
      expect(endDate!.end).to.equal(Date.UTC(2024, 0, 31));
    });
  });

  describe('a next page (continues)', () => {
    const first = parseFeed(
      feedJson({
        partners: [{ id: 'p', name: 'P' }],
        programs: [{ id: 'prog', name: 'Program' }],
        metrics: [{ id: 'wells_dug', label: 'Wells dug' }],
        activities: [activity('a', { partners: ['p'] })],
      }),
    );
    const page = feedJson({
      activities: [
        activity('b', { partners: ['p'], program: 'prog', counts: { wells_dug: 2 } }),
        activity('c', { partners: ['nobody'] }),
      ],
      targets: [{ metric: 'wells_dug', value: 5, program: 'prog' }],
    });

    it('may name the partners, programs and metrics of the page it continues', () => {
      const feed = parseFeed(page, { continues: first });
      expect(feed.activities[0]).to.deep.include({
        partners: [{ id: 'p' }],
        program: 'prog',
        counts: { wells_dug: 2 },
      });
      expect(feed.targets).to.have.length(1);
      expect(feed.problems.map((p) => p.message)).to.deep.equal([
        'activities[1].partners[0]: "nobody" is not defined in the feed',
      ]);
    });

    it('read alone, the same page reports those names as unknown', () => {
      const feed = parseFeed(page);
      expect(feed.activities[0]!.partners).to.deep.equal([]);
      expect(feed.problems.map((p) => p.code)).to.include.members([
        'unknown-ref',
        'unlabelled-metric',
      ]);
    });
  });

  describe('a feed with 10 activities of which 3 are broken', () => {
    let feed: Feed;
    before(async () => {
      const response = await fetch('/demo/feeds/broken-10.json');
      expect(response.ok).to.equal(true);
      feed = parseFeed(await response.text(), { baseUrl: response.url });
    });

    it('keeps the 7 valid ones and counts 3 skipped', () => {
      expect(feed.activities).to.have.length(7);
      expect(feed.skipped).to.equal(3);
      expect(feed.activities.map((a) => a.id)).to.deep.equal([
        'test-01',
        'test-02',
        'test-03',
        'test-05',
        'test-07',
        'test-08',
        'test-10',
      ]);
    });

    it('gives a reason for each skipped activity', () => {
      expect(feed.problems.filter((p) => p.skipped).map((p) => p.message)).to.deep.equal([
        'activities[3].date: "2023-13-40" is not a valid date',
        'activities[5].title: is required',
        'activities[8].id: "test-02" is already used by another activity',
      ]);
    });

    it('drops the unsafe link and warns about the unknown field', () => {
      expect(feed.activities.find((a) => a.id === 'test-03')!.url).to.equal(undefined);
      expect(only(feed, 'activities[2].url').code).to.equal('url');
      expect(only(feed, 'activities[6].colour').severity).to.equal('warning');
    });
  });

  describe('the valibot Feed schema (the source of the JSON Schema)', () => {
    it('accepts the demo feed as it is', async () => {
      const json: unknown = await (await fetch('/demo/feeds/ishraqat.json')).json();
      const result = v.safeParse(FeedSchema, json);
      expect(result.success, JSON.stringify(result.issues?.[0]?.path)).to.equal(true);
      expect(parseFeed(json).problems).to.deep.equal([]);
    });

    it('accepts the test fixture and rejects the broken demo feed', async () => {
      const ok: unknown = await (await fetch('/__feeds/ok.json')).json();
      expect(v.safeParse(FeedSchema, ok).success).to.equal(true);
      const broken: unknown = await (await fetch('/demo/feeds/broken-10.json')).json();
      const result = v.safeParse(FeedSchema, broken, { abortEarly: false });
      expect(result.success).to.equal(false);
      // The strict check and the forgiving parse agree on what is wrong.
      const issues = (result.issues ?? []).map((i) => i.message);
      expect(issues).to.include('date');
      expect(issues).to.include('url');
    });

    it('uses problem codes as its issue messages', () => {
      const result = v.safeParse(FeedSchema, feedJson({ version: 2 }));
      expect(result.success).to.equal(false);
      expect(result.issues?.[0]?.message).to.equal('version');
    });
  });
});
