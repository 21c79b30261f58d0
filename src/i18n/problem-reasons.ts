/**
 * Why a value in a feed was dropped or an activity skipped, localized: for the elements' list
 * of problems (loaded only for a feed with problems) and the command line. DOM-free. Call
 * inside `withLocale`.
 */
import type { Problem } from '../feed/problems.js';
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
    case 'surrogate':
      return msg(str`${value} holds broken characters (shown as �)`, {
        desc: 'Warning about a feed: text with unpaired UTF-16 surrogates, replaced by U+FFFD (the � sign).',
      });
    case 'render':
      return msg('could not be shown and was left out', {
        desc: 'Problem in a feed: an activity, partner or figure made an error while it was shown.',
      });
  }
}

/** `activities[3].date: "2023-13-40" is not a valid date`, localized. */
export function problemText(problem: Problem): string {
  return `${problem.path}: ${problemReason(problem)}`;
}
