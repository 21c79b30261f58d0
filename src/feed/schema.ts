/**
 * The ONE definition of activity feed v1 (see feed-v1.md).
 *
 * Everything else derives from these Valibot schemas:
 * - the raw input types (`v.InferInput`),
 * - the forgiving browser parse (`parse.ts` walks these schemas field by field),
 * - the strict command-line validator,
 * - the published JSON Schema (`@valibot/to-json-schema`).
 *
 * Issue messages are problem codes (see `problems.ts`), never prose, so that every
 * consumer can localize them.
 */
import * as v from 'valibot';

import {
  DATE_PATTERN,
  LANGUAGE_TAG_PATTERN,
  PARTNER_ROLES,
  PARTNER_TYPES,
  hasEntries,
  isCalendarDate,
  isDateTime,
  isSafeImageUrl,
  isSafeUrl,
  isText,
  isTrimmedText,
} from './vocabulary.js';

export * from './vocabulary.js';

export const Text = v.pipe(v.string(), v.check(isText, 'empty'));
export const Id = v.pipe(
  v.string(),
  v.check(isTrimmedText, 'id'),
  v.description('An identifier, unique in its list.'),
);
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(LANGUAGE_TAG_PATTERN, 'language'),
  v.description('A BCP 47 language tag, e.g. "ar", "en", "ar-IQ".'),
);

/** A plain string (in the feed's `language`) or an object from BCP 47 tags to strings. */
export const LocalizedText = v.union(
  [
    Text,
    v.pipe(
      v.record(LanguageTag, Text),
      v.check<Record<string, string>, 'empty'>(hasEntries, 'empty'),
    ),
  ],
  'text',
);

export const CalendarDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'date'),
  v.check(isCalendarDate, 'date'),
  v.description('A calendar date at its precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD".'),
);

export const Url = v.pipe(
  v.string(),
  v.check(isSafeUrl, 'url'),
  v.description('An http(s) URL, or a URL relative to the feed.'),
);
export const ImageUrl = v.pipe(
  v.string(),
  v.check(isSafeImageUrl, 'url'),
  v.description('An http(s) URL, a URL relative to the feed, or a data: image URL.'),
);

export const Count = v.pipe(
  v.number('count'),
  v.integer('count'),
  v.minValue(0, 'count'),
  v.description('A non-negative integer.'),
);

export const Organization = v.object({
  id: Id,
  name: LocalizedText,
  url: v.optional(Url),
  logo: v.optional(ImageUrl),
});

export const Partner = v.object({
  id: Id,
  name: LocalizedText,
  shortName: v.optional(LocalizedText),
  type: v.optional(v.picklist(PARTNER_TYPES, 'enum')),
  logo: v.optional(ImageUrl),
  url: v.optional(Url),
});

export const Program = v.object({ id: Id, name: LocalizedText });

export const Metric = v.object({ id: Id, label: LocalizedText });

export const Target = v.object({
  metric: Id,
  value: v.pipe(v.number('number'), v.minValue(0, 'count')),
  from: v.optional(CalendarDate),
  to: v.optional(CalendarDate),
  program: v.optional(Id),
});

export const Location = v.object({
  name: v.optional(LocalizedText),
  region: v.optional(
    v.pipe(
      LocalizedText,
      v.description('An ISO 3166-2 code such as "IQ-MU" where one fits, else localized text.'),
    ),
  ),
  lat: v.optional(v.pipe(v.number('number'), v.minValue(-90, 'range'), v.maxValue(90, 'range'))),
  lon: v.optional(v.pipe(v.number('number'), v.minValue(-180, 'range'), v.maxValue(180, 'range'))),
});

export const ActivityPartner = v.union(
  [Id, v.object({ id: Id, role: v.optional(v.picklist(PARTNER_ROLES, 'enum')) })],
  'partner-ref',
);

export const Person = v.object({ name: LocalizedText, role: v.optional(LocalizedText) });

export const Image = v.object({
  src: ImageUrl,
  alt: v.optional(LocalizedText),
  credit: v.optional(LocalizedText),
});

export const Activity = v.object({
  id: Id,
  date: CalendarDate,
  endDate: v.optional(CalendarDate),
  title: LocalizedText,
  summary: v.optional(LocalizedText),
  program: v.optional(Id),
  tags: v.optional(v.array(Text)),
  location: v.optional(Location),
  partners: v.optional(v.array(ActivityPartner)),
  people: v.optional(v.array(Person)),
  counts: v.optional(v.record(Id, Count)),
  images: v.optional(v.array(Image)),
  url: v.optional(Url),
});

export const Feed = v.object({
  $schema: v.optional(v.string()),
  version: v.literal(1, 'version'),
  language: v.optional(LanguageTag),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/, 'country'))),
  updated: v.optional(v.pipe(v.string(), v.check(isDateTime, 'datetime'))),
  organization: Organization,
  partners: v.optional(v.array(Partner)),
  programs: v.optional(v.array(Program)),
  metrics: v.optional(v.array(Metric)),
  targets: v.optional(v.array(Target)),
  activities: v.array(Activity),
  next: v.optional(Url),
});

export type FeedInput = v.InferInput<typeof Feed>;
export type ActivityInput = v.InferInput<typeof Activity>;
export type LocalizedTextInput = v.InferInput<typeof LocalizedText>;
