/**
 * @ishraqat/widgets/feed.js: feeds without elements. Parse (at once or in slices), load (shared,
 * with timeout, abort, retries and the last good copy), page and write back (toFeedJson)
 * feed-v1 JSON, query its activities, export them as CSV. Registers nothing.
 */
export {
  parseFeed,
  parseFeedAsync,
  isLargeFeed,
  type ParseOptions,
  type AsyncParseOptions,
} from './feed/parse.js';
export { toFeedJson, type FeedJson } from './feed/serialise.js';
export {
  loadFeed,
  loadFeedOrCopy,
  forgetFeed,
  type LoadOptions,
  type LoadedFeed,
} from './feed/load.js';
export { configureRetry, DEFAULT_RETRY, type RetryPolicy } from './feed/retry.js';
export { COPY_LIMITS } from './feed/last-good.js';
export { loadNextPage, mergePages } from './feed/pages.js';
export { FeedError } from './feed/problems.js';
export type { Problem, ProblemCode, FeedErrorCode, Severity } from './feed/problems.js';
export { resolveText } from './feed/text.js';
export {
  filterActivities,
  sortActivities,
  groupByYear,
  sumCount,
  type ActivityFilter,
  type Order,
} from './feed/query.js';
export { PARTNER_TYPES, PARTNER_ROLES, WELL_KNOWN_COUNTS } from './feed/vocabulary.js';
export { toCsv } from './feed/csv/write.js';
export type * from './feed/types.js';
