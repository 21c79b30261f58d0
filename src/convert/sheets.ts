/**
 * Sheets: a table of rows (read from CSV, or from an .xlsx sheet) → its columns, by header or
 * by HXL hashtag, with the sheet's own troubles as findings. DOM-free and Node-free.
 */
import { parseCsv, type CsvRow, type CsvTable } from '../feed/csv/read.js';
import { isHashtagRow, type Column } from './columns.js';
import { englishCliReason, type CliCode, type Finding } from './findings.js';
import type { Mutable } from './cells.js';
import type { Sheet } from './convert.js';

export interface ReadSheet<F extends string> {
  readonly name: string;
  readonly hxl: boolean;
  readonly columns: Column<F>[];
  readonly rows: readonly CsvRow[];
  /** Rows left out because they could not be read as CSV. */
  readonly broken: number;
}

export function csvFinding(
  code: CliCode,
  file: string,
  row: Pick<CsvRow, 'row' | 'line'> | undefined,
  init: {
    field?: string;
    value?: string;
    detail?: string;
    expected?: string;
    severity?: 'error' | 'warning';
    skipped?: boolean;
  } = {},
): Finding {
  const f: Mutable<Finding> = {
    code,
    severity: init.severity ?? 'error',
    file,
    message: `${file}${row ? ` row ${row.row}` : ''}${init.field ? ` (${init.field})` : ''}: ${englishCliReason(code, init.value, init.detail, init.expected)}`,
  };
  if (row) {
    f.row = row.row;
    f.line = row.line;
  }
  if (init.field !== undefined) f.field = init.field;
  if (init.value !== undefined) f.value = init.value;
  if (init.detail !== undefined) f.detail = init.detail;
  if (init.expected !== undefined) f.expected = init.expected;
  if (init.skipped) f.skipped = true;
  return f;
}

/** Fields that may have several columns (their lists are joined). */
const MULTI: ReadonlySet<string> = new Set(['tags', 'partners']);

export function readSheet<F extends string>(
  sheet: Sheet,
  columnOf: (header: string, index: number) => Column<F> | undefined,
  hxlOf: ((hashtag: string, index: number) => Column<F> | undefined) | undefined,
  findings: Finding[],
): ReadSheet<F> {
  const table: CsvTable = 'table' in sheet ? sheet.table : parseCsv(sheet.text);
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

export const byField = <F extends string>(columns: readonly Column<F>[], field: F) =>
  columns.filter((c) => c.field === field);
