/**
 * The monogram that stands in for a missing or broken partner logo: a short text and a
 * background colour that are the same on every page and in every language. DOM-free.
 */
import { resolveText } from '../feed/text.js';
import type { Partner } from '../feed/types.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment);

/** Words an initialism skips ("United Nations Mission for Iraq" → UNMI, not UNMFI). */
const STOP_WORDS = new Set(
  'a an and at for in of on the to de des du et la le les في من على عن إلى الى و'.split(' '),
);

const ARABIC = /\p{Script=Arabic}/u;
/** The definite article and the conjunction / preposition glued to it ("وال", "بال", "لل"). */
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{L}{2})/u;
/** Stops Arabic initials from joining into a word: "م‌ع" reads as two letters, "مع" as "with". */
const ZWNJ = '\u200c';

/** Up to five characters with no space: an acronym such as "UNDP" or "ش01" is used whole. */
function isCompact(text: string): boolean {
  return !/\s/.test(text) && graphemes(text).length <= 5;
}

/**
 * The text of a partner's monogram: its short name when that is compact (in the element's
 * language, else in any language the feed gives: an organisation's acronym is its mark in
 * every language), else the initials of up to three significant words of its name.
 */
export function monogramText(partner: Partner, lang: string, feedLanguage: string): string {
  const short = resolveText(partner.shortName, lang, feedLanguage)?.text.trim();
  const candidates = [short, ...Object.values(partner.shortName ?? {}).map((s) => s.trim())];
  const compact = candidates.find((c): c is string => !!c && isCompact(c));
  if (compact) return compact;

  const name = resolveText(partner.name, lang, feedLanguage)?.text ?? partner.id;
  const words = name
    .split(/[\s\-–—_,.;:/()«»"'“”]+/u)
    .filter((w) => w && !STOP_WORDS.has(w.toLocaleLowerCase()))
    .map((w) => (ARABIC.test(w) ? w.replace(ARTICLE, '') : w));
  const initials = (words.length ? words : [name])
    .slice(0, 3)
    .map((w) => graphemes(w)[0] ?? '')
    .filter(Boolean);
  if (initials.some((i) => ARABIC.test(i))) return initials.join(ZWNJ);
  return initials.join('').toLocaleUpperCase(lang);
}

/** FNV-1a: a small, stable string hash (the same id gives the same colour everywhere). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

type Rgb = readonly [number, number, number];

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((c) => Math.round(c * 255)) as unknown as Rgb;
}

/** WCAG 2 relative luminance of an sRGB colour (channels 0–255). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast the monogram's white text keeps on its background, with a margin over AA's 4.5. */
export const MONOGRAM_MIN_CONTRAST = 5;
const WHITE: Rgb = [255, 255, 255];

/**
 * The background of a partner's monogram: a hue from a hash of its id, darkened until white
 * text on it has a contrast of at least MONOGRAM_MIN_CONTRAST. Returns `rgb(r g b)`.
 */
export function monogramColor(id: string): string {
  const hue = hashString(id) % 360;
  let rgb = hslToRgb(hue, 0.55, 0.45);
  for (let l = 0.45; l > 0.1 && contrastRatio(rgb, WHITE) < MONOGRAM_MIN_CONTRAST; l -= 0.01) {
    rgb = hslToRgb(hue, 0.55, l);
  }
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;
}
