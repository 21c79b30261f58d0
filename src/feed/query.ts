/**
 * Querying a parsed feed, for every element: filters, order, grouping by year, sums. Pure
 * functions, no DOM: the same filter on two elements always gives the same activities. What
 * only one element needs lives next to it (src/chart/series.ts, src/partners/groups.ts,
 * src/counts/metrics.ts).
 */
import { isCalendarDate } from './vocabulary.js';
import { toFeedDate } from './parse-core.js';
import type { Activity, Feed, Region } from './types.js';

export const ORDERS = ['newest', 'oldest'] as const;
export type Order = (typeof ORDERS)[number];

export interface ActivityFilter {
  /** Activities that end on or after the start of this date ("2021", "2021-06", "2021-06-15"). */
  readonly from?: string;
  /** Activities that start on or before the end of this date. */
  readonly to?: string;
  /** Any of these program ids. */
  readonly program?: readonly string[];
  /** Any of these partner ids. */
  readonly partner?: readonly string[];
  /** Any of these tags. */
  readonly tag?: readonly string[];
  /** Any of these region codes (case-insensitive) or free-text region names. */
  readonly region?: readonly string[];
}

export const FILTER_KEYS = ['from', 'to', 'program', 'partner', 'tag', 'region'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Space-separated attribute value → list (empty list for nothing). The one rule for lists in
 * attributes (`program="a b"`, `metrics="women men"`); spreadsheet cells have their own
 * separators (src/convert/cells.ts `cellList`), since a cell is not an attribute.
 */
export function splitList(value: string | null | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** Builds a filter from attribute values; invalid dates are reported in `invalid`. */
export function filterFromAttributes(attrs: Partial<Record<FilterKey, string | null>>): {
  filter: ActivityFilter;
  invalid: FilterKey[];
} {
  const filter: { -readonly [K in keyof ActivityFilter]: ActivityFilter[K] } = {};
  const invalid: FilterKey[] = [];
  for (const key of ['from', 'to'] as const) {
    const value = attrs[key]?.trim();
    if (!value) continue;
    if (isCalendarDate(value)) filter[key] = value;
    else invalid.push(key);
  }
  for (const key of ['program', 'partner', 'tag', 'region'] as const) {
    const list = splitList(attrs[key]);
    if (list.length) filter[key] = list;
  }
  return { filter, invalid };
}

function regionMatches(region: Region | undefined, wanted: readonly string[]): boolean {
  if (!region) return false;
  if (region.code !== undefined) return wanted.some((w) => w.toUpperCase() === region.code);
  const names = Object.values(region.text);
  return wanted.some((w) => names.includes(w));
}

const any = <T>(wanted: readonly T[] | undefined, test: (w: T) => boolean) =>
  !wanted || wanted.length === 0 || wanted.some(test);

/** The activities that pass every filter given (filters combine with AND, values with OR). */
export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter,
): Activity[] {
  const from = filter.from ? toFeedDate(filter.from).start : -Infinity;
  const to = filter.to ? toFeedDate(filter.to).end : Infinity;
  return activities.filter((a) => {
    const end = (a.endDate ?? a.date).end;
    if (end < from || a.date.start > to) return false;
    if (!any(filter.program, (p) => a.program === p)) return false;
    if (!any(filter.partner, (p) => a.partners.some((ref) => ref.id === p))) return false;
    if (!any(filter.tag, (t) => a.tags.includes(t))) return false;
    if (filter.region?.length && !regionMatches(a.location?.region, filter.region)) return false;
    return true;
  });
}

/**
 * Newest first (or oldest first). Activities compare by their first day; at the same first
 * day the more precise date comes first when newest, and feed order breaks remaining ties.
 */
export function sortActivities(
  activities: readonly Activity[],
  order: Order = 'newest',
): Activity[] {
  const rank = { day: 0, month: 1, year: 2 } as const;
  const indexed = activities.map((activity, index) => ({ activity, index }));
  const sign = order === 'oldest' ? 1 : -1;
  indexed.sort(
    (a, b) =>
      sign * (a.activity.date.start - b.activity.date.start) ||
      sign * (rank[b.activity.date.precision] - rank[a.activity.date.precision]) ||
      a.index - b.index,
  );
  return indexed.map((x) => x.activity);
}

export interface YearGroup {
  readonly year: number;
  readonly activities: readonly Activity[];
}

/** Consecutive activities of the same year, in the order given. */
export function groupByYear(activities: readonly Activity[]): YearGroup[] {
  const groups: { year: number; activities: Activity[] }[] = [];
  for (const activity of activities) {
    const last = groups.at(-1);
    if (last && last.year === activity.date.year) last.activities.push(activity);
    else groups.push({ year: activity.date.year, activities: [activity] });
  }
  return groups;
}

/** Sum of one count key (or the number of activities, for `activities`). */
export function sumCount(activities: readonly Activity[], metric: string): number {
  if (metric === 'activities') return activities.length;
  let total = 0;
  for (const a of activities) total += countOf(a, metric);
  return total;
}

/** One activity's count of `key`, 0 when absent (own keys only: not `constructor`, `__proto__` …). */
export function countOf(a: Activity, key: string): number {
  return Object.hasOwn(a.counts, key) ? (a.counts[key] ?? 0) : 0;
}

/** Whether any activity carries this count key. */
export function hasCount(activities: readonly Activity[], metric: string): boolean {
  return metric === 'activities' || activities.some((a) => Object.hasOwn(a.counts, metric));
}

/** Ids of the partners named by the activities, in the feed's partner order. */
export function partnerIdsOf(feed: Feed, activities: readonly Activity[]): string[] {
  const used = new Set(activities.flatMap((a) => a.partners.map((p) => p.id)));
  return [...feed.partners.keys()].filter((id) => used.has(id));
}

/** The activity with this id, if any. */
export function findActivity(feed: Feed, id: string): Activity | undefined {
  return feed.activities.find((a) => a.id === id);
}
