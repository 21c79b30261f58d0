import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets properties on the element it is bound to, e.g. the shared filters, numerals, calendar
 * and theme that a composite element hands to each child: `<ishraqat-chart ${forward(shared)}>`.
 * Only changed values are written; `undefined` clears a property (and its reflected attribute).
 */
class ForwardDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('forward() belongs on an element.');
  }

  render(_properties: Readonly<Record<string, unknown>>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, unknown>>]) {
    const element = part.element as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(properties)) {
      if (element[name] !== value) element[name] = value;
    }
    return noChange;
  }
}

export const forward = directive(ForwardDirective);
