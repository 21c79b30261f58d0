import { html } from 'lit';
import type { Args, Meta } from '@storybook/web-components-vite';
import '../src/counts/define.js';
import { attributes } from './support/attributes.js';
import { DEMO_FEED, LARGE_FEED } from './support/feeds.js';
import { sharedStories, type Story } from './support/shared-stories.js';

const render = (args: Args) =>
  html`<ishraqat-counts ${attributes(args)} .feed=${args['feed']}></ishraqat-counts>`;

const meta = {
  title: 'Elements/Counts',
  component: 'ishraqat-counts',
  render,
  args: { src: DEMO_FEED },
  parameters: { actions: { handles: ['ishraqat-load', 'ishraqat-error'] } },
} satisfies Meta<Args>;
export default meta;

/**
 * The Ishraqat demo feed: its source article gives no participant numbers, so only the
 * activities, partners and regions tiles appear (a count the feed does not know gets no tile).
 */
export const Overview: Story = {};

export const Metrics: Story = {
  name: 'Metrics: who took part',
  args: { src: LARGE_FEED, metrics: 'participants women men youth volunteers' },
};

export const CustomMetric: Story = {
  name: 'Metrics: a feed-defined count',
  args: { src: LARGE_FEED, metrics: 'voters_registered sessions people' },
};

export const Compact: Story = {
  name: 'Notation: compact',
  args: { src: LARGE_FEED, notation: 'compact' },
};

export const Targets: Story = {
  name: 'Targets: achieved of target, 2024',
  args: { src: LARGE_FEED, metrics: 'participants activities', from: '2024', to: '2024' },
};

export const ProgramFilter: Story = {
  name: 'Filters: one program',
  args: { src: LARGE_FEED, program: 'youth', metrics: 'activities participants youth' },
};

export const ArabicDigits: Story = {
  name: 'Numerals: Arabic-Indic',
  args: { src: LARGE_FEED, numerals: 'arab' },
};

export const Label: Story = {
  name: 'Label',
  args: { src: LARGE_FEED, label: 'Our reach since 2015' },
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
