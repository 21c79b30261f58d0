/**
 * Writing to a terminal safely. Feed and spreadsheet text is data from someone else: it may hold
 * escape sequences that recolour, clear or retitle a terminal, or bidi overrides that make a line
 * read differently from what it says. Everything from a file goes through `clean` before it is
 * printed, and JSON we print escapes the characters that JSON.stringify leaves raw.
 */

/**
 * C0 controls (line breaks and tabs included: a message is one line), DEL, C1 controls (U+009B
 * is a one-character escape sequence on some terminals), line/paragraph separators and the bidi
 * embeddings, overrides and isolates. The bidi marks (LRM, RLM, ALM) stay: Arabic text uses them,
 * and they cannot reorder anything beyond themselves.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves unescaped among the above (it escapes C0 itself). */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Text from a file, safe to print on one terminal line: unsafe characters become `\uXXXX`. */
export function clean(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * JSON for a file or a terminal. Lossless: the escaped characters decode to themselves, so a
 * feed written this way holds exactly the data it was given.
 */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => escape(c).toLowerCase());
}

export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** ANSI colours, or none. Colour codes are added after `clean`, never taken from data. */
export function style(enabled: boolean): Style {
  return enabled
    ? {
        enabled,
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        yellow: sgr(33, 39),
        green: sgr(32, 39),
        cyan: sgr(36, 39),
      }
    : { enabled, bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
}

/**
 * Colours only on a terminal, and never when NO_COLOR is set to anything but the empty string
 * (https://no-color.org).
 */
export function wantsColour(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
) {
  return isTTY === true && !env.NO_COLOR;
}
