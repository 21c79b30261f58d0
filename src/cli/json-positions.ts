/**
 * Where things are in a JSON text: the line and column of a JSON path such as
 * `activities[3].date` (the same paths `parseFeed` reports, built with the same `joinPath`),
 * the exact place of a syntax error, and keys that appear twice in one object (JSON.parse keeps
 * the last one silently).
 *
 * A small hand-written scanner: JSON.parse gives values without positions. It follows RFC 8259
 * as strictly as JSON.parse does, records spans only for the paths asked for and their
 * ancestors (a 10 MB feed costs one pass, not a map of every value), and decodes only the keys
 * it needs.
 */
import { joinPath } from '../feed/walk.js';

export interface JsonSpan {
  /** Offset of the value's first character. */
  readonly start: number;
  /** Offset just after the value. */
  readonly end: number;
  /** Offset of the opening quote of its key, for object members. */
  readonly keyStart?: number;
}

export interface DuplicateKey {
  /** Path of the repeated member (the later one, which JSON.parse keeps). */
  readonly path: string;
  readonly keyStart: number;
}

export const JSON_SYNTAX_CODES = [
  'unexpected-character',
  'unexpected-end',
  'unterminated-string',
  'control-character',
  'bad-escape',
  'bad-number',
  'trailing-text',
] as const;
export type JsonSyntaxCode = (typeof JSON_SYNTAX_CODES)[number];

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly code: JsonSyntaxCode,
    /** Offset of the offending character (for strings: of their opening quote). */
    readonly offset: number,
  ) {
    super(`${code} at offset ${offset}`);
  }
}

export interface JsonScan {
  readonly spans: ReadonlyMap<string, JsonSpan>;
  readonly duplicates: readonly DuplicateKey[];
}

type Segment = string | number;

