/**
 * An Excel workbook (.xlsx) → the table of one sheet, cells as text, for the converter.
 * DOM-free and Node-free: fflate (a maintained zip library) unzips; the few XML parts a sheet
 * needs (workbook, relationships, shared strings, styles, the sheet) are machine-written
 * SpreadsheetML, read here with a small tag scanner. Nothing is evaluated.
 *
 * - First sheet, or the one named.
 * - Formulas: their cached value (what Excel last computed and saved), never the formula.
 * - Dates: a number in a cell whose format is a date format is a day count (from 1899-12-30,
 *   or 1904-01-01 in 1904-date workbooks) → `YYYY-MM-DD` computed in UTC, so no time zone can
 *   shift it; a format without days (`mmmm yyyy`) keeps the month, one with only the year, the
 *   year. A time of day is dropped.
 * - Rows numbered as Excel numbers them; empty rows skipped.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CsvRow, CsvTable } from '../feed/csv/read.js';
import { excelSerialDate } from './dates.js';

export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  constructor(
    readonly code: 'not-xlsx' | 'no-sheet',
    /** The sheets the workbook has (for `no-sheet`). */
    readonly sheets: readonly string[] = [],
  ) {
    super(code === 'not-xlsx' ? 'not an .xlsx workbook' : `no such sheet (${sheets.join(', ')})`);
  }
}

/** True when the bytes start like a zip file (an .xlsx is one). */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : ENTITIES[e.toLowerCase()]!,
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of one start tag: `<c r="A1" t="s">` → { r: 'A1', t: 's' }. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.replace(/^\w+:/, (p) => (p === 'r:' ? 'r:' : ''));
    out[name] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Every element `<name …>…</name>` (or `<name …/>`): its start tag and its content. */
function* elements(xml: string, name: string): Generator<{ tag: string; body: string }> {
  const re = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === '/') {
      yield { tag: m[1]!, body: '' };
      continue;
    }
    const close = new RegExp(`</(?:\\w+:)?${name}>`, 'g');
    close.lastIndex = re.lastIndex;
    const end = close.exec(xml);
    const stop = end ? end.index : xml.length;
    yield { tag: m[1]!, body: xml.slice(re.lastIndex, stop) };
    re.lastIndex = end ? close.lastIndex : xml.length;
  }
}

/** The text of a string item: its `<t>` runs, without phonetic runs (`<rPh>`). */
function text(body: string): string {
  const plain = body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const t of elements(plain, 't')) out += unescapeXml(t.body);
  return out;
}

