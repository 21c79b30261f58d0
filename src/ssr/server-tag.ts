/**
 * The server's `tag()` (src/timeline/fill.ts): where the browser builds an element with the
 * DOM, a server (@lit-labs/ssr, no DOM) gets a Lit template of it, so the pieces of an activity
 * (its date, place, partners, counts) render as HTML. Names and attribute names come from the
 * timeline's own code; values and children are escaped (children by Lit, as text).
 */
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function serverTag(
  name: string,
  attrs: Record<string, string | undefined> | 0,
  children: unknown[],
): TemplateResult {
  const attributes = Object.entries(attrs || {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}="${escapeAttribute(value!)}"`)
    .join(' ');
  const open = unsafeStatic(attributes ? `${name} ${attributes}` : name);
  // A static tag name (lit/static-html), which eslint-plugin-lit cannot see through.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${open}>${children}</${unsafeStatic(name)}>`;
}
