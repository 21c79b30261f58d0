/**
 * The words and checks of feed v1 that code needs at run time, with no schema library: the
 * browser bundle imports these and the rules generated from `schema.ts`, never Valibot.
 * `schema.ts` builds the Valibot definition from the same checks.
 */

export const PARTNER_TYPES = [
  'donor',
  'government',
  'un',
  'ngo',
  'private',
  'academic',
  'media',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** IATI organisation roles. */
export const PARTNER_ROLES = ['funding', 'accountable', 'extending', 'implementing'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** Count keys with built-in labels in every UI language. */
export const WELL_KNOWN_COUNTS = [
  'participants',
  'women',
  'men',
  'girls',
  'boys',
  'youth',
  'volunteers',
  'sessions',
  'beneficiaries',
] as const;
export type WellKnownCount = (typeof WELL_KNOWN_COUNTS)[number];

export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

/** Days in month `m` (1–12) of `year`, in the proleptic Gregorian calendar (as `Date` counts). */
function daysInMonth(year: number, m: number): number {
  if (m === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** UTC milliseconds of a calendar day; unlike `Date.UTC`, years 0–99 stay as written. */
export function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function isDateTime(value: string): boolean {
  return DATE_TIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** `http:`/`https:` or relative. Resolution against the feed's URL happens in `parse.ts`. */
export function isSafeUrl(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    // A relative URL resolves against the placeholder base, which is https.
    return SAFE_PROTOCOLS.has(new URL(value.trim(), 'https://feed.invalid/').protocol);
  } catch {
    return false;
  }
}

/** Like `isSafeUrl`, and also `data:` URLs of raster/SVG images (an `<img>` never runs script). */
export function isSafeImageUrl(value: string): boolean {
  return isSafeUrl(value) || IMAGE_DATA_URL.test(value.trim());
}

/** A string with something besides white space. */
export function isText(value: string): boolean {
  return value.trim().length > 0;
}

/** An id: a non-empty string without surrounding white space. */
export function isTrimmedText(value: string): boolean {
  return isText(value) && value === value.trim();
}

/** An object with at least one key. */
export function hasEntries(value: object): boolean {
  return Object.keys(value).length > 0;
}

/** The checks the schema uses, by name: the generated rules refer to them by these names. */
export const CHECKS = {
  isCalendarDate,
  isDateTime,
  isSafeUrl,
  isSafeImageUrl,
  isText,
  isTrimmedText,
  hasEntries,
} as const;
export type CheckName = keyof typeof CHECKS;
