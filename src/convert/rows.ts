/**
 * Rows: one activities-sheet row → one activity (still unchecked: assembly runs the feed's
 * rules over it), and ids for rows that lack one. DOM-free and Node-free.
 */
import type { CsvRow } from '../feed/csv/read.js';
import { PARTNER_ROLES, type PartnerRole } from '../feed/schema.js';
import { joinPath } from '../feed/walk.js';
import {
  asciiDigits,
  cellList,
  cellText,
  compact,
  firstText,
  localized,
  localizedLists,
  slug,
  toCount,
  toNumber,
  type Raw,
} from './cells.js';
import type { ActivityField, Column } from './columns.js';
import type { Finding } from './findings.js';
import type { Resolver } from './lookups.js';
import { readDate, type DateGuess, type DateOrder } from './dates.js';
import { csvFinding, type ReadSheet } from './sheets.js';

const ROLES: ReadonlySet<string> = new Set(PARTNER_ROLES);
const REGION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;

export interface BuiltRow {
  readonly row: CsvRow;
  readonly value: Raw;
  /** The column each of the activity's partners came from, in order. */
  readonly partnerColumns: string[];
  /** Partners and programs named in the row that no sheet defines: id → name as written. */
  readonly newPartners: Map<string, string>;
  readonly newProgram?: { id: string; name: string };
}

export interface RowContext {
  readonly sheet: ReadSheet<ActivityField>;
  /** The sheet's columns by field, and their headers (computed once, not per row). */
  readonly columns: ReadonlyMap<ActivityField, Column[]>;
  /** Path suffix within an activity (".title", ".counts.women") → column headers. */
  readonly fields: ReadonlyMap<string, string>;
  readonly language: string;
  readonly partners: Resolver;
  readonly programs: Resolver;
  readonly findings: Finding[];
  /** The order of each date column's year-last dates (columnOrder in dates.ts). */
  readonly dateOrder: { readonly date: DateOrder; readonly endDate: DateOrder };
  /** What was assumed to read each date column, for the report: header → guess → example. */
  readonly dateGuesses: Map<string, Map<DateGuess, { text: string; value: string }>>;
}

/** Which columns each part of an activity comes from, for tracing problems back. */
export function activityFields(columns: readonly Column[]): {
  columns: Map<ActivityField, Column[]>;
  fields: Map<string, string>;
} {
  const byName = new Map<ActivityField, Column[]>();
  for (const column of columns)
    byName.set(column.field, [...(byName.get(column.field) ?? []), column]);
  const headers = (...names: ActivityField[]) =>
    names
      .flatMap((name) => byName.get(name) ?? [])
      .map((c) => c.header)
      .join(', ');
  const fields = new Map<string, string>([
    ['.id', headers('id')],
    ['.date', headers('date')],
    ['.endDate', headers('endDate')],
    ['.title', headers('title')],
    ['.summary', headers('summary')],
    ['.program', headers('program')],
    ['.tags', headers('tags')],
    ['.location', headers('location', 'region')],
    ['.location.name', headers('location')],
    ['.location.region', headers('region')],
    ['.location.lat', headers('lat')],
    ['.location.lon', headers('lon')],
    ['.partners', headers('partners')],
    ['.people', headers('people', 'peopleRole')],
    ['.counts', headers('count')],
    ['.images', headers('image', 'imageAlt', 'imageCredit')],
    ['.url', headers('url')],
  ]);
  for (const column of byName.get('count') ?? []) {
    fields.set(`.${joinPath('counts', column.key!)}`, column.header);
  }
  return { columns: byName, fields };
}

