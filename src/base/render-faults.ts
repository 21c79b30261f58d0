/**
 * Faults while rendering one item (an activity, a partner, a tile): the item is left out and
 * the fault is reported like any problem in the feed (on `problems`, in the load event, in the
 * quiet count), so one bad item never blanks an element. Per element and per feed.
 */
import type { Problem } from '../feed/problems.js';
import type { Feed } from '../feed/types.js';

export class RenderFaults {
  private _feed?: Feed;
  /** The faults of `_feed`, by path; and the feed with them added, once asked for. */
  private _faults: Record<string, Problem> = {};
  private _view?: Feed;

  /** Records that rendering item `id` of `list` in `feed` threw `error` (once per item). */
  add(
    feed: Feed | undefined,
    list: string,
    id: string | undefined,
    error: unknown,
    skipped: boolean,
  ) {
    if (!feed) return;
    const path =
      id === undefined
        ? list
        : `${list}[id=${JSON.stringify(id.length > 60 ? `${id.slice(0, 57)}…` : id)}]`;
    const faults = this._for(feed);
    if (faults[path]) return;
    // Built here, as problem() builds it, so the problem module stays with the parser's lazy half.
    faults[path] = {
      path,
      code: 'render',
      severity: 'error',
      message: `${path}: could not be shown (an error while rendering it); it was left out`,
      ...(skipped ? { skipped } : {}),
    };
    this._view = undefined;
    console.warn(`[ishraqat] ${path} left out:`, error);
  }

  /** `feed` with this element's render faults added to its problems (the feed itself if none). */
  view(feed: Feed | undefined): Feed | undefined {
    const faults = feed && Object.values(this._for(feed));
    if (!faults?.length) return feed;
    return (this._view ??= {
      ...feed!,
      problems: [...feed!.problems, ...faults],
      skipped: feed!.skipped + faults.filter((p) => p.skipped).length,
    });
  }

  private _for(feed: Feed): Record<string, Problem> {
    if (this._feed !== feed) {
      this._feed = feed;
      this._faults = Object.create(null) as Record<string, Problem>;
      this._view = undefined;
    }
    return this._faults;
  }
}
