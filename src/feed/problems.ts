/**
 * Problems found in a feed: a JSON path, a code and an English reason.
 * Elements and the command line localize them from the code; the English `message`
 * is for logs and the console.
 */

export const PROBLEM_CODES = [
  'required',
  'type',
  'empty',
  'id',
  'language',
  'text',
  'date',
  'date-order',
  'datetime',
  'url',
  'count',
  'number',
  'range',
  'enum',
  'country',
  'partner-ref',
  'duplicate-id',
  'unknown-ref',
  'unlabelled-metric',
  'unknown-field',
  'unused-partner',
  'render',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** `error`: the value was dropped (or its activity skipped). `warning`: kept, but worth a look. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON path, e.g. `activities[3].date`. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The offending value, shortened, as JSON (absent when the value is missing). */
  readonly value?: string;
  /** For `type`: what was expected (`string`, `number`, `object`, `array` …). */
  readonly expected?: string;
  /** True when this problem made the whole activity be skipped. */
  readonly skipped?: boolean;
  /** URL of the feed page the problem was found in, for `next` pages. */
  readonly source?: string;
  /** The same problem in English: `activities[3].date: "2023-13-40" is not a valid date`. */
  readonly message: string;
}

const WARNINGS: ReadonlySet<ProblemCode> = new Set(['unknown-field', 'unused-partner']);

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

/** A feed that cannot be shown at all. `code` is localized by the elements. */
export const FEED_ERROR_CODES = [
  'network',
  'http',
  'timeout',
  'not-json',
  'not-object',
  'version',
  'organization',
  'activities',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly details: { status?: number; url?: string; problems?: readonly Problem[] } = {},
  ) {
    super(message);
  }
}
