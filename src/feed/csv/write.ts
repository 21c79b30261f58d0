/**
 * The CSV writer, once: rows of cells as CSV text (RFC 4180), safe to open in a spreadsheet.
 * The impact summary's export (src/impact/csv.ts, loaded on the first download) and the
 * package's `toCsv` use it; src/feed/csv/read.ts reads what it writes. DOM-free.
 *
 * - Cells with a comma, a double quote or a line break are quoted, quotes doubled; rows end
 *   with CRLF.
 * - Against CSV ("formula") injection, a text cell that starts with `=`, `+`, `-`, `@`, a tab
 *   or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead
 *   of running it. Numbers are written as they are.
 */
export type CsvValue = string | number | undefined;

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: a would-be formula gets a leading apostrophe. */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: neutralized text, quoted when it must be (RFC 4180); empty for `undefined`. */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: comma-separated, CRLF after every row (no BOM). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';
