/**
 * Building problems: the English reason and the shortened value of each. Only a feed with
 * problems needs this (the forgiving half of the parser, the command line), so pages load it
 * on demand with `parse.ts`; the codes, types and `FeedError` are in `problems.ts`.
 */
import type { Problem, ProblemCode, Severity } from './problems.js';

const WARNINGS: ReadonlySet<ProblemCode> = new Set([
  'unknown-field',
  'unused-partner',
  'surrogate',
]);

/** English reasons, used for `message`, for the console and as the CLI's default. */
export function englishReason(
  code: ProblemCode,
  value: string | undefined,
  expected?: string,
): string {
  const v = value ?? 'value';
  switch (code) {
    case 'required':
      return 'is required';
    case 'type':
      return `${v} should be ${expected ? `${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}` : 'of another type'}`;
    case 'empty':
      return 'is empty';
    case 'id':
      return `${v} is not a valid id (a non-empty string without surrounding spaces)`;
    case 'language':
      return `${v} is not a BCP 47 language tag`;
    case 'text':
      return `${v} is not text (a string, or an object from language tags to strings)`;
    case 'date':
      return `${v} is not a valid date`;
    case 'date-order':
      return `${v} is before the start date`;
    case 'datetime':
      return `${v} is not an ISO 8601 date-time`;
    case 'url':
      return `${v} is not an allowed URL (http, https or relative)`;
    case 'count':
      return `${v} is not a non-negative whole number`;
    case 'number':
      return `${v} is not a number`;
    case 'range':
      return `${v} is out of range`;
    case 'enum':
      return `${v} is not one of the allowed values`;
    case 'country':
      return `${v} is not an ISO 3166-1 country code`;
    case 'partner-ref':
      return `${v} is not a partner id or {"id", "role"}`;
    case 'duplicate-id':
      return `${v} is already used by another activity`;
    case 'unknown-ref':
      return `${v} is not defined in the feed`;
    case 'unlabelled-metric':
      return `${v} is not a well-known count and has no entry in "metrics"`;
    case 'unknown-field':
      return 'is not a field of feed v1 (ignored)';
    case 'unused-partner':
      return 'is not referenced by any activity';
    case 'render':
      return 'could not be shown (an error while rendering it); it was left out';
    case 'surrogate':
      return `${v} has unpaired UTF-16 surrogates (shown as U+FFFD)`;
  }
}

/** JSON of a value, cut to a readable length. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

export interface ProblemInit {
  path: string;
  code: ProblemCode;
  value?: unknown;
  expected?: string;
  skipped?: boolean;
  severity?: Severity;
}

export function problem(init: ProblemInit): Problem {
  const value = showValue(init.value);
  const severity = init.severity ?? (WARNINGS.has(init.code) ? 'warning' : 'error');
  const p: {
    -readonly [K in keyof Problem]: Problem[K];
  } = {
    path: init.path,
    code: init.code,
    severity,
    message: `${init.path}: ${englishReason(init.code, value, init.expected)}`,
  };
  if (value !== undefined) p.value = value;
  if (init.expected !== undefined) p.expected = init.expected;
  if (init.skipped) p.skipped = true;
  return p;
}
