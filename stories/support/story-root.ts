import { html, type TemplateResult } from 'lit';

/** The toolbar's choices (.storybook/preview.ts); the story tests use the same ones. */
export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** `auto` follows the language (Arabic is right to left); `ltr` / `rtl` force the page's. */
export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface StoryGlobals {
  language: Language;
  theme: Theme;
  direction: Direction;
}

export const DEFAULT_GLOBALS: StoryGlobals = { language: 'en', theme: 'light', direction: 'auto' };

/** What a story expects its elements to show once settled; the story tests check it. */
export const STORY_STATES = ['ready', 'empty', 'error', 'loading'] as const;
export type StoryState = (typeof STORY_STATES)[number];

/** `parameters.ishraqat` of a story. */
export interface IshraqatParameters {
  /** The state every element of the story settles in (default `ready`). */
  state?: StoryState;
}

const directionOf = (globals: StoryGlobals): 'ltr' | 'rtl' =>
  globals.direction === 'auto' ? (globals.language === 'ar' ? 'rtl' : 'ltr') : globals.direction;

/**
 * The page around a story: its `lang` and `dir` (the elements take their language from the
 * nearest ancestor with `lang`), and a light or dark page background.
 */
export function storyRoot(content: unknown, globals: StoryGlobals): TemplateResult {
  return html`<div
    class="ishraqat-story ishraqat-story--${globals.theme}"
    lang=${globals.language}
    dir=${directionOf(globals)}
  >
    ${content}
  </div>`;
}

/** The toolbar theme becomes the elements' `theme` attribute, unless the story sets one. */
export function withGlobalTheme<A extends Record<string, unknown>>(
  args: A,
  globals: StoryGlobals,
): A {
  return args['theme'] === undefined ? { ...args, theme: globals.theme } : args;
}
