import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Story args that are not attributes: `feed` is a property, and the page's own settings. */
const NOT_ATTRIBUTES = new Set(['feed']);

type ArgValue = unknown;

/**
 * Sets an element's attributes from story args, keyed by attribute name (`group-by`,
 * `heading-level` …, as custom-elements.json names them), so every control in the Controls
 * panel maps to the attribute a page author would write. `undefined`, `null`, `''` and
 * `false` remove the attribute; `true` sets it empty (boolean attributes).
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  render(_args: Record<string, ArgValue>) {
    return noChange;
  }

  override update(part: ElementPart, [args]: [Record<string, ArgValue>]) {
    const element = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      if (NOT_ATTRIBUTES.has(name) || typeof value === 'object' || typeof value === 'function') {
        continue;
      }
      if (value === undefined || value === '' || value === false) continue;
      next.add(name);
      const text = value === true ? '' : String(value);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    for (const name of this.set) if (!next.has(name)) element.removeAttribute(name);
    this.set = next;
    return noChange;
  }
}

export const attributes = directive(AttributesDirective);
