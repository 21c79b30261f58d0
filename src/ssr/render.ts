/**
 * Server rendering: an element's ready state as HTML with declarative shadow DOM, for sites that
 * build their pages on a server or at build time (a static site generator, a WordPress build
 * step), and for `ishraqat-feed render`. Node only; it needs no DOM globals (Lit's Node build
 * brings @lit-labs/ssr's element shim).
 *
 * The output is the element's tag with its attributes, a `<template shadowrootmode="open">` with
 * its styles and markup (and those of the elements it composes), and the feed as inline JSON in
 * a `<script type="application/json">` child. Without JavaScript that is the whole content; with
 * the hydrating CDN script (`ishraqat-hydrate.js`) or `@lit-labs/ssr-client`'s
 * `lit-element-hydrate-support.js` loaded before the elements, the element takes over that markup
 * in place, reading the inline feed: no second request.
 *
 * Usage (from `@ishraqat/widgets/ssr.js`):
 * `await renderToString('ishraqat-timeline', feedJson, { lang: 'ar', attributes: { limit: 5 } })`.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../timeline/define.js';
import '../partners/define.js';
import '../counts/define.js';
import '../chart/define.js';
import '../impact/define.js';
import { parseFeed } from '../feed/parse.js';
import { FeedError } from '../feed/problems.js';
import { loadCatalogue, uiLocaleFor, withLocale } from '../i18n/localize.js';

/** The elements the server renders, by their short names (`render timeline …`) and tags. */
export const SSR_ELEMENTS = {
  timeline: 'ishraqat-timeline',
  partners: 'ishraqat-partners',
  counts: 'ishraqat-counts',
  chart: 'ishraqat-chart',
  impact: 'ishraqat-impact',
} as const;
export type SsrElementName = keyof typeof SSR_ELEMENTS;
export type SsrTag = (typeof SSR_ELEMENTS)[SsrElementName];

export interface RenderOptions {
  /** The element's language (`lang` attribute): `ar`, `en` … Default `en`. */
  lang?: string;
  /**
   * The element's other attributes, as on the page: `layout`, `limit`, the filters (`from`,
   * `to`, `program`, `partner`, `tag`, `region`), `numerals`, `calendar`, `theme` … Names are
   * checked against the element's attributes; `src` and `lang` are not among them (the feed is
   * given, and `lang` is its own option).
   */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /**
   * The absolute address the feed's relative links and images resolve against (where the feed
   * is published); by default they stay relative, i.e. resolve against the page. The impact
   * summary names it as the feed's source.
   */
  baseUrl?: string;
}

/** A wrong element name, attribute or feed: the message says which (in English). */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(
    readonly code: 'element' | 'attribute' | 'feed' | 'base-url',
    readonly subject: string,
    message: string,
  ) {
    super(message);
  }
}

/** The tag for a short name or a tag; `undefined` if it is neither. */
export function ssrTag(name: string): SsrTag | undefined {
  const lower = name.toLowerCase();
  if (lower in SSR_ELEMENTS) return SSR_ELEMENTS[lower as SsrElementName];
  return (Object.values(SSR_ELEMENTS) as string[]).includes(lower) ? (lower as SsrTag) : undefined;
}

/** The attributes an element observes (its public, attribute-backed properties). */
export function ssrAttributes(tag: SsrTag): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return ctor.observedAttributes.filter((name) => name !== 'src' && name !== 'lang');
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON that is safe inside `<script>`: `<` never appears as such (so neither `</script>` nor
 * `<!--` can end or change the element), and the text still parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders `element` (a tag such as `ishraqat-impact`, or its short name `impact`) showing
 * `feed` (feed-v1: a JSON text or the parsed object). Resolves to the element's HTML.
 * Throws `RenderError` for an unknown element or attribute, or a feed that is not JSON.
 */
export async function renderToString(
  element: string,
  feed: unknown,
  options: RenderOptions = {},
): Promise<string> {
  const tag = ssrTag(element);
  if (!tag) {
    throw new RenderError(
      'element',
      element,
      `"${element}" is not an element (${Object.keys(SSR_ELEMENTS).join(', ')}).`,
    );
  }
  let json: unknown = feed;
  if (typeof feed === 'string') {
    try {
      json = JSON.parse(feed);
    } catch (error) {
      throw new RenderError('feed', '', `The feed is not JSON: ${(error as Error).message}`);
    }
  }
  const lang = options.lang?.trim() || 'en';
  const known = new Set(ssrAttributes(tag));
  const attributes: string[] = [`lang="${escapeAttribute(lang)}"`];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    const lower = name.toLowerCase();
    if (!known.has(lower)) {
      throw new RenderError('attribute', name, `<${tag}> has no attribute "${name}".`);
    }
    if (value === false) continue;
    attributes.push(value === true ? lower : `${lower}="${escapeAttribute(String(value))}"`);
  }
  if (options.baseUrl !== undefined && !URL.canParse(options.baseUrl)) {
    throw new RenderError(
      'base-url',
      options.baseUrl,
      `"${options.baseUrl}" is not an absolute URL.`,
    );
  }
  const baseUrl = options.baseUrl === undefined ? undefined : new URL(options.baseUrl).href;
  // The same parse as the browser's (inline JSON against `data-base-url`, or the page).
  let parsed;
  try {
    parsed = parseFeed(json, baseUrl ? { baseUrl } : {});
  } catch (error) {
    if (error instanceof FeedError) throw new RenderError('feed', '', error.message);
    throw error;
  }
  // A timeline without `limit` renders long feeds in chunks as the reader scrolls; a page read
  // without JavaScript (or printed, or archived) must hold every activity, and hydration must
  // find the same: its limit is all of them.
  if (
    tag === 'ishraqat-timeline' &&
    !Object.keys(options.attributes ?? {}).some((n) => n.toLowerCase() === 'limit')
  ) {
    attributes.push(`limit="${Math.max(1, parsed.activities.length)}"`);
  }
  await loadCatalogue(uiLocaleFor(lang));
  // Always written: empty means "none", as on the server (relative URLs stay relative, no
  // source is named), instead of the page's address, which the browser would take otherwise.
  const base = ` data-base-url="${escapeAttribute(baseUrl ?? '')}"`;
  // Only trusted text is static: the tag (one of five), checked attribute names, escaped
  // values, and JSON that cannot close its script. The feed's own text goes through Lit.
  const template = staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes.join(' '))} .feed=${parsed}>${unsafeStatic(
    `<script type="application/json"${base}>${scriptSafeJson(json)}</script>`,
  )}</${unsafeStatic(tag)}>`;
  // Rendering is synchronous (the feed is given), so every `msg()` of the element and of the
  // elements it composes answers in its language.
  return withLocale(uiLocaleFor(lang), () => collectResultSync(render(template)));
}
