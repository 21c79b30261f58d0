import { html } from 'lit';
import type { Args, Meta } from '@storybook/web-components-vite';
import '../src/timeline/define.js';
import { attributes } from './support/attributes.js';
import { DEMO_FEED, LARGE_FEED } from './support/feeds.js';
import { sharedStories, type Story } from './support/shared-stories.js';

const render = (args: Args) =>
  html`<ishraqat-timeline ${attributes(args)} .feed=${args['feed']}></ishraqat-timeline>`;

const meta = {
  title: 'Elements/Timeline',
  component: 'ishraqat-timeline',
  render,
  args: { src: DEMO_FEED },
  parameters: {
    actions: { handles: ['ishraqat-load', 'ishraqat-error', 'ishraqat-select', 'ishraqat-search'] },
  },
} satisfies Meta<Args>;
export default meta;

/** The two activities of the Ishraqat demo feed, newest first, grouped by year. */
export const Overview: Story = {};

export const Alternating: Story = {
  name: 'Layout: alternating',
  args: { src: LARGE_FEED, layout: 'alternating', limit: 6 },
};

export const Compact: Story = {
  name: 'Layout: compact',
  args: { src: LARGE_FEED, layout: 'compact', limit: 8 },
};

export const OldestFirst: Story = {
  name: 'Order: oldest first',
  args: { order: 'oldest' },
};

export const NotGrouped: Story = {
  name: 'Group by: none',
  args: { src: LARGE_FEED, 'group-by': 'none', limit: 5 },
};

export const Limit: Story = {
  name: 'Limit with "Show more"',
  args: { src: LARGE_FEED, limit: 3 },
};

export const Filters: Story = {
  name: 'Filters: dates, program, region',
  args: {
    src: LARGE_FEED,
    from: '2024-01',
    to: '2024-12',
    program: 'youth protection',
    region: 'IQ-MU IQ-BG',
  },
};

export const PartnerAndTagFilters: Story = {
  name: 'Filters: partner and tag',
  args: { src: LARGE_FEED, partner: 'partner-02', tag: 'agriculture', limit: 5 },
};

/**
 * A search field above the timeline. Try Arabic as people type it: "ورشه المثني" finds "ورشة" in
 * "المثنى" (taa marbuta, alef maqsura), "اداره" finds "إدارة", "١٣٨" finds "#138".
 */
export const Search: Story = {
  name: 'Search',
  args: { src: LARGE_FEED, search: true, limit: 5 },
};

export const SearchWithQuery: Story = {
  name: 'Search: with a query',
  args: { src: LARGE_FEED, search: true, query: 'ورشه المثني', limit: 5 },
};

/** `query` without the field: the page's own search box (or a link) sets it. */
export const QueryWithoutField: Story = {
  name: 'Search: query without the field',
  args: { src: LARGE_FEED, query: 'workshop youth', limit: 5 },
};

export const SearchNothingFound: Story = {
  name: 'Search: nothing found',
  args: { src: LARGE_FEED, search: true, query: 'zzzz' },
};

export const ArabicDigits: Story = {
  name: 'Numerals: Arabic-Indic',
  args: { src: LARGE_FEED, numerals: 'arab', limit: 4 },
};

export const LatinDigits: Story = {
  name: 'Numerals: Latin in Arabic',
  args: { src: LARGE_FEED, numerals: 'latn', lang: 'ar', limit: 4 },
};

export const HijriDates: Story = {
  name: 'Calendar: Hijri dates',
  args: { src: LARGE_FEED, calendar: 'islamic-umalqura', limit: 4 },
};

export const Selected: Story = {
  name: 'Selected activity',
  args: { selected: 'muthanna-youth-election-awareness-2021' },
};

export const HeadingLevelAndLabel: Story = {
  name: 'Heading level and label',
  args: { 'heading-level': 3, label: 'What we did' },
  render: (args, { globals }) =>
    html`<h2>${globals['language'] === 'ar' ? 'أنشطتنا' : 'Our activities'}</h2>
      ${render(args)}`,
};

const shared = sharedStories(render);
export const Loading = shared.Loading;
export const Empty = shared.Empty;
export const EmptyAfterFilters = shared.EmptyAfterFilters;
export const ErrorNotFound = shared.ErrorNotFound;
export const ErrorNotAFeed = shared.ErrorNotAFeed;
export const ErrorUnsupportedVersion = shared.ErrorUnsupportedVersion;
export const PartialFeed = shared.PartialFeed;
export const RightToLeft = shared.RightToLeft;
export const BothLanguages = shared.BothLanguages;
export const Dark = shared.Dark;
export const CustomTheme = shared.CustomTheme;
/** Without a `limit`, the timeline renders 200 activities at a time as the reader scrolls. */
export const LargeFeed = shared.LargeFeed;
