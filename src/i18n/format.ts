/**
 * Dates and numbers, only through `Intl`, in the element's formatting locale.
 * Feed dates are calendar dates: they are formatted in UTC from UTC midnight, so no visitor's
 * time zone can move them to another day.
 */
import type { FeedDate } from '../feed/types.js';
import type { Calendar } from './locale.js';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const DATE_OPTIONS: Record<FeedDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

function withCalendar(locale: string, calendar: Calendar | undefined): string {
  if (!calendar) return locale;
  try {
    return new Intl.Locale(locale, { calendar }).toString();
  } catch {
    return locale;
  }
}

function dateFormat(locale: string, precision: FeedDate['precision'], calendar?: Calendar) {
  const tag = withCalendar(locale, calendar);
  return cached(`d|${tag}|${precision}`, () => {
    const options: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS[precision], timeZone: 'UTC' };
    // Hijri dates need the era marker to read as Hijri ("١٤٤٥ هـ").
    if (calendar === 'islamic-umalqura') options.era = 'short';
    return new Intl.DateTimeFormat(tag, options);
  });
}

/** "2021" as a year, "2023-05" as a month, "2023-12-18" as a day. */
export function formatDate(date: FeedDate, locale: string): string {
  return dateFormat(locale, date.precision).format(date.start);
}

/** A date and an optional end date, as a range at the finer of the two precisions. */
export function formatDateRange(date: FeedDate, end: FeedDate | undefined, locale: string): string {
  if (!end || end.text === date.text) return formatDate(date, locale);
  if (end.precision === date.precision) {
    return dateFormat(locale, date.precision).formatRange(date.start, end.start);
  }
  return `${formatDate(date, locale)} – ${formatDate(end, locale)}`;
}

/** The Hijri (Umm al-Qura) date of a day-precision date; undefined for years and months. */
export function formatHijri(date: FeedDate, locale: string): string | undefined {
  if (date.precision !== 'day') return undefined;
  return dateFormat(locale, 'day', 'islamic-umalqura').format(date.start);
}

/** Machine-readable value for `<time datetime>`: the feed's own text, which is valid HTML. */
export function isoDate(date: FeedDate): string {
  return date.text;
}

export function formatNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A year number in the locale's digits, without grouping ("٢٠٢٣", not "٢٬٠٢٣"). */
export function formatYear(year: number, locale: string): string {
  return formatNumber(year, locale, { useGrouping: false });
}

export type PluralForms = Record<Intl.LDMLPluralRule, string>;

/** The plural category of `value` in `locale` (Arabic has six). */
export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}

/** Picks the form for `value`; forms come from `msg()` so translators supply each category. */
export function plural(value: number, locale: string, forms: PluralForms): string {
  return forms[pluralCategory(value, locale)];
}

/** "IHEC, UNAMI and UNDP" / "IHEC و UNAMI و UNDP". */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(
    items,
  );
}

/** The parts of a conjunction list, for rendering items that are not plain strings. */
export function formatListParts(items: readonly string[], locale: string) {
  return cached(
    `l|${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction' }),
  ).formatToParts(items);
}
