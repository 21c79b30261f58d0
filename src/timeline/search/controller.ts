/**
 * The timeline's search, as the timeline sees it: which activities to show and what to render
 * above them. The search itself (normaliser, index, field, messages) is ./search.ts, a module of
 * its own that is fetched only once a timeline has `search` or `query`: a page without them
 * downloads none of it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Formatter } from '../../base/formatter.js';
import type { Activity, Feed } from '../../feed/types.js';
import { regionName } from '../../i18n/regions.js';
import type * as SearchModule from './search.js';

/** What the search reads from its element. */
export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  search: boolean;
  query?: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element shows now: its feed, the activities its own filters let through, its formatter. */
export interface SearchContext {
  readonly feed: Feed | undefined;
  readonly activities: readonly Activity[];
  readonly fmt: Formatter;
}

/** The search module once loaded; `null` when it could not be (the timeline then shows all). */
let loaded: typeof SearchModule | null | undefined;
let loading: Promise<void> | undefined;

export class TimelineSearch implements ReactiveController {
  /** The search of this timeline, once its module is here and it has `search` or `query`. */
  private _search?: SearchModule.Search;

  constructor(
    private readonly _host: SearchHost,
    private readonly _context: () => SearchContext,
  ) {
    _host.addController(this);
  }

  private get _wanted(): boolean {
    return this._host.search || !!this._host.query;
  }

  /** This timeline's search, made on first use once its module is here. */
  private get _active(): SearchModule.Search | undefined {
    if (!this._search && loaded && this._wanted) {
      this._search = new loaded.Search(this._host, this._context, regionName);
    }
    return this._search;
  }

  hostUpdate(): void {
    if (loaded !== undefined || !this._wanted) return;
    loading ??= import('./search.js').then(
      (module) => void (loaded = module),
      (error: unknown) => {
        loaded = null;
        console.warn('[ishraqat] the search could not be loaded', error);
      },
    );
    void loading.then(() => this._host.requestUpdate());
  }

  /** False while what the search needs for its first results is on its way. */
  get ready(): boolean {
    return this._active?.ready() ?? (loaded === null || !this._wanted);
  }

  /** The activities to show: those of the element's filters that match the query. */
  get results(): readonly Activity[] {
    return this._active?.results() ?? this._context().activities;
  }

  /** The search field (with `search`) and the announced number of results. */
  render(): unknown {
    return this._active?.render();
  }
}
