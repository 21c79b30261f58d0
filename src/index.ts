/**
 * @ishraqat/widgets: registers every element and exports their classes and types.
 * Per-element entry points (`@ishraqat/widgets/timeline.js` …) register one element each;
 * `@ishraqat/widgets/feed.js` reads feeds without any element.
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

export { IshraqatElement } from './base/element.js';
export type {
  LoadEventDetail,
  ErrorEventDetail,
  SelectEventDetail,
  SearchEventDetail,
  IshraqatLoadEvent,
  IshraqatErrorEvent,
  IshraqatSelectEvent,
  IshraqatSearchEvent,
} from './base/events.js';

// Types of the feed and its problems; the functions that read feeds are
// `@ishraqat/widgets/feed.js` (src/feed.ts), so a page of widgets does not carry them.
export type * from './feed/types.js';
export type { Problem, ProblemCode, FeedErrorCode, Severity } from './feed/problems.js';
export { registerCatalogue } from './i18n/localize.js';
