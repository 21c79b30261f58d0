/**
 * Localized texts shared by every element and the command line: problem reasons, feed
 * errors, count labels with plural forms, partner roles and types. DOM-free. Call inside
 * `withLocale` (elements do so around every update).
 */
import type { FeedErrorCode, Problem } from '../feed/problems.js';
import type { Metric } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { plural } from './format.js';
import { msg, str } from './localize.js';

/** Why a value in the feed was dropped or an activity skipped, in the active locale. */
export function problemReason(problem: Pick<Problem, 'code' | 'value' | 'expected'>): string {
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'required':
      return msg('is required', { desc: 'Problem in a feed: a required field is missing.' });
    case 'type':
      return msg(str`${value} has the wrong type (expected ${problem.expected ?? '?'})`, {
        desc: 'Problem in a feed. The second value is a JSON type name: string, number, object, array.',
      });
    case 'empty':
      return msg('is empty', { desc: 'Problem in a feed: a text is empty.' });
    case 'id':
      return msg(str`${value} is not a valid id`, { desc: 'Problem in a feed.' });
    case 'language':
      return msg(str`${value} is not a language tag`, { desc: 'Problem in a feed (BCP 47 tag).' });
    case 'text':
      return msg(str`${value} is not text`, { desc: 'Problem in a feed.' });
    case 'date':
      return msg(str`${value} is not a valid date`, { desc: 'Problem in a feed.' });
    case 'date-order':
      return msg(str`${value} is before the start date`, { desc: 'Problem in a feed: end date.' });
    case 'datetime':
      return msg(str`${value} is not a valid date and time`, { desc: 'Problem in a feed.' });
    case 'url':
      return msg(str`${value} is not an allowed link`, {
        desc: 'Problem in a feed: only http, https and relative links are allowed.',
      });
    case 'count':
      return msg(str`${value} is not a whole number of zero or more`, { desc: 'Problem in a feed.' });
    case 'number':
      return msg(str`${value} is not a number`, { desc: 'Problem in a feed.' });
    case 'range':
      return msg(str`${value} is out of range`, { desc: 'Problem in a feed: latitude/longitude.' });
    case 'enum':
      return msg(str`${value} is not one of the allowed values`, { desc: 'Problem in a feed.' });
    case 'country':
      return msg(str`${value} is not a country code`, { desc: 'Problem in a feed (ISO 3166-1).' });
    case 'partner-ref':
      return msg(str`${value} is not a partner reference`, { desc: 'Problem in a feed.' });
    case 'duplicate-id':
      return msg(str`${value} is already used by another activity`, { desc: 'Problem in a feed.' });
    case 'unknown-ref':
      return msg(str`${value} is not defined in the feed`, {
        desc: 'Problem in a feed: an id that refers to nothing.',
      });
    case 'unlabelled-metric':
      return msg(str`${value} has no label in the feed's metrics`, {
        desc: 'Problem in a feed: a custom count key without a label.',
      });
    case 'unknown-field':
      return msg('is not a field of the feed format (ignored)', { desc: 'Warning about a feed.' });
    case 'unused-partner':
      return msg('is not used by any activity', { desc: 'Warning about a feed: a partner.' });
  }
}

/** `activities[3].date: "2023-13-40" is not a valid date`, localized. */
export function problemText(problem: Problem): string {
  return `${problem.path}: ${problemReason(problem)}`;
}

export type ErrorReason = FeedErrorCode | 'missing' | 'unexpected';

/** Why a whole feed cannot be shown, for a person. */
export function feedErrorText(code: ErrorReason, status?: number): string {
  switch (code) {
    case 'network':
      return msg('The activity feed could not be reached. Check the connection and try again.');
    case 'http':
      return msg(str`The activity feed could not be loaded (the server answered ${status ?? '?'}).`, {
        desc: 'The value is an HTTP status code such as 404.',
      });
    case 'timeout':
      return msg('The activity feed took too long to arrive.');
    case 'not-json':
      return msg('The activity feed is damaged: it is not valid JSON.');
    case 'not-object':
      return msg('The activity feed is damaged: it is not a feed object.');
    case 'version':
      return msg('The activity feed is of a version this widget does not understand.');
    case 'organization':
      return msg('The activity feed does not say which organization it is from.');
    case 'activities':
      return msg('The activity feed has no list of activities.');
    case 'missing':
      return msg('No activity feed was given to this widget.');
    case 'unexpected':
      return msg('Something went wrong while showing the activity feed.');
  }
}

