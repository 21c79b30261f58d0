/**
 * Unicode hazards in feed text, made harmless once, in the parser, so that nothing downstream
 * (URL encoding of ids, `Intl`, the DOM) has to care:
 *
 * - **Unpaired UTF-16 surrogates** (possible in JSON through `\ud800` escapes, and in objects
 *   given by script) are replaced by U+FFFD REPLACEMENT CHARACTER; the parser reports each
 *   string it repaired as a `surrogate` warning. Every string of a parsed feed is well-formed,
 *   so `encodeURIComponent` and friends never throw on feed data.
 * - **Bidirectional controls**: marks (LRM, RLM, ALM) and balanced embeddings, overrides and
 *   isolates are the author's and kept as written. An embedding or override (LRE, RLE, LRO,
 *   RLO) or an isolate (LRI, RLI, FSI) left open at the end of a string is closed there (PDF /
 *   PDI appended), so one text cannot reorder what the widget shows after it. Silent: the text
 *   reads as its author meant.
 *
 * Everything else (zero-width characters, long combining runs, non-BMP characters, very long
 * strings) is text like any other and kept unchanged.
 */

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

type WellFormedString = { isWellFormed?: () => boolean; toWellFormed?: () => string };

/** True when `text` has no unpaired surrogate (`String.prototype.isWellFormed`, with a fallback). */
export function isWellFormed(text: string): boolean {
  const native = (text as WellFormedString).isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
}

/** `text` with every unpaired surrogate replaced by U+FFFD. */
export function toWellFormed(text: string): string {
  const native = (text as WellFormedString).toWellFormed;
  return native ? native.call(text) : text.replace(LONE_SURROGATES, '\uFFFD');
}

const PDF = '\u202C';
const PDI = '\u2069';

/** `text` with its open embeddings, overrides and isolates closed at its end. */
export function closeBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  // What is open, innermost last: PDF for an embedding or override, PDI for an isolate.
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x202a: // LRE
      case 0x202b: // RLE
      case 0x202d: // LRO
      case 0x202e: // RLO
        open.push(PDF);
        break;
      case 0x2066: // LRI
      case 0x2067: // RLI
      case 0x2068: // FSI
        open.push(PDI);
        break;
      case 0x202c: // PDF closes the innermost embedding, not across an isolate
        if (open[open.length - 1] === PDF) open.pop();
        break;
      case 0x2069: {
        // PDI closes the innermost isolate and every embedding opened inside it
        const at = open.lastIndexOf(PDI);
        if (at >= 0) open.length = at;
        break;
      }
    }
  }
  return open.length ? text + open.reverse().join('') : text;
}

/** Any surrogate (paired or not) or bidi control: only such text needs a closer look. */
const SUSPECT = /[\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;

/** True when `safeText` would leave `text` as it is. */
export function isSafeText(text: string): boolean {
  return !SUSPECT.test(text) || (isWellFormed(text) && closeBidi(text) === text);
}

/** `text` made safe as described above; `repaired` says whether a surrogate was replaced. */
export function safeText(text: string): { text: string; repaired: boolean } {
  const repaired = !isWellFormed(text);
  return { text: closeBidi(repaired ? toWellFormed(text) : text), repaired };
}

/**
 * `encodeURIComponent` that never throws: an unpaired surrogate (possible in a feed object
 * that did not come through the parser, or in a page URL) is encoded as U+FFFD instead of
 * throwing `URIError: URI malformed`.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(toWellFormed(text));
}
