/**
 * @ishraqat/widgets: registers every element and re-exports the public API.
 * Per-element entry points (`@ishraqat/widgets/timeline.js` …) register one element each.
 */
import './timeline/define.js';
import './partners/define.js';
import './counts/define.js';
import './chart/define.js';
import './impact/define.js';

export { IshraqatTimeline, TIMELINE_LAYOUTS, TIMELINE_GROUPINGS } from './timeline/timeline.js';
export type { TimelineLayout, TimelineGrouping } from './timeline/timeline.js';
export { IshraqatPartners, PARTNER_LAYOUTS, PARTNER_GROUPINGS } from './partners/partners.js';
export type { PartnerLayout, PartnerGrouping } from './partners/partners.js';
export { IshraqatCounts, DEFAULT_METRICS, COUNT_NOTATIONS } from './counts/counts.js';
export type { CountNotation } from './counts/counts.js';
export { IshraqatChart, CHART_TYPES, CHART_BY, CHART_LOADING } from './chart/chart.js';
export type { ChartType, ChartBy, ChartLoading, IshraqatChartRenderEvent } from './chart/chart.js';
export { IshraqatImpact, IMPACT_METRICS } from './impact/impact.js';
export { toCsv } from './impact/csv-text.js';

export { IshraqatElement } from './base/element.js';
export type {
  LoadEventDetail,
  ErrorEventDetail,
  SelectEventDetail,
  IshraqatLoadEvent,
  IshraqatErrorEvent,
  IshraqatSelectEvent,
} from './base/events.js';

export { parseFeed } from './feed/parse.js';
export { loadFeed, forgetFeed } from './feed/load.js';
export { loadNextPage } from './feed/pages.js';
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
export type * from './feed/types.js';
export { registerCatalogue } from './i18n/localize.js';
