import { html } from 'lit';
import type { Args, Meta } from '@storybook/web-components-vite';
import '../src/chart/define.js';
import { attributes } from './support/attributes.js';
import { DEMO_FEED, LARGE_FEED } from './support/feeds.js';
import { sharedStories, type Story } from './support/shared-stories.js';

const render = (args: Args) =>
  html`<ishraqat-chart ${attributes(args)} .feed=${args['feed']}></ishraqat-chart>`;

const meta = {
  title: 'Elements/Chart',
  component: 'ishraqat-chart',
  render,
  args: { src: LARGE_FEED, metric: 'participants' },
  parameters: {
    actions: { handles: ['ishraqat-load', 'ishraqat-error', 'ishraqat-chart-render'] },
  },
} satisfies Meta<Args>;
export default meta;

/** Participants by year in the generated 1,000-activity feed (made-up data). */
export const Overview: Story = {};

export const ActivitiesOfTheDemoFeed: Story = {
  name: 'Activities by year (Ishraqat demo feed)',
  args: { src: DEMO_FEED, metric: 'activities' },
};

export const Line: Story = {
  name: 'Type: line',
  args: { type: 'line' },
};

export const Doughnut: Story = {
  name: 'Type: doughnut, by program',
  args: { type: 'doughnut', by: 'program' },
};

export const ByRegion: Story = {
  name: 'By: region',
  args: { by: 'region', metric: 'activities' },
};

export const ByPartner: Story = {
  name: 'By: partner',
  args: { by: 'partner', metric: 'activities', from: '2025' },
};

export const Breakdown: Story = {
  name: 'By: breakdown (women, men, girls, boys)',
  args: { by: 'breakdown', metric: 'women men girls boys', type: 'doughnut' },
};

export const DataTable: Story = {
  name: 'Data table shown',
  args: { 'show-table': true, from: '2020' },
};

export const EagerAndLabel: Story = {
  name: 'Loading eagerly, with a label',
  args: { loading: 'eager', label: 'People reached each year' },
};

export const ArabicDigits: Story = {
  name: 'Numerals: Arabic-Indic',
  args: { numerals: 'arab' },
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
