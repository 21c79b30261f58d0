// What scripts/key-catalogues.mjs does to one XLIFF file and one generated catalogue (see there);
// apart so that test/cli/build-transforms.test.ts can test it.
import { XMLParser } from 'fast-xml-parser';
import { generateMsgId, HASH_DELIMITER } from '@lit/localize/internal/id-generation.js';

const HASH_ID = /^s[0-9a-f]{16}$/;

const parser = new XMLParser({
  // Document order: a <source> is text and <x/> placeholders interleaved.
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // The spaces around a placeholder are part of the message.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

/** The element children named `name` of a preserveOrder node list. */
const children = (nodes, name) => nodes.filter((node) => name in node);

/**
 * Hash id → the message's key (its source strings, split at placeholders, joined by
 * lit-localize's delimiter), for every trans-unit of an XLIFF 1.2 document whose id is a
 * lit-localize hash. Throws when a source does not hash to its unit's id.
 */
export function sourceKeys(xlf) {
  const out = new Map();
  const doc = parser.parse(xlf);
  const units = children(doc, 'xliff')
    .flatMap((xliff) => children(xliff.xliff, 'file'))
    .flatMap((file) => children(file.file, 'body'))
    .flatMap((body) => children(body.body, 'trans-unit'));
  for (const unit of units) {
    const id = unit[':@']?.id;
    if (!id || !HASH_ID.test(id)) continue;
    const [source] = children(unit['trans-unit'], 'source');
    if (!source) throw new Error(`unit ${id} has no <source>`);
    const strings = [''];
    for (const node of source.source) {
      if ('#text' in node) strings[strings.length - 1] += node['#text'];
      else if ('x' in node) strings.push('');
      else throw new Error(`unit ${id}: unexpected <${Object.keys(node)[0]}> in <source>`);
    }
    if (generateMsgId(strings, false) !== id) {
      throw new Error(
        `unit ${id}: its source does not hash to its id (${JSON.stringify(strings)})`,
      );
    }
    out.set(id, strings.join(HASH_DELIMITER));
  }
  return out;
}

const IMPORT = "import {str} from '@lit/localize';";

/** What replaces the import of lit-localize's `str`: the same tag, with no run-time import. */
export const LOCAL_STR = `import type {StrResult} from '@lit/localize';

    // lit-localize's \`str\` tag, here so that this catalogue imports nothing at run time.
    const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
      strTag: true,
      strings,
      values,
    });`;

/**
 * One generated catalogue (TypeScript source), re-keyed by source text with `keys` (from
 * `sourceKeys`), its `str` import replaced by a local tag. Throws when a key is unknown.
 */
export function keyCatalogue(code, keys, name = 'catalogue') {
  const keyed = code.replace(/^(\s*)'(s[0-9a-f]{16})':/gm, (whole, indent, id) => {
    const key = keys.get(id);
    if (key === undefined) throw new Error(`${name}: ${id} is not in the XLIFF file`);
    return `${indent}${JSON.stringify(key)}:`;
  });
  if (/'s[0-9a-f]{16}':/.test(keyed)) throw new Error(`${name}: a hashed key is left`);
  const uses = /\bstr`/.test(keyed);
  if (uses && !keyed.includes(IMPORT)) {
    throw new Error(`${name}: lit-localize no longer imports str as expected (${IMPORT})`);
  }
  return keyed
    .replace(IMPORT, uses ? LOCAL_STR : '')
    .replace(
      '// Re-generate this file by running lit-localize',
      '// Re-generate this file by running `npm run localize:build` (lit-localize, then\n    // scripts/key-catalogues.mjs: keys are source texts, not hashes; no run-time import)',
    );
}
