import { html } from 'lit';
import type { Args, Meta } from '@storybook/web-components-vite';
import '../src/partners/define.js';
import { attributes } from './support/attributes.js';
import { DEMO_FEED, LARGE_FEED, MISSING_FEED } from './support/feeds.js';
import { sharedStories, type Story } from './support/shared-stories.js';

const render = (args: Args) =>
  html`<ishraqat-partners ${attributes(args)} .feed=${args['feed']}></ishraqat-partners>`;

/** A made-up logo: a coloured square with letters, as an SVG data URL (no request). */
const logo = (letters: string, colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><rect width="120" height="60" rx="8" fill="${colour}"/><text x="60" y="39" font-family="sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${letters}</text></svg>`,
  )}`;

/** Made-up partners with logos, one whose logo fails to load (it shows a monogram). */
const logoFeed = {
  version: 1,
  language: 'en',
  organization: { id: 'example-org', name: { en: 'Example organisation', ar: 'منظمة مثال' } },
  partners: [
    {
      id: 'fund-a',
      name: { en: 'Example Fund A (fictitious)', ar: 'صندوق مثال أ (وهمي)' },
      type: 'donor',
      logo: logo('EFA', '#1f5f99'),
      url: 'https://example.org/fund-a',
    },
    {
      id: 'ministry-b',
      name: { en: 'Example Ministry B (fictitious)', ar: 'وزارة مثال ب (وهمية)' },
      type: 'government',
      logo: logo('EMB', '#7a3b12'),
    },
    {
      id: 'ngo-c',
      name: {
        en: 'Example NGO C (fictitious; its logo is missing)',
        ar: 'منظمة مثال ج (وهمية؛ شعارها مفقود)',
      },
      shortName: { en: 'ENC' },
      type: 'ngo',
      logo: MISSING_FEED.replace('.json', '.svg'),
    },
  ],
  activities: [
    {
      id: 'example-1',
      date: '2024-03',
      title: { en: 'Example activity', ar: 'نشاط مثال' },
      partners: [
        { id: 'fund-a', role: 'funding' },
        { id: 'ministry-b', role: 'accountable' },
        { id: 'ngo-c', role: 'implementing' },
      ],
    },
  ],
};

const meta = {
  title: 'Elements/Partners',
  component: 'ishraqat-partners',
  render,
  args: { src: DEMO_FEED },
  parameters: { actions: { handles: ['ishraqat-load', 'ishraqat-error'] } },
} satisfies Meta<Args>;
export default meta;

/** The partners of the Ishraqat demo feed. It has no logos, so each shows a monogram. */
export const Overview: Story = {};

export const GroupedByRole: Story = {
  name: 'Group by: role ("Funded by" …)',
  args: { 'group-by': 'role' },
};

export const GroupedByType: Story = {
  name: 'Group by: type',
  args: { src: LARGE_FEED, 'group-by': 'type' },
};

export const Strip: Story = {
  name: 'Layout: strip',
  args: { src: LARGE_FEED, layout: 'strip' },
  parameters: {
    docs: {
      description: {
        story:
          'One moving row with a Pause button; it stops on hover and focus, and does not move ' +
          'under `prefers-reduced-motion`.',
      },
    },
  },
};

export const TypeFilter: Story = {
  name: 'Type: UN agencies and donors',
  args: { src: LARGE_FEED, type: 'un donor' },
};

export const Logos: Story = {
  name: 'Logos, and a logo that fails to load',
  args: { src: undefined, feed: logoFeed, 'group-by': 'role' },
};

export const HeadingLevelAndLabel: Story = {
  name: 'Heading level and label',
  args: { 'group-by': 'role', 'heading-level': 4, label: 'Who we work with' },
};

export const Filtered: Story = {
  name: 'Filters: the partners of 2021',
  args: { from: '2021', to: '2021' },
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
