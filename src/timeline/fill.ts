import { isServer, noChange, nothing } from 'lit';
import { serverTag } from '../ssr/server-tag.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** A piece of DOM: a node, or a string, which `Node.append` makes a text node (never markup). */
export type Piece = Node | string;

/** An element with these attributes (those undefined left out) and children. */
export function tag(
  name: string,
  attrs: Record<string, string | undefined> | 0,
  ...children: Piece[]
): HTMLElement {
  // A server renders the template of it instead (src/ssr/): see `renderActivity`.
  if (isServer) return serverTag(name, attrs, children) as unknown as HTMLElement;
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== undefined) element.setAttribute(key, value);
  }
  // (Each string is a text node of its own: the pieces never put two side by side.)
  element.append(...children);
  return element;
}

/**
 * `<dl ${fill(key, () => pieces)}>`: the element's children, built by `pieces` when `key`
 * changes (compared item by item). Lit templates cost two comment markers per item of a list and
 * one per text; a timeline activity's small lists (meta rows, counts) built this way cost only
 * their elements and texts. The element's children are this directive's alone: its template
 * must leave it empty.
 */
class FillDirective extends Directive {
  private _key?: readonly unknown[];

  render(_key: readonly unknown[], _pieces: () => Piece[]) {
    return nothing;
  }

  override update(part: ElementPart, [key, pieces]: Parameters<this['render']>) {
    const old = this._key;
    if (!old || key.some((k, i) => k !== old[i])) {
      this._key = key;
      try {
        part.element.replaceChildren(...pieces());
      } catch (error) {
        // Built at commit, outside the timeline's guard: a fault empties this list only.
        part.element.replaceChildren();
        console.warn('[ishraqat] part of an activity could not be shown', error);
      }
    }
    return noChange;
  }
}

export const fill = directive(FillDirective);
