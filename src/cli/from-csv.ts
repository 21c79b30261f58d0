/**
 * Spreadsheet → feed. One row an activity, Arabic and English columns side by side, or an
 * HXL-tagged sheet; optional partners, programs and metrics sheets; a base feed (organization,
 * language, country, targets …) to put the activities into.
 *
 * Every value is checked by the same `parseFeed` the widgets run, and each problem is traced
 * back to its sheet, row and column. A row with any error is left out (never half-converted)
 * and reported; so is a partner whose row is broken, and then the rows that name it. What is
 * written is a feed the validator accepts.
 */
import { parseFeed } from '../feed/parse.js';
import { FeedError, type Problem } from '../feed/problems.js';
import { englishReason, showValue } from '../feed/problem.js';
import { PARTNER_ROLES, type PartnerRole } from '../feed/schema.js';
import { isPlainObject, joinPath } from '../feed/walk.js';
import { parseCsv, type CsvRow } from './csv.js';
import {
  activityColumn,
  hxlColumn,
  isHashtagRow,
  lookupColumn,
  type ActivityField,
  type Column,
  type LookupField,
} from './columns.js';
import { englishCliReason, type CliCode, type Finding } from './findings.js';

export interface Sheet {
  /** File name, for messages. */
  readonly name: string;
  /** Decoded text. */
  readonly text: string;
}

export interface ConvertOptions {
  readonly activities: Sheet;
  readonly partners?: Sheet;
  readonly programs?: Sheet;
  readonly metrics?: Sheet;
  /** A feed without activities (or with some): organization, language, targets … */
  readonly base?: Readonly<Record<string, unknown>>;
  readonly baseName?: string;
  /** Override or complete the base. */
  readonly language?: string;
  readonly country?: string;
  readonly organization?: Readonly<Record<string, unknown>>;
}

export interface ConvertResult {
  /** The feed, in the field order of feed-v1.md. Undefined when nothing can be converted. */
  readonly feed?: Record<string, unknown>;
  readonly findings: Finding[];
  /** Data rows read from the activities sheet, and how many of them became activities. */
  readonly rows: number;
  readonly activities: number;
}

type Raw = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ROLES: ReadonlySet<string> = new Set(PARTNER_ROLES);
const REGION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;

// ---- cells --------------------------------------------------------------------------------------

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII, Arabic decimal separator → `.`. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.');
}

const cellText = (value: string) => value.replace(/\r\n?/g, '\n').trim();

