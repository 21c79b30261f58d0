/**
 * Parsing feeds: `parseFeed` (at once) and `parseFeedAsync` (in slices), with every bad-input
 * rule of feed-v1.md. The reading itself is `parse-core.ts`; this module adds the forgiving
 * walk over the rules and the building of problems, which only a feed with problems needs (a
 * page loads this module on demand for such a feed, see `parseForPage`).
 */
import { problem } from './problem.js';
import { walk, walkFields } from './walk.js';
import {
  runParse,
  runParseAsync,
  type AsyncParseOptions,
  type Forgiving,
  type ParseOptions,
} from './parse-core.js';
import type { Feed } from './types.js';

export {
  isLargeFeed,
  toFeedDate,
  type AsyncParseOptions,
  type ParseOptions,
} from './parse-core.js';

const FORGIVING: Forgiving = { walk, walkFields, problem };

/**
 * Parses a feed (a JSON string or an already-parsed value).
 * Throws `FeedError` when the feed cannot be shown at all; otherwise returns every valid
 * activity, with `problems` listing what was skipped or dropped and why.
 *
 * Synchronous, in one go: for a large feed on a page, `parseFeedAsync` gives the same `Feed`
 * without one long task.
 */
export function parseFeed(json: unknown, options: ParseOptions = {}): Feed {
  return runParse(json, options, FORGIVING);
}

/**
 * `parseFeed`, in slices: after each `slice` activities it yields to the event loop (a posted
 * message: not throttled in background tabs like timers, and it lets the page's own tasks and
 * input run in between), so a 10,000-activity feed never blocks the page for one long task.
 * Resolves to exactly the `Feed` that `parseFeed` returns for the same input and options, and
 * rejects with the same `FeedError`. A feed of at most `slice` activities is read without
 * yielding. `JSON.parse` of a text is one step: hand over the parsed value to spread that too.
 */
export function parseFeedAsync(json: unknown, options: AsyncParseOptions = {}): Promise<Feed> {
  return runParseAsync(json, options, FORGIVING);
}
