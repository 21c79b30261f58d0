/**
 * What `<ishraqat-counts>` (and the impact summary) show: metrics derived from the activities
 * (partners, regions, people) or summed from their counts, and targets with what was achieved.
 * Pure functions over a parsed feed, no DOM.
 */
import { toFeedDate } from '../feed/parse-core.js';
import { hasCount, partnerIdsOf, sumCount, type ActivityFilter } from '../feed/query.js';
import type { Activity, Feed, FeedDate, Target } from '../feed/types.js';

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
