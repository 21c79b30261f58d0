/**
 * The CSV reader, once (the converter, in the command line and in the embed builder, reads
 * with it; src/feed/csv/write.ts writes what it reads). DOM-free and Node-free.
 *
 * CSV as spreadsheets write it: RFC 4180 (quoted cells with delimiters, doubled quotes and line
 * breaks), any line ending, Excel's semicolon variant in locales with a decimal comma (and its
 * `sep=;` first line), tab-separated text. The delimiter is detected from the header line.
 *
 * Broken rows are reported with their number and left out; the rest are read. A quote that is
 * never closed would otherwise swallow every row after it, so the reader then skips only the
 * broken row's first line and carries on.
 */

export const DELIMITERS = [',', ';', '\t'] as const;

export interface CsvRow {
  /** 1-based, as a spreadsheet numbers rows (the header is row 1). */
  readonly row: number;
  /** 1-based line in the text where the row starts (differs from `row` after quoted line breaks). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvIssue {
  readonly code: 'csv-unterminated-quote' | 'csv-text-after-quote' | 'csv-cell-count';
  readonly row: number;
  readonly line: number;
  /** For `csv-cell-count`: the cells found and the cells expected. */
  readonly found?: number;
  readonly expected?: number;
}

export interface CsvTable {
  readonly delimiter: string;
  /** The header first, then every well-formed row that has something in it. */
  readonly rows: readonly CsvRow[];
  readonly issues: readonly CsvIssue[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Index just after the line break that ends the line containing `from` (or the text's end). */
function nextLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return text.length;
}

/** `sep=;` on the first line (Excel) and the delimiter it names, if any. */
function sepLine(text: string): { delimiter: string; end: number } | undefined {
  const match = /^sep=(.)(?:\r\n|\n|\r|$)/i.exec(text);
  return match ? { delimiter: match[1]!, end: match[0].length } : undefined;
}

/** The delimiter of the header line: whichever of `,` `;` tab appears most outside quotes. */
export function detectDelimiter(text: string, from = 0): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Parses CSV text (already decoded, without a byte order mark). */
export function parseCsv(text: string, options: { delimiter?: string } = {}): CsvTable {
  const sep = sepLine(text);
  let i = sep?.end ?? 0;
  const delimiter = options.delimiter ?? sep?.delimiter ?? detectDelimiter(text, i);
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  let line = sep ? 2 : 1;
  let row = 0;
  let width: number | undefined;

  records: while (i < n) {
    row++;
    const startLine = line;
    const startIndex = i;
    const cells: string[] = [];
    let afterQuote = false;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        const open = i;
        let value = '';
        let segment = i + 1;
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            issues.push({ code: 'csv-unterminated-quote', row, line: startLine });
            i = nextLine(text, startIndex);
            line = startLine + 1;
            continue records;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segment, q + 1);
            j = q + 2;
            segment = j;
            continue;
          }
          value += text.slice(segment, q);
          i = q + 1;
          break;
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== delim && c !== LF && c !== CR) {
          const spansLines = countLines(text, open, i) > 0;
          if (spansLines) {
            // Most likely a quote left open that closed on a later row: read on from the next line.
            issues.push({ code: 'csv-unterminated-quote', row, line: startLine });
            i = nextLine(text, startIndex);
            line = startLine + 1;
            continue records;
          }
          afterQuote = true;
          let k = i;
          while (k < n) {
            const d = text.charCodeAt(k);
            if (d === delim || d === LF || d === CR) break;
            k++;
          }
          value += text.slice(i, k);
          i = k;
        }
        line += countLines(text, open, i);
        cell = value;
      } else {
        let k = i;
        while (k < n) {
          const d = text.charCodeAt(k);
          if (d === delim || d === LF || d === CR) break;
          k++;
        }
        cell = text.slice(i, k);
        i = k;
      }
      cells.push(cell);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }

    if (afterQuote) {
      issues.push({ code: 'csv-text-after-quote', row, line: startLine });
      continue;
    }
    const blank = cells.every((cell) => cell.trim() === '');
    if (width === undefined) {
      if (blank) continue; // Blank lines before the header.
      width = cells.length;
    } else if (blank) {
      continue;
    } else if (cells.length !== width) {
      issues.push({
        code: 'csv-cell-count',
        row,
        line: startLine,
        found: cells.length,
        expected: width,
      });
      continue;
    }
    rows.push({ row, line: startLine, cells });
  }
  return { delimiter, rows, issues };
}

/**
 * A cell as written by a neutralising writer (write.ts `neutralize`, or a spreadsheet's "text"
 * apostrophe): `'=SUM(A1)` → `=SUM(A1)`. Only an apostrophe before a character that would make
 * a formula is dropped; the text is then only ever text (the widgets never evaluate it).
 */
export function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
