/**
 * `next` pages (feed-v1.md, "Pagination"): loaded when a reader asks for older activities and
 * merged into the feed they continue. Elements import this module on demand, so a page whose
 * feed has no `next`, or whose reader never asks, never downloads it.
 */
import { DEFAULT_TIMEOUT, request, untilAborted, type LoadOptions } from './load.js';
import type { Problem } from './problems.js';
import { showValue } from './problem.js';
import type { Feed, Organization } from './types.js';

const nextPages = new WeakMap<Feed, Promise<Feed>>();

/**
 * Loads `feed.next` and returns a new feed with its activities appended. Activities whose id
 * is already present are skipped and reported; organization (field by field), partners,
 * programs and metrics merge with the first page winning on a clash. Shared: asking twice for
 * the next page of the same feed object gives the same promise.
 */
export function loadNextPage(feed: Feed, options: LoadOptions = {}): Promise<Feed> {
  if (!feed.next) return Promise.resolve(feed);
  let pending = nextPages.get(feed);
  if (!pending) {
    // Not through the shared cache: the page is parsed knowing the partners, programs and
    // metrics of the feed it continues, which its activities may name.
    const page = request(
      feed.next,
      options.timeout ?? DEFAULT_TIMEOUT,
      { continues: feed },
      options.retry,
    );
    pending = page.promise.then((next) => mergePages(feed, next));
    nextPages.set(feed, pending);
    pending.catch(() => nextPages.delete(feed));
  }
  return untilAborted(pending, options.signal, () => {});
}

/** A `next` page that leads nowhere new: its URL was loaded already, or it repeats a page. */
export class PageError extends Error {
  override readonly name = 'PageError';
  constructor(readonly code: 'page-loop' | 'page-repeat') {
    super(
      code === 'page-loop'
        ? 'The next page was already loaded (the pages loop).'
        : 'The next page only repeats activities already shown.',
    );
  }
}

const duplicates = (feed: Feed) => feed.problems.filter((p) => p.code === 'duplicate-id').length;

/**
 * Like `loadNextPage`, for a reader going back page by page: fails with a `PageError` when
 * `feed.next` is one of the `seen` page URLs (a loop), or when every activity of the page is
 * one already shown (the server sent a page again). Either way nothing is merged.
 */
export async function loadOlderPage(
  feed: Feed,
  seen: ReadonlySet<string>,
  options: LoadOptions = {},
): Promise<Feed> {
  if (feed.next && seen.has(feed.next)) throw new PageError('page-loop');
  const merged = await loadNextPage(feed, options);
  if (
    merged.activities.length === feed.activities.length &&
    duplicates(merged) > duplicates(feed)
  ) {
    throw new PageError('page-repeat');
  }
  return merged;
}

function mergeMaps<K, V>(first: ReadonlyMap<K, V>, second: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map(first);
  for (const [key, value] of second) if (!out.has(key)) out.set(key, value);
  return out;
}

/** Field by field, the first page winning; an id or name it has not got (invalid) is not a clash. */
function mergeOrganization(first: Organization, page: Organization): Organization {
  const merged = { ...page, ...first };
  if (first.id === '') merged.id = page.id;
  if (Object.keys(first.name).length === 0) merged.name = page.name;
  return merged;
}

/** Appends an older page to a feed (exported for tests and tools). */
export function mergePages(first: Feed, page: Feed): Feed {
  const ids = new Set(first.activities.map((a) => a.id));
  const problems: Problem[] = [...first.problems];
  const source = page.url ?? first.next;
  const from = (p: Problem): Problem => (source ? { ...p, source } : p);
  let skipped = first.skipped + page.skipped;
  for (const p of page.problems) {
    // Partners that the next page lists but does not use are often used by the first page.
    if (p.code !== 'unused-partner') problems.push(from(p));
  }
  const activities = [...first.activities];
  page.activities.forEach((activity) => {
    if (ids.has(activity.id)) {
      const index = activity.index;
      problems.push(
        from({
          path: `activities[${index}].id`,
          code: 'duplicate-id',
          severity: 'error',
          value: JSON.stringify(activity.id),
          skipped: true,
          message: `activities[${index}].id: ${JSON.stringify(activity.id)} is already used by another activity`,
        }),
      );
      skipped++;
      return;
    }
    ids.add(activity.id);
    activities.push(activity);
  });
  // A partner that the first page lists and only a later page uses is not unused after all.
  const used = new Set(activities.flatMap((a) => a.partners.map((ref) => showValue(ref.id))));
  const stillTrue = (p: Problem) => !(p.code === 'unused-partner' && used.has(p.value));
  const merged: Feed = {
    ...first,
    // Merged like the lists: a field only the older page gives (say a logo) is kept.
    organization: mergeOrganization(first.organization, page.organization),
    partners: mergeMaps(first.partners, page.partners),
    programs: mergeMaps(first.programs, page.programs),
    metrics: mergeMaps(first.metrics, page.metrics),
    activities,
    problems: problems.filter(stillTrue),
    skipped,
  };
  if (page.next && page.next !== first.url) return { ...merged, next: page.next };
  const last: { -readonly [K in keyof Feed]: Feed[K] } = merged;
  delete last.next;
  return last;
}
