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
  'surrogate',
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
    readonly details: {
      status?: number;
      url?: string;
      problems?: readonly Problem[];
      /** For `http` errors: the server's `Retry-After` header, as sent (see retry.ts). */
      retryAfter?: string;
    } = {},
  ) {
    super(message);
  }
}
