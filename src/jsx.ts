/**
 * JSX types for React 19, so that `<ishraqat-timeline src="feed.json" limit={5} />` type-checks
 * with each element's properties, its kebab-case attributes and its `ishraqat-*` events.
 *
 * Types only, opt-in (a project without React must not need @types/react): once per app, e.g.
 * in `src/widgets.d.ts`, write `import type {} from '@ishraqat/widgets/jsx';` (and import the
 * elements themselves as usual: `import '@ishraqat/widgets';`).
 *
 * What React 19 does with each prop on a custom element: a name the element has a property for
 * (`limit`, `groupBy`, `feed`) is set as that property, so objects and numbers pass as they are;
 * any other name (`group-by`) is set as an attribute; `onishraqat-load={fn}` listens for the
 * `ishraqat-load` event.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
// Every element's entry in HTMLElementTagNameMap, and the events in GlobalEventHandlersEventMap.
import type {} from './index.js';

/** True branch when X and Y are the same type (including `readonly`), else the false one. */
type IfEquals<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** Keys of T that can be assigned to (not getters like `problems`). */
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/** The element's own public, writable, non-method properties (not HTMLElement's or Lit's). */
type ElementProperties<E> = {
  [
    K in Exclude<WritableKeys<E>, keyof LitElement> as E[K] extends (...args: never[]) => unknown
      ? never
      : K
  ]?: E[K];
};

/** `on<event>` handlers for the `ishraqat-*` events, typed with their `detail`. */
type ElementEvents = {
  [K in keyof GlobalEventHandlersEventMap as K extends `ishraqat-${string}` ? `on${K}` : never]?: (
    event: GlobalEventHandlersEventMap[K],
  ) => void;
};

/** Attributes whose names differ from their properties' (`group-by` for `groupBy`). */
interface KebabAttributes {
  'ishraqat-timeline': { 'group-by'?: string; 'heading-level'?: number | string };
  'ishraqat-partners': { 'group-by'?: string; 'heading-level'?: number | string };
  'ishraqat-chart': { 'show-table'?: boolean };
}

/** The tags this package registers. */
export type IshraqatTagName = Extract<keyof HTMLElementTagNameMap, `ishraqat-${string}`>;

/** The JSX props of one of the package's elements. */
export type IshraqatElementProps<Tag extends IshraqatTagName> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
> &
  ElementProperties<HTMLElementTagNameMap[Tag]> &
  ElementEvents &
  (Tag extends keyof KebabAttributes ? KebabAttributes[Tag] : unknown);

/** One JSX entry per tag. */
export type IshraqatIntrinsicElements = {
  [Tag in IshraqatTagName]: IshraqatElementProps<Tag>;
};

declare module 'react' {
  // Intrinsic elements are declared in React's own `JSX` namespace: the one namespace here.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IshraqatIntrinsicElements {}
  }
}
