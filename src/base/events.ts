import type { Problem } from '../feed/problems.js';
import type { ErrorReason } from '../i18n/messages.js';

export interface LoadEventDetail {
  /** Number of valid activities in the feed (before the element's own filters). */
  readonly activities: number;
  /** Number of activities shown after the element's filters. */
  readonly shown: number;
  /** Everything found wrong in the feed. */
  readonly problems: readonly Problem[];
  /**
   * When the feed shown is the last good copy kept in the browser (the network failed): when
   * that copy was saved, in ms since 1970. Absent for a feed fresh from the network.
   */
  readonly savedAt?: number;
}

export interface ErrorEventDetail {
  /** A sentence a person can read, in the element's language. */
  readonly reason: string;
  /** A stable code for programs. */
  readonly code: ErrorReason;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
}

export interface SelectEventDetail {
  /** Id of the chosen activity. */
  readonly id: string;
}

export interface SearchEventDetail {
  /** The query as the reader left it (trimmed); `''` when they cleared the search. */
  readonly query: string;
  /** Number of activities that match it (after the element's filters). */
  readonly shown: number;
}

export type IshraqatLoadEvent = CustomEvent<LoadEventDetail>;
export type IshraqatErrorEvent = CustomEvent<ErrorEventDetail>;
export type IshraqatSelectEvent = CustomEvent<SelectEventDetail>;
export type IshraqatSearchEvent = CustomEvent<SearchEventDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ishraqat-load': IshraqatLoadEvent;
    'ishraqat-error': IshraqatErrorEvent;
    'ishraqat-select': IshraqatSelectEvent;
    'ishraqat-search': IshraqatSearchEvent;
  }
}
