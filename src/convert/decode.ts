/**
 * Bytes → text, for CSV files: in the command line and in the browser alike (TextDecoder).
 * DOM-free and Node-free.
 */

/** True when `label` names an encoding TextDecoder knows (windows-1256, iso-8859-6 …). */
export function isEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that are not text in the expected encoding. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
  constructor(readonly encoding: string) {
    super(`not valid ${encoding}`);
  }
}

/**
 * Bytes → text. A byte order mark decides (UTF-8, UTF-16 LE/BE) and is dropped, as browsers
 * do; otherwise `encoding` (default UTF-8). Invalid bytes throw `EncodingError` rather than
 * turning into replacement characters.
 */
export function decode(bytes: Uint8Array, encoding = 'utf-8'): string {
  let label = encoding.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(label);
  }
}
