import { html, nothing, type TemplateResult } from 'lit';
import { resolveText, sameLanguage, type ResolvedText } from '../feed/text.js';
import type { FeedDate, LocalizedText } from '../feed/types.js';
import {
  formatDate,
  formatDateRange,
  formatHijri,
  formatList,
  formatListParts,
  formatNumber,
  formatYear,
} from '../i18n/format.js';
import type { Calendar, Direction } from '../i18n/locale.js';

export interface FormatterInit {
  /** The element's language (BCP 47). */
  lang: string;
  /** The UI catalogue serving it (`en`, `ar`). */
  ui: string;
  dir: Direction;
  /** Tag for `Intl`, completed by the feed's country and the `numerals` override. */
  locale: string;
  /** The feed's `language`, the fallback for localized text. */
  feedLanguage: string;
  calendar?: Calendar | undefined;
}

/** Everything an element needs to turn feed data into text for one render. */
export class Formatter {
  readonly lang: string;
  readonly ui: string;
  readonly dir: Direction;
  readonly locale: string;
  readonly feedLanguage: string;
  readonly calendar?: Calendar | undefined;

  constructor(init: FormatterInit) {
    this.lang = init.lang;
    this.ui = init.ui;
    this.dir = init.dir;
    this.locale = init.locale;
    this.feedLanguage = init.feedLanguage;
    this.calendar = init.calendar;
  }

  /** The best text for this element's language, and the language it is in. */
  resolve(text: LocalizedText | undefined): ResolvedText | undefined {
    return resolveText(text, this.lang, this.feedLanguage);
  }

  /** The best text as a plain string (for attributes such as `alt` and `aria-label`). */
  plain(text: LocalizedText | undefined): string {
    return this.resolve(text)?.text ?? '';
  }

  /**
   * The best text for rendering. Text in another language than the element's is marked with
   * its `lang` and isolated (`<bdi>`), so Arabic in an English widget and the reverse keep
   * their own direction and order.
   */
  text(text: LocalizedText | undefined): TemplateResult | string | typeof nothing {
    const resolved = this.resolve(text);
    if (!resolved) return nothing;
    return this.isForeign(resolved)
      ? html`<bdi lang=${resolved.lang}>${resolved.text}</bdi>`
      : resolved.text;
  }

  /** A short name isolated for bidi (Latin names inside Arabic text keep their order). */
  name(text: LocalizedText | undefined): TemplateResult | typeof nothing {
    const resolved = this.resolve(text);
    if (!resolved) return nothing;
    return this.isForeign(resolved)
      ? html`<bdi lang=${resolved.lang}>${resolved.text}</bdi>`
      : html`<bdi>${resolved.text}</bdi>`;
  }

  isForeign(resolved: ResolvedText): boolean {
    return !sameLanguage(resolved.lang, this.lang);
  }

  date(date: FeedDate): string {
    return formatDate(date, this.locale);
  }

  dateRange(date: FeedDate, end?: FeedDate): string {
    return formatDateRange(date, end, this.locale);
  }

  /** The Hijri date when `calendar="islamic-umalqura"` and the date is a day. */
  hijri(date: FeedDate): string | undefined {
    return this.calendar === 'islamic-umalqura' ? formatHijri(date, this.locale) : undefined;
  }

  /** A moment (ms since 1970) as a date and time: "4 December 2026 at 19:05". */
  moment(time: number): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      time,
    );
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  year(year: number): string {
    return formatYear(year, this.locale);
  }

  list(items: readonly string[]): string {
    return formatList(items, this.locale);
  }

  /**
   * Rendered items joined as the language joins a list ("A, B and C", "A وB وC"), with the
   * separators from `Intl.ListFormat`, so the items can be templates. `texts` (the items as
   * plain text) lets a Latin name after the Arabic "و" keep a space: "IHEC و UNAMI".
   */
  joinList<T>(items: readonly T[], texts?: readonly string[]): (T | string)[] {
    const parts = formatListParts(
      items.map((_, i) => String(i)),
      this.locale,
    );
    return parts.map((part, i) => {
      if (part.type === 'element') return items[Number(part.value)]!;
      const next = parts[i + 1];
      const nextText = next?.type === 'element' ? texts?.[Number(next.value)] : undefined;
      return part.value.endsWith('و') && nextText && /^[A-Za-z0-9]/.test(nextText)
        ? `${part.value} `
        : part.value;
    });
  }
}
