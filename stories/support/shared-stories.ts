import { html, type TemplateResult } from 'lit';
import type { Args, StoryObj } from '@storybook/web-components-vite';
import {
  BROKEN_FEED,
  LARGE_FEED,
  MISSING_FEED,
  NOT_A_FEED,
  emptyFeed,
  futureFeed,
  pendingFeedUrl,
} from './feeds.js';
import type { IshraqatParameters } from './story-root.js';

export type Story = StoryObj<Args> & { parameters?: { ishraqat?: IshraqatParameters } };
export type Render = (args: Args) => TemplateResult;

/** Args that leave the feed to the story: no `src`, no `feed`. */
const noFeed = { src: undefined, feed: undefined };

/**
 * The stories every element has (named by their export names: Storybook's index reads story
 * names statically, and cannot see into this factory), because every element shares the base (sources, states,
 * language, theme): loading, empty, errors, a partial feed with problems, right to left,
 * both languages side by side, a large feed, dark and custom themes. An element's stories
 * file spreads them next to its own:
 *
 *     const shared = sharedStories(render);
 *     export const Loading = shared.Loading;
 */
export function sharedStories(render: Render, options: { largeArgs?: Args } = {}) {
  const Loading: Story = {
    // The request never completes (see pendingFeedUrl); a long timeout keeps the skeleton
    // instead of turning into the timeout error after the default 15 s.
    args: { ...noFeed, src: pendingFeedUrl(), timeout: 3_600_000 },
    parameters: {
      ishraqat: { state: 'loading' },
      docs: { description: { story: 'The skeleton, while the feed is on its way.' } },
    },
  };

  const Empty: Story = {
    args: { ...noFeed, feed: emptyFeed },
    parameters: {
      ishraqat: { state: 'empty' },
      docs: { description: { story: 'A valid feed without activities.' } },
    },
  };

  const EmptyAfterFilters: Story = {
    args: { from: '2099', to: '2099' },
    parameters: {
      ishraqat: { state: 'empty' },
      docs: { description: { story: 'Filters that no activity passes (`from="2099"`).' } },
    },
  };

  const ErrorNotFound: Story = {
    args: { ...noFeed, src: MISSING_FEED },
    parameters: {
      ishraqat: { state: 'error' },
      docs: { description: { story: 'The feed URL answers 404: a message and a retry button.' } },
    },
  };

  const ErrorNotAFeed: Story = {
    args: { ...noFeed, src: NOT_A_FEED },
    parameters: {
      ishraqat: { state: 'error' },
      docs: { description: { story: 'The URL answers, but with a text file, not a feed.' } },
    },
  };

  const ErrorUnsupportedVersion: Story = {
    args: { ...noFeed, feed: futureFeed },
    parameters: {
      ishraqat: { state: 'error' },
      docs: { description: { story: 'A feed in a format version these widgets do not read.' } },
    },
  };

  const PartialFeed: Story = {
    args: { ...noFeed, src: BROKEN_FEED },
    parameters: {
      docs: {
        description: {
          story:
            '`demo/feeds/broken-10.json`: three of ten activities have fatal problems and are ' +
            'skipped; the rest show, with a quiet, expandable count of what went wrong.',
        },
      },
    },
  };

  const RightToLeft: Story = {
    args: { lang: 'ar' },
    parameters: {
      docs: { description: { story: '`lang="ar"` on the element: Arabic, right to left.' } },
    },
  };

  const BothLanguages: Story = {
    render: (args) =>
      html`<div class="ishraqat-story-pair">
        <section lang="ar" dir="rtl" aria-label="العربية">
          ${render({ ...args, lang: 'ar' })}
        </section>
        <section lang="en" dir="ltr" aria-label="English">
          ${render({ ...args, lang: 'en' })}
        </section>
      </div>`,
    parameters: {
      docs: { description: { story: 'The same feed, one element per language.' } },
    },
  };

  const LargeFeed: Story = {
    args: { ...noFeed, src: LARGE_FEED, ...options.largeArgs },
    parameters: {
      docs: {
        description: {
          story: '`demo/feeds/synthetic-1000.json`: made-up data from `scripts/generate-feed.mjs`.',
        },
      },
    },
  };

  const Dark: Story = {
    args: { theme: 'dark' },
    parameters: {
      docs: { description: { story: '`theme="dark"`, whatever the visitor prefers.' } },
    },
  };

  const CustomTheme: Story = {
    // Inline custom properties, as a host page's stylesheet would set them.
    render: (args) =>
      html`<div
        style="--ishraqat-accent: light-dark(#7b2d8e, #e2b6f0); --ishraqat-radius: 0; --ishraqat-spacing: 0.75rem; --ishraqat-font: Georgia, 'Noto Naskh Arabic', serif"
      >
        ${render(args)}
      </div>`,
    parameters: {
      docs: {
        description: {
          story:
            'The host page sets `--ishraqat-accent`, `--ishraqat-radius`, `--ishraqat-font` ' +
            'and `--ishraqat-spacing` (see docs/theming.md).',
        },
      },
    },
  };

  return {
    Loading,
    Empty,
    EmptyAfterFilters,
    ErrorNotFound,
    ErrorNotAFeed,
    ErrorUnsupportedVersion,
    PartialFeed,
    RightToLeft,
    BothLanguages,
    LargeFeed,
    Dark,
    CustomTheme,
  };
}
