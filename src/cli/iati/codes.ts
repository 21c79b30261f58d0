/**
 * The IATI 2.03 codes the feed maps onto, in both directions, and nothing more: each table says
 * what a feed word means in IATI and back. Where the feed's word does not decide an IATI code
 * (an "ngo" may be international, national or regional), there is no entry: the code is left out
 * rather than guessed, and a mapping file can give it (docs/iati.md).
 *
 * Codelists: OrganisationRole, OrganisationType, ActivityDateType, ActivityStatus,
 * DocumentCategory, IndicatorMeasure, ResultType, SectorVocabulary, TagVocabulary,
 * GeographicVocabulary (iatistandard.org, version 2.03).
 */
import type { PartnerRole, PartnerType } from '../../feed/vocabulary.js';

/** OrganisationRole: the feed's roles are IATI's own, by name. */
export const ROLE_CODES = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
} as const satisfies Record<PartnerRole, string>;

export function roleFromCode(code: string | undefined): PartnerRole | undefined {
  const entry = Object.entries(ROLE_CODES).find(([, c]) => c === code?.trim());
  return entry?.[0] as PartnerRole | undefined;
}

/** OrganisationType codes (2.03), for checking `--org-type` and mapping files. */
export const ORGANISATION_TYPES = [
  '10',
  '11',
  '15',
  '21',
  '22',
  '23',
  '24',
  '30',
  '40',
  '60',
  '70',
  '71',
  '72',
  '73',
  '80',
  '90',
] as const;

export const isOrganisationType = (code: string): boolean =>
  (ORGANISATION_TYPES as readonly string[]).includes(code);

/**
 * Feed partner type → OrganisationType, only where the feed's word decides the code.
 * Not mapped: `ngo` (21 international, 22 national, 23 regional or 24 partner-country based),
 * `donor` (a government, a multilateral, a foundation …) and `media` (no IATI type of its own).
 */
export const TYPE_CODES: Partial<Record<PartnerType, string>> = {
  government: '10',
  un: '40',
  private: '70',
  academic: '80',
  other: '90',
};

/** OrganisationType → feed partner type: every IATI code has exactly one feed word. */
export function typeFromCode(code: string | undefined): PartnerType | undefined {
  switch (code?.trim()) {
    case '10':
    case '11':
    case '15':
      return 'government';
    case '21':
    case '22':
    case '23':
    case '24':
      return 'ngo';
    case '40':
      return 'un';
    case '70':
    case '71':
    case '72':
    case '73':
      return 'private';
    case '80':
      return 'academic';
    case '30':
    case '60':
    case '90':
      return 'other';
    default:
      return undefined;
  }
}

/** ActivityDateType. */
export const DATE_TYPES = {
  plannedStart: '1',
  actualStart: '2',
  plannedEnd: '3',
  actualEnd: '4',
} as const;

/** ActivityStatus: 1 pipeline (not started), 2 implementation, 4 closed (ended). */
export const STATUS = { pipeline: '1', implementation: '2', closed: '4' } as const;

/** DocumentCategory: the story's web page, and photographs as a record of what was done. */
export const DOCUMENT_CATEGORY = { webPage: 'A12', results: 'A08' } as const;

/** ResultType 1 = output; IndicatorMeasure 1 = unit (a number of people, sessions …). */
export const RESULT_OUTPUT = '1';
export const MEASURE_UNIT = '1';

/** IndicatorVocabulary / TagVocabulary 99: the reporting organisation's own codes. */
export const OWN_VOCABULARY = '99';

/** GeographicVocabulary A4: ISO 3166-1 alpha-2 (IATI has no vocabulary for ISO 3166-2). */
export const ISO_COUNTRY_VOCABULARY = 'A4';

/** The only spatial reference system IATI points accept. */
export const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326';

/**
 * SectorVocabulary: 5-digit DAC purpose codes are vocabulary 1, 3-digit DAC sector codes
 * vocabulary 2.
 */
export function sectorVocabulary(code: string): '1' | '2' | undefined {
  if (/^\d{5}$/.test(code)) return '1';
  if (/^\d{3}$/.test(code)) return '2';
  return undefined;
}

/**
 * The disaggregation of people reached (`dimension` of an actual value). IATI has no codelist
 * for dimension values; these are the names and values written, and read back (with common
 * variants) by `from-iati`.
 */
export const BREAKDOWN = {
  women: { sex: 'female', age: 'adult' },
  men: { sex: 'male', age: 'adult' },
  girls: { sex: 'female', age: 'child' },
  boys: { sex: 'male', age: 'child' },
} as const;
export type BreakdownKey = keyof typeof BREAKDOWN;
export const BREAKDOWN_KEYS = Object.keys(BREAKDOWN) as BreakdownKey[];

/** The count that the breakdown disaggregates: people reached. */
export const PEOPLE_KEY = 'participants';

/** Reads a sex/age pair back into a count key; variants other publishers use are accepted. */
export function breakdownKey(sex: string | undefined, age: string | undefined): string | undefined {
  const s = sex?.trim().toLowerCase();
  const female = ['female', 'f', 'woman', 'women', 'girl', 'girls', '2'];
  const male = ['male', 'm', 'man', 'men', 'boy', 'boys', '1'];
  const isFemale = s !== undefined && female.includes(s);
  const isMale = s !== undefined && male.includes(s);
  if (!isFemale && !isMale) return undefined;
  const a = age?.trim().toLowerCase();
  const child =
    (a !== undefined && /child|minor|under ?18|<\s*18|^0\s*-\s*1[0-7]$|youth under/.test(a)) ||
    s === 'girl' ||
    s === 'girls' ||
    s === 'boy' ||
    s === 'boys';
  if (isFemale) return child ? 'girls' : 'women';
  return child ? 'boys' : 'men';
}

/** IANA media types of images by file extension (document-link/@format). */
export function imageFormat(url: string): string | undefined {
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  const ext = path.slice(path.lastIndexOf('.') + 1);
  switch (ext) {
    case 'jpg':
    case 'jpeg':
      return 'image/jpeg';
    case 'png':
      return 'image/png';
    case 'gif':
      return 'image/gif';
    case 'webp':
      return 'image/webp';
    case 'avif':
      return 'image/avif';
    case 'svg':
      return 'image/svg+xml';
    default:
      return undefined;
  }
}

/** Characters IATI does not allow in an activity identifier. */
export const IDENTIFIER_FORBIDDEN = /[\s/&|?]/;
