/**
 * What each spreadsheet column means: from its header (`title_ar`, `partners_funding`,
 * `count_women` …) or from its HXL hashtag (`#activity+title+ar`, `#org+funder`, `#reached+f` …).
 * See docs/feed-tools.md for the full tables.
 */
import { PARTNER_ROLES, WELL_KNOWN_COUNTS, type PartnerRole } from '../feed/schema.js';
import { CSV_COLUMNS, type CsvField } from '../feed/csv/columns.js';

export const ACTIVITY_FIELDS = [
  'id',
  'date',
  'endDate',
  'title',
  'summary',
  'program',
  'tags',
  'location',
  'region',
  'lat',
  'lon',
  'partners',
  'people',
  'peopleRole',
  'count',
  'image',
  'imageAlt',
  'imageCredit',
  'url',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Columns of the partners, programs and metrics sheets. */
export const LOOKUP_FIELDS = ['id', 'name', 'shortName', 'label', 'type', 'logo', 'url'] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];

export interface Column<F extends string = ActivityField> {
  readonly field: F;
  /** Position in the row. */
  readonly index: number;
  /** The header (or hashtag) as written, for messages. */
  readonly header: string;
  /** BCP 47 tag of a language column (`title_ar` → `ar`); none means the feed's language. */
  readonly lang?: string;
  /** IATI role of a partners column. */
  readonly role?: PartnerRole;
  /** Count key of a count column. */
  readonly key?: string;
}

/** Fields whose columns may come in one language each. */
const LOCALIZED: ReadonlySet<string> = new Set([
  'title',
  'summary',
  'location',
  'region',
  'people',
  'peopleRole',
  'imageAlt',
  'imageCredit',
  'name',
  'shortName',
  'label',
]);
const WELL_KNOWN: ReadonlySet<string> = new Set(WELL_KNOWN_COUNTS);
const ROLES: ReadonlySet<string> = new Set(PARTNER_ROLES);

/**
 * Header names (lower case, `_` for spaces, dots and hyphens) → field: the format's own names
 * (src/feed/csv/columns.ts, which the export writes) and the other ways people write them.
 */
const ACTIVITY_NAMES: Record<string, ActivityField> = {
  ...(Object.fromEntries(
    Object.entries(CSV_COLUMNS).map(([field, name]) => [name, field]),
  ) as Record<string, CsvField>),
  start_date: 'date',
  start: 'date',
  enddate: 'endDate',
  end: 'endDate',
  description: 'summary',
  programme: 'program',
  tag: 'tags',
  location_name: 'location',
  place: 'location',
  latitude: 'lat',
  lng: 'lon',
  longitude: 'lon',
  images: 'image',
  image_src: 'image',
  link: 'url',
};

const LOOKUP_NAMES: Record<string, LookupField> = {
  id: 'id',
  name: 'name',
  short_name: 'shortName',
  shortname: 'shortName',
  label: 'label',
  type: 'type',
  logo: 'logo',
  url: 'url',
};

const normalise = (header: string) => header.trim().replace(/[\s.-]+/g, '_');

/** `ar`, `en`, `ar_iq` → `ar`, `en`, `ar-IQ`; undefined when it is not a language tag. */
function languageTag(text: string): string | undefined {
  const parts = text.split('_');
  if (!/^[a-z]{2,3}$/i.test(parts[0]!)) return undefined;
  if (parts.slice(1).some((p) => !/^[a-z0-9]{2,8}$/i.test(p))) return undefined;
  return parts
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p))
    .join('-');
}

/** Splits `title_ar` into a known base name and a language, trying the longest names first. */
function splitLanguage<F extends string>(
  lower: string,
  names: Record<string, F>,
): { field: F; lang?: string } | undefined {
  const exact = names[lower];
  if (exact) return { field: exact };
  const bases = Object.keys(names)
    .filter((name) => LOCALIZED.has(names[name]!))
    .sort((a, b) => b.length - a.length);
  for (const base of bases) {
    if (!lower.startsWith(`${base}_`)) continue;
    const lang = languageTag(lower.slice(base.length + 1));
    if (lang) return { field: names[base]!, lang };
  }
  return undefined;
}

/** The meaning of an activities-sheet header, or undefined for an unknown column. */
export function activityColumn(header: string, index: number): Column | undefined {
  const norm = normalise(header);
  const lower = norm.toLowerCase();
  // `count_women` (COUNT_PREFIX), and `counts_women` as people also write it.
  const countPrefix = /^counts?_/.exec(lower);
  if (countPrefix && norm.length > countPrefix[0].length) {
    return { field: 'count', index, header, key: norm.slice(countPrefix[0].length) };
  }
  if (WELL_KNOWN.has(lower)) return { field: 'count', index, header, key: lower };
  const role = /^partners_(\w+)$/.exec(lower)?.[1];
  if (role && ROLES.has(role))
    return { field: 'partners', index, header, role: role as PartnerRole };
  const found = splitLanguage(lower, ACTIVITY_NAMES);
  if (!found) return undefined;
  return found.lang ? { ...found, index, header } : { field: found.field, index, header };
}

/** The meaning of a partners/programs/metrics-sheet header. */
export function lookupColumn(header: string, index: number): Column<LookupField> | undefined {
  const found = splitLanguage(normalise(header).toLowerCase(), LOOKUP_NAMES);
  if (!found) return undefined;
  return found.lang ? { ...found, index, header } : { field: found.field, index, header };
}

