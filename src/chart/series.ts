/**
 * What `<ishraqat-chart>` draws: one count summed by year, program, region or partner, or the
 * count keys themselves. Pure functions over a parsed feed, no DOM.
 */
import { countOf, hasCount, splitList, sumCount } from '../feed/query.js';
import type { Activity, Feed, Partner, Program, Region } from '../feed/types.js';

/** What a chart can group a count by (`by` on `<ishraqat-chart>`). */
export const SERIES_BY = ['year', 'program', 'region', 'partner', 'breakdown'] as const;
export type SeriesBy = (typeof SERIES_BY)[number];

/**
 * The count keys a `breakdown` shows when none are named: who took part, by sex and age.
 * (Summing unrelated keys such as `sessions` and `participants` into one chart would mislead.)
 */
export const DEFAULT_BREAKDOWN = ['women', 'men', 'girls', 'boys'] as const;

/** What one point of a series stands for, for the element to label it in its language. */
export type SeriesSource =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'program'; readonly program: Program }
  | { readonly kind: 'region'; readonly region: Region }
  | { readonly kind: 'partner'; readonly partner: Partner }
  | { readonly kind: 'count'; readonly key: string }
  /** Activities with no program, region or partner. */
  | { readonly kind: 'unspecified' };

export interface SeriesPoint {
  /** Stable key: the year, a program / partner id, a region code (or `text:` + its text), a count key, or `''` for unspecified. */
  readonly key: string;
  readonly source: SeriesSource;
  readonly value: number;
}

const regionKey = (region: Region) =>
  region.code !== undefined ? region.code : `text:${Object.values(region.text)[0] ?? ''}`;

/**
 * One count summed by year, program, region or partner, or the count keys themselves
 * (`breakdown`), as the points of a chart, in reading order:
 *
 * - `year`: every year from the first to the last activity's, gaps included (as zero), oldest
 *   first; an activity counts in the year it starts.
 * - `program`, `region`, `partner`: the ones the activities name, largest first (ties in feed
 *   or first-seen order), then activities that name none as `unspecified`. An activity with
 *   several partners counts for each of them.
 * - `breakdown`: `metric` is a list of count keys (space-separated or an array); with none
 *   (or only `activities`), the keys of DEFAULT_BREAKDOWN that the activities carry.
 *
 * `metric` is a count key or `activities` (the number of activities).
 */
export function series(
  activities: readonly Activity[],
  feed: Pick<Feed, 'programs' | 'partners'>,
  metric: string | readonly string[],
  by: SeriesBy,
): SeriesPoint[] {
  const metrics = typeof metric === 'string' ? splitList(metric) : [...metric];
  if (by === 'breakdown') {
    let keys = [...new Set(metrics.filter((m) => m !== 'activities'))];
    if (keys.length === 0) keys = DEFAULT_BREAKDOWN.filter((key) => hasCount(activities, key));
    return keys.map((key) => ({
      key,
      source: { kind: 'count', key },
      value: sumCount(activities, key),
    }));
  }
  const key = metrics[0] ?? 'activities';
  const valueOf = (a: Activity) => (key === 'activities' ? 1 : countOf(a, key));

  if (by === 'year') {
    if (activities.length === 0) return [];
    const totals = new Map<number, number>();
    let first = Infinity;
    let last = -Infinity;
    for (const a of activities) {
      const year = a.date.year;
      totals.set(year, (totals.get(year) ?? 0) + valueOf(a));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    const points: SeriesPoint[] = [];
    for (let year = first; year <= last; year++) {
      points.push({
        key: String(year),
        source: { kind: 'year', year },
        value: totals.get(year) ?? 0,
      });
    }
    return points;
  }

  // Categories in first-seen order (feed order for programs and partners), then by value.
  const groups = new Map<string, { source: SeriesSource; value: number; order: number }>();
  let unspecified: number | undefined;
  const add = (id: string, source: () => SeriesSource, order: number, value: number) => {
    const group = groups.get(id);
    if (group) group.value += value;
    else groups.set(id, { source: source(), value, order });
  };
  const programOrder = new Map([...feed.programs.keys()].map((id, i) => [id, i]));
  const partnerOrder = new Map([...feed.partners.keys()].map((id, i) => [id, i]));
  for (const a of activities) {
    const value = valueOf(a);
    if (by === 'program') {
      const program = a.program === undefined ? undefined : feed.programs.get(a.program);
      if (program)
        add(program.id, () => ({ kind: 'program', program }), programOrder.get(program.id)!, value);
      else unspecified = (unspecified ?? 0) + value;
    } else if (by === 'region') {
      const region = a.location?.region;
      if (region) add(regionKey(region), () => ({ kind: 'region', region }), groups.size, value);
      else unspecified = (unspecified ?? 0) + value;
    } else {
      const ids = [...new Set(a.partners.map((p) => p.id))];
      let named = false;
      for (const id of ids) {
        const partner = feed.partners.get(id);
        if (!partner) continue;
        named = true;
        add(id, () => ({ kind: 'partner', partner }), partnerOrder.get(id)!, value);
      }
      if (!named) unspecified = (unspecified ?? 0) + value;
    }
  }
  const points: SeriesPoint[] = [...groups]
    .sort(([, a], [, b]) => b.value - a.value || a.order - b.order)
    .map(([id, group]) => ({ key: id, source: group.source, value: group.value }));
  if (unspecified !== undefined)
    points.push({ key: '', source: { kind: 'unspecified' }, value: unspecified });
  return points;
}
