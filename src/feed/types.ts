/** The normalised feed: what `parseFeed` returns and every element renders from. */
import type { PartnerRole, PartnerType } from './vocabulary.js';
import type { Problem } from './problems.js';

export type { PartnerRole, PartnerType, WellKnownCount } from './vocabulary.js';

/** Text by BCP 47 tag. A plain string in the feed becomes `{ [feed.language]: text }`. */
export type LocalizedText = Readonly<Record<string, string>>;

export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date at its own precision, with no time zone. */
export interface FeedDate {
  /** As written in the feed: "2021", "2023-05", "2023-12-18". */
  readonly text: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, for month and day precision. */
  readonly month?: number;
  /** 1–31, for day precision. */
  readonly day?: number;
  /** UTC milliseconds of the first day the date covers. */
  readonly start: number;
  /** UTC milliseconds of the last day the date covers. */
  readonly end: number;
}

export interface Organization {
  readonly id: string;
  readonly name: LocalizedText;
  readonly url?: string;
  readonly logo?: string;
}

export interface Partner {
  readonly id: string;
  readonly name: LocalizedText;
  readonly shortName?: LocalizedText;
  readonly type: PartnerType;
  readonly logo?: string;
  readonly url?: string;
}

export interface Program {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface Metric {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface Target {
  readonly metric: string;
  readonly value: number;
  readonly from?: FeedDate;
  readonly to?: FeedDate;
  readonly program?: string;
}

/** An ISO 3166-2 code (`IQ-MU`) or free text. */
export type Region =
  | { readonly code: string; readonly text?: undefined }
  | { readonly code?: undefined; readonly text: LocalizedText };

export interface Location {
  readonly name?: LocalizedText;
  readonly region?: Region;
  readonly lat?: number;
  readonly lon?: number;
}

export interface ActivityPartner {
  readonly id: string;
  readonly role?: PartnerRole;
}

export interface Person {
  readonly name: LocalizedText;
  readonly role?: LocalizedText;
}

export interface Image {
  readonly src: string;
  readonly alt?: LocalizedText;
  readonly credit?: LocalizedText;
}

export interface Activity {
  readonly id: string;
  /** Position in its page's `activities` array, as written (for problem paths and exports). */
  readonly index: number;
  readonly date: FeedDate;
  readonly endDate?: FeedDate;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly program?: string;
  readonly tags: readonly string[];
  readonly location?: Location;
  readonly partners: readonly ActivityPartner[];
  readonly people: readonly Person[];
  readonly counts: Readonly<Record<string, number>>;
  readonly images: readonly Image[];
  readonly url?: string;
}

export interface Feed {
  readonly version: 1;
  /** BCP 47 tag of plain-string text in the feed. */
  readonly language: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string;
  readonly updated?: string;
  readonly organization: Organization;
  /** In feed order. */
  readonly partners: ReadonlyMap<string, Partner>;
  readonly programs: ReadonlyMap<string, Program>;
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly targets: readonly Target[];
  /** Valid activities, in feed order (pages appended in order). */
  readonly activities: readonly Activity[];
  /** Absolute URL of the next (older) page, if any. */
  readonly next?: string;
  /** The URL the feed was read from, when it came from one. */
  readonly url?: string;
  /** Everything found wrong, in order. */
  readonly problems: readonly Problem[];
  /** How many activities were skipped because of a fatal problem. */
  readonly skipped: number;
}
