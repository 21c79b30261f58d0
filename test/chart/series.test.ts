// series(): the pure aggregation behind <ishraqat-chart>. All data here is fictitious.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { DEFAULT_BREAKDOWN, series, type SeriesPoint } from '../../src/chart/series.js';
import type { Feed } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

function feedOf(activities: Json[]): Feed {
  const feed = parseFeed({
    version: 1,
    organization: { id: 'test-org', name: 'Test Org (fictitious)' },
    partners: [
      { id: 'p1', name: 'Partner One', type: 'donor' },
      { id: 'p2', name: 'Partner Two', type: 'ngo' },
      { id: 'p3', name: 'Partner Three', type: 'un' },
    ],
    programs: [
      { id: 'health', name: 'Health' },
      { id: 'water', name: 'Water' },
      { id: 'unused', name: 'Unused' },
    ],
    activities: activities.map((a) => ({ title: `Activity ${String(a.id)}`, ...a })),
  });
  const errors = feed.problems.filter((p) => p.severity === 'error');
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
  return feed;
}

const pairs = (points: SeriesPoint[]) => points.map((p) => [p.key, p.value]);

const feed = feedOf([
  {
    id: 'a',
    date: '2019-05',
    program: 'health',
    location: { region: 'IQ-BA' },
    partners: ['p2'],
    counts: { participants: 40, women: 25, men: 15 },
  },
  {
    id: 'b',
    date: '2021-02-10',
    endDate: '2022-03',
    program: 'water',
    location: { region: 'iq-mu' },
    partners: ['p1', { id: 'p2', role: 'funding' }],
    counts: { participants: 100, women: 40, men: 60, sessions: 4 },
  },
  {
    id: 'c',
    date: '2021',
    program: 'water',
    location: { region: { en: 'Marshes', ar: 'الأهوار' } },
    partners: ['p1'],
    counts: { participants: 10, girls: 6, boys: 4 },
  },
  { id: 'd', date: '2022-12-31', counts: { volunteers: 3 } },
]);

describe('series()', () => {
  describe('by year', () => {
    it('sums a count per year, oldest first, with empty years as zero', () => {
      const points = series(feed.activities, feed, 'participants', 'year');
      expect(pairs(points)).to.deep.equal([
        ['2019', 40],
        ['2020', 0],
        ['2021', 110],
        ['2022', 0],
      ]);
      expect(points[0]!.source).to.deep.equal({ kind: 'year', year: 2019 });
    });

    it('counts activities with `activities`, each in the year it starts', () => {
      expect(pairs(series(feed.activities, feed, 'activities', 'year'))).to.deep.equal([
        ['2019', 1],
        ['2020', 0],
        ['2021', 2],
        ['2022', 1],
      ]);
    });

    it('gives no points for no activities', () => {
      expect(series([], feed, 'participants', 'year')).to.deep.equal([]);
    });

    it('uses the first metric of a list', () => {
      expect(pairs(series(feed.activities, feed, 'women men', 'year'))[0]).to.deep.equal([
        '2019',
        25,
      ]);
    });
  });

  describe('by program', () => {
    it('largest first, then activities without a program as unspecified', () => {
      const points = series(feed.activities, feed, 'participants', 'program');
      expect(pairs(points)).to.deep.equal([
        ['water', 110],
        ['health', 40],
        ['', 0],
      ]);
      expect(points[0]!.source.kind).to.equal('program');
      expect(points[2]!.source).to.deep.equal({ kind: 'unspecified' });
    });

    it('leaves out programs no activity names', () => {
      const keys = series(feed.activities, feed, 'activities', 'program').map((p) => p.key);
      expect(keys).not.to.include('unused');
    });

    it('breaks ties in feed order', () => {
      const tie = feedOf([
        { id: 'x', date: '2020', program: 'water' },
        { id: 'y', date: '2020', program: 'health' },
      ]);
      expect(series(tie.activities, tie, 'activities', 'program').map((p) => p.key)).to.deep.equal([
        'health',
        'water',
      ]);
    });
  });

  describe('by region', () => {
    it('groups ISO codes case-insensitively and free text by its text', () => {
      const points = series(feed.activities, feed, 'activities', 'region');
      expect(pairs(points)).to.deep.equal([
        ['IQ-BA', 1],
        ['IQ-MU', 1],
        ['text:Marshes', 1],
        ['', 1],
      ]);
      expect(points[2]!.source).to.deep.equal({
        kind: 'region',
        region: { text: { en: 'Marshes', ar: 'الأهوار' } },
      });
    });
  });

  describe('by partner', () => {
    it('counts an activity for each of its partners, roles or not', () => {
      const points = series(feed.activities, feed, 'participants', 'partner');
      expect(pairs(points)).to.deep.equal([
        ['p2', 140],
        ['p1', 110],
        ['', 0],
      ]);
      expect(points[0]!.source.kind).to.equal('partner');
    });
  });

  describe('breakdown', () => {
    it('defaults to women, men, girls and boys that the activities carry', () => {
      expect(DEFAULT_BREAKDOWN).to.deep.equal(['women', 'men', 'girls', 'boys']);
      const points = series(feed.activities, feed, 'activities', 'breakdown');
      expect(pairs(points)).to.deep.equal([
        ['women', 65],
        ['men', 75],
        ['girls', 6],
        ['boys', 4],
      ]);
      expect(points[0]!.source).to.deep.equal({ kind: 'count', key: 'women' });
    });

    it('shows the keys named in metric, in that order, once each', () => {
      const points = series(feed.activities, feed, 'sessions volunteers sessions', 'breakdown');
      expect(pairs(points)).to.deep.equal([
        ['sessions', 4],
        ['volunteers', 3],
      ]);
      expect(pairs(series(feed.activities, feed, ['men', 'women'], 'breakdown'))).to.deep.equal([
        ['men', 75],
        ['women', 65],
      ]);
    });

    it('is empty when no activity carries the default keys', () => {
      const none = feedOf([{ id: 'n', date: '2020', counts: { sessions: 2 } }]);
      expect(series(none.activities, none, '', 'breakdown')).to.deep.equal([]);
    });
  });
});
