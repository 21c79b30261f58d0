import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import {
  DEFAULT_GLOBALS,
  storyRoot,
  withGlobalTheme,
  type StoryGlobals,
} from '../stories/support/story-root.js';
import './preview.css';

/**
 * JSDoc prose is Markdown on the Docs pages: `<organization>` in "Activities of <organization>"
 * would be read as an HTML tag. Outside code spans, `<` is text.
 */
function escapeProse<T>(value: T): T {
  if (Array.isArray(value)) return value.map(escapeProse) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        (key === 'description' || key === 'summary') && typeof item === 'string'
          ? item
              .split('`')
              .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
              .join('`')
          : escapeProse(item),
      ]),
    ) as T;
  }
  return value;
}

// Controls and the API tables on the Docs pages come from custom-elements.json
// (`npm run manifest`), itself generated from the elements' JSDoc.
setCustomElementsManifest(escapeProse(manifest));

/** `'a' | 'b' | undefined` → ['a', 'b'], or undefined when the type is not such a union. */
function literalOptions(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.length > 0 && values.every((v) => v !== undefined)
    ? (values as string[])
    : undefined;
}

/**
 * Turns the manifest's rows into useful controls: a select for a union of string values, a
 * number or text box otherwise. A property that has an attribute is documented once, as the
 * attribute (the Controls panel then sets exactly what a page author writes).
 */
function manifestControls({ argTypes }: { argTypes: ArgTypes }): ArgTypes {
  const attributeNames = new Set(
    Object.values(argTypes)
      .filter((a) => a.table?.category === 'attributes')
      .map((a) => a.name),
  );
  const enhanced: ArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = argType.table?.type?.summary ?? '';
    if (category === 'properties' && attributeNames.has(toKebab(key))) {
      enhanced[key] = { ...argType, table: { ...argType.table, disable: true }, control: false };
      continue;
    }
    if (category !== 'attributes' && category !== 'properties') continue;
    const options = literalOptions(type);
    if (options) {
      enhanced[key] = { ...argType, options, control: { type: 'select' } };
    } else if (/^number( \| undefined)?$/.test(type)) {
      enhanced[key] = { ...argType, control: { type: 'number' } };
    } else if (/^boolean( \| undefined)?$/.test(type)) {
      enhanced[key] = { ...argType, control: { type: 'boolean' } };
    } else if (/^string( \| undefined)?$/.test(type)) {
      enhanced[key] = { ...argType, control: { type: 'text' } };
    } else if (key === 'problems') {
      enhanced[key] = { ...argType, control: false };
    }
  }
  return enhanced;
}

const toKebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const preview: Preview = {
  globalTypes: {
    language: {
      description: 'Language of the page around the story (sets lang and dir)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'LTR' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page (auto: from the language)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from language' },
          { value: 'ltr', title: 'Left to right page' },
          { value: 'rtl', title: 'Right to left page' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark page and elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [
    (story, context) => {
      const globals = { ...DEFAULT_GLOBALS, ...context.globals } as StoryGlobals;
      return storyRoot(story({ args: withGlobalTheme(context.args, globals) }), globals);
    },
    withActions,
  ],
  argTypesEnhancers: [manifestControls],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Violations fail the story in Storybook's test runs, not only show in the panel.
      test: 'error',
    },
    options: {
      storySort: { order: ['Introduction', 'Elements'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
