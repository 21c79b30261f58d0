// One element, imported the way the README says. The bundle must contain this element only.
import '@ishraqat/widgets/timeline.js';
import type { IshraqatLoadEvent, TimelineLayout } from '@ishraqat/widgets';

const timeline = document.createElement('ishraqat-timeline');
// Typed through HTMLElementTagNameMap: `limit` is a number, `layout` one of the layouts.
timeline.limit = 5;
const layout: TimelineLayout = 'compact';
timeline.layout = layout;
timeline.src = './feed.json';
timeline.lang = 'en';
timeline.addEventListener('ishraqat-load', (event) => {
  const loaded: IshraqatLoadEvent = event;
  document.body.dataset['activities'] = String(loaded.detail.activities);
});
document.querySelector('#app')!.append(timeline);

/** Never called: each line must be a type error, or `tsc` fails on the unused directive. */
export function typeErrors(element: HTMLElementTagNameMap['ishraqat-timeline']): void {
  // @ts-expect-error `limit` is a number
  element.limit = 'five';
  // @ts-expect-error not a layout
  element.layout = 'diagonal';
  // @ts-expect-error `problems` is read-only
  element.problems = [];
  element.addEventListener('ishraqat-error', (event) => {
    // @ts-expect-error the detail's `reason` is a string
    const reason: number = event.detail.reason;
    return reason;
  });
}
