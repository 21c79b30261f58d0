/**
 * The one way an element fires its events: every `ishraqat-*` event bubbles and is composed
 * (a listener on the page sees it through shadow roots), and its `detail` is checked against
 * the event's type in `GlobalEventHandlersEventMap` (src/base/events.ts, and the chart's own).
 */

/** Every event name this library declares. */
export type IshraqatEventName = Extract<keyof GlobalEventHandlersEventMap, `ishraqat-${string}`>;

/** The `detail` of an `ishraqat-*` event, from its declared type. */
export type EventDetail<K extends IshraqatEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches `type` with `detail` from `target`; false when a listener cancelled it. */
export function emit<K extends IshraqatEventName>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
