/**
 * The converter for a page: the embed builder's "Start from a spreadsheet" step imports this
 * module when a file is chosen (a dynamic import), and runs the same `convert` as the command
 * line on the file's bytes, in the page. Nothing is uploaded. DOM-free: the caller reads the
 * File and shows the result (as text only).
 */
import { extendCatalogue, loadCatalogue, withLocale } from '../i18n/localize.js';
import { templates as cliArabic } from '../generated/cli-locales/ar.js';
import { convert, type ConvertResult, type Sheet } from './convert.js';
import type { DateOrder } from './dates.js';
import { decode, EncodingError } from './decode.js';
import { countFindings, type Finding } from './findings.js';
import * as m from './messages.js';
import { isZip, readXlsx, XlsxError } from './xlsx.js';

export { DATE_ORDERS, type DateOrder } from './dates.js';

export interface SheetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PageConvertOptions {
  readonly activities: SheetFile;
  readonly partners?: SheetFile;
  readonly programs?: SheetFile;
  /** What the sheet does not hold: asked for on the page. */
  readonly organization: { readonly id: string; readonly name: string | Record<string, string> };
  readonly language?: string;
  readonly dateOrder?: DateOrder;
  /** Where the feed's `$schema` points (the schema next to the published scripts). */
  readonly schemaUrl: string;
}

export interface PageResult {
  /** The feed, `$schema` first; absent when nothing could be converted. */
  readonly feed?: Record<string, unknown>;
  readonly result?: ConvertResult;
  /** A file that could not be read at all (not text, not a workbook). */
  readonly unreadable?: { readonly file: string; readonly reason: 'encoding' | 'not-xlsx' };
  readonly errors: number;
  readonly warnings: number;
}

let arabicLoaded = false;

/** Loads the Arabic reasons (the command line's catalogue) once. */
export async function loadReasons(): Promise<void> {
  await loadCatalogue('ar');
  if (!arabicLoaded) extendCatalogue('ar', cliArabic);
  arabicLoaded = true;
}

function sheetOf(file: SheetFile): Sheet {
  if (isZip(file.bytes)) return { name: file.name, table: readXlsx(file.bytes).table };
  return { name: file.name, text: decode(file.bytes) };
}

/** Converts the chosen files, as `ishraqat-feed from-csv` would. */
export function convertSheets(options: PageConvertOptions): PageResult {
  const sheets: Record<string, Sheet> = {};
  for (const key of ['activities', 'partners', 'programs'] as const) {
    const file = options[key];
    if (!file) continue;
    try {
      sheets[key] = sheetOf(file);
    } catch (error) {
      if (error instanceof EncodingError || error instanceof XlsxError) {
        const reason = error instanceof EncodingError ? 'encoding' : 'not-xlsx';
        return { unreadable: { file: file.name, reason }, errors: 1, warnings: 0 };
      }
      throw error;
    }
  }
  const result = convert({
    activities: sheets.activities!,
    ...(sheets.partners ? { partners: sheets.partners } : {}),
    ...(sheets.programs ? { programs: sheets.programs } : {}),
    base: { $schema: options.schemaUrl, version: 1 },
    organization: options.organization,
    ...(options.language ? { language: options.language } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  });
  const { errors, warnings } = countFindings(result.findings);
  return { ...(result.feed ? { feed: result.feed } : {}), result, errors, warnings };
}

export interface ShownFinding {
  readonly severity: 'error' | 'warning';
  readonly file?: string;
  readonly row?: number;
  /** "row 4, column date: "2023-02-30" is not a valid date (row skipped)", in `lang`. */
  readonly text: string;
  readonly skipped: boolean;
}

/** First-strong isolation (U+2068 … U+2069): the text keeps its own direction inside another. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A finding as the page shows it, in `lang` (call `loadReasons` first for Arabic). */
export function showFinding(finding: Finding, lang: 'ar' | 'en'): ShownFinding {
  // Values from the sheet (Arabic in an English message, or the reverse) are bidi-isolated,
  // so that "كانون الثاني 2021" → 2021-01 reads in order.
  const f: Finding = {
    ...finding,
    ...(finding.value !== undefined ? { value: isolate(finding.value) } : {}),
    ...(finding.detail !== undefined && finding.code !== 'csv-date-guess'
      ? { detail: isolate(finding.detail) }
      : {}),
    ...(finding.expected !== undefined ? { expected: isolate(finding.expected) } : {}),
  };
  const text = withLocale(lang, () => {
    const where = [
      f.row !== undefined ? m.rowLabel(f.row) : '',
      f.field ? m.columnLabel(isolate(f.field)) : '',
    ]
      .filter(Boolean)
      .join(m.listSeparator());
    const skipped = f.skipped
      ? ` (${f.row !== undefined ? m.rowSkipped() : m.activitySkipped()})`
      : '';
    return `${where ? `${where}: ` : ''}${m.reason(f)}${skipped}`;
  });
  return {
    severity: f.severity,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.row !== undefined ? { row: f.row } : {}),
    text,
    skipped: f.skipped === true,
  };
}

/** The reason a file could not be read, in `lang`. */
export function unreadableText(reason: 'encoding' | 'not-xlsx', lang: 'ar' | 'en'): string {
  return withLocale(lang, () =>
    reason === 'encoding'
      ? m.reason({ code: 'encoding', severity: 'error', message: '', detail: 'UTF-8' })
      : m.reason({ code: 'xlsx-unreadable', severity: 'error', message: '' }),
  );
}