/** Built-in number formats that are dates (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);
const MONTH_FORMAT_IDS = new Set([17]);

/** 'day', 'month', 'year' for a date format, undefined for any other. */
function datePrecision(code: string): 'day' | 'month' | 'year' | undefined {
  // Quoted text, escapes, colours and locales ([$-ar-IQ], [Red]) are not part of the pattern.
  const pattern = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (!/[dmy]/.test(pattern) || /[#0?]/.test(pattern.replace(/\.0+/, ''))) return undefined;
  if (!/y/.test(pattern) && !/d/.test(pattern)) return undefined; // mm:ss, h:mm
  if (/d/.test(pattern)) return 'day';
  if (/m/.test(pattern)) return 'month';
  return 'year';
}

interface Styles {
  /** Per cell style index: the date precision of its format, if it is a date format. */
  readonly dates: readonly ('day' | 'month' | 'year' | undefined)[];
}

function readStyles(xml: string | undefined): Styles {
  if (!xml) return { dates: [] };
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt')) {
    const a = attributes(f.tag);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = [...elements(xml, 'cellXfs')][0]?.body ?? '';
  const dates = [...elements(cellXfs, 'xf')].map(({ tag }) => {
    const id = Number(attributes(tag).numFmtId ?? 0);
    if (custom.has(id)) return datePrecision(custom.get(id)!);
    if (DATE_FORMAT_IDS.has(id)) return MONTH_FORMAT_IDS.has(id) ? 'month' : 'day';
    return undefined;
  });
  return { dates };
}

/** `B12` → column index 1. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The sheet names of a workbook, in order. */
export function xlsxSheetNames(bytes: Uint8Array): string[] {
  const files = unzip(bytes, (name) => name === 'xl/workbook.xml');
  return [...elements(files['xl/workbook.xml'] ?? '', 'sheet')].map(
    ({ tag }) => attributes(tag).name ?? '',
  );
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, string> {
  if (!isZip(bytes)) throw new XlsxError('not-xlsx');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch {
    throw new XlsxError('not-xlsx');
  }
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

/** Reads one sheet of a workbook (the first, or the one named) as a table of text cells. */
export function readXlsx(
  bytes: Uint8Array,
  sheetName?: string,
): { sheet: string; table: CsvTable } {
  const meta = unzip(bytes, (name) =>
    [
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ].includes(name),
  );
  const workbook = meta['xl/workbook.xml'];
  if (!workbook) throw new XlsxError('not-xlsx');
  const sheets = [...elements(workbook, 'sheet')].map(({ tag }) => attributes(tag));
  const names = sheets.map((s) => s.name ?? '');
  const chosen =
    sheetName === undefined
      ? sheets[0]
      : (sheets.find((s) => s.name === sheetName) ??
        sheets.find((s) => s.name?.trim().toLowerCase() === sheetName.trim().toLowerCase()));
  if (!chosen) throw new XlsxError('no-sheet', names);
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbook);

  const rels = new Map<string, string>();
  for (const { tag } of elements(meta['xl/_rels/workbook.xml.rels'] ?? '', 'Relationship')) {
    const a = attributes(tag);
    if (a.Id && a.Target) rels.set(a.Id, a.Target);
  }
  const target =
    rels.get(chosen['r:id'] ?? '') ?? `worksheets/sheet${names.indexOf(chosen.name ?? '') + 1}.xml`;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheetXml = unzip(bytes, (name) => name === path)[path];
  if (sheetXml === undefined) throw new XlsxError('not-xlsx');

  const shared = [...elements(meta['xl/sharedStrings.xml'] ?? '', 'si')].map((si) => text(si.body));
  const styles = readStyles(meta['xl/styles.xml']);

  const rows: CsvRow[] = [];
  let width = 0;
  const data = [...elements(sheetXml, 'sheetData')][0]?.body ?? '';
  let previous = 0;
  for (const r of elements(data, 'row')) {
    const number = Number(attributes(r.tag).r ?? previous + 1);
    previous = number;
    const cells: string[] = [];
    let next = 0;
    for (const c of elements(r.body, 'c')) {
      const a = attributes(c.tag);
      const index = a.r ? columnIndex(a.r) : next;
      next = index + 1;
      const v = [...elements(c.body, 'v')][0];
      const raw = v ? unescapeXml(v.body) : undefined;
      let value: string;
      switch (a.t) {
        case 's':
          value = shared[Number(raw)] ?? '';
          break;
        case 'inlineStr':
          value = text([...elements(c.body, 'is')][0]?.body ?? '');
          break;
        case 'b':
          value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : '';
          break;
        case 'e':
          value = raw ?? '';
          break;
        case 'str':
        case 'd':
          value = raw ?? '';
          break;
        default: {
          value = raw ?? '';
          const precision = styles.dates[Number(a.s ?? 0)];
          const serial = Number(raw);
          if (precision && raw !== undefined && raw !== '' && Number.isFinite(serial)) {
            const day = excelSerialDate(serial + (date1904 ? 1462 : 0));
            if (day)
              value =
                precision === 'day'
                  ? day
                  : precision === 'month'
                    ? day.slice(0, 7)
                    : day.slice(0, 4);
          }
        }
      }
      while (cells.length < index) cells.push('');
      cells[index] = value;
    }
    if (cells.every((cell) => cell.trim() === '')) continue;
    width = Math.max(width, cells.length);
    rows.push({ row: number, line: number, cells });
  }
  for (const row of rows) while (row.cells.length < width) (row.cells as string[]).push('');
  return { sheet: chosen.name ?? '', table: { delimiter: ',', rows, issues: [] } };
}
