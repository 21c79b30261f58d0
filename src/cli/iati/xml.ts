/**
 * Writing XML, with every value escaped: text and attribute values are data from a feed and may
 * hold `<`, `&`, quotes, line breaks and characters XML 1.0 cannot carry at all (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF). Those are removed, and counted so that the report can
 * say so; everything else comes back exactly as it was when the file is read.
 */

/** Characters that XML 1.0 cannot represent, not even as a character reference. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export type Attributes = readonly (readonly [string, string | number | undefined])[];

export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private depth = 0;
  /** How many characters were removed because XML cannot carry them. */
  removed = 0;

  private clean(value: string): string {
    return value.replace(NOT_XML, () => {
      this.removed++;
      return '';
    });
  }

  /** Element text: `&`, `<`, `>` escaped; a carriage return kept as a reference. */
  text(value: string): string {
    return this.clean(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\r/g, '&#13;');
  }

  /** Attribute value in double quotes: white space other than spaces kept as references. */
  attribute(value: string): string {
    return this.clean(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;');
  }

  private tag(name: string, attributes: Attributes): string {
    let out = `<${name}`;
    for (const [key, value] of attributes) {
      if (value !== undefined) out += ` ${key}="${this.attribute(String(value))}"`;
    }
    return out;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  open(name: string, attributes: Attributes = []): void {
    this.parts.push(`${this.indent()}${this.tag(name, attributes)}>\n`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.parts.push(`${this.indent()}</${name}>\n`);
  }

  /** An element with text content, or empty. */
  leaf(name: string, attributes: Attributes = [], content?: string): void {
    const start = `${this.indent()}${this.tag(name, attributes)}`;
    this.parts.push(
      content === undefined ? `${start}/>\n` : `${start}>${this.text(content)}</${name}>\n`,
    );
  }

  toString(): string {
    return this.parts.join('');
  }
}
