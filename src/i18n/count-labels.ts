/**
 * Labels of count keys, plural-correct in each UI language (Arabic has six forms), shared by
 * the timeline, the counts tiles, the chart and the impact summary. Well-known keys carry
 * built-in labels; custom keys use the feed's `metrics` label as written. Call inside
 * `withLocale`.
 */
import type { Feed } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { plural, type PluralForms } from './format.js';
import { msg } from './localize.js';

const FORMS: Record<string, () => PluralForms> = {
  activities: () => ({
    zero: msg('activities', { id: 'count.activities.zero' }),
    one: msg('activity', { id: 'count.activities.one' }),
    two: msg('activities', { id: 'count.activities.two' }),
    few: msg('activities', { id: 'count.activities.few' }),
    many: msg('activities', { id: 'count.activities.many' }),
    other: msg('activities', { id: 'count.activities.other' }),
  }),
  partners: () => ({
    zero: msg('partners', { id: 'count.partners.zero' }),
    one: msg('partner', { id: 'count.partners.one' }),
    two: msg('partners', { id: 'count.partners.two' }),
    few: msg('partners', { id: 'count.partners.few' }),
    many: msg('partners', { id: 'count.partners.many' }),
    other: msg('partners', { id: 'count.partners.other' }),
  }),
  regions: () => ({
    zero: msg('regions', { id: 'count.regions.zero' }),
    one: msg('region', { id: 'count.regions.one' }),
    two: msg('regions', { id: 'count.regions.two' }),
    few: msg('regions', { id: 'count.regions.few' }),
    many: msg('regions', { id: 'count.regions.many' }),
    other: msg('regions', { id: 'count.regions.other' }),
  }),
  people: () => ({
    zero: msg('people', { id: 'count.people.zero' }),
    one: msg('person', { id: 'count.people.one' }),
    two: msg('people', { id: 'count.people.two' }),
    few: msg('people', { id: 'count.people.few' }),
    many: msg('people', { id: 'count.people.many' }),
    other: msg('people', { id: 'count.people.other' }),
  }),
  participants: () => ({
    zero: msg('participants', { id: 'count.participants.zero' }),
    one: msg('participant', { id: 'count.participants.one' }),
    two: msg('participants', { id: 'count.participants.two' }),
    few: msg('participants', { id: 'count.participants.few' }),
    many: msg('participants', { id: 'count.participants.many' }),
    other: msg('participants', { id: 'count.participants.other' }),
  }),
  women: () => ({
    zero: msg('women', { id: 'count.women.zero' }),
    one: msg('woman', { id: 'count.women.one' }),
    two: msg('women', { id: 'count.women.two' }),
    few: msg('women', { id: 'count.women.few' }),
    many: msg('women', { id: 'count.women.many' }),
    other: msg('women', { id: 'count.women.other' }),
  }),
  men: () => ({
    zero: msg('men', { id: 'count.men.zero' }),
    one: msg('man', { id: 'count.men.one' }),
    two: msg('men', { id: 'count.men.two' }),
    few: msg('men', { id: 'count.men.few' }),
    many: msg('men', { id: 'count.men.many' }),
    other: msg('men', { id: 'count.men.other' }),
  }),
  girls: () => ({
    zero: msg('girls', { id: 'count.girls.zero' }),
    one: msg('girl', { id: 'count.girls.one' }),
    two: msg('girls', { id: 'count.girls.two' }),
    few: msg('girls', { id: 'count.girls.few' }),
    many: msg('girls', { id: 'count.girls.many' }),
    other: msg('girls', { id: 'count.girls.other' }),
  }),
  boys: () => ({
    zero: msg('boys', { id: 'count.boys.zero' }),
    one: msg('boy', { id: 'count.boys.one' }),
    two: msg('boys', { id: 'count.boys.two' }),
    few: msg('boys', { id: 'count.boys.few' }),
    many: msg('boys', { id: 'count.boys.many' }),
    other: msg('boys', { id: 'count.boys.other' }),
  }),
  youth: () => ({
    zero: msg('young people', { id: 'count.youth.zero' }),
    one: msg('young person', { id: 'count.youth.one' }),
    two: msg('young people', { id: 'count.youth.two' }),
    few: msg('young people', { id: 'count.youth.few' }),
    many: msg('young people', { id: 'count.youth.many' }),
    other: msg('young people', { id: 'count.youth.other' }),
  }),
  volunteers: () => ({
    zero: msg('volunteers', { id: 'count.volunteers.zero' }),
    one: msg('volunteer', { id: 'count.volunteers.one' }),
    two: msg('volunteers', { id: 'count.volunteers.two' }),
    few: msg('volunteers', { id: 'count.volunteers.few' }),
    many: msg('volunteers', { id: 'count.volunteers.many' }),
    other: msg('volunteers', { id: 'count.volunteers.other' }),
  }),
  sessions: () => ({
    zero: msg('sessions', { id: 'count.sessions.zero' }),
    one: msg('session', { id: 'count.sessions.one' }),
    two: msg('sessions', { id: 'count.sessions.two' }),
    few: msg('sessions', { id: 'count.sessions.few' }),
    many: msg('sessions', { id: 'count.sessions.many' }),
    other: msg('sessions', { id: 'count.sessions.other' }),
  }),
  beneficiaries: () => ({
    zero: msg('beneficiaries', { id: 'count.beneficiaries.zero' }),
    one: msg('beneficiary', { id: 'count.beneficiaries.one' }),
    two: msg('beneficiaries', { id: 'count.beneficiaries.two' }),
    few: msg('beneficiaries', { id: 'count.beneficiaries.few' }),
    many: msg('beneficiaries', { id: 'count.beneficiaries.many' }),
    other: msg('beneficiaries', { id: 'count.beneficiaries.other' }),
  }),
};

/** Keys with built-in, plural-aware labels (well-known counts plus the derived metrics). */
export const LABELLED_KEYS: readonly string[] = Object.keys(FORMS);

/**
 * The label that goes with `value` of `key` ("participants", "مشاركًا" …) in `locale`.
 * Custom keys take the feed's `metrics` label in `lang`; unknown keys show as written.
 */
export function countLabel(
  key: string,
  value: number,
  locale: string,
  feed?: Feed,
  lang?: string,
): string {
  const forms = Object.hasOwn(FORMS, key) ? FORMS[key] : undefined;
  if (forms) return plural(value, locale, forms());
  const label = feed?.metrics.get(key)?.label;
  return resolveText(label, lang ?? locale, feed?.language ?? 'en')?.text ?? key;
}