export function buildRow(ctx: RowContext, row: CsvRow): BuiltRow | undefined {
  const { sheet, language } = ctx;
  const cols = (field: ActivityField) => ctx.columns.get(field) ?? [];
  const cell = (column: Column | undefined) =>
    column ? cellText(row.cells[column.index] ?? '') : '';
  const partnerColumns: string[] = [];
  const value: Raw = {};
  const newPartners = new Map<string, string>();
  let newProgram: BuiltRow['newProgram'];

  const id = cell(cols('id')[0]);
  if (id) value.id = id;
  for (const field of ['date', 'endDate'] as const) {
    const column = cols(field)[0];
    const text = cell(column);
    if (!column || !text) continue;
    const read = readDate(text, ctx.dateOrder[field]);
    if (read.problem) {
      ctx.findings.push(
        csvFinding('csv-date-two-digit-year', sheet.name, row, {
          field: column.header,
          value: JSON.stringify(text),
          skipped: true,
        }),
      );
      return undefined;
    }
    if (read.guess && read.value) {
      let guesses = ctx.dateGuesses.get(column.header);
      if (!guesses) ctx.dateGuesses.set(column.header, (guesses = new Map()));
      if (!guesses.has(read.guess)) guesses.set(read.guess, { text, value: read.value });
    }
    // Not a date: kept as written, so that the feed's rules report it with the row.
    value[field] = read.value ?? asciiDigits(text);
  }
  value.title = localized(cols('title'), row.cells, language);
  value.summary = localized(cols('summary'), row.cells, language);

  const program = cell(cols('program')[0]);
  if (program) {
    const found = ctx.programs.find(program);
    if (found) value.program = found;
    else if (ctx.programs.size === 0) {
      newProgram = { id: slug(program) || program, name: program };
      value.program = newProgram.id;
    } else value.program = program;
  }

  const tags = [...new Set(cols('tags').flatMap((c) => cellList(cell(c), true)))];
  if (tags.length) value.tags = tags;

  // Location: a place name, a region (an ISO 3166-2 code, or names), coordinates.
  const location: Raw = {};
  location.name = localized(cols('location'), row.cells, language);
  const regionColumns = cols('region');
  const plainRegion = regionColumns.find((c) => !c.lang);
  const code = cell(plainRegion);
  if (code && REGION_CODE.test(code)) location.region = code.toUpperCase();
  else location.region = localized(regionColumns, row.cells, language);
  const lat = cell(cols('lat')[0]);
  if (lat) location.lat = toNumber(lat);
  const lon = cell(cols('lon')[0]);
  if (lon) location.lon = toNumber(lon);
  compact(location);
  if (Object.keys(location).length) value.location = location;

  // Partners, in column order; `id:role` in a plain partners column.
  const partners: (string | { id: string; role: PartnerRole })[] = [];
  const seen = new Set<string>();
  for (const column of cols('partners')) {
    for (const item of cellList(cell(column), true)) {
      let name = item;
      let role = column.role;
      const suffix = /^(.*?)\s*:\s*([A-Za-z]+)$/.exec(item);
      const suffixRole = suffix?.[2]?.toLowerCase();
      if (!role && suffix && suffixRole && ROLES.has(suffixRole)) {
        name = suffix[1]!;
        role = suffixRole as PartnerRole;
      }
      let partnerId = ctx.partners.find(name);
      if (!partnerId && ctx.partners.size === 0) {
        partnerId = slug(name) || name;
        if (!newPartners.has(partnerId)) newPartners.set(partnerId, name);
      }
      const ref = partnerId ?? name;
      const key = `${ref}|${role ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      partnerColumns.push(column.header);
      partners.push(role ? { id: ref, role } : ref);
    }
  }
  if (partners.length) value.partners = partners;

  // People: names and roles, one list per language, item k of each belonging together.
  // Images likewise: sources, with alt texts and credits in the same order.
  const names = localizedLists(cols('people'), row.cells, language);
  const roles = localizedLists(cols('peopleRole'), row.cells, language);
  const sources = cellList(cell(cols('image')[0]), false);
  const alts = localizedLists(cols('imageAlt'), row.cells, language);
  const credits = localizedLists(cols('imageCredit'), row.cells, language);
  const lists: [number, { header: string; length: number }[]][] = [
    [names.items.length, [...names.lengths, ...roles.lengths]],
    [sources.length, [...alts.lengths, ...credits.lengths]],
  ];
  for (const [expected, lengths] of lists) {
    const wrong = lengths.find((l) => l.length !== expected);
    if (!wrong) continue;
    ctx.findings.push(
      csvFinding('csv-list-mismatch', sheet.name, row, {
        field: wrong.header,
        value: String(expected),
        detail: String(wrong.length),
        skipped: true,
      }),
    );
    return undefined;
  }
  if (names.items.length) {
    value.people = names.items.map((name, k) => compact({ name, role: roles.items[k] }));
  }

  const counts: Raw = {};
  for (const column of cols('count')) {
    const text = cell(column);
    if (!text) continue;
    counts[column.key!] = toCount(text);
  }
  if (Object.keys(counts).length) value.counts = counts;

  if (sources.length) {
    value.images = sources.map((src, k) =>
      compact({ src, alt: alts.items[k], credit: credits.items[k] }),
    );
  }

  const url = cell(cols('url')[0]);
  if (url) value.url = url;

  return newProgram
    ? { row, value: compact(value), partnerColumns, newPartners, newProgram }
    : { row, value: compact(value), partnerColumns, newPartners };
}

/** Ids for rows without one: from the title and date, unique in the feed. */
export function giveIds(rows: readonly BuiltRow[], taken: Set<string>) {
  for (const built of rows) if (typeof built.value.id === 'string') taken.add(built.value.id);
  for (const built of rows) {
    if (built.value.id !== undefined) continue;
    const title = firstText(built.value.title as string | Record<string, string> | undefined);
    const date = typeof built.value.date === 'string' ? built.value.date : '';
    const base = [slug(title ?? ''), date].filter(Boolean).join('-') || `row-${built.row.row}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    // Keep the field order of feed-v1.md: the id first.
    const { ...rest } = built.value;
    for (const key of Object.keys(built.value)) delete built.value[key];
    Object.assign(built.value, { id }, rest);
  }
}
