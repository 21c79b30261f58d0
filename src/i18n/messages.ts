/**
 * Localized texts shared by every element and the command line: feed errors and the names of
 * counts (problem reasons are problem-reasons.ts). DOM-free. Call inside `withLocale` (elements
 * do so around every update).
 */
import type { FeedErrorCode } from '../feed/problems.js';
import type { Metric } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { msg, str } from './localize.js';

/** Said after the name of a link that opens another site in a new tab. */
export const opensInNewTab = (): string =>
  msg('(opens in a new tab)', { desc: 'Added to the name of a link to another site.' });

/**
 * Why a feed (or, for the `page-*` codes, a `next` page of it) cannot be shown: a feed error,
 * no feed given, a bug; a next page whose URL was already loaded, or that only repeats
 * activities already shown.
 */
export type ErrorReason = FeedErrorCode | 'missing' | 'unexpected' | 'page-loop' | 'page-repeat';

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
    case 'page-loop':
      return msg(
        'Older activities could not be loaded: the next page loops back to one already shown.',
      );
    case 'page-repeat':
      return msg(
        'Older activities could not be loaded: the next page repeats activities already shown.',
      );
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
