/**
 * Labels of count keys, plural-correct in each UI language (Arabic has six forms), shared by
 * the timeline, the counts tiles, the chart and the impact summary. Well-known keys carry
 * built-in labels; custom keys use the feed's `metrics` label as written. Call inside
 * `withLocale`.
 *
 * Each label is one message holding its plural forms separated by `|`: `one|other` in English,
 * the six CLDR forms `zero|one|two|few|many|other` in a translation (docs/localization.md).
 */
import type { Feed } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { pluralCategory } from './format.js';
import { msg } from './localize.js';

const LABELS: Record<string, () => string> = {
  activities: () =>
    msg('activity|activities', {
      id: 'count.activities',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  partners: () =>
    msg('partner|partners', {
      id: 'count.partners',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  regions: () =>
    msg('region|regions', {
      id: 'count.regions',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  people: () =>
    msg('person|people', {
      id: 'count.people',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  participants: () =>
    msg('participant|participants', {
      id: 'count.participants',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  women: () =>
    msg('woman|women', {
      id: 'count.women',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  men: () =>
    msg('man|men', {
      id: 'count.men',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  girls: () =>
    msg('girl|girls', {
      id: 'count.girls',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  boys: () =>
    msg('boy|boys', {
      id: 'count.boys',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  youth: () =>
    msg('young person|young people', {
      id: 'count.youth',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  volunteers: () =>
    msg('volunteer|volunteers', {
      id: 'count.volunteers',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  sessions: () =>
    msg('session|sessions', {
      id: 'count.sessions',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
  beneficiaries: () =>
    msg('beneficiary|beneficiaries', {
      id: 'count.beneficiaries',
      desc: 'After a number. Plural forms separated by |: one|other in English, zero|one|two|few|many|other in a translation.',
    }),
};

const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The form of `forms` ("activity|activities", or six forms) that goes with `value`. */
export function pluralForm(forms: string, value: number, locale: string): string {
  const list = forms.split('|');
  const category = pluralCategory(value, locale);
  if (list.length === CATEGORIES.length) return list[CATEGORIES.indexOf(category)]!;
  return category === 'one' ? list[0]! : list[list.length - 1]!;
}

/** Keys with built-in, plural-aware labels (well-known counts plus the derived metrics). */
export const LABELLED_KEYS: readonly string[] = Object.keys(LABELS);

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
  const label = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
  if (label) return pluralForm(label(), value, locale);
  const custom = feed?.metrics.get(key)?.label;
  return resolveText(custom, lang ?? locale, feed?.language ?? 'en')?.text ?? key;
}
