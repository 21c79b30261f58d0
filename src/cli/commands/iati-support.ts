/**
 * What the two IATI commands share: the little they need of the command line's context, writing
 * a file whole or not at all, and the Arabic and English titles written into IATI files.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { extendCatalogue, loadCatalogue, withLocale } from '../../i18n/localize.js';
import { regionName } from '../../i18n/regions.js';
import { templates as cliArabic } from '../../generated/cli-locales/ar.js';
import type { Io } from '../io.js';
import { indicatorTitle, resultTitle } from '../iati/messages.js';
import type { Labels } from '../iati/to-iati.js';

/** The part of the command line's context these commands use (cli.ts passes its own). */
export interface CommandContext {
  readonly io: Io;
  readonly ui: 'en' | 'ar';
  /** Runs `fn` with messages in the user's language. */
  t<T>(fn: () => T): T;
}

export const EXIT = { ok: 0, problems: 1, usage: 2, input: 3 } as const;

export function line(output: Io['stdout'], text = ''): void {
  output.write(`${text}\n`);
}

/**
 * Writes `text` to `name` (relative to the working directory) through a temporary file in the
 * same folder and a rename, so that a reader never sees half a file and a failure leaves no file.
 */
export async function writeWhole(io: Io, name: string, text: string): Promise<void> {
  const file = resolve(io.cwd, name);
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

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
