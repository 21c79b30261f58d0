/**
 * What the command reports: the feed layer's problems (same codes, paths and severities as the
 * widgets see) plus what only a command line can check — JSON syntax with its position, files
 * next to a local feed, keys written twice, and the spreadsheet's own troubles (rows, cells,
 * columns). Messages are localized when printed; `message` is the English one, for machines.
 */
import { PROBLEM_CODES, type Problem, type ProblemCode, type Severity } from '../feed/problems.js';
import type { JsonSyntaxCode } from '../cli/json-positions.js';
import type { DateGuess } from './dates.js';

export const CLI_CODES = [
  /** Invalid JSON; `detail` is a `JsonSyntaxCode`. */
  'json-syntax',
  /** Bytes that are not text in the expected encoding; `detail` is the encoding. */
  'encoding',
  /** Fatal feed errors: the widgets show their error state instead of the feed. */
  'not-object',
  'version',
  'organization',
  'activities',
  /** A relative logo, image or next-page link whose file does not exist next to the feed. */
  'missing-file',
  /** A key written twice in one object: JSON.parse keeps the last, silently. */
  'duplicate-key',
  /** Spreadsheets. */
  'csv-unterminated-quote',
  'csv-text-after-quote',
  'csv-cell-count',
  'csv-unknown-column',
  'csv-duplicate-column',
  'csv-missing-column',
  'csv-list-mismatch',
  'csv-no-rows',
  'csv-no-organization',
  /** Dates: a two-digit year (refused), what was assumed, a column read month first. */
  'csv-date-two-digit-year',
  'csv-date-guess',
  'csv-date-month-first',
  'csv-date-mixed-order',
  /** A file that looks like a workbook but cannot be read as .xlsx. */
  'xlsx-unreadable',
] as const;
export type CliCode = (typeof CLI_CODES)[number];
export type FindingCode = ProblemCode | CliCode;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** In English: `activities[3].date: "2023-13-40" is not a valid date`. */
  readonly message: string;
  /** JSON path in a feed ('' is the whole document). */
  readonly path?: string;
  /** 1-based line and column in the file, when known. */
  readonly line?: number;
  readonly column?: number;
  /** Spreadsheets: the file, the 1-based row as a spreadsheet numbers it, the column header. */
  readonly file?: string;
  readonly row?: number;
  readonly field?: string;
  /** The offending value as JSON, shortened. */
  readonly value?: string;
  readonly expected?: string;
  /** Extra detail: a JSON syntax code, an HTTP status, an encoding, a count. */
  readonly detail?: string;
  /** The activity (or spreadsheet row) was left out because of this. */
  readonly skipped?: boolean;
  /** The feed cannot be shown at all. */
  readonly fatal?: boolean;
}

const PROBLEMS: ReadonlySet<string> = new Set(PROBLEM_CODES);

export const isProblemCode = (code: string): code is ProblemCode => PROBLEMS.has(code);

/** A problem from `parseFeed` as a finding. */
export function fromProblem(problem: Problem): Finding {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    path: problem.path,
  };
  if (problem.value !== undefined) f.value = problem.value;
  if (problem.expected !== undefined) f.expected = problem.expected;
  if (problem.skipped) f.skipped = true;
  return f;
}

/** English reasons for the command line's own codes (the feed layer's are in problems.ts). */
export function englishCliReason(
  code: CliCode,
  value = 'value',
  detail = '',
  expected = '',
): string {
  switch (code) {
    case 'json-syntax':
      return `is not valid JSON (${jsonSyntaxEnglish(detail as JsonSyntaxCode)})`;
    case 'encoding':
      return `is not valid ${detail || 'UTF-8'} text`;
    case 'not-object':
      return 'is not a JSON object';
    case 'version':
      return `version ${value} is not 1, the version this tool reads`;
    case 'organization':
      return 'has no valid "organization" (it needs an "id" and a "name"); nothing can be shown';
    case 'activities':
      return 'has no "activities" list; nothing can be shown';
    case 'missing-file':
      return `${value} does not exist next to the feed`;
    case 'duplicate-key':
      return 'appears more than once in the same object (only the last one counts)';
    case 'csv-unterminated-quote':
      return 'a quoted cell is never closed (reading goes on from the next line)';
    case 'csv-text-after-quote':
      return 'has text after the closing quote of a cell';
    case 'csv-cell-count':
      return `has ${value} cells where the header has ${detail}`;
    case 'csv-unknown-column':
      return `column ${value} is not one this tool knows; it is ignored`;
    case 'csv-duplicate-column':
      return `column ${value} appears more than once; only the first one is read`;
    case 'csv-missing-column':
      return `has no ${value} column`;
    case 'csv-list-mismatch':
      return `does not line up with the other lists of the row (${value} expected, ${detail} here)`;
    case 'csv-no-rows':
      return 'has no data rows';
    case 'csv-no-organization':
      return 'the feed needs an organization: give --base FILE, or --org-id and --org-name';
    case 'csv-date-two-digit-year':
      return `${value} has a two-digit year, which could be 19xx or 20xx: write the year in full`;
    case 'csv-date-guess':
      return `dates read as ${detail
        .split(',')
        .map((g) => DATE_GUESS_ENGLISH[g as DateGuess] ?? g)
        .join(', ')} (${value} → ${expected}); give --date-order if the order is wrong`;
    case 'csv-date-month-first':
      return `dates read month first (${value} only makes sense so); give --date-order dmy to refuse them instead`;
    case 'xlsx-unreadable':
      return 'is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or as CSV UTF-8';
    case 'csv-date-mixed-order':
      return `has dates that only make sense month first (${value}) and others day first (${detail}): read day first, so the month-first ones are left out; give --date-order to choose`;
  }
}

const DATE_GUESS_ENGLISH: Record<DateGuess, string> = {
  dmy: 'day/month/year',
  mdy: 'month/day/year',
  serial: 'Excel day numbers',
  'month-name': 'month names',
};

function jsonSyntaxEnglish(code: JsonSyntaxCode): string {
  switch (code) {
    case 'unexpected-character':
      return 'unexpected character';
    case 'unexpected-end':
      return 'the text ends too early';
    case 'unterminated-string':
      return 'a string is never closed';
    case 'control-character':
      return 'a control character (such as a line break) inside a string';
    case 'bad-escape':
      return 'an invalid escape after a backslash';
    case 'bad-number':
      return 'an invalid number';
    case 'trailing-text':
      return 'more text after the end of the JSON value';
    default:
      return code;
  }
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
