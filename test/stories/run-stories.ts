// Renders every story of every element, as Storybook does (meta and story args merged, the
// story's render or the meta's, inside the same page root as the toolbar's decorator), in one
// language, then checks that each element settles in the state the story promises, that axe
// finds no violation, and that nothing was written to console.error or thrown.
//
// The elements come from custom-elements.json (`npm run manifest`, checked fresh in CI), and
// each element's stories from `stories/<name>.stories.ts`: a new element without a stories
// file fails here, and a new stories file needs no change here.
import { expect, fixture, waitUntil, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  DEFAULT_GLOBALS,
  storyRoot,
  withGlobalTheme,
  type IshraqatParameters,
  type Language,
  type StoryGlobals,
  type StoryState,
} from '../../stories/support/story-root.js';

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContextLike) => TemplateResult;
interface StoryContextLike {
  args: Args;
  globals: StoryGlobals;
  parameters: Record<string, unknown>;
  name: string;
}
interface Annotations {
  args?: Args;
  render?: Render;
  parameters?: { ishraqat?: IshraqatParameters } & Record<string, unknown>;
  name?: string;
}
interface StoriesModule {
  default: Annotations & { title: string; component: string };
  [name: string]: unknown;
}

interface Manifest {
  modules: {
    declarations?: {
      kind: string;
      tagName?: string;
      attributes?: { name: string; inheritedFrom?: unknown }[];
    }[];
  }[];
}

export interface ElementStories {
  tag: string;
  file: string;
  /** Undefined when the stories file does not load; `missing` says why. */
  module?: StoriesModule;
  missing?: string;
  /** The element's own attributes (not those every element shares). */
  ownAttributes: string[];
  stories: { exportName: string; story: Annotations }[];
}

/** The stories every element must have (stories/support/shared-stories.ts gives them). */
export const REQUIRED_STORIES = [
  'Overview',
  'Loading',
  'Empty',
  'ErrorNotFound',
  'PartialFeed',
  'RightToLeft',
  'LargeFeed',
] as const;

/** Every element in custom-elements.json with its stories module. */
export async function loadElementStories(): Promise<ElementStories[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest`.');
  const manifest = (await response.json()) as Manifest;
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.tagName?.startsWith('ishraqat-'));
  const found: ElementStories[] = [];
  for (const element of elements) {
    const tag = element.tagName!;
    const file = `stories/${tag.replace(/^ishraqat-/, '')}.stories.ts`;
    let module: StoriesModule;
    try {
      module = (await import(new URL(`../../${file}`, import.meta.url).href)) as StoriesModule;
    } catch (error) {
      found.push({ tag, file, missing: String(error), ownAttributes: [], stories: [] });
      continue;
    }
    const stories = Object.entries(module)
      .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
      .map(([exportName, value]) => ({
        exportName,
        story: (typeof value === 'function' ? { render: value } : value) as Annotations,
      }));
    const ownAttributes = (element.attributes ?? [])
      .filter((a) => !a.inheritedFrom)
      .map((a) => a.name);
    found.push({ tag, file, module, ownAttributes, stories });
  }
  return found;
}

const settledTimeout = 20_000;

function stateOf(element: Element): StoryState | 'none' {
  const root = element.shadowRoot;
  const base = root?.querySelector('[part~="base"]');
  if (!root || !base) return 'none';
  if (base.getAttribute('aria-busy') === 'true') return 'loading';
  if (root.querySelector('[part~="state"][part~="error"]')) return 'error';
  if (root.querySelector('[part~="state"][part~="empty"]')) return 'empty';
  return 'ready';
}

/** What a story wrote to console.error or threw while it rendered. */
function watchErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Renders one story as Storybook would, in a page root of the given language. */
export async function renderStory(
  meta: StoriesModule['default'],
  story: Annotations,
  exportName: string,
  language: Language,
): Promise<HTMLElement> {
  const globals: StoryGlobals = { ...DEFAULT_GLOBALS, language };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title} ${exportName}: no render function`);
  const args = withGlobalTheme({ ...meta.args, ...story.args }, globals);
  const parameters = { ...meta.parameters, ...story.parameters };
  const template = render(args, { args, globals, parameters, name: story.name ?? exportName });
  return fixture<HTMLElement>(storyRoot(template, globals));
}

export function runStories(language: Language, elements: ElementStories[]) {
  describe(`stories in ${language}`, () => {
    it('cover every element in custom-elements.json', () => {
      expect(elements.map((e) => e.tag)).to.include('ishraqat-timeline');
      for (const { tag, module, file, missing } of elements) {
        expect(missing, `<${tag}> needs its stories in ${file}`).to.equal(undefined);
        expect(module?.default.component, `${file} default export's component`).to.equal(tag);
      }
    });

    for (const { tag, file, module, stories, ownAttributes } of elements) {
      if (!module) continue;
      const meta = module.default;

      describe(`<${tag}> (${file})`, () => {
        it('has the overview, state, right-to-left and large-feed stories', () => {
          const names = stories.map((s) => s.exportName);
          expect(names).to.include.members([...REQUIRED_STORIES]);
          expect(names.some((n) => n.startsWith('Error'))).to.be.true;
        });

        it(`sets each of its own attributes in some story (${ownAttributes.join(', ')})`, () => {
          const used = new Set(
            stories.flatMap(({ story }) => Object.keys({ ...meta.args, ...story.args })),
          );
          const missing = ownAttributes.filter((a) => !used.has(a));
          expect(missing, `attributes no story sets`).to.deep.equal([]);
        });

        for (const { exportName, story } of stories) {
          const expected: StoryState =
            story.parameters?.ishraqat?.state ?? meta.parameters?.ishraqat?.state ?? 'ready';

          it(`${exportName}: settles ${expected}, passes axe, logs no error`, async function () {
            this.timeout(60_000);
            const watch = watchErrors();
            try {
              const root = await renderStory(meta, story, exportName, language);
              const elements = [...root.querySelectorAll('*')].filter((e) =>
                e.localName.startsWith('ishraqat-'),
              );
              expect(elements.length, 'elements in the story').to.be.greaterThan(0);

              if (expected === 'loading') {
                await waitUntil(
                  () => elements.every((e) => stateOf(e) === 'loading'),
                  'did not show its loading state',
                  { timeout: settledTimeout },
                );
                await aTimeout(300);
              } else {
                await waitUntil(
                  () => elements.every((e) => stateOf(e) === expected),
                  `did not settle ${expected} (states: ${elements.map(stateOf).join(', ')})`,
                  { timeout: settledTimeout },
                );
              }
              for (const element of elements) {
                expect(stateOf(element), `<${element.localName}> state`).to.equal(expected);
                expect(element.getBoundingClientRect().height, 'height').to.be.greaterThan(0);
              }
              await expect(root).to.be.accessible();
              expect(watch.errors, 'console.error / uncaught errors').to.deep.equal([]);
            } finally {
              watch.stop();
            }
          });
        }
      });
    }
  });
}
