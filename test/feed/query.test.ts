// Query helpers over a parsed feed. Activities come from parseFeed so that dates carry the
// same start/end as in the elements. All data here is fictitious.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import {
  filterActivities,
  filterFromAttributes,
  findActivity,
  groupByYear,
  hasCount,
  partnerIdsOf,
  sortActivities,
  splitList,
  sumCount,
  type ActivityFilter,
} from '../../src/feed/query.js';
import { series } from '../../src/chart/series.js';
import type { Activity, Feed } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

function feedOf(activities: Json[], extra: Json = {}): Feed {
  const feed = parseFeed({
    version: 1,
    organization: { id: 'test-org', name: 'Test Org (fictitious)' },
    partners: [
      { id: 'p1', name: 'Partner 1' },
      { id: 'p2', name: 'Partner 2' },
      { id: 'p3', name: 'Partner 3' },
    ],
    programs: [
      { id: 'health', name: 'Health' },
      { id: 'water', name: 'Water' },
    ],
    activities: activities.map((a) => ({ title: `Activity ${String(a.id)}`, ...a })),
    ...extra,
  });
  const errors = feed.problems.filter((p) => p.severity === 'error');
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
  return feed;
}

const ids = (activities: readonly Activity[]) => activities.map((a) => a.id);

describe('filterActivities', () => {
  describe('from / to: an activity passes when its dates overlap the range', () => {
    const feed = feedOf([
      { id: 'y2021', date: '2021' },
      { id: 'm2022-03', date: '2022-03' },
      { id: 'd2022-12-31', date: '2022-12-31' },
      { id: 'd2023-01-01', date: '2023-01-01' },
      { id: 'span', date: '2020-11', endDate: '2022-02' },
      { id: 'y2023', date: '2023' },
    ]);
    const run = (filter: ActivityFilter) => ids(filterActivities(feed.activities, filter));

    it('no filter keeps everything, in order', () => {
      expect(run({})).to.deep.equal(ids(feed.activities));
    });

    it('from a year: anything ending on or after 1 January', () => {
      expect(run({ from: '2022' })).to.deep.equal([
        'm2022-03',
        'd2022-12-31',
        'd2023-01-01',
        'span',
        'y2023',
      ]);
    });

    it('to a year: anything starting on or before 31 December', () => {
      expect(run({ to: '2022' })).to.deep.equal(['y2021', 'm2022-03', 'd2022-12-31', 'span']);
    });

    it('a year-precision activity overlaps any day of its year', () => {
      expect(run({ from: '2021-12-31', to: '2021-12-31' })).to.deep.equal(['y2021', 'span']);
      expect(run({ from: '2023-06-15', to: '2023-06-15' })).to.deep.equal(['y2023']);
    });

    it('a month-precision activity overlaps the days of its month only', () => {
      expect(run({ from: '2022-03-31', to: '2022-03-31' })).to.deep.equal(['m2022-03']);
      expect(run({ from: '2022-04-01', to: '2022-04-30' })).to.deep.equal([]);
      expect(run({ from: '2022-02', to: '2022-02' })).to.deep.equal(['span']);
    });

    it('day boundaries are inclusive', () => {
      expect(run({ from: '2022-12-31', to: '2022-12-31' })).to.deep.equal(['d2022-12-31']);
      expect(run({ from: '2023-01-01', to: '2023-01' })).to.deep.equal(['d2023-01-01', 'y2023']);
      expect(run({ to: '2022-12-30', from: '2022-04' })).to.deep.equal([]);
    });

    it('an activity with an end date passes while any of its days is in range', () => {
      expect(run({ from: '2022-02-28', to: '2022-02-28' })).to.deep.equal(['span']);
      expect(run({ from: '2022-03' }).includes('span')).to.equal(false);
      expect(run({ to: '2020-11-01' })).to.deep.equal(['span']);
      expect(run({ to: '2020-10' })).to.deep.equal([]);
    });
  });

  describe('program / partner / tag / region', () => {
    const feed = feedOf(
      [
        {
          id: 'a',
          date: '2023',
          program: 'health',
          partners: ['p1', { id: 'p2', role: 'funding' }],
          tags: ['women', 'clinic'],
          location: { region: 'IQ-MU' },
        },
        {
          id: 'b',
          date: '2023',
          program: 'water',
          partners: ['p2'],
          tags: ['wells'],
          location: { region: 'iq-ba' },
        },
        { id: 'c', date: '2023', partners: ['p3'], tags: ['women'], location: { region: 'Harir' } },
        { id: 'd', date: '2023' },
      ],
      {
        metrics: [],
      },
    );
    const run = (filter: ActivityFilter) => ids(filterActivities(feed.activities, filter));

    it('program: any of the ids', () => {
      expect(run({ program: ['health'] })).to.deep.equal(['a']);
      expect(run({ program: ['health', 'water'] })).to.deep.equal(['a', 'b']);
      expect(run({ program: ['none'] })).to.deep.equal([]);
    });

    it('partner: any of the ids, with or without a role', () => {
      expect(run({ partner: ['p2'] })).to.deep.equal(['a', 'b']);
      expect(run({ partner: ['p1', 'p3'] })).to.deep.equal(['a', 'c']);
    });

    it('tag: any of the tags', () => {
      expect(run({ tag: ['women'] })).to.deep.equal(['a', 'c']);
      expect(run({ tag: ['wells', 'clinic'] })).to.deep.equal(['a', 'b']);
    });

    it('region: ISO codes in any case, or free text', () => {
      expect(run({ region: ['IQ-MU'] })).to.deep.equal(['a']);
      expect(run({ region: ['iq-mu', 'IQ-BA'] })).to.deep.equal(['a', 'b']);
      expect(run({ region: ['Harir'] })).to.deep.equal(['c']);
      expect(run({ region: ['IQ-BG'] })).to.deep.equal([]);
    });

    it('different filters combine with AND', () => {
      expect(run({ tag: ['women'], partner: ['p1'] })).to.deep.equal(['a']);
      expect(run({ tag: ['women'], program: ['water'] })).to.deep.equal([]);
      expect(run({ partner: ['p2'], region: ['IQ-BA'], from: '2023', to: '2023' })).to.deep.equal([
        'b',
      ]);
    });

    it('empty lists filter nothing', () => {
      expect(run({ program: [], partner: [], tag: [], region: [] })).to.deep.equal([
        'a',
        'b',
        'c',
        'd',
      ]);
    });
  });
});

