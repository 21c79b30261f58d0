/**
 * Spreadsheet → feed. One row an activity, Arabic and English columns side by side, or an
 * HXL-tagged sheet; optional partners, programs and metrics sheets; a base feed (organization,
 * language, country, targets …) to put the activities into.
 *
 * Every value is checked by the same `parseFeed` the widgets run, and each problem is traced
 * back to its sheet, row and column. A row with any error is left out (never half-converted)
 * and reported; so is a partner whose row is broken, and then the rows that name it. What is
 * written is a feed the validator accepts.
 *
 * DOM-free and Node-free: the command line (src/cli/commands/from-csv.ts) and the embed
 * builder (demo/builder.js) both call `convert`. The sections are modules: cells.ts,
 * sheets.ts, lookups.ts, rows.ts, assembly.ts.
 */
import { parseFeed } from '../feed/parse.js';
import { FeedError, type Problem } from '../feed/problems.js';
import type { CsvTable } from '../feed/csv/read.js';
import { isPlainObject } from '../feed/walk.js';
import { activityColumn, hxlColumn, type ActivityField } from './columns.js';
import type { Raw } from './cells.js';
import type { Finding } from './findings.js';
import { readLookup, Resolver, type Entry, type LookupKind } from './lookups.js';
import { activityFields, buildRow, giveIds, type BuiltRow, type RowContext } from './rows.js';
import { byField, csvFinding, readSheet, type ReadSheet } from './sheets.js';
import { columnOrder, type DateOrder } from './dates.js';
import { assemble, fromBase, traced, traceProblem, type Sources } from './assembly.js';

/** A sheet: CSV text, or a table already read (from an .xlsx file). */
export type Sheet =
  | {
      /** File name, for messages. */
      readonly name: string;
      /** Decoded text. */
      readonly text: string;
    }
  | {
      readonly name: string;
      /** Rows of cells, numbered as the spreadsheet numbers them. */
      readonly table: CsvTable;
    };

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
  /**
   * How the sheet writes numeric dates with the year last (`4/3/2021`): day first (`dmy`),
   * month first (`mdy`), or only year first (`ymd`). Unset: day first, unless a column's
   * values only make sense month first (reported).
   */
  readonly dateOrder?: DateOrder;
}

export interface ConvertResult {
  /** The feed, in the field order of feed-v1.md. Undefined when nothing can be converted. */
  readonly feed?: Record<string, unknown>;
  readonly findings: Finding[];
  /** Data rows read from the activities sheet, and how many of them became activities. */
  readonly rows: number;
  readonly activities: number;
}

/** The order of a date column's year-last dates, reporting a column read month first. */
function dateColumn(
  sheet: ReadSheet<ActivityField>,
  field: 'date' | 'endDate',
  option: DateOrder | undefined,
  findings: Finding[],
): DateOrder {
  const column = byField(sheet.columns, field)[0];
  if (!column) return option ?? 'dmy';
  const found = columnOrder(
    sheet.rows.map((r) => r.cells[column.index] ?? ''),
    option,
  );
  if (option === undefined && found.monthFirst) {
    findings.push(
      csvFinding(
        found.dayFirst ? 'csv-date-mixed-order' : 'csv-date-month-first',
        sheet.name,
        undefined,
        {
          field: column.header,
          value: JSON.stringify(found.monthFirst),
          ...(found.dayFirst ? { detail: JSON.stringify(found.dayFirst) } : {}),
          severity: 'warning',
        },
      ),
    );
  }
  return found.order;
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

  const ctx: RowContext = {
    sheet,
    ...activityFields(sheet.columns),
    language,
    partners: new Resolver([...baseEntries('partners'), ...partnerEntries]),
    programs: new Resolver([...baseEntries('programs'), ...programEntries]),
    findings,
    dateOrder: {
      date: dateColumn(sheet, 'date', options.dateOrder, findings),
      endDate: dateColumn(sheet, 'endDate', options.dateOrder, findings),
    },
    dateGuesses: new Map(),
  };
  const rows: BuiltRow[] = [];
  for (const row of sheet.rows) {
    const built = buildRow(ctx, row);
    if (built) rows.push(built);
  }
  // Every date conversion that assumed something says so, once per column.
  for (const [header, guesses] of ctx.dateGuesses) {
    const [example] = guesses.values();
    findings.push(
      csvFinding('csv-date-guess', sheet.name, undefined, {
        field: header,
        value: JSON.stringify(example!.text),
        detail: [...guesses.keys()].join(','),
        expected: example!.value,
        severity: 'warning',
      }),
    );
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
