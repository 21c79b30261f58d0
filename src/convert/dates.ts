/**
 * Dates as spreadsheets write them → feed dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), keeping
 * the precision written (a month stays a month). DOM-free and Node-free.
 *
 * - ISO `2021-03-04`, `2021-03`, `2021`, and year first with `/` or `.`: `2021/03/04`.
 * - Year last, with `/`, `-` or `.`: `4/3/2021`, `04/03/2021`, `3/2021`. Day first unless the
 *   column says otherwise (`columnOrder`): Iraq, the Levant and most of the world write it so.
 * - Two-digit years (`4/3/21`) are refused: 21 could be 1921 or 2021.
 * - Excel's serial day numbers (`44927` → 2023-01-01), as a CSV saved from a date column with
 *   a number format gives them: five digits, optionally with a time fraction.
 * - Month names in Arabic, both the Iraqi/Levantine (كانون الثاني، شباط …) and the
 *   Egyptian/Gulf ones (يناير، فبراير …), and in English (January, Jan, Sept …), in any order
 *   with the day and the year: `15 كانون الثاني 2021`, `يناير 2021`, `15-Jan-2021`, `Jan 15, 2021`.
 * - Arabic-Indic digits anywhere, a trailing `م` (the Gregorian era) and a time after the date
 *   (`16/10/2008 00:00`, `2021-03-04T10:00:00`) are accepted.
 */
import { asciiDigits } from './cells.js';

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
/** How the sheet writes numeric dates: day first, month first, or year first only. */
export type DateOrder = (typeof DATE_ORDERS)[number];

/** What was assumed to read a value: the form is named in the report, once per column. */
export type DateGuess = 'dmy' | 'mdy' | 'serial' | 'month-name';

export interface SheetDate {
  /** The feed date; absent when the text is not a date (the feed's rules then report it). */
  readonly value?: string;
  /** Why it was refused outright. */
  readonly problem?: 'two-digit-year';
  /** What was assumed, if anything. */
  readonly guess?: DateGuess;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 9999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Arabic letters as people type them: hamza forms of alef, tatweel, diacritics, a leading "ال". */
function normaliseWord(word: string): string {
  return word
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/^ال(?=..)/, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  // Iraqi/Levantine, Egyptian/Gulf, English.
  ['كانون ثاني', 'يناير', 'january', 'jan'],
  ['شباط', 'فبراير', 'february', 'feb'],
  ['اذار', 'مارس', 'march', 'mar'],
  ['نيسان', 'ابريل', 'april', 'apr'],
  ['ايار', 'مايو', 'may'],
  ['حزيران', 'يونيو', 'يونيه', 'june', 'jun'],
  ['تموز', 'يوليو', 'يوليه', 'july', 'jul'],
  ['اب', 'اغسطس', 'august', 'aug'],
  ['ايلول', 'سبتمبر', 'september', 'sept', 'sep'],
  ['تشرين اول', 'اكتوبر', 'october', 'oct'],
  ['تشرين ثاني', 'نوفمبر', 'november', 'nov'],
  ['كانون اول', 'ديسمبر', 'december', 'dec'],
];
const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
);

/** `15 كانون الثاني 2021`, `Jan 15, 2021`, `15-Jan-2021`, `يناير 2021`. */
function withMonthName(text: string): SheetDate | undefined {
  const tokens = text
    .split(/[\s,،/.-]+/)
    .filter(Boolean)
    .map(normaliseWord);
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  if (words.length === 0 || words.length > 2) return undefined;
  const month = MONTHS.get(words.join(' '));
  if (month === undefined) return undefined;
  const year = numbers.find((n) => n.length === 4);
  const others = numbers.filter((n) => n !== year);
  if (year === undefined) {
    return numbers.some((n) => n.length === 2) && numbers.length <= 2
      ? { problem: 'two-digit-year' }
      : {};
  }
  if (others.length > 1 || others.some((n) => n.length > 2)) return {};
  const day = others[0] === undefined ? undefined : Number(others[0]);
  const value = ymd(Number(year), month, day);
  return value ? { value, guess: 'month-name' } : {};
}

/** Excel's day number (days since 1899-12-30, which absorbs Lotus's 1900 leap-year bug). */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day and month of `a/b/YYYY` under an order; undefined when impossible. */
function yearLast(a: number, b: number, year: number, order: 'dmy' | 'mdy'): string | undefined {
  return order === 'dmy' ? ymd(year, b, a) : ymd(year, a, b);
}

/** Reads one cell of a date column. */
export function readDate(cell: string, order: DateOrder = 'dmy'): SheetDate {
  let text = asciiDigits(cell).trim().replace(/\s*م$/, '');
  // A time after the date: dropped (a feed date is a day at most).
  text = text.replace(
    /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?$/,
    '',
  );
  if (text === '') return {};

  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) {
    const value = ymd(
      Number(m[1]),
      m[2] ? Number(m[2]) : undefined,
      m[3] ? Number(m[3]) : undefined,
    );
    return value ? { value } : {};
  }
  // Year first with / or . : always year, month, day.
  m = /^(\d{4})([/.])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(text);
  if (m) {
    const value = ymd(Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : undefined);
    return value ? { value } : {};
  }
  // Year last: d/m/yyyy or m/d/yyyy, m/yyyy.
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (m) {
    if (m[4]!.length === 2) return { problem: 'two-digit-year' };
    if (order === 'ymd') return {};
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    const value = yearLast(a, b, year, order);
    if (!value) return {};
    // A guess when both readings are real dates and differ.
    const other = yearLast(a, b, year, order === 'dmy' ? 'mdy' : 'dmy');
    return other && other !== value ? { value, guess: order } : { value };
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    if (order === 'ymd') return {};
    const value = ymd(Number(m[2]), Number(m[1]));
    return value ? { value } : {};
  }
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text) || /^\d{1,2}[/.-]\d{2}$/.test(text)) return {};
  // Excel's serial day numbers: five digits (10000 is 1927-05-18), an optional time fraction.
  m = /^(\d{5})(?:\.\d+)?$/.exec(text);
  if (m) {
    const value = excelSerialDate(Number(text));
    return value ? { value, guess: 'serial' } : {};
  }
  return withMonthName(text) ?? {};
}

/** How a date column is read: the order, and why, for the report. */
export interface ColumnDates {
  readonly order: DateOrder;
  /** A value that only makes sense month first (`12/25/2021`), if any. */
  readonly monthFirst?: string;
  /** A value that only makes sense day first (`25/12/2021`), if any. */
  readonly dayFirst?: string;
}

/**
 * The order for a column's year-last dates: `option` when given; else day first, unless some
 * value only makes sense month first and none only day first.
 */
export function columnOrder(cells: readonly string[], option?: DateOrder): ColumnDates {
  let monthFirst: string | undefined;
  let dayFirst: string | undefined;
  for (const cell of cells) {
    const text = asciiDigits(cell).trim();
    const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/.exec(text);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    const asDmy = yearLast(a, b, year, 'dmy');
    const asMdy = yearLast(a, b, year, 'mdy');
    if (asMdy && !asDmy) monthFirst ??= cell.trim();
    if (asDmy && !asMdy) dayFirst ??= cell.trim();
  }
  const order = option ?? (monthFirst && !dayFirst ? 'mdy' : 'dmy');
  return {
    order,
    ...(monthFirst ? { monthFirst } : {}),
    ...(dayFirst ? { dayFirst } : {}),
  };
}