/** A whole number as spreadsheets write it ("1200", "1,200", "١٬٢٠٠"), else the text as it is. */
function toCount(text: string): number | string {
  const ascii = asciiDigits(text).replace(/\u066c/g, ',');
  if (/^\d{1,3}(?:[, \u00a0\u202f]\d{3})+$/.test(ascii)) return Number(ascii.replace(/\D/g, ''));
  if (/^-?\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return text;
}

/** A decimal number ("33.3", "٣٣٫٣"), else the text as it is. */
function toNumber(text: string): number | string {
  const ascii = asciiDigits(text);
  return /^[-+]?\d+(?:\.\d+)?$/.test(ascii) ? Number(ascii) : text;
}

/** A cell listing several values: separated by `|` or line breaks (and `,` `;` `،` for ids). */
function splitList(text: string, ids: boolean): string[] {
  const separators = ids ? /[|\n,;،]/ : /[|\n]/;
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A readable id from a name: "Voter register conference" → "voter-register-conference". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Localized text from language columns: a plain string when only the feed's language is given. */
function localized(
  columns: readonly Column<string>[],
  cells: readonly string[],
  language: string,
): string | Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let plainOnly = true;
  for (const column of columns) {
    const value = cellText(cells[column.index] ?? '');
    if (!value) continue;
    const lang = column.lang ?? language;
    if (column.lang) plainOnly = false;
    if (!(lang in out)) out[lang] = value;
  }
  const keys = Object.keys(out);
  if (keys.length === 0) return undefined;
  return plainOnly && keys.length === 1 ? out[keys[0]!] : out;
}

/** Per-language lists (people, roles, image texts), item k of each language → localized item k. */
function localizedLists(
  columns: readonly Column<string>[],
  cells: readonly string[],
  language: string,
): { items: (string | Record<string, string>)[]; lengths: { header: string; length: number }[] } {
  const lists = columns.map((c) => ({
    column: c,
    list: splitList(cellText(cells[c.index] ?? ''), false),
  }));
  const n = Math.max(0, ...lists.map((l) => l.list.length));
  const items: (string | Record<string, string>)[] = [];
  for (let k = 0; k < n; k++) {
    const one = localized(
      lists.map(({ column }, index) => ({ ...column, index })),
      lists.map(({ list }) => list[k] ?? ''),
      language,
    );
    if (one !== undefined) items.push(one);
  }
  const lengths = lists
    .filter((l) => l.list.length > 0)
    .map((l) => ({ header: l.column.header, length: l.list.length }));
  return { items, lengths };
}

// ---- sheets -------------------------------------------------------------------------------------

interface ReadSheet<F extends string> {
  readonly name: string;
  readonly hxl: boolean;
  readonly columns: Column<F>[];
  readonly rows: readonly CsvRow[];
  /** Rows left out because they could not be read as CSV. */
  readonly broken: number;
}

function csvFinding(
  code: CliCode,
  file: string,
  row: Pick<CsvRow, 'row' | 'line'> | undefined,
  init: {
    field?: string;
    value?: string;
    detail?: string;
    severity?: 'error' | 'warning';
    skipped?: boolean;
  } = {},
): Finding {
  const f: Mutable<Finding> = {
    code,
    severity: init.severity ?? 'error',
    file,
    message: `${file}${row ? ` row ${row.row}` : ''}${init.field ? ` (${init.field})` : ''}: ${englishCliReason(code, init.value, init.detail)}`,
  };
  if (row) {
    f.row = row.row;
    f.line = row.line;
  }
  if (init.field !== undefined) f.field = init.field;
  if (init.value !== undefined) f.value = init.value;
  if (init.detail !== undefined) f.detail = init.detail;
  if (init.skipped) f.skipped = true;
  return f;
}

/** Fields that may have several columns (their lists are joined). */
const MULTI: ReadonlySet<string> = new Set(['tags', 'partners']);

function readSheet<F extends string>(
  sheet: Sheet,
  columnOf: (header: string, index: number) => Column<F> | undefined,
  hxlOf: ((hashtag: string, index: number) => Column<F> | undefined) | undefined,
  findings: Finding[],
): ReadSheet<F> {
  const table = parseCsv(sheet.text);
  for (const issue of table.issues) {
    findings.push(
      csvFinding(issue.code, sheet.name, issue, {
        ...(issue.found !== undefined
          ? { value: String(issue.found), detail: String(issue.expected) }
          : {}),
        skipped: true,
      }),
    );
  }
  const [first, second] = table.rows;
  if (!first) {
    findings.push(csvFinding('csv-no-rows', sheet.name, undefined));
    return { name: sheet.name, hxl: false, columns: [], rows: [], broken: table.issues.length };
  }
  // HXL: the hashtag row is the first row, or the second, under the human headers.
  let hxl = false;
  let headers = first.cells;
  let hashtags: readonly string[] = [];
  let rows = table.rows.slice(1);
  if (hxlOf && isHashtagRow(first.cells)) {
    hxl = true;
    hashtags = first.cells;
  } else if (hxlOf && second && isHashtagRow(second.cells)) {
    hxl = true;
    hashtags = second.cells;
    rows = table.rows.slice(2);
  }
  if (hxl && headers === hashtags) headers = [];

  const columns: Column<F>[] = [];
  const taken = new Set<string>();
  const width = Math.max(headers.length, hashtags.length);
  for (let index = 0; index < width; index++) {
    const hashtag = hashtags[index]?.trim() ?? '';
    const header = headers[index]?.trim() ?? '';
    const column =
      hashtag && hxlOf ? hxlOf(hashtag, index) : header ? columnOf(header, index) : undefined;
    const shown = hashtag || header;
    if (!shown) continue;
    if (!column) {
      findings.push(
        csvFinding('csv-unknown-column', sheet.name, undefined, {
          value: JSON.stringify(shown),
          severity: 'warning',
        }),
      );
      continue;
    }
    const key = `${column.field}|${column.lang ?? ''}|${column.role ?? ''}|${column.key ?? ''}`;
    if (taken.has(key) && !MULTI.has(column.field)) {
      findings.push(
        csvFinding('csv-duplicate-column', sheet.name, undefined, {
          value: JSON.stringify(shown),
          severity: 'warning',
        }),
      );
      continue;
    }
    taken.add(key);
    columns.push(column);
  }
  return { name: sheet.name, hxl, columns, rows, broken: table.issues.length };
}

const byField = <F extends string>(columns: readonly Column<F>[], field: F) =>
  columns.filter((c) => c.field === field);

// ---- lookups: partners, programs, metrics -----------------------------------------------------

interface Entry {
  readonly value: Raw;
  /** Where it came from: a sheet row (removable when broken), or the base feed. */
  readonly sheet?: string;
  readonly row?: CsvRow;
  readonly fields: ReadonlyMap<string, string>;
}

type LookupKind = 'partners' | 'programs' | 'metrics';

const LOOKUP_ALLOWED: Record<LookupKind, ReadonlySet<LookupField>> = {
  partners: new Set(['id', 'name', 'shortName', 'type', 'logo', 'url']),
  programs: new Set(['id', 'name']),
  metrics: new Set(['id', 'label']),
};

function readLookup(
  kind: LookupKind,
  sheet: Sheet,
  language: string,
  findings: Finding[],
): Entry[] {
  const allowed = LOOKUP_ALLOWED[kind];
  const read = readSheet<LookupField>(
    sheet,
    (header, index) => {
      const column = lookupColumn(header, index);
      return column && allowed.has(column.field) ? column : undefined;
    },
    undefined,
    findings,
  );
  const text = (field: LookupField) => byField(read.columns, field);
  const one = (row: CsvRow, field: LookupField) => {
    const column = text(field)[0];
    const value = column ? cellText(row.cells[column.index] ?? '') : '';
    return value || undefined;
  };
  const headersOf = (field: LookupField) =>
    text(field)
      .map((c) => c.header)
      .join(', ');
  const labelField: LookupField = kind === 'metrics' ? 'label' : 'name';
  // Which columns each field comes from: the same for every row of the sheet.
  const fields = new Map<string, string>([
    ['.id', headersOf('id') || headersOf(labelField)],
    [`.${labelField}`, headersOf(labelField)],
    ['.shortName', headersOf('shortName')],
    ['.type', headersOf('type')],
    ['.logo', headersOf('logo')],
    ['.url', headersOf('url')],
  ]);
  const entries: Entry[] = [];
  for (const row of read.rows) {
    const name = localized(text(labelField), row.cells, language);
    const shortName =
      kind === 'partners' ? localized(text('shortName'), row.cells, language) : undefined;
    const id = one(row, 'id') ?? slug(firstText(shortName) ?? firstText(name) ?? '');
    const value: Raw = { id: id || undefined, [labelField]: name };
    if (kind === 'partners') {
      value.shortName = shortName;
      value.type = one(row, 'type');
      value.logo = one(row, 'logo');
      value.url = one(row, 'url');
    }
    entries.push({ value: compact(value), sheet: read.name, row, fields });
  }
  return entries;
}

function firstText(text: string | Record<string, string> | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0];
}

