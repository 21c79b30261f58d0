// Windowed rendering of long timelines, loaded only for them (see `WINDOW_AT` in
// timeline.ts): @lit-labs/virtualizer renders the activities near the viewport plus a margin,
// positions them in a list as tall as all of them (the page scrolls, never the widget), keeps
// the activity under the reader's eyes in place when one above changes size, and scrolls any
// activity into view, rendered or not.
import type { TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Activity } from '../feed/types.js';

// One specifier for every render: the virtualizer compares it with the one it has.
const layout = flow();

/** The list's content: only the activities near the viewport are in the DOM. */
export const renderWindow = (
  items: readonly Activity[],
  renderItem: (activity: Activity, index: number) => TemplateResult,
) =>
  virtualize({
    items: items as Activity[],
    renderItem,
    keyFunction: (activity: Activity) => activity.id,
    scroller: false,
    // Given, not defaulted: the default layout would be one more lazy chunk after this one.
    layout,
  });

/** Scrolls the activity at `index` of the windowed `list` into view, rendering it. */
export function scrollToIndex(
  list: HTMLElement,
  index: number,
  block: ScrollLogicalPosition,
  behavior: ScrollBehavior,
): void {
  const host = list as HTMLElement & {
    [virtualizerRef]?: {
      element(i: number): { scrollIntoView(o: ScrollIntoViewOptions): void } | undefined;
    };
  };
  host[virtualizerRef]?.element(index)?.scrollIntoView({ block, behavior });
}
