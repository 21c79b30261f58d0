// Windowed rendering of long timelines, loaded only for them (see `WINDOW_AT` in
// timeline.ts): @lit-labs/virtualizer renders the activities near the viewport plus a margin,
// positions them in a list as tall as all of them (the page scrolls, never the widget), keeps
// the activity under the reader's eyes in place when one above changes size, and scrolls any
// activity into view, rendered or not.
import { html, type nothing, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Activity } from '../feed/types.js';

// One specifier for every render: the virtualizer compares it with the one it has.
const layout = flow();

/**
 * The list's content: only the activities near the viewport are in the DOM. The sizer (which
 * gives the list the height of all its activities) is a hidden list item, so that the list
 * holds only list items.
 */
export const renderWindow = (
  items: readonly Activity[],
  renderItem: (activity: Activity, index: number) => TemplateResult | typeof nothing,
) =>
  html`<li class="sizer" virtualizer-sizer aria-hidden="true"></li>${virtualize({
      items: items as Activity[],
      // Typed as templates only, though the list's repeat() renders any child value (`nothing`
      // for an activity that failed to render).
      renderItem: renderItem as (activity: Activity, index: number) => TemplateResult,
      keyFunction: (activity: Activity) => activity.id,
      scroller: false,
      // Given, not defaulted: the default layout would be one more lazy chunk after this one.
      layout,
    })}`;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Scrolls the activity at `index` of the windowed `list` into view and focuses it once the
 * window holds it (`find` gives its card when rendered).
 */
export async function focusInWindow(
  list: () => HTMLElement | null,
  index: number,
  block: ScrollLogicalPosition,
  find: () => HTMLElement | null,
): Promise<HTMLElement | null> {
  let item = find();
  // Asked again now and then, as a re-render meanwhile may move the window; at once, as a
  // smooth scroll through thousands of activities shows nothing of use.
  for (let frame = 0; !item && frame < 300; frame++) {
    const host = list();
    if (host && frame % 20 === 0) scrollToIndex(host, index, block);
    await nextFrame();
    item = find();
  }
  // The window moves its items while it settles, and moving a focused element blurs it:
  // focus once the activity has stayed in place for a few frames.
  for (let frame = 0, still = 0, top = NaN; item && still < 3 && frame < 60; frame++) {
    await nextFrame();
    item = find();
    const now = item?.getBoundingClientRect().top ?? NaN;
    still = now === top ? still + 1 : 0;
    top = now;
  }
  item?.focus({ preventScroll: true });
  return item;
}

function scrollToIndex(list: HTMLElement, index: number, block: ScrollLogicalPosition): void {
  const host = list as HTMLElement & {
    [virtualizerRef]?: {
      element(i: number): { scrollIntoView(o: ScrollIntoViewOptions): void } | undefined;
    };
  };
  host[virtualizerRef]?.element(index)?.scrollIntoView({ block });
}
