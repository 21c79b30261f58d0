/**
 * Per-element localization on top of @lit/localize.
 *
 * @lit/localize keeps one locale per page, may be configured only once, and knows nothing of
 * direction. Embeddable widgets need more: two widgets in two languages side by side, and a
 * host page that configures @lit/localize for itself without breaking us (nor we it). So the
 * widgets never call `configureLocalization`. Instead this module provides a `msg` with the
 * same signature and type brand (so `lit-localize extract` finds every call) that reads the
 * catalogue of the locale set by `withLocale` around each element's update. Catalogues are the
 * modules `lit-localize build` generates from `locales/*.xlf`, re-keyed by source text
 * (scripts/key-catalogues.mjs): a message without an explicit id is looked up by its own text,
 * so pages never hash messages. A catalogue registered at run time keeps lit-localize's hashed
 * keys; registering one loads the hashing code.
 */
import type { MsgFn, MsgOptions, StrResult, TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** The UI languages shipped: the source locale first. */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];
export type UiLocale = string;

type CatalogueLoader = () => Promise<{ templates: TemplateMap }>;

/**
 * Catalogues load on first use, so a page in English never downloads the Arabic strings.
 * Adding a shipped language: add it to lit-localize.json's targetLocales and here.
 */
const loaders = new Map<string, CatalogueLoader>([
  ['ar', () => import('../generated/locales/ar.js')],
]);
const catalogues = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<void>>();
/** Locales whose catalogue came from `registerCatalogue`: keyed by lit-localize's hashes. */
const hashed = new Set<string>();
let hashId: ((strings: string | string[], isHtml: boolean) => string) | undefined;
let active: TemplateMap | undefined;
let activeHashed = false;

/**
 * Adds (or replaces) the catalogue of a UI language at run time, for a language generated
 * by `lit-localize build` outside this package: its templates, or a function importing them.
 */
export function registerCatalogue(locale: string, templates: TemplateMap | CatalogueLoader): void {
  const key = locale.toLowerCase();
  loading.delete(key);
  catalogues.delete(key);
  hashed.add(key);
  const load = typeof templates === 'function' ? templates : async () => ({ templates });
  // Its keys are lit-localize's hashes: the language is ready once the hashing code is too.
  loaders.set(key, () =>
    Promise.all([load(), import('@lit/localize/internal/id-generation.js')]).then(
      ([module, ids]) => {
        hashId = ids.generateMsgId;
        return module;
      },
    ),
  );
}

/** The UI locale that serves `lang`: its primary subtag if shipped, else the source locale. */
export function uiLocaleFor(lang: string): UiLocale {
  const primary = lang.split('-')[0]!.toLowerCase();
  return primary === sourceLocale || catalogues.has(primary) || loaders.has(primary)
    ? primary
    : sourceLocale;
}

/**
 * Adds messages to a loaded catalogue (the command line adds its own to the widgets' ones).
 * Load the catalogue first.
 */
export function extendCatalogue(locale: string, templates: TemplateMap): void {
  const key = locale.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...templates });
}

/** True when `msg()` can answer in `locale` right now. */
export function catalogueReady(locale: UiLocale): boolean {
  return locale === sourceLocale || catalogues.has(locale) || !loaders.has(locale);
}

/** Loads the catalogue of `locale` (once); resolves when `msg()` can answer in it. */
export function loadCatalogue(locale: UiLocale): Promise<void> {
  if (catalogueReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders.get(locale)!()
      .then((module) => void catalogues.set(locale, module.templates))
      .catch((error: unknown) => {
        // Fall back to the source language rather than loading forever.
        loaders.delete(locale);
        console.warn(`[ishraqat] the ${locale} strings could not be loaded`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `fn` with `msg` answering in `locale`. Nested calls restore the outer locale. */
export function withLocale<T>(locale: UiLocale, fn: () => T): T {
  const outer = active;
  const outerHashed = activeHashed;
  active = catalogues.get(locale);
  activeHashed = hashed.has(locale);
  try {
    return fn();
  } finally {
    active = outer;
    activeHashed = outerHashed;
  }
}

/** A message's key: its text; a `str` template's strings joined as lit-localize joins them. */
const keyOf = (template: string | StrResult): string =>
  typeof template === 'string' ? template : template.strings.join('\x1e');

const hashes = new Map<unknown, string>();
function hashOf(template: string | StrResult): string {
  const strings = typeof template === 'string' ? template : template.strings;
  let id = hashes.get(strings);
  if (id === undefined) {
    id = hashId!(strings as string | string[], false);
    hashes.set(strings, id);
  }
  return id;
}

function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]) {
  let out = strings[0]!;
  for (let i = 1; i < strings.length; i++) {
    out += String(values[order ? order[i - 1]! : i - 1]) + strings[i];
  }
  return out;
}

function localize(template: string | StrResult, options?: MsgOptions): string {
  const localized = active?.[options?.id ?? (activeHashed ? hashOf(template) : keyOf(template))];
  if (typeof template === 'string') {
    return typeof localized === 'string' ? localized : template;
  }
  if (localized && typeof localized !== 'string' && 'strTag' in localized) {
    // Translations hold source value indices in place of expressions (they may be reordered).
    return join(localized.strings, template.values, localized.values as unknown as number[]);
  }
  return join(template.strings, template.values);
}

/**
 * Same contract as @lit/localize's `msg` for strings and `str` templates (Lit `html`
 * templates are not used in this project). Answers in the locale set by `withLocale`.
 */
export const msg = localize as unknown as MsgFn;
