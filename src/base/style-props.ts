/**
 * `style=${styleProps({ '--_x': '1', 'inline-size': '40%' })}`: like Lit's `styleMap`, but it
 * always writes through the CSSOM (`style.setProperty`), never the `style` attribute.
 *
 * Why: `styleMap` writes its first render as a `style="…"` attribute, which a host page's
 * Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks (the colour or size is
 * then silently lost). CSSOM changes are not inline style sources and are always allowed, so
 * the widgets work on strict pages.
 */
import { isServer, noChange } from 'lit';
import {
  directive,
  Directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | undefined>>;

class StylePropsDirective extends Directive {
  private _previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProps() belongs in the style attribute: style=${styleProps({…})}');
    }
  }

  /** In the browser `update` sets the properties; a server (src/ssr/) writes them as text. */
  render(props: StyleProps): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(props)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join('; ');
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this._previous) {
      if (props[name] === undefined) style.removeProperty(name);
    }
    this._previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, String(value));
      this._previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