/** `activities[3]["two words"].x` → its ancestors and itself: '', 'activities', 'activities[3]', … */
export function pathPrefixes(path: string): string[] {
  const out = [''];
  let i = 0;
  const readString = () => {
    // A JSON string literal: skip to the unescaped closing quote.
    i++;
    while (i < path.length && path[i] !== '"') i += path[i] === '\\' ? 2 : 1;
    i++;
  };
  const readIdentifier = () => {
    while (i < path.length && /[\w$]/.test(path[i]!)) i++;
  };
  if (path[0] === '"') readString();
  else readIdentifier();
  if (i > 0) out.push(path.slice(0, i));
  while (i < path.length) {
    if (path[i] === '.') {
      i++;
      readIdentifier();
    } else if (path[i] === '[') {
      i++;
      if (path[i] === '"') readString();
      else while (i < path.length && path[i] !== ']') i++;
      i++;
    } else {
      break; // Not a path joinPath writes: stop at what is understood.
    }
    out.push(path.slice(0, i));
  }
  return out;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

class Scanner {
  i = 0;
  private readonly segments: Segment[] = [];
  readonly spans = new Map<string, JsonSpan>();
  readonly duplicates: DuplicateKey[] = [];

  constructor(
    private readonly text: string,
    private readonly tracked: ReadonlySet<string>,
  ) {}

  private fail(code: JsonSyntaxCode, at = this.i): never {
    throw new JsonSyntaxError(code, at);
  }

  private ws() {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.i++;
      else return;
    }
  }

  /** Scans one value; `path` is set when the value (or something in it) was asked for. */
  value(path: string | undefined, keyStart?: number) {
    this.ws();
    const start = this.i;
    const c = this.text[this.i];
    if (c === undefined) this.fail('unexpected-end');
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.string();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else this.fail('unexpected-character');
    if (path !== undefined) {
      this.spans.set(
        path,
        keyStart === undefined ? { start, end: this.i } : { start, end: this.i, keyStart },
      );
    }
  }

  private child(path: string | undefined, key: Segment): string | undefined {
    if (path === undefined) return undefined;
    const childPath = joinPath(path, key);
    return this.tracked.has(childPath) ? childPath : undefined;
  }

  private object(path: string | undefined) {
    this.i++;
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"')
        this.fail(this.i >= this.text.length ? 'unexpected-end' : 'unexpected-character');
      const keyStart = this.i;
      this.string();
      const raw = this.text.slice(keyStart + 1, this.i - 1);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      if (keys.has(key)) {
        this.duplicates.push({ path: joinPath(this.pathOfSegments(), key), keyStart });
      } else {
        keys.add(key);
      }
      this.ws();
      if (this.text[this.i] !== ':')
        this.fail(this.i >= this.text.length ? 'unexpected-end' : 'unexpected-character');
      this.i++;
      this.segments.push(key);
      this.value(this.child(path, key), keyStart);
      this.segments.pop();
      this.ws();
      const next = this.text[this.i];
      if (next === ',') {
        this.i++;
      } else if (next === '}') {
        this.i++;
        return;
      } else {
        this.fail(next === undefined ? 'unexpected-end' : 'unexpected-character');
      }
    }
  }

  private array(path: string | undefined) {
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.segments.push(index);
      this.value(this.child(path, index));
      this.segments.pop();
      this.ws();
      const next = this.text[this.i];
      if (next === ',') {
        this.i++;
      } else if (next === ']') {
        this.i++;
        return;
      } else {
        this.fail(next === undefined ? 'unexpected-end' : 'unexpected-character');
      }
    }
  }

  private string() {
    const t = this.text;
    const start = this.i;
    this.i++;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (Number.isNaN(c)) this.fail('unterminated-string', start);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) this.fail('control-character');
      if (c === 0x5c) {
        const e = t[this.i + 1];
        if (e === 'u') {
          if (!HEX4.test(t.slice(this.i + 2, this.i + 6))) this.fail('bad-escape');
          this.i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          this.i += 2;
        } else {
          this.fail(
            e === undefined ? 'unterminated-string' : 'bad-escape',
            e === undefined ? start : this.i,
          );
        }
      } else {
        this.i++;
      }
    }
  }

  private literal(word: string) {
    if (!this.text.startsWith(word, this.i)) this.fail('unexpected-character');
    this.i += word.length;
  }

  private number() {
    const start = this.i;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('bad-number', start);
    this.i += match[0].length;
    // "01", "1.", "1e": the longest valid number is followed by more of a number.
    const after = this.text[this.i];
    if (after !== undefined && /[0-9.eE+-]/.test(after)) this.fail('bad-number', start);
  }

  private pathOfSegments(): string {
    return this.segments.reduce<string>((path, segment) => joinPath(path, segment), '');
  }

  scan() {
    this.value(this.tracked.has('') ? '' : undefined);
    this.ws();
    if (this.i < this.text.length) this.fail('trailing-text');
  }
}

/**
 * Scans JSON text (without a byte order mark), recording the span of each of `paths` that exists
 * and of their ancestors, and every duplicated key. Throws `JsonSyntaxError` on invalid JSON,
 * and RangeError when nesting is too deep to follow.
 */
export function scanJson(text: string, paths: Iterable<string> = []): JsonScan {
  const tracked = new Set<string>();
  for (const path of paths) for (const prefix of pathPrefixes(path)) tracked.add(prefix);
  const scanner = new Scanner(text, tracked);
  scanner.scan();
  return { spans: scanner.spans, duplicates: scanner.duplicates };
}

/** The span of `path`, or of its nearest ancestor that exists (a missing field's object). */
export function spanOf(scan: JsonScan, path: string): JsonSpan | undefined {
  const prefixes = pathPrefixes(path);
  for (let k = prefixes.length - 1; k >= 0; k--) {
    const span = scan.spans.get(prefixes[k]!);
    if (span) return span;
  }
  return undefined;
}

export interface LineColumn {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  readonly column: number;
}

/** Offsets → line and column, with the line starts computed once per text. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  at(offset: number): LineColumn {
    if (!this.starts) {
      this.starts = [0];
      for (let i = 0; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c === 0x0a) this.starts.push(i + 1);
        else if (c === 0x0d && this.text.charCodeAt(i + 1) !== 0x0a) this.starts.push(i + 1);
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
