/**
 * An Excel workbook (.xlsx) → the table of one sheet, cells as text, for the converter.
 * DOM-free and Node-free: fflate (a maintained zip library) unzips; the few XML parts a sheet
 * needs (workbook, relationships, shared strings, styles, the sheet) are read with fast-xml-parser
 * (entities: XML's own and numeric references only, no DTD). Nothing is evaluated.
 *
 * - First sheet, or the one named.
 * - Formulas: their cached value (what Excel last computed and saved), never the formula.
 * - Dates: a number in a cell whose format is a date format is a day count (from 1899-12-30,
 *   or 1904-01-01 in 1904-date workbooks) → `YYYY-MM-DD` computed in UTC, so no time zone can
 *   shift it; a format without days (`mmmm yyyy`) keeps the month, one with only the year, the
 *   year. A time of day is dropped.
 * - Rows numbered as Excel numbers them; empty rows skipped.
 */
import { ENTITY_ACTION, EntityDecoder } from '@nodable/entities';
import { XMLParser } from 'fast-xml-parser';
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

/** An element as fast-xml-parser gives it: attributes (prefix-free names) and `#text`. */
interface Node {
  readonly [key: string]: Node | Node[] | string | undefined;
}

/** Elements that may repeat, always arrays (so a single child is not a lone object). */
const REPEATED = new Set(['sheet', 'Relationship', 'si', 'r', 'rPh', 'numFmt', 'xf', 'row', 'c']);

/**
 * SpreadsheetML's own escape for characters XML cannot carry (`_x000D_`): not an XML entity,
 * so no XML parser decodes it.
 */
const ooxmlEscapes = (text: string) =>
  text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Parses one XML part. Entities: XML's five and numeric character references only; a DTD's
 * entities are refused (no DOCTYPE expansion). Text and attribute values are kept exactly
 * (no trimming, no number parsing); comments, processing instructions and the declaration are
 * dropped; namespace prefixes (`x:row`) are removed. Malformed XML → `not-xlsx`.
 */
function parseXml(xml: string | undefined): Node {
  if (!xml) return {};
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
    entityDecoder: new EntityDecoder({
      numericAllowed: true,
      onInputEntity: () => ENTITY_ACTION.BLOCK,
    }),
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
  });
  try {
    return parser.parse(xml) as Node;
  } catch {
    throw new XlsxError('not-xlsx');
  }
}

/** The child element `name` (the first, if repeated). */
function child(node: Node | undefined, name: string): Node | undefined {
  const value = node?.[name];
  if (Array.isArray(value)) return value[0];
  return typeof value === 'object' ? value : undefined;
}

/** The child elements `name`, in order. */
function children(node: Node | undefined, name: string): Node[] {
  const value = node?.[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'object' ? [value] : [];
}

/** An attribute's value (or undefined). */
function attribute(node: Node | undefined, name: string): string | undefined {
  const value = node?.[name];
  return typeof value === 'string' ? ooxmlEscapes(value) : undefined;
}

/** The text content of a leaf element such as `<t>` or `<v>` (undefined when absent). */
function content(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const value = node['#text'];
  return typeof value === 'string' ? ooxmlEscapes(value) : '';
}

/** The text of a string item (`<si>`, `<is>`): its `<t>`, then its runs' `<t>`s; phonetic runs (`<rPh>`) are not text. */
function text(item: Node | undefined): string {
  let out = content(child(item, 't')) ?? '';
  for (const run of children(item, 'r')) out += content(child(run, 't')) ?? '';
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
  const sheet = child(parseXml(xml), 'styleSheet');
  const custom = new Map<number, string>();
  for (const f of children(child(sheet, 'numFmts'), 'numFmt'))
    custom.set(Number(attribute(f, 'numFmtId')), attribute(f, 'formatCode') ?? '');
  const dates = children(child(sheet, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
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
  const workbook = child(parseXml(files['xl/workbook.xml']), 'workbook');
  return children(child(workbook, 'sheets'), 'sheet').map((s) => attribute(s, 'name') ?? '');
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
  if (!meta['xl/workbook.xml']) throw new XlsxError('not-xlsx');
  const workbook = child(parseXml(meta['xl/workbook.xml']), 'workbook');
  const sheets = children(child(workbook, 'sheets'), 'sheet').map((s) => ({
    name: attribute(s, 'name'),
    // r:id, its prefix removed
    id: attribute(s, 'id'),
  }));
  const names = sheets.map((s) => s.name ?? '');
  const chosen =
    sheetName === undefined
      ? sheets[0]
      : (sheets.find((s) => s.name === sheetName) ??
        sheets.find((s) => s.name?.trim().toLowerCase() === sheetName.trim().toLowerCase()));
  if (!chosen) throw new XlsxError('no-sheet', names);
  const date1904 = ['1', 'true'].includes(
    attribute(child(workbook, 'workbookPr'), 'date1904') ?? '',
  );

  const rels = new Map<string, string>();
  const relationships = child(parseXml(meta['xl/_rels/workbook.xml.rels']), 'Relationships');
  for (const r of children(relationships, 'Relationship')) {
    const id = attribute(r, 'Id');
    const target = attribute(r, 'Target');
    if (id && target) rels.set(id, target);
  }
  const target =
    rels.get(chosen.id ?? '') ?? `worksheets/sheet${names.indexOf(chosen.name ?? '') + 1}.xml`;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheetXml = unzip(bytes, (name) => name === path)[path];
  if (sheetXml === undefined) throw new XlsxError('not-xlsx');

  const sst = child(parseXml(meta['xl/sharedStrings.xml']), 'sst');
  const shared = children(sst, 'si').map(text);
  const styles = readStyles(meta['xl/styles.xml']);

  const rows: CsvRow[] = [];
  let width = 0;
  const data = child(child(parseXml(sheetXml), 'worksheet'), 'sheetData');
  let previous = 0;
  for (const r of children(data, 'row')) {
    const number = Number(attribute(r, 'r') ?? previous + 1);
    previous = number;
    const cells: string[] = [];
    let next = 0;
    for (const c of children(r, 'c')) {
      const ref = attribute(c, 'r');
      const index = ref ? columnIndex(ref) : next;
      next = index + 1;
      const raw = content(child(c, 'v'));
      let value: string;
      switch (attribute(c, 't')) {
        case 's':
          value = shared[Number(raw)] ?? '';
          break;
        case 'inlineStr':
          value = text(child(c, 'is'));
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
          const precision = styles.dates[Number(attribute(c, 's') ?? 0)];
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
