import { html } from 'lit';
import type { Args, Meta } from '@storybook/web-components-vite';
import '../src/impact/define.js';
import { attributes } from './support/attributes.js';
import { DEMO_FEED, LARGE_FEED } from './support/feeds.js';
import { sharedStories, type Story } from './support/shared-stories.js';

const render = (args: Args) =>
  html`<ishraqat-impact ${attributes(args)} .feed=${args['feed']}></ishraqat-impact>`;

const meta = {
  title: 'Elements/Impact',
  component: 'ishraqat-impact',
  render,
  args: { src: LARGE_FEED },
  parameters: {
    actions: {
      handles: ['ishraqat-load', 'ishraqat-error', 'ishraqat-select', 'ishraqat-chart-render'],
    },
  },
} satisfies Meta<Args>;
export default meta;

/** The impact summary of the generated 1,000-activity feed (made-up data). */
export const Overview: Story = {};

export const DemoFeed: Story = {
  name: 'The Ishraqat demo feed',
  args: { src: DEMO_FEED },
};

export const Metrics: Story = {
  name: 'Metrics and chart options',
  args: {
    metrics: 'participants women men volunteers',
    'chart-metric': 'participants',
    'chart-by': 'program',
    'chart-type': 'doughnut',
  },
};

export const OneYear: Story = {
  name: 'Filters: one year, with targets',
  args: { from: '2024', to: '2024', 'chart-by': 'region', 'chart-type': 'line' },
};

export const TimelineOptions: Story = {
  name: 'Recent activities: limit and link',
  args: { 'timeline-limit': 3, 'timeline-href': '#all-activities' },
};

export const PartnersStrip: Story = {
  name: 'Partners as a strip',
  args: { 'partners-layout': 'strip' },
};

export const HeadingLevelAndLabel: Story = {
  name: 'Heading level and label',
  args: { 'heading-level': 3, label: 'Impact report' },
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
export const LargeFeed = shared.LargeFeed;
export const Dark = shared.Dark;
export const CustomTheme = shared.CustomTheme;