/**
 * Count labels, shared by every element that shows a count (counts tiles, chart axes, legends,
 * tables, tooltips). Well-known keys (feed-v1.md, "Counts") and `activities` carry built-in
 * labels; any other key takes its label from the feed's `metrics`, else shows as written.
 */
type CountLabels = { name: () => string; forms: () => Record<Intl.LDMLPluralRule, string> };

/** Where a custom count key's label comes from: the feed's metrics and its text language. */
export interface CountLabelSource {
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly language: string;
}

const COUNT_LABELS: Record<string, CountLabels> = {
  activities: {
    name: () =>
      msg('Activities', { id: 'metric.activities', desc: 'Heading: number of activities.' }),
    forms: () => ({
      zero: msg('activities', { id: 'metric.activities.zero', desc: 'After the number 0.' }),
      one: msg('activity', { id: 'metric.activities.one', desc: 'After the number 1.' }),
      two: msg('activities', { id: 'metric.activities.two', desc: 'After the number 2.' }),
      few: msg('activities', { id: 'metric.activities.few', desc: 'After 3–10 (Arabic few).' }),
      many: msg('activities', { id: 'metric.activities.many', desc: 'After 11–99 (Arabic many).' }),
      other: msg('activities', {
        id: 'metric.activities.other',
        desc: 'After 100, 1000 … (other).',
      }),
    }),
  },
  participants: {
    name: () => msg('Participants', { id: 'metric.participants', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('participants', { id: 'metric.participants.zero', desc: 'After the number 0.' }),
      one: msg('participant', { id: 'metric.participants.one', desc: 'After the number 1.' }),
      two: msg('participants', { id: 'metric.participants.two', desc: 'After the number 2.' }),
      few: msg('participants', { id: 'metric.participants.few', desc: 'After 3–10.' }),
      many: msg('participants', { id: 'metric.participants.many', desc: 'After 11–99.' }),
      other: msg('participants', { id: 'metric.participants.other', desc: 'After 100 …' }),
    }),
  },
  women: {
    name: () => msg('Women', { id: 'metric.women', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('women', { id: 'metric.women.zero', desc: 'After the number 0.' }),
      one: msg('woman', { id: 'metric.women.one', desc: 'After the number 1.' }),
      two: msg('women', { id: 'metric.women.two', desc: 'After the number 2.' }),
      few: msg('women', { id: 'metric.women.few', desc: 'After 3–10.' }),
      many: msg('women', { id: 'metric.women.many', desc: 'After 11–99.' }),
      other: msg('women', { id: 'metric.women.other', desc: 'After 100 …' }),
    }),
  },
  men: {
    name: () => msg('Men', { id: 'metric.men', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('men', { id: 'metric.men.zero', desc: 'After the number 0.' }),
      one: msg('man', { id: 'metric.men.one', desc: 'After the number 1.' }),
      two: msg('men', { id: 'metric.men.two', desc: 'After the number 2.' }),
      few: msg('men', { id: 'metric.men.few', desc: 'After 3–10.' }),
      many: msg('men', { id: 'metric.men.many', desc: 'After 11–99.' }),
      other: msg('men', { id: 'metric.men.other', desc: 'After 100 …' }),
    }),
  },
  girls: {
    name: () => msg('Girls', { id: 'metric.girls', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('girls', { id: 'metric.girls.zero', desc: 'After the number 0.' }),
      one: msg('girl', { id: 'metric.girls.one', desc: 'After the number 1.' }),
      two: msg('girls', { id: 'metric.girls.two', desc: 'After the number 2.' }),
      few: msg('girls', { id: 'metric.girls.few', desc: 'After 3–10.' }),
      many: msg('girls', { id: 'metric.girls.many', desc: 'After 11–99.' }),
      other: msg('girls', { id: 'metric.girls.other', desc: 'After 100 …' }),
    }),
  },
  boys: {
    name: () => msg('Boys', { id: 'metric.boys', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('boys', { id: 'metric.boys.zero', desc: 'After the number 0.' }),
      one: msg('boy', { id: 'metric.boys.one', desc: 'After the number 1.' }),
      two: msg('boys', { id: 'metric.boys.two', desc: 'After the number 2.' }),
      few: msg('boys', { id: 'metric.boys.few', desc: 'After 3–10.' }),
      many: msg('boys', { id: 'metric.boys.many', desc: 'After 11–99.' }),
      other: msg('boys', { id: 'metric.boys.other', desc: 'After 100 …' }),
    }),
  },
  youth: {
    name: () => msg('Youth', { id: 'metric.youth', desc: 'Heading: count of young people.' }),
    forms: () => ({
      zero: msg('young people', { id: 'metric.youth.zero', desc: 'After the number 0.' }),
      one: msg('young person', { id: 'metric.youth.one', desc: 'After the number 1.' }),
      two: msg('young people', { id: 'metric.youth.two', desc: 'After the number 2.' }),
      few: msg('young people', { id: 'metric.youth.few', desc: 'After 3–10.' }),
      many: msg('young people', { id: 'metric.youth.many', desc: 'After 11–99.' }),
      other: msg('young people', { id: 'metric.youth.other', desc: 'After 100 …' }),
    }),
  },
  volunteers: {
    name: () => msg('Volunteers', { id: 'metric.volunteers', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('volunteers', { id: 'metric.volunteers.zero', desc: 'After the number 0.' }),
      one: msg('volunteer', { id: 'metric.volunteers.one', desc: 'After the number 1.' }),
      two: msg('volunteers', { id: 'metric.volunteers.two', desc: 'After the number 2.' }),
      few: msg('volunteers', { id: 'metric.volunteers.few', desc: 'After 3–10.' }),
      many: msg('volunteers', { id: 'metric.volunteers.many', desc: 'After 11–99.' }),
      other: msg('volunteers', { id: 'metric.volunteers.other', desc: 'After 100 …' }),
    }),
  },
  sessions: {
    name: () =>
      msg('Sessions', { id: 'metric.sessions', desc: 'Heading: training sessions held.' }),
    forms: () => ({
      zero: msg('sessions', { id: 'metric.sessions.zero', desc: 'After the number 0.' }),
      one: msg('session', { id: 'metric.sessions.one', desc: 'After the number 1.' }),
      two: msg('sessions', { id: 'metric.sessions.two', desc: 'After the number 2.' }),
      few: msg('sessions', { id: 'metric.sessions.few', desc: 'After 3–10.' }),
      many: msg('sessions', { id: 'metric.sessions.many', desc: 'After 11–99.' }),
      other: msg('sessions', { id: 'metric.sessions.other', desc: 'After 100 …' }),
    }),
  },
  beneficiaries: {
    name: () => msg('Beneficiaries', { id: 'metric.beneficiaries', desc: 'Heading: a count key.' }),
    forms: () => ({
      zero: msg('beneficiaries', { id: 'metric.beneficiaries.zero', desc: 'After the number 0.' }),
      one: msg('beneficiary', { id: 'metric.beneficiaries.one', desc: 'After the number 1.' }),
      two: msg('beneficiaries', { id: 'metric.beneficiaries.two', desc: 'After the number 2.' }),
      few: msg('beneficiaries', { id: 'metric.beneficiaries.few', desc: 'After 3–10.' }),
      many: msg('beneficiaries', { id: 'metric.beneficiaries.many', desc: 'After 11–99.' }),
      other: msg('beneficiaries', { id: 'metric.beneficiaries.other', desc: 'After 100 …' }),
    }),
  },
};

function customLabel(key: string, lang: string, feed: CountLabelSource | undefined): string {
  const label = feed?.metrics.get(key)?.label;
  return (label && resolveText(label, lang, feed.language)?.text) || key;
}

/**
 * The name of a count key on its own, as a heading, legend or table header ("Participants",
 * "المشاركون"). `lang` picks the text of a custom key's label from the feed's `metrics`.
 */
export function countName(key: string, lang: string, feed?: CountLabelSource): string {
  return COUNT_LABELS[key]?.name() ?? customLabel(key, lang, feed);
}

/**
 * The label that follows the number `n` of a count key, in the plural form `locale` needs for
 * it ("1 participant", "3 مشاركين", "11 مشاركاً"). Custom keys have one label for every number.
 */
export function countLabel(
  key: string,
  n: number,
  locale: string,
  feed?: CountLabelSource,
): string {
  const labels = COUNT_LABELS[key];
  return labels ? plural(n, locale, labels.forms()) : customLabel(key, locale, feed);
}
