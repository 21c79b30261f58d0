/**
 * What the two IATI commands share: the Arabic and English titles written into IATI files.
 */
import { extendCatalogue, loadCatalogue, withLocale } from '../../i18n/localize.js';
import { regionName } from '../../i18n/regions.js';
import { templates as cliArabic } from '../../generated/cli-locales/ar.js';
import { indicatorTitle, resultTitle } from '../iati/messages.js';
import type { Labels } from '../iati/to-iati.js';

/** The languages IATI titles and region names are written in: the shipped UI languages. */
const LABEL_LANGUAGES = ['en', 'ar'] as const;

/** Both catalogues, whatever the user's language: the file is written in every language. */
export async function loadLabelCatalogues(): Promise<void> {
  await loadCatalogue('ar');
  extendCatalogue('ar', cliArabic);
}

export const iatiLabels: Labels = {
  languages: LABEL_LANGUAGES,
  count: (key, lang) => withLocale(lang, () => indicatorTitle(key)),
  result: (lang) => withLocale(lang, resultTitle),
  region: (code, lang) => withLocale(lang, () => regionName(code)),
};

/** Every name of a region in the shipped languages (from-iati recognises them). */
export function regionNames(code: string): string[] {
  return LABEL_LANGUAGES.map((lang) => withLocale(lang, () => regionName(code))).filter(
    (n): n is string => n !== undefined,
  );
}
