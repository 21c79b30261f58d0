/**
 * Faults while rendering one item (an activity, a partner, a tile): the item is left out and
 * the fault is reported like any problem in the feed (on `problems`, in the load event, in the
 * quiet count), so one bad item never blanks an element. Per element and per feed.
 */
import { problem, type Problem } from '../feed/problems.js';
import type { Feed } from '../feed/types.js';

export class RenderFaults {
  private _feed?: Feed;
  private readonly _faults = new Map<string, Problem>();
  private _view?: Feed;

  /** Records that rendering `path` of `feed` threw `error` (once per path). */
  add(feed: Feed | undefined, path: string, error: unknown, skipped: boolean): void {
    if (!feed) return;
    this._reset(feed);
    if (this._faults.has(path)) return;
    this._faults.set(path, problem({ path, code: 'render', skipped }));
    this._view = undefined;
    console.warn(`[ishraqat] ${path} could not be shown and was left out:`, error);
  }

  /** `feed` with this element's render faults added to its problems (the feed itself if none). */
  view(feed: Feed): Feed;
  view(feed: Feed | undefined): Feed | undefined;
  view(feed: Feed | undefined): Feed | undefined {
    if (!feed) return feed;
    this._reset(feed);
    if (this._faults.size === 0) return feed;
    if (!this._view) {
      const faults = [...this._faults.values()];
      this._view = {
        ...feed,
        problems: [...feed.problems, ...faults],
        skipped: feed.skipped + faults.filter((p) => p.skipped).length,
      };
    }
    return this._view;
  }

  private _reset(feed: Feed) {
    if (this._feed === feed) return;
    this._feed = feed;
    this._faults.clear();
    this._view = undefined;
  }
}
