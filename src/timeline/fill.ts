import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * A piece of DOM described as data: text, or an element with attributes and children. Text is
 * only ever text (`Node.append` of a string makes a text node, never markup).
 */
export type Piece = string | Tag;
export interface Tag {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly Piece[];
}

export const tag = (
  name: string,
  attrs?: Record<string, string | undefined>,
  ...children: Piece[]
): Tag => ({ tag: name, ...(attrs ? { attrs } : {}), children });

function build(piece: Piece): Node | string {
  if (typeof piece === 'string') return piece;
  const element = document.createElement(piece.tag);
  for (const [name, value] of Object.entries(piece.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  // Adjacent strings become one text node.
  const children: (Node | string)[] = [];
  for (const child of piece.children ?? []) {
    const last = children.at(-1);
    if (typeof child === 'string' && typeof last === 'string')
      children[children.length - 1] += child;
    else children.push(build(child));
  }
  element.append(...children);
  return element;
}

/**
 * `<dl ${fill(key, () => pieces)}>`: the element's children, built from `pieces` when `key`
 * changes (compared item by item). Lit templates cost two comment markers per item of a list and
 * one per text; a timeline activity's many small lists (meta rows, counts) built this way cost
 * only their elements and texts. The element's children are this directive's alone: its
 * template must leave it empty.
 */
class FillDirective extends Directive {
  private _key?: readonly unknown[];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('fill() goes on an element');
  }

  render(_key: readonly unknown[], _pieces: () => readonly Piece[]) {
    return nothing;
  }

  override update(part: ElementPart, [key, pieces]: Parameters<this['render']>) {
    const old = this._key;
    if (!old || old.length !== key.length || key.some((k, i) => k !== old[i])) {
      this._key = key;
      part.element.replaceChildren(...pieces().map(build));
    }
    return noChange;
  }
}

export const fill = directive(FillDirective);