function compact(value: Raw): Raw {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

/** Finds an id by id, or by any of the names, ignoring case. */
class Resolver {
  private readonly index = new Map<string, string>();
  readonly size: number;
  constructor(entries: readonly Entry[]) {
    const names: [string, string][] = [];
    for (const { value } of entries) {
      const id = value.id;
      if (typeof id !== 'string') continue;
      this.index.set(id.toLowerCase(), id);
      for (const field of ['name', 'shortName', 'label']) {
        const text = value[field];
        const all =
          typeof text === 'string' ? [text] : isPlainObject(text) ? Object.values(text) : [];
        for (const t of all) if (typeof t === 'string') names.push([t.trim().toLowerCase(), id]);
      }
    }
    // Ids win over names: a partner called "undp" is found by its id first.
    for (const [name, id] of names) if (!this.index.has(name)) this.index.set(name, id);
    this.size = entries.length;
  }
  find(text: string): string | undefined {
    return this.index.get(text.trim().toLowerCase());
  }
}

// ---- activities ---------------------------------------------------------------------------------

interface BuiltRow {
  readonly row: CsvRow;
  readonly value: Raw;
  /** The column each of the activity's partners came from, in order. */
  readonly partnerColumns: string[];
  /** Partners and programs named in the row that no sheet defines: id → name as written. */
  readonly newPartners: Map<string, string>;
  readonly newProgram?: { id: string; name: string };
}

interface Context {
  readonly sheet: ReadSheet<ActivityField>;
  /** The sheet's columns by field, and their headers (computed once, not per row). */
  readonly columns: ReadonlyMap<ActivityField, Column[]>;
  /** Path suffix within an activity (".title", ".counts.women") → column headers. */
  readonly fields: ReadonlyMap<string, string>;
  readonly language: string;
  readonly partners: Resolver;
  readonly programs: Resolver;
  readonly findings: Finding[];
}

/** Which columns each part of an activity comes from, for tracing problems back. */
function activityFields(columns: readonly Column[]): {
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

function buildRow(ctx: Context, row: CsvRow): BuiltRow | undefined {
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
  const date = asciiDigits(cell(cols('date')[0]));
  if (date) value.date = date;
  const endDate = asciiDigits(cell(cols('endDate')[0]));
  if (endDate) value.endDate = endDate;
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

  const tags = [...new Set(cols('tags').flatMap((c) => splitList(cell(c), true)))];
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
    for (const item of splitList(cell(column), true)) {
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
  const sources = splitList(cell(cols('image')[0]), false);
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
function giveIds(rows: readonly BuiltRow[], taken: Set<string>) {
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

// ---- assembly -----------------------------------------------------------------------------------

const FEED_ORDER = [
  '$schema',
  'version',
  'language',
  'country',
  'updated',
  'organization',
  'partners',
  'programs',
  'metrics',
  'targets',
  'activities',
  'next',
] as const;

interface Sources {
  readonly base: Raw;
  readonly partners: Entry[];
  readonly programs: Entry[];
  readonly metrics: Entry[];
  readonly rows: BuiltRow[];
}

interface Assembled {
  readonly feed: Raw;
  /** Entry behind each index of the feed's lists, to trace problems back. */
  readonly partners: (Entry | undefined)[];
  readonly programs: (Entry | undefined)[];
  readonly metrics: (Entry | undefined)[];
  readonly rows: BuiltRow[];
}

function assemble(sources: Sources): Assembled {
  const list = (key: LookupKind, sheetEntries: Entry[]) => {
    const fromBase = Array.isArray(sources.base[key]) ? (sources.base[key] as unknown[]) : [];
    return {
      values: [...fromBase, ...sheetEntries.map((e) => e.value)],
      entries: [...fromBase.map(() => undefined), ...sheetEntries] as (Entry | undefined)[],
    };
  };
  const partners = list('partners', sources.partners);
  const programs = list('programs', sources.programs);
  const metrics = list('metrics', sources.metrics);
  // Partners and programs that only the rows name: created from the names, in order of use.
  const newPartners = new Map<string, string>();
  const newPrograms = new Map<string, string>();
  for (const built of sources.rows) {
    for (const [id, name] of built.newPartners) if (!newPartners.has(id)) newPartners.set(id, name);
    if (built.newProgram && !newPrograms.has(built.newProgram.id)) {
      newPrograms.set(built.newProgram.id, built.newProgram.name);
    }
  }
  for (const [id, name] of newPartners) {
    partners.values.push({ id, name });
    partners.entries.push(undefined);
  }
  for (const [id, name] of newPrograms) {
    programs.values.push({ id, name });
    programs.entries.push(undefined);
  }

  const baseActivities = Array.isArray(sources.base.activities) ? sources.base.activities : [];
  const feed: Raw = {};
  const computed: Raw = {
    version: sources.base.version ?? 1,
    partners: partners.values.length ? partners.values : undefined,
    programs: programs.values.length ? programs.values : undefined,
    metrics: metrics.values.length ? metrics.values : undefined,
    activities: [...baseActivities, ...sources.rows.map((r) => r.value)],
  };
  for (const key of FEED_ORDER) {
    const value = key in computed ? computed[key] : sources.base[key];
    if (value !== undefined) feed[key] = value;
  }
  for (const [key, value] of Object.entries(sources.base)) if (!(key in feed)) feed[key] = value;
  // Rows are traced from their index among the feed's activities: base activities come first.
  const rows: BuiltRow[] = [
    ...baseActivities.map(() => undefined as unknown as BuiltRow),
    ...sources.rows,
  ];
  return {
    feed,
    partners: partners.entries,
    programs: programs.entries,
    metrics: metrics.entries,
    rows,
  };
}

const LIST_PATH = /^(activities|partners|programs|metrics)\[(\d+)\]/;

/** The sheet row a problem comes from, if it comes from a sheet. */
function traceProblem(
  problem: Problem,
  assembled: Assembled,
  activityFields: ReadonlyMap<string, string>,
):
  | { kind: 'activity' | LookupKind; index: number; sheet: string; row: CsvRow; field: string }
  | undefined {
  const match = LIST_PATH.exec(problem.path);
  if (!match) return undefined;
  const kind = match[1] as 'activities' | LookupKind;
  const index = Number(match[2]);
  const rest = problem.path.slice(match[0].length);
  const bestField = (fields: ReadonlyMap<string, string>) => {
    let best = '';
    let header = '';
    for (const [suffix, headers] of fields) {
      const fits =
        rest === suffix || rest.startsWith(`${suffix}.`) || rest.startsWith(`${suffix}[`);
      if (fits && suffix.length > best.length && headers) {
        best = suffix;
        header = headers;
      }
    }
    return header;
  };
  if (kind === 'activities') {
    const built = assembled.rows[index];
    if (!built) return undefined;
    const partner = /^\.partners\[(\d+)\]/.exec(rest);
    const field = partner
      ? (built.partnerColumns[Number(partner[1])] ?? bestField(activityFields))
      : bestField(activityFields);
    return { kind: 'activity', index, sheet: '', row: built.row, field };
  }
  const entry = assembled[kind][index];
  if (!entry?.row || !entry.sheet) return undefined;
  return { kind, index, sheet: entry.sheet, row: entry.row, field: bestField(entry.fields) };
}

function traced(
  problem: Problem,
  sheet: string,
  row: CsvRow,
  field: string,
  skipped: boolean,
): Finding {
  const f: Mutable<Finding> = {
    code: problem.code,
    severity: problem.severity,
    path: problem.path,
    file: sheet,
    row: row.row,
    line: row.line,
    message: `${sheet} row ${row.row}${field ? ` (${field})` : ''}: ${englishReason(problem.code, problem.value, problem.expected)}`,
  };
  if (field) f.field = field;
  if (problem.value !== undefined) f.value = problem.value;
  if (problem.expected !== undefined) f.expected = problem.expected;
  if (skipped) f.skipped = true;
  return f;
}

function fromBase(problem: Problem, baseName: string): Finding {
  const f: Mutable<Finding> = {
    code: problem.code,
    severity: problem.severity,
    path: problem.path,
    file: baseName,
    message: `${baseName}: ${problem.message}`,
  };
  if (problem.value !== undefined) f.value = problem.value;
  if (problem.expected !== undefined) f.expected = problem.expected;
  return f;
}

/** Converts the sheets. Needs an organization from the base or the options. */
export function convert(options: ConvertOptions): ConvertResult {
  const findings: Finding[] = [];
  const baseName = options.baseName ?? '(feed)';
  const base: Raw = { ...(options.base ?? {}) };
  if (options.language) base.language = options.language;
  if (options.country) base.country = options.country;
  if (options.organization) base.organization = { ...options.organization };
  const language =
    typeof base.language === 'string' && base.language.trim() ? base.language.trim() : 'en';

  const lookups = (kind: LookupKind, sheet: Sheet | undefined) =>
    sheet ? readLookup(kind, sheet, language, findings) : [];
  const partnerEntries = lookups('partners', options.partners);
  const programEntries = lookups('programs', options.programs);
  const metricEntries = lookups('metrics', options.metrics);
  const baseEntries = (key: LookupKind): Entry[] =>
    (Array.isArray(base[key]) ? (base[key] as unknown[]) : [])
      .filter(isPlainObject)
      .map((value) => ({ value, fields: new Map() }));

  const sheet = readSheet<ActivityField>(options.activities, activityColumn, hxlColumn, findings);
  const missing = (['date', 'title'] as const).filter(
    (field) => byField(sheet.columns, field).length === 0,
  );
  if (sheet.columns.length > 0 || sheet.rows.length > 0) {
    for (const field of missing) {
      findings.push(csvFinding('csv-missing-column', sheet.name, undefined, { value: field }));
    }
  }
  if (sheet.rows.length === 0 && sheet.columns.length > 0) {
    findings.push(csvFinding('csv-no-rows', sheet.name, undefined, { severity: 'warning' }));
  }
  if (missing.length > 0 || sheet.columns.length === 0) {
    return { findings, rows: sheet.rows.length + sheet.broken, activities: 0 };
  }

  const ctx: Context = {
    sheet,
    ...activityFields(sheet.columns),
    language,
    partners: new Resolver([...baseEntries('partners'), ...partnerEntries]),
    programs: new Resolver([...baseEntries('programs'), ...programEntries]),
    findings,
  };
  const rows: BuiltRow[] = [];
  for (const row of sheet.rows) {
    const built = buildRow(ctx, row);
    if (built) rows.push(built);
  }
  const taken = new Set<string>(
    (Array.isArray(base.activities) ? base.activities : [])
      .map((a: unknown) => (isPlainObject(a) ? a.id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );
  giveIds(rows, taken);

  // Parse as the widgets do; leave out every sheet row with an error, until none is left.
  const sources: Sources = {
    base,
    partners: partnerEntries,
    programs: programEntries,
    metrics: metricEntries,
    rows,
  };
  let assembled = assemble(sources);
  for (let round = 0; round < 10; round++) {
    let problems: readonly Problem[];
    try {
      problems = parseFeed(assembled.feed).problems;
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      for (const p of error.details.problems ?? []) findings.push(fromBase(p, baseName));
      findings.push({
        code:
          error.code === 'activities'
            ? 'activities'
            : error.code === 'version'
              ? 'version'
              : 'organization',
        severity: 'error',
        file: baseName,
        fatal: true,
        message: `${baseName}: ${error.message}`,
      });
      return { findings, rows: sheet.rows.length + sheet.broken, activities: 0 };
    }
    const broken = new Map<string, { kind: string; index: number }>();
    const last: Finding[] = [];
    for (const problem of problems) {
      const from = traceProblem(problem, assembled, ctx.fields);
      if (!from) {
        last.push(fromBase(problem, baseName));
        continue;
      }
      const sheetName = from.kind === 'activity' ? sheet.name : from.sheet;
      const isError = problem.severity === 'error';
      const finding = traced(problem, sheetName, from.row, from.field, isError);
      if (isError) {
        findings.push(finding);
        broken.set(`${from.kind}:${from.index}`, { kind: from.kind, index: from.index });
      } else {
        last.push(finding);
      }
    }
    if (broken.size === 0) {
      findings.push(...last);
      break;
    }
    const drop = <T>(items: T[], kind: string, offset: number) =>
      items.filter((_, i) => !broken.has(`${kind}:${i + offset}`));
    const baseCount = (key: LookupKind | 'activities') =>
      Array.isArray(base[key]) ? (base[key] as unknown[]).length : 0;
    sources.rows.splice(
      0,
      sources.rows.length,
      ...drop(sources.rows, 'activity', baseCount('activities')),
    );
    sources.partners.splice(
      0,
      sources.partners.length,
      ...drop(sources.partners, 'partners', baseCount('partners')),
    );
    sources.programs.splice(
      0,
      sources.programs.length,
      ...drop(sources.programs, 'programs', baseCount('programs')),
    );
    sources.metrics.splice(
      0,
      sources.metrics.length,
      ...drop(sources.metrics, 'metrics', baseCount('metrics')),
    );
    assembled = assemble(sources);
  }

  // Each file's findings together, by row.
  const files = [...new Set(findings.map((f) => f.file))];
  const order = findings.map((f, i) => ({ f, i, file: files.indexOf(f.file) }));
  order.sort((a, b) => a.file - b.file || (a.f.row ?? 0) - (b.f.row ?? 0) || a.i - b.i);
  const sorted = order.map((x) => x.f);
  return {
    feed: assembled.feed,
    findings: sorted,
    rows: sheet.rows.length + sheet.broken,
    activities: sources.rows.length,
  };
}

/** A localized name given on the command line: "text" (feed language) or "ar=text". */
export function localizedOption(
  values: readonly string[],
): string | Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, string> = {};
  let plain: string | undefined;
  for (const value of values) {
    const match = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)=(.*)$/s.exec(value);
    if (match) out[match[1]!] = match[2]!.trim();
    else plain = value.trim();
  }
  if (Object.keys(out).length === 0) return plain;
  return out;
}

export { showValue };
