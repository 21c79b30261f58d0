/** Language, direction and formatting locale of an element. */
import { isServer } from 'lit';

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export type Direction = 'ltr' | 'rtl';
export const NUMERALS = ['latn', 'arab'] as const;
export type Numerals = (typeof NUMERALS)[number];
export const CALENDARS = ['gregory', 'islamic-umalqura'] as const;
export type Calendar = (typeof CALENDARS)[number];

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the page's, else English.
 */
export function languageOf(element: Element): string {
  // On a server (@lit-labs/ssr's element shim) there is no tree: the element's own `lang`.
  if (isServer) return canonical(element.getAttribute('lang')?.trim() || 'en') ?? 'en';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return canonical(lang) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonical(document.documentElement.lang?.trim() || 'en') ?? 'en';
}

/** Right-to-left for Arabic, Hebrew, Persian, Urdu … (script subtags win: `ku-Arab` is RTL). */
export function directionOf(lang: string): Direction {
  try {
    const locale = new Intl.Locale(lang).maximize();
    if (locale.script) {
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(locale.script)
        ? 'rtl'
        : 'ltr';
    }
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
  }
}

export interface FormatLocaleOptions {
  /** ISO 3166-1 code from the feed: completes a bare language (`ar` → `ar-IQ`). */
  country?: string | undefined;
  /** Forces Latin or Arabic-Indic digits. */
  numerals?: Numerals | undefined;
}

/** The BCP 47 tag to give `Intl` for this element. */
export function formatLocale(lang: string, options: FormatLocaleOptions = {}): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    locale = new Intl.Locale('en');
  }
  const region = locale.region ?? options.country?.toUpperCase();
  const numberingSystem = options.numerals ?? locale.numberingSystem;
  try {
    return new Intl.Locale(locale.baseName, {
      ...(region ? { region } : {}),
      ...(numberingSystem ? { numberingSystem } : {}),
      ...(locale.calendar ? { calendar: locale.calendar } : {}),
    }).toString();
  } catch {
    return locale.toString();
  }
}
