/** Picking the best text for a language from localized text (feed-v1.md, "Localized text"). */
import type { LocalizedText } from './types.js';

export interface ResolvedText {
  readonly text: string;
  /** The tag of the text that was picked: mark it with `lang` when it differs from the UI's. */
  readonly lang: string;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The best match for `lang`: the exact tag, then the primary language subtag, then the feed's
 * `language`, then the first text present.
 */
export function resolveText(
  text: LocalizedText | undefined,
  lang: string,
  feedLanguage: string,
): ResolvedText | undefined {
  if (!text) return undefined;
  const tags = Object.keys(text);
  if (tags.length === 0) return undefined;
  const pick = (tag: string | undefined) =>
    tag === undefined ? undefined : { text: text[tag]!, lang: tag };
  const lower = lang.toLowerCase();
  const exact = tags.find((t) => t.toLowerCase() === lower);
  if (exact) return pick(exact);
  const want = primary(lang);
  const samePrimary =
    tags.find((t) => t.toLowerCase() === want) ?? tags.find((t) => primary(t) === want);
  if (samePrimary) return pick(samePrimary);
  const feedLower = feedLanguage.toLowerCase();
  const feedTag =
    tags.find((t) => t.toLowerCase() === feedLower) ??
    tags.find((t) => primary(t) === primary(feedLanguage));
  return pick(feedTag ?? tags[0]);
}

/** True when two language tags share their primary language subtag. */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}
