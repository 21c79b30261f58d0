/**
 * Localized texts shared by every element and the command line: problem reasons, feed
 * errors, count labels with plural forms, partner roles and types. DOM-free. Call inside
 * `withLocale` (elements do so around every update).
 */
import type { FeedErrorCode, Problem } from '../feed/problems.js';
import type { Metric } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
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
      return msg(str`${value} is not a whole number of zero or more`, {
        desc: 'Problem in a feed.',
      });
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
export function feedErrorText(code: ErrorReason, status?: string): string {
  switch (code) {
    case 'network':
      return msg('The activity feed could not be reached. Check the connection and try again.');
    case 'http':
      return msg(
        str`The activity feed could not be loaded (the server answered ${status ?? '?'}).`,
        {
          desc: 'The value is an HTTP status code such as 404.',
        },
      );
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
 * Names of count keys on their own, as headings, legends, axis titles and table headers
 * ("Participants", "المشاركون"). The label that follows a number, in its plural form, is
 * `countLabel` in count-labels.ts.
 */
const COUNT_NAMES: Record<string, () => string> = {
  activities: () => msg('Activities', { id: 'metric.activities', desc: 'Heading: a count.' }),
  participants: () => msg('Participants', { id: 'metric.participants', desc: 'Heading: a count.' }),
  women: () => msg('Women', { id: 'metric.women', desc: 'Heading: a count.' }),
  men: () => msg('Men', { id: 'metric.men', desc: 'Heading: a count.' }),
  girls: () => msg('Girls', { id: 'metric.girls', desc: 'Heading: a count.' }),
  boys: () => msg('Boys', { id: 'metric.boys', desc: 'Heading: a count.' }),
  youth: () => msg('Youth', { id: 'metric.youth', desc: 'Heading: a count of young people.' }),
  volunteers: () => msg('Volunteers', { id: 'metric.volunteers', desc: 'Heading: a count.' }),
  sessions: () => msg('Sessions', { id: 'metric.sessions', desc: 'Heading: sessions held.' }),
  beneficiaries: () =>
    msg('Beneficiaries', { id: 'metric.beneficiaries', desc: 'Heading: a count.' }),
};

/** Where a custom count key's name comes from: the feed's metrics and its text language. */
export interface CountNameSource {
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly language: string;
}

/**
 * The name of a count key (or `activities`) on its own. Custom keys take the feed's `metrics`
 * label in `lang`; unknown keys show as written.
 */
export function countName(key: string, lang: string, feed?: CountNameSource): string {
  const name = Object.hasOwn(COUNT_NAMES, key) ? COUNT_NAMES[key] : undefined;
  if (name) return name();
  const label = feed?.metrics.get(key)?.label;
  return (label && resolveText(label, lang, feed.language)?.text) || key;
}