describe('splitList and filterFromAttributes', () => {
  it('splits space-separated lists, ignoring extra whitespace', () => {
    expect(splitList('  a   b\tc\n')).to.deep.equal(['a', 'b', 'c']);
    expect(splitList('')).to.deep.equal([]);
    expect(splitList(null)).to.deep.equal([]);
    expect(splitList(undefined)).to.deep.equal([]);
  });

  it('builds a filter from attribute values', () => {
    const { filter, invalid } = filterFromAttributes({
      from: ' 2021 ',
      to: '2023-06-30',
      program: 'health water',
      partner: 'p1',
      tag: '',
      region: null,
    });
    expect(invalid).to.deep.equal([]);
    expect(filter).to.deep.equal({
      from: '2021',
      to: '2023-06-30',
      program: ['health', 'water'],
      partner: ['p1'],
    });
  });

  it('reports invalid dates and leaves them out of the filter', () => {
    const { filter, invalid } = filterFromAttributes({
      from: '2023-13-40',
      to: '2023-02-29',
      tag: 'x',
    });
    expect(invalid).to.deep.equal(['from', 'to']);
    expect(filter).to.deep.equal({ tag: ['x'] });
    for (const bad of ['2023/05', 'last year', '23', '2023-5', '2024-02-30']) {
      expect(filterFromAttributes({ from: bad }).invalid, bad).to.deep.equal(['from']);
    }
    expect(filterFromAttributes({ to: '2024-02-29' }).invalid).to.deep.equal([]);
  });
});

describe('sortActivities', () => {
  const feed = feedOf([
    { id: 'y2023', date: '2023' },
    { id: 'd2023-01-01', date: '2023-01-01' },
    { id: 'm2023-01', date: '2023-01' },
    { id: 'd2023-12-18', date: '2023-12-18' },
    { id: 'm2023-05', date: '2023-05' },
    { id: 'y2021', date: '2021' },
    { id: 'tie-1', date: '2022-07-07' },
    { id: 'tie-2', date: '2022-07-07' },
    { id: 'tie-3', date: '2022-07-07' },
  ]);

  it('newest first by first day; the more precise date first at the same first day', () => {
    expect(ids(sortActivities(feed.activities))).to.deep.equal([
      'd2023-12-18',
      'm2023-05',
      'd2023-01-01',
      'm2023-01',
      'y2023',
      'tie-1',
      'tie-2',
      'tie-3',
      'y2021',
    ]);
    expect(ids(sortActivities(feed.activities, 'newest'))).to.deep.equal(
      ids(sortActivities(feed.activities)),
    );
  });

  it('oldest first is the reverse, except that ties keep feed order', () => {
    expect(ids(sortActivities(feed.activities, 'oldest'))).to.deep.equal([
      'y2021',
      'tie-1',
      'tie-2',
      'tie-3',
      'y2023',
      'm2023-01',
      'd2023-01-01',
      'm2023-05',
      'd2023-12-18',
    ]);
  });

  it('is stable for equal dates in either order, and does not change its input', () => {
    const reversed = [...feed.activities].reverse();
    const before = ids(reversed);
    const ties = (list: readonly Activity[]) => ids(list).filter((id) => id.startsWith('tie-'));
    expect(ties(sortActivities(reversed, 'newest'))).to.deep.equal(['tie-3', 'tie-2', 'tie-1']);
    expect(ties(sortActivities(reversed, 'oldest'))).to.deep.equal(['tie-3', 'tie-2', 'tie-1']);
    expect(ids(reversed)).to.deep.equal(before);
  });
});

