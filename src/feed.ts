/**
 * @ishraqat/widgets/feed.js: feeds without elements. Parse, load (shared, with timeout and
 * abort) and page feed-v1 JSON, query its activities, export them as CSV. Registers nothing.
 */
export { parseFeed, type ParseOptions } from './feed/parse.js';
export { loadFeed, forgetFeed, type LoadOptions } from './feed/load.js';
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