// ---- HXL ----------------------------------------------------------------------------------------

export interface Hashtag {
  readonly tag: string;
  readonly attributes: ReadonlySet<string>;
}

/** `#Activity +Title +ar` → { tag: 'activity', attributes: {title, ar} }; undefined if not a hashtag. */
export function parseHashtag(cell: string): Hashtag | undefined {
  const text = cell.replace(/\s+/g, '').toLowerCase();
  const match = /^#([a-z][a-z0-9_]*)((?:\+[a-z][a-z0-9_]*)*)$/.exec(text);
  if (!match) return undefined;
  return { tag: match[1]!, attributes: new Set(match[2]!.split('+').filter(Boolean)) };
}

/** True when the row is an HXL hashtag row: every non-empty cell is a hashtag, and one is. */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.every((c) => parseHashtag(c) !== undefined);
}

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/**
 * The language attribute of a hashtag: HXL's `+i_ar`, or a bare two-letter language code
 * (`+ar`, `+en`, `+ku`) as many sheets write it.
 */
function hxlLanguage(attributes: ReadonlySet<string>): { lang?: string; rest: Set<string> } {
  const rest = new Set<string>();
  let lang: string | undefined;
  for (const a of attributes) {
    const tagged = /^i_([a-z]{2,3}(?:_[a-z0-9]{2,8})*)$/.exec(a);
    if (tagged && !lang) {
      lang = languageTag(tagged[1]!);
      continue;
    }
    if (!lang && /^[a-z]{2}$/.test(a) && a !== 'id' && languageNames.of(a) !== undefined) {
      lang = a;
      continue;
    }
    rest.add(a);
  }
  return lang ? { lang, rest } : { rest };
}

const COUNT_ATTRIBUTES: [string[], string][] = [
  [['f', 'children'], 'girls'],
  [['m', 'children'], 'boys'],
  [['f', 'adults'], 'women'],
  [['m', 'adults'], 'men'],
  [['f'], 'women'],
  [['m'], 'men'],
  [['youth'], 'youth'],
];
/** Attributes that only say "a number" and change nothing. */
const NUMBER_ATTRIBUTES = new Set(['num', 'value', 'total', 'all', 'ind', 'people']);

function countKey(tag: string, rest: ReadonlySet<string>): string | undefined {
  const attributes = [...rest].filter((a) => !NUMBER_ATTRIBUTES.has(a));
  if (tag === 'indicator') return attributes.length === 1 ? attributes[0] : undefined;
  // #reached: people reached; its sex and age attributes pick the well-known key.
  if (attributes.length === 0) return 'participants';
  for (const [wanted, key] of COUNT_ATTRIBUTES) {
    if (wanted.length === attributes.length && wanted.every((a) => attributes.includes(a)))
      return key;
  }
  if (attributes.length === 1 && WELL_KNOWN.has(attributes[0]!)) return attributes[0];
  return undefined;
}

function hxlField(
  tag: string,
  rest: ReadonlySet<string>,
): Omit<Column, 'index' | 'header' | 'lang'> | undefined {
  const has = (...names: string[]) => names.some((n) => rest.has(n));
  switch (tag) {
    case 'activity':
      if (has('code', 'id')) return { field: 'id' };
      if (has('description')) return { field: 'summary' };
      if (has('programme', 'program')) return { field: 'program' };
      if (has('tags')) return { field: 'tags' };
      if (has('url')) return { field: 'url' };
      return { field: 'title' };
    case 'description':
      return { field: 'summary' };
    case 'date':
      return has('end') ? { field: 'endDate' } : { field: 'date' };
    case 'org': {
      if (has('funder', 'funding', 'donor')) return { field: 'partners', role: 'funding' };
      if (has('impl', 'implementing')) return { field: 'partners', role: 'implementing' };
      if (has('accountable', 'prog')) return { field: 'partners', role: 'accountable' };
      if (has('extending')) return { field: 'partners', role: 'extending' };
      return { field: 'partners' };
    }
    case 'adm1':
      return { field: 'region' };
    case 'loc':
      return { field: 'location' };
    case 'geo':
      if (has('lat')) return { field: 'lat' };
      if (has('lon', 'long', 'lng')) return { field: 'lon' };
      return undefined;
    case 'contact':
      if (has('role', 'title')) return { field: 'peopleRole' };
      return { field: 'people' };
    case 'reached':
    case 'indicator': {
      const key = countKey(tag, rest);
      return key ? { field: 'count', key } : undefined;
    }
    case 'meta':
      if (has('id', 'code')) return { field: 'id' };
      if (has('tags')) return { field: 'tags' };
      if (has('url', 'link')) return { field: 'url' };
      if (has('image')) {
        if (has('alt')) return { field: 'imageAlt' };
        if (has('credit')) return { field: 'imageCredit' };
        return { field: 'image' };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The meaning of an HXL hashtag column. */
export function hxlColumn(hashtag: string, index: number): Column | undefined {
  const parsed = parseHashtag(hashtag);
  if (!parsed) return undefined;
  const { lang, rest } = hxlLanguage(parsed.attributes);
  const found = hxlField(parsed.tag, rest);
  if (!found) return undefined;
  const column: Column = { ...found, index, header: hashtag.trim() };
  return lang && LOCALIZED.has(found.field) ? { ...column, lang } : column;
}
