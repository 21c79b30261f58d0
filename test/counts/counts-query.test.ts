// The pure helpers behind <ishraqat-counts>: derived metrics and which target applies under a
// filter. All data here is fictitious test data.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import {
  countPeople,
  countRegions,
  feedHasMetric,
  metricValue,
  targetProgress,
} from '../../src/counts/metrics.js';
import {
  filterActivities,
  filterFromAttributes,
  type ActivityFilter,
} from '../../src/feed/query.js';

const feed = parseFeed({
  version: 1,
  language: 'en',
  organization: { id: 'org', name: 'Test Org (fictitious)' },
  partners: [
    { id: 'x', name: 'Partner X', type: 'ngo' },
    { id: 'y', name: 'Partner Y', type: 'donor' },
  ],
  programs: [
    { id: 'p1', name: 'Program one' },
    { id: 'p2', name: 'Program two' },
  ],
  metrics: [{ id: 'kits', label: { en: 'Kits handed out', ar: 'حقائب موزعة' } }],
  targets: [
    { metric: 'participants', value: 100, from: '2022', to: '2022' },
    { metric: 'participants', value: 200, from: '2023', to: '2023' },
    { metric: 'participants', value: 50, from: '2023', to: '2023', program: 'p1' },
    { metric: 'participants', value: 70, from: '2023', to: '2023', program: 'p2' },
    { metric: 'participants', value: 999, from: '2022', to: '2022', program: 'p1' },
    { metric: 'activities', value: 10 },
    { metric: 'kits', value: 40, from: '2023' },
  ],
  activities: [
    {
      id: 'a',
      date: '2022-03',
      title: 'A',
      program: 'p1',
      location: { region: 'IQ-MU' },
      partners: ['x'],
      people: [{ name: { en: 'Test Person One', ar: 'شخص أول' } }],
      counts: { participants: 30 },
    },
    {
      id: 'b',
      date: '2023-01-10',
      title: 'B',
      program: 'p1',
      location: { region: 'iq-mu' },
      partners: ['x', 'y'],
      people: [{ name: { en: 'Test Person One', ar: 'شخص أول' } }, { name: 'Test Person Two' }],
      counts: { participants: 40, kits: 5 },
    },
    {
      id: 'c',
      date: '2023-06',
      title: 'C',
      program: 'p2',
      location: { region: { en: 'Test valley' } },
      counts: { participants: 60, kits: 7 },
    },
    { id: 'd', date: '2021', endDate: '2023-02', title: 'D', location: { region: 'IQ-BA' } },
  ],
});

const all = feed.activities;
const progress = (metric: string, attrs: Parameters<typeof filterFromAttributes>[0] = {}) => {
  const filter: ActivityFilter = filterFromAttributes(attrs).filter;
  return targetProgress(feed, filterActivities(all, filter), metric, filter);
};

describe('count queries', () => {
  describe('derived metrics', () => {
    it('counts activities, distinct partners, regions and people', () => {
      expect(metricValue(feed, all, 'activities')).to.equal(4);
      expect(metricValue(feed, all, 'partners')).to.equal(2);
      // IQ-MU twice (case-insensitive), a free-text region, IQ-BA.
      expect(countRegions(all)).to.equal(3);
      expect(metricValue(feed, all, 'regions')).to.equal(3);
      // "Test Person One" is named twice.
      expect(countPeople(all)).to.equal(2);
      expect(metricValue(feed, all, 'people')).to.equal(2);
    });

    it('sums count keys', () => {
      expect(metricValue(feed, all, 'participants')).to.equal(130);
      expect(metricValue(feed, all, 'kits')).to.equal(12);
      expect(metricValue(feed, all, 'women')).to.equal(0);
    });

    it('knows which metrics the feed can answer', () => {
      for (const m of ['activities', 'partners', 'regions', 'people', 'participants', 'kits']) {
        expect(feedHasMetric(feed, m), m).to.equal(true);
      }
      expect(feedHasMetric(feed, 'women')).to.equal(false);
    });
  });

  describe('targetProgress', () => {
    it('without filters: the latest org-wide target, achieved within its period', () => {
      const t = progress('participants')!;
      expect(t.value).to.equal(200);
      // b (40) and c (60) are in 2023; a is in 2022.
      expect(t.achieved).to.equal(100);
      expect(t.from!.text).to.equal('2023');
      expect(t.to!.text).to.equal('2023');
    });

    it('a date filter picks the target whose period overlaps it', () => {
      const t = progress('participants', { from: '2022', to: '2022' })!;
      expect(t.value).to.equal(100);
      expect(t.achieved).to.equal(30);
    });

    it('a program filter uses that program’s targets only', () => {
      const t = progress('participants', { program: 'p1' })!;
      expect(t.value).to.equal(50);
      expect(t.achieved).to.equal(40);
      const older = progress('participants', { program: 'p1', to: '2022' })!;
      expect(older.value).to.equal(999);
      expect(older.achieved).to.equal(30);
    });

    it('targets of the same period for several filtered programs add up', () => {
      const t = progress('participants', { program: 'p1 p2' })!;
      expect(t.value).to.equal(120);
      expect(t.achieved).to.equal(100);
      expect(t.targets).to.have.length(2);
    });

    it('no target under a partner, tag or region filter, or outside every period', () => {
      expect(progress('participants', { partner: 'x' })).to.equal(undefined);
      expect(progress('participants', { region: 'IQ-MU' })).to.equal(undefined);
      expect(progress('participants', { tag: 'any' })).to.equal(undefined);
      expect(progress('participants', { to: '2021' })).to.equal(undefined);
      expect(progress('women')).to.equal(undefined);
    });

    it('handles open periods and derived metrics', () => {
      const activities = progress('activities')!;
      expect(activities.value).to.equal(10);
      expect(activities.achieved).to.equal(4);
      expect(activities.from).to.equal(undefined);
      const kits = progress('kits')!;
      expect(kits.value).to.equal(40);
      expect(kits.achieved).to.equal(12);
      expect(kits.from!.text).to.equal('2023');
      expect(kits.to).to.equal(undefined);
    });

    it('counts an activity that spans into the target period', () => {
      // d runs 2021 → 2023-02: it overlaps 2023 and counts as an activity there.
      const t = targetProgress(feed, all, 'activities', {})!;
      expect(t.achieved).to.equal(4);
      const f = filterFromAttributes({ from: '2023' }).filter;
      expect(filterActivities(all, f).map((a) => a.id)).to.include('d');
    });
  });
});
