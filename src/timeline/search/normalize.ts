/**
 * Search text the way people type it: pure functions, no DOM. A text and a query are both
 * reduced to one canonical form, then every word of the query must occur in the text.
 *
 * Arabic: the alef forms (أ إ آ ٱ) are plain alef (ا); the hamza on waw or yaa (ؤ ئ) is the
 * bare hamza (ء), so مسؤول, مسئول and مسءول are one word; taa marbuta is haa (ة → ه); alef
 * maqsura is yaa (ى → ي); tatweel (ـ) and every diacritic (harakat, tanwin, shadda, sukun,
 * superscript alef, Quranic marks) are dropped. The Persian/Kurdish keheh and yeh (ک ی) are kaf
 * and yaa, as typed on those keyboards. Digits: Arabic-Indic (٠-٩) and Extended Arabic-Indic
 * (۰-۹) are Latin digits.
 *
 * Latin and other scripts: compatibility decomposition (NFKD: accents split off, ligatures and
 * full-width or presentation forms, such as the Arabic lam-alef ligature, spelled out), combining
 * marks dropped, lower case: "Café" is "cafe", "ﬁeld" is "field".
 *
 * Anything that is not a letter or a digit separates words, so "al-Muthanna" is the two words
 * "al" and "muthanna". A query word matches anywhere inside the text, including inside a word,
 * so "مثنى" finds "المثنى" and "youth" finds "youth-led".
 */

/** Characters replaced before decomposition (so that ؤ and ئ do not decompose into و and ي). */
const BEFORE: Record<string, string> = {
  '\u0624': '\u0621', // ؤ → ء
  '\u0626': '\u0621', // ئ → ء
};

/** Characters replaced after decomposition and the removal of marks. */
const AFTER: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064a', // ى alef maqsura → ي
  '\u06cc': '\u064a', // ی Farsi yeh → ي
  '\u0629': '\u0647', // ة taa marbuta → ه
  '\u06a9': '\u0643', // ک keheh → ك
};
for (let d = 0; d < 10; d++) {
  AFTER[String.fromCharCode(0x0660 + d)] = String(d); // ٠-٩
  AFTER[String.fromCharCode(0x06f0 + d)] = String(d); // ۰-۹
}

const BEFORE_CHARS = /[\u0624\u0626]/g;
/** ؤ and ئ as they arrive decomposed (waw, yaa or alef maqsura + hamza above). */
const DECOMPOSED_HAMZA = /[\u0648\u064a\u0649]\u0654/g;
/**
 * Combining marks (\p{M}: Latin accents, Arabic harakat, shadda, sukun, superscript alef, the
 * madda and hamza marks left by decomposing آ أ إ, Quranic marks) and tatweel (U+0640).
 */
const MARKS = /[\p{M}\u0640]/gu;
const AFTER_CHARS = /[\u0671\u0649\u06cc\u0629\u06a9\u0660-\u0669\u06f0-\u06f9]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

const replaceFrom = (table: Record<string, string>) => (c: string) => table[c]!;
const before = replaceFrom(BEFORE);
const after = replaceFrom(AFTER);

/** The canonical form of a few characters, by the rules above, with regular expressions. */
function canonical(text: string): string {
  return text
    .replace(BEFORE_CHARS, before)
    .normalize('NFKD')
    .replace(DECOMPOSED_HAMZA, '\u0621')
    .replace(MARKS, '')
    .replace(AFTER_CHARS, after)
    .toLowerCase()
    .replace(SEPARATORS, ' ');
}

// The regular expressions above cost ~100 ns a character (half a second for the text of 10,000
// activities), so texts are read one UTF-16 unit at a time through a table of what each unit
// becomes, filled from `canonical` the first time a unit is seen. Units are independent but for
// one rule: a hamza above (U+0654) after waw or yaa is the hamza ء (decomposed ؤ and ئ).
const UNKNOWN = -1;
const DROP = -2;
const SPACE = -3;
const MANY = -4;
const SURROGATE = -5;
/** Per UTF-16 unit: the one unit it becomes, DROP, SPACE, MANY (see `many`) or UNKNOWN. */
const units = new Int32Array(0x10000).fill(UNKNOWN);
/** What units that become several units become ("ﻻ" → "لا", "ﬁ" → "fi"). */
const many = new Map<number, string>();
const HAMZA_ABOVE = 0x0654;
const HAMZA = 0x0621;
const WAW = 0x0648;
const YAA = 0x064a;

function learn(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return (units[unit] = SURROGATE);
  const out = canonical(String.fromCharCode(unit));
  let kind: number;
  if (out === '') kind = DROP;
  else if (out === ' ') kind = SPACE;
  else if (out.length === 1) kind = out.charCodeAt(0);
  else {
    kind = MANY;
    many.set(unit, out);
  }
  units[unit] = kind;
  return kind;
}

const decoder = new TextDecoder('utf-16le');
let buffer = new Uint16Array(1024);

/**
 * The canonical form of `text`: lower case, without marks, Arabic letter forms unified, digits
 * Latin, words separated by single spaces (no space at either end).
 */
export function normalize(text: string): string {
  const length = text.length;
  // Output is at most 4 units per input unit (NFKD of a BMP unit is at most 4 here, "ﷺ" aside).
  if (buffer.length < length * 4 + 8) buffer = new Uint16Array(length * 4 + 8);
  const out = buffer;
  let n = 0;
  /** Whether what was written so far ends with a space (or nothing was written). */
  let spaced = true;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let kind = units[unit]!;
    if (kind === UNKNOWN) kind = learn(unit);
    if (kind >= 0) {
      out[n++] = kind;
      spaced = false;
    } else if (kind === SPACE) {
      if (!spaced) {
        out[n++] = 0x20;
        spaced = true;
      }
    } else if (kind === DROP) {
      if (unit === HAMZA_ABOVE && n > 0 && (out[n - 1] === WAW || out[n - 1] === YAA)) {
        out[n - 1] = HAMZA;
      }
    } else {
      // MANY, or a surrogate: a character beyond the BMP (𝐀, emoji …), rare, not in the table.
      let piece: string;
      if (kind === MANY) piece = many.get(unit)!;
      else {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
        const pair = unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
        piece = canonical(pair ? String.fromCharCode(unit, next) : '');
        if (pair) i++;
      }
      if (n + piece.length >= out.length) return normalizeLong(text);
      for (let k = 0; k < piece.length; k++) {
        const code = piece.charCodeAt(k);
        if (code !== 0x20) {
          out[n++] = code;
          spaced = false;
        } else if (!spaced) {
          out[n++] = code;
          spaced = true;
        }
      }
    }
  }
  if (spaced && n > 0) n--;
  return decoder.decode(out.subarray(0, n));
}

/** For a text of mostly long expansions (never in practice): the regular expressions. */
function normalizeLong(text: string): string {
  return canonical(text).replace(/ {2,}/g, ' ').trim();
}

/** The distinct words of a query, in canonical form; none for a query of only spaces or marks. */
export function searchTerms(query: string): string[] {
  const normalized = normalize(query);
  if (!normalized) return [];
  const terms = [...new Set(normalized.split(' '))];
  // A word inside another word of the query adds nothing ("re" in "report").
  return terms.filter((t) => !terms.some((other) => other !== t && other.includes(t)));
}

/** True when every term occurs in the (canonical) text, in any order. */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(term));
}
