/**
 * Querying a parsed feed: filters, order, grouping, sums. Pure functions, no DOM: the same
 * filter on two elements always gives the same activities.
 */
import { isCalendarDate, PARTNER_ROLES, PARTNER_TYPES } from './vocabulary.js';
import { toFeedDate } from './parse-core.js';
import type {
  Activity,
  Feed,
  FeedDate,
  Partner,
  PartnerRole,
  PartnerType,
  Program,
  Region,
  Target,
} from './types.js';

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

/** Space-separated attribute value → list (empty list for nothing). */
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
function countOf(a: Activity, key: string): number {
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

// ---- partners and derived metrics (used by <ishraqat-partners> and <ishraqat-counts>) ----

/** The partners named by the activities (in feed order), optionally only of some types. */
export function partnersOf(
  feed: Feed,
  activities: readonly Activity[],
  types?: readonly string[],
): Partner[] {
  const partners = partnerIdsOf(feed, activities).map((id) => feed.partners.get(id)!);
  return types?.length ? partners.filter((p) => types.includes(p.type)) : partners;
}

export interface RoleGroup {
  /** The IATI role, or `undefined` for partners the activities name without a role. */
  readonly role: PartnerRole | undefined;
  readonly partners: readonly Partner[];
}

/**
 * `partners` grouped by the IATI roles the activities give them, in the order funding,
 * accountable, extending, implementing, then partners never given a role. A partner with
 * several roles sits in each of their groups; one given a role anywhere is not repeated
 * among the role-less. Empty groups are left out; partners keep the order given.
 */
export function groupPartnersByRole(
  activities: readonly Activity[],
  partners: readonly Partner[],
): RoleGroup[] {
  const roles = new Map<string, Set<PartnerRole>>();
  for (const a of activities) {
    for (const ref of a.partners) {
      if (!ref.role) continue;
      let set = roles.get(ref.id);
      if (!set) roles.set(ref.id, (set = new Set()));
      set.add(ref.role);
    }
  }
  const groups: RoleGroup[] = PARTNER_ROLES.map((role) => ({
    role,
    partners: partners.filter((p) => roles.get(p.id)?.has(role)),
  }));
  groups.push({ role: undefined, partners: partners.filter((p) => !roles.has(p.id)) });
  return groups.filter((g) => g.partners.length > 0);
}

export interface TypeGroup {
  readonly type: PartnerType;
  readonly partners: readonly Partner[];
}

/** `partners` grouped by type, in the order of `PARTNER_TYPES`; empty groups left out. */
export function groupPartnersByType(partners: readonly Partner[]): TypeGroup[] {
  return PARTNER_TYPES.map((type) => ({
    type,
    partners: partners.filter((p) => p.type === type),
  })).filter((g) => g.partners.length > 0);
}

/** Metrics every feed can answer, derived from the activities rather than their counts. */
export const DERIVED_METRICS = ['activities', 'partners', 'regions', 'people'] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];

const isDerived = (metric: string): metric is DerivedMetric =>
  (DERIVED_METRICS as readonly string[]).includes(metric);

/** Distinct regions of the activities: ISO codes case-insensitively, free-text by its text. */
export function countRegions(activities: readonly Activity[]): number {
  const seen = new Set<string>();
  for (const a of activities) {
    const region = a.location?.region;
    if (!region) continue;
    if (region.code !== undefined) seen.add(`code:${region.code.toUpperCase()}`);
    else seen.add(`text:${JSON.stringify(Object.entries(region.text).sort())}`);
  }
  return seen.size;
}

/** Distinct people named by the activities (the same name in two activities counts once). */
export function countPeople(activities: readonly Activity[]): number {
  const seen = new Set<string>();
  for (const a of activities) {
    for (const person of a.people) seen.add(JSON.stringify(Object.entries(person.name).sort()));
  }
  return seen.size;
}