describe('groupByYear', () => {
  const feed = feedOf([
    { id: 'a', date: '2023-12-18' },
    { id: 'b', date: '2023' },
    { id: 'c', date: '2021-04' },
    { id: 'd', date: '2022', endDate: '2023' },
    { id: 'e', date: '2021' },
  ]);

  it('groups sorted activities by the year they start in, keeping their order', () => {
    const groups = groupByYear(sortActivities(feed.activities));
    expect(groups.map((g) => [g.year, ids(g.activities)])).to.deep.equal([
      [2023, ['a', 'b']],
      [2022, ['d']],
      [2021, ['c', 'e']],
    ]);
  });

  it('groups only consecutive activities (it does not reorder)', () => {
    const groups = groupByYear(feed.activities);
    expect(groups.map((g) => g.year)).to.deep.equal([2023, 2021, 2022, 2021]);
  });

  it('gives no groups for no activities', () => {
    expect(groupByYear([])).to.deep.equal([]);
  });
});

describe('sums and lookups', () => {
  const feed = feedOf([
    { id: 'a', date: '2023', counts: { participants: 30, women: 18 }, partners: ['p2'] },
    { id: 'b', date: '2023', counts: { participants: 12, women: 0 }, partners: ['p1', 'p2'] },
    { id: 'c', date: '2023' },
  ]);

  it('sumCount adds one key over the activities; missing counts as 0', () => {
    expect(sumCount(feed.activities, 'participants')).to.equal(42);
    expect(sumCount(feed.activities, 'women')).to.equal(18);
    expect(sumCount(feed.activities, 'men')).to.equal(0);
    expect(sumCount([], 'participants')).to.equal(0);
  });

  it('sumCount of "activities" is the number of activities', () => {
    expect(sumCount(feed.activities, 'activities')).to.equal(3);
    expect(sumCount(feed.activities.slice(1), 'activities')).to.equal(2);
  });

  it('hasCount tells a zero from an absent count', () => {
    expect(hasCount(feed.activities.slice(1), 'women')).to.equal(true);
    expect(hasCount(feed.activities, 'men')).to.equal(false);
    expect(hasCount([], 'activities')).to.equal(true);
  });

  it('partnerIdsOf lists the partners used, in the feed’s partner order', () => {
    expect(partnerIdsOf(feed, feed.activities)).to.deep.equal(['p1', 'p2']);
    expect(partnerIdsOf(feed, feed.activities.slice(0, 1))).to.deep.equal(['p2']);
    expect(partnerIdsOf(feed, [])).to.deep.equal([]);
  });

  it('findActivity finds by id', () => {
    expect(findActivity(feed, 'b')?.id).to.equal('b');
    expect(findActivity(feed, 'zzz')).to.equal(undefined);
  });
});

describe('count keys named like Object.prototype members', () => {
  const feed = () =>
    parseFeed(
      JSON.parse(
        '{"version":1,"organization":{"id":"test-org","name":"Test Org (fictitious)"},' +
          '"metrics":[{"id":"__proto__","label":"P"},{"id":"constructor","label":"C"}],' +
          '"activities":[{"id":"a","date":"2022","title":"A","counts":{"__proto__":5,"constructor":3}},' +
          '{"id":"b","date":"2023","title":"B","counts":{"participants":2}}]}',
      ) as unknown,
    );

  it('sumCount adds only the activities’ own counts', () => {
    const f = feed();
    expect(sumCount(f.activities, '__proto__')).to.equal(5);
    expect(sumCount(f.activities, 'constructor')).to.equal(3);
    expect(sumCount(f.activities, 'toString')).to.equal(0);
    expect(sumCount(f.activities, 'hasOwnProperty')).to.equal(0);
  });

  it('hasCount does not see inherited members', () => {
    const f = feed();
    expect(hasCount(f.activities, 'toString')).to.equal(false);
    expect(hasCount(f.activities.slice(1), 'constructor')).to.equal(false);
    expect(hasCount(f.activities, '__proto__')).to.equal(true);
  });

  it('series by year sums numbers, never inherited members', () => {
    const f = feed();
    expect(series(f.activities, f, 'constructor', 'year').map((p) => p.value)).to.deep.equal([
      3, 0,
    ]);
    expect(series(f.activities, f, 'valueOf', 'year').map((p) => p.value)).to.deep.equal([0, 0]);
    expect(series(f.activities, f, '__proto__ toString', 'breakdown')).to.deep.include.members([
      { key: '__proto__', source: { kind: 'count', key: '__proto__' }, value: 5 },
      { key: 'toString', source: { kind: 'count', key: 'toString' }, value: 0 },
    ]);
  });
});
