/**
 * The activities of an impact summary as a CSV file: one row an activity, counts as columns.
 * DOM-free (the element turns the text into a download).
 *
 * - Cells as src/feed/csv/write.ts writes them: RFC 4180 (quoted when they must be, rows end with CRLF),
 *   and against CSV ("formula") injection a text cell that starts with `=`, `+`, `-`, `@`, a
 *   tab or a carriage return gets a leading apostrophe. Numbers are written as they are
 *   (counts are never negative).
 * - Prefixed with a UTF-8 byte order mark, so spreadsheet programs read Arabic as UTF-8.
 * - The headers are the feed's spreadsheet columns (src/feed/csv/columns.ts: `title_ar`,
 *   `partners` with `id:role`, well-known count keys by name, other counts as `count_<key>`),
 *   so an export reads back in as a feed (`ishraqat-feed from-csv`, the embed builder).
 */
import { WELL_KNOWN_COUNTS } from '../feed/vocabulary.js';
import { resolveText, sameLanguage } from '../feed/text.js';
import type { Activity, Feed } from '../feed/types.js';
import {
  COUNT_PREFIX,
  CSV_COLUMNS as C,
  languageColumn,
  LIST_SEPARATOR,
  partnerCell,
} from '../feed/csv/columns.js';
import { BOM, toCsv, type CsvValue } from '../feed/csv/write.js';

export { BOM, csvCell, neutralize, toCsv, type CsvValue } from '../feed/csv/write.js';

/** The MIME type of the download. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

export interface CsvOptions {
  /** The element's language: its title column comes first, free-text regions are in it. */
  readonly lang: string;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/** The languages of the activities' titles: `lang` first, then in the order first seen. */
function titleLanguages(activities: readonly Activity[], lang: string): string[] {
  const seen: string[] = [];
  for (const a of activities) {
    for (const tag of Object.keys(a.title)) if (!seen.includes(tag)) seen.push(tag);
  }
  const own = seen.filter((tag) => tag.toLowerCase() === lang.toLowerCase());
  const same = seen.filter((tag) => !own.includes(tag) && sameLanguage(tag, lang));
  return [...own, ...same, ...seen.filter((tag) => !own.includes(tag) && !same.includes(tag))];
}

/** The count keys the activities carry: well-known ones in their usual order, then the feed's metrics, then the rest. */
function countKeys(feed: Pick<Feed, 'metrics'>, activities: readonly Activity[]): string[] {
  const present = new Set<string>();
  for (const a of activities) for (const key of Object.keys(a.counts)) present.add(key);
  const ordered: string[] = [
    ...WELL_KNOWN_COUNTS.filter((key) => present.has(key)),
    ...[...feed.metrics.keys()].filter((key) => present.has(key)),
  ];
  for (const key of present) if (!ordered.includes(key)) ordered.push(key);
  return ordered;
}

const isWellKnown = (key: string) => (WELL_KNOWN_COUNTS as readonly string[]).includes(key);

/** Header of a count column: a well-known key by name, any other as `count_<key>`. */
export function countColumn(key: string): string {
  return isWellKnown(key) ? key : `${COUNT_PREFIX}${key}`;
}

/**
 * The table of activities, in the order given: `id`, `date`, `end_date`, `title_<lang>` for
 * each language of the titles, `program` (id), `region` (ISO code, or free text in `lang`),
 * `partners` (`id` or `id:role`, separated by `; `), `tags` (`; `), `url`, then one column per
 * count key. A count an activity does not report is empty, not zero.
 */
export function activitiesTable(
  feed: Pick<Feed, 'language' | 'metrics'>,
  activities: readonly Activity[],
  options: CsvOptions,
): CsvTable {
  const languages = titleLanguages(activities, options.lang);
  const keys = countKeys(feed, activities);
  const header = [
    C.id,
    C.date,
    C.endDate,
    ...languages.map((tag) => languageColumn('title', tag)),
    C.program,
    C.region,
    C.partners,
    C.tags,
    C.url,
    ...keys.map(countColumn),
  ];
  const rows = activities.map((a) => {
    const region = a.location?.region;
    return [
      a.id,
      a.date.text,
      a.endDate?.text,
      ...languages.map((tag) => a.title[tag]),
      a.program,
      region?.code ?? resolveText(region?.text, options.lang, feed.language)?.text,
      a.partners.map((p) => partnerCell(p.id, p.role)).join(LIST_SEPARATOR) || undefined,
      a.tags.join(LIST_SEPARATOR) || undefined,
      a.url,
      ...keys.map((key) => (Object.hasOwn(a.counts, key) ? a.counts[key] : undefined)),
    ];
  });
  return { header, rows };
}

/** The whole file: byte order mark, header row, one row an activity. */
export function activitiesCsv(
  feed: Pick<Feed, 'language' | 'metrics'>,
  activities: readonly Activity[],
  options: CsvOptions,
): string {
  const { header, rows } = activitiesTable(feed, activities, options);
  return BOM + toCsv([header, ...rows]);
}

/** Keeps a file name to letters, digits, dots, hyphens and underscores. */
const safe = (text: string) => {
  const name = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '');
  // Trailing hyphens trimmed by hand: `-+$` backtracks quadratically on a long run of them.
  let end = name.length;
  while (end > 0 && name[end - 1] === '-') end--;
  return name.slice(0, end).slice(0, 60);
};

/**
 * The download's name from the organization's id and the activities' dates:
 * `ishraqat-activities-2021-2023.csv`, `ishraqat-activities-2023.csv` for a single period.
 */
export function csvFileName(organizationId: string, activities: readonly Activity[]): string {
  const org = safe(organizationId) || 'feed';
  if (activities.length === 0) return `${org}-activities.csv`;
  let first = activities[0]!.date;
  let last = activities[0]!.endDate ?? activities[0]!.date;
  for (const a of activities) {
    if (a.date.start < first.start) first = a.date;
    const end = a.endDate ?? a.date;
    if (end.end > last.end) last = end;
  }
  const range = first.text === last.text ? first.text : `${first.text}_${last.text}`;
  return `${org}-activities-${range}.csv`;
}