/**
 * The value of a metric over the activities: `activities` (how many), `partners` (distinct
 * partners named), `regions` (distinct regions), `people` (distinct people named), or the
 * sum of a count key.
 */
export function metricValue(feed: Feed, activities: readonly Activity[], metric: string): number {
  switch (metric) {
    case 'partners':
      return partnerIdsOf(feed, activities).length;
    case 'regions':
      return countRegions(activities);
    case 'people':
      return countPeople(activities);
    default:
      return sumCount(activities, metric);
  }
}

/**
 * Whether the feed can say anything about a metric: derived metrics always; a count key when
 * some activity of the feed carries it or a target names it. (A key no activity reports is
 * unknown, not zero.)
 */
export function feedHasMetric(feed: Feed, metric: string): boolean {
  return (
    isDerived(metric) ||
    hasCount(feed.activities, metric) ||
    feed.targets.some((t) => t.metric === metric)
  );
}

export interface TargetProgress {
  /** What the work aims for (several targets of one period, for several programs, add up). */
  readonly value: number;
  /** The metric over the filtered activities that fall in the targets' period and programs. */
  readonly achieved: number;
  /** The targets' period; open ends are absent. */
  readonly from?: FeedDate;
  readonly to?: FeedDate;
  /** The targets that were added up, in feed order. */
  readonly targets: readonly Target[];
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart <= bEnd && bStart <= aEnd;

/**
 * The feed's target for `metric` under an element's filter, with what was achieved.
 *
 * A target applies when all of these hold:
 * - it names the metric;
 * - programs: with no `program` filter, only targets without a program; with one, only
 *   targets whose program is among the filter's (achieved then counts only that program);
 * - its period (`from`…`to`, open where absent) overlaps the filter's `from`…`to`;
 * - the filter has no `partner`, `tag` or `region`: targets are set for whole programs, so a
 *   slice of them has no target.
 * Of the applicable targets, those of the latest period win (latest end, then latest start);
 * targets of that same period for different programs add up. `achieved` is the metric over
 * `activities` (already filtered) that overlap that period and belong to those programs.
 */
export function targetProgress(
  feed: Feed,
  activities: readonly Activity[],
  metric: string,
  filter: ActivityFilter,
): TargetProgress | undefined {
  if (filter.partner?.length || filter.tag?.length || filter.region?.length) return undefined;
  const fromStart = filter.from ? toFeedDate(filter.from).start : -Infinity;
  const toEnd = filter.to ? toFeedDate(filter.to).end : Infinity;
  const programs = filter.program ?? [];
  const start = (t: Target) => t.from?.start ?? -Infinity;
  const end = (t: Target) => t.to?.end ?? Infinity;
  const applicable = feed.targets.filter(
    (t) =>
      t.metric === metric &&
      (programs.length
        ? t.program !== undefined && programs.includes(t.program)
        : t.program === undefined) &&
      overlaps(start(t), end(t), fromStart, toEnd),
  );
  if (applicable.length === 0) return undefined;
  const best = applicable.reduce((a, b) =>
    end(b) > end(a) || (end(b) === end(a) && start(b) > start(a)) ? b : a,
  );
  const chosen: Target[] = [];
  for (const t of applicable) {
    if (start(t) !== start(best) || end(t) !== end(best)) continue;
    if (chosen.some((c) => c.program === t.program)) continue;
    chosen.push(t);
  }
  const chosenPrograms = chosen.map((t) => t.program);
  const inScope = activities.filter(
    (a) =>
      overlaps(a.date.start, (a.endDate ?? a.date).end, start(best), end(best)) &&
      (programs.length === 0 || chosenPrograms.includes(a.program)),
  );
  return {
    value: chosen.reduce((sum, t) => sum + t.value, 0),
    achieved: metricValue(feed, inScope, metric),
    ...(best.from ? { from: best.from } : {}),
    ...(best.to ? { to: best.to } : {}),
    targets: chosen,
  };
}
