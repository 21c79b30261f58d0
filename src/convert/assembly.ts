/**
 * Assembly: the base feed, the lookups and the built rows → one feed in the field order of
 * feed-v1.md, and every problem `parseFeed` finds in it traced back to its sheet, row and
 * column. DOM-free and Node-free.
 */
import type { CsvRow } from '../feed/csv/read.js';
import type { Problem } from '../feed/problems.js';
import { englishReason } from '../feed/problem.js';
import type { Mutable, Raw } from './cells.js';
import type { Finding } from './findings.js';
import type { Entry, LookupKind } from './lookups.js';
import type { BuiltRow } from './rows.js';

export const FEED_ORDER = [
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

export interface Sources {
  readonly base: Raw;
  readonly partners: Entry[];
  readonly programs: Entry[];
  readonly metrics: Entry[];
  readonly rows: BuiltRow[];
}

export interface Assembled {
  readonly feed: Raw;
  /** Entry behind each index of the feed's lists, to trace problems back. */
  readonly partners: (Entry | undefined)[];
  readonly programs: (Entry | undefined)[];
  readonly metrics: (Entry | undefined)[];
  readonly rows: BuiltRow[];
}

export function assemble(sources: Sources): Assembled {
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
export function traceProblem(
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

export function traced(
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

export function fromBase(problem: Problem, baseName: string): Finding {
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
