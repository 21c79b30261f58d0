/**
 * The timeline's search: the field, the filtering and the announced count. Loaded on demand by
 * ./controller.ts, once a timeline has `search` or `query`.
 *
 * Typing filters after a short pause (Enter at once); Escape empties the field. The number of
 * results is in a polite live region under the field, which an empty result turns into "No
 * activity matches …" with a button that clears the search. A query the user changes is
 * reported by `ishraqat-search`.
 */
import {
  css,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import type { SearchEventDetail } from '../../base/events.js';
import type { Activity, Feed } from '../../feed/types.js';
import { plural } from '../../i18n/format.js';
import { msg, str, withLocale } from '../../i18n/localize.js';
import type { SearchContext, SearchHost } from './controller.js';
import { searchTerms } from './normalize.js';
import { searchIndex, type SearchIndex } from './search-index.js';

/** Pause in typing after which the results follow the field. */
export const DEBOUNCE_MS = 250;

const styles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    flex: 1 1 14em;
    min-inline-size: 0;
    max-inline-size: 36em;
    min-block-size: 2.5em;
    padding-block: 0.3em;
    padding-inline: 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .search input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .search-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 1.6em;
    margin-block: 0.4em var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .search-status p {
    margin: 0;
  }
  .search-status .button {
    font-size: calc(1em / 0.9);
  }
  @media print {
    .search {
      display: none;
    }
  }
`;

/** The localized name of a known region code (`regionName` of ../../i18n/regions.ts). */
export type RegionName = (code: string) => string | undefined;

/** The search of one timeline. */
export class Search implements ReactiveController {
  /** What the field holds (the query follows it after a pause). */
  private _draft: string;
  /** The query as last seen, to tell a query set from outside from one typed here. */
  private _seen: string;
  private _timer?: ReturnType<typeof setTimeout>;
  private _last?: {
    from: readonly Activity[];
    index: SearchIndex;
    key: string;
    out: readonly Activity[];
  };
  /** Where focus goes once the update that clears the search is rendered. */
  private _focusAfterClear = false;

  constructor(
    private readonly _host: SearchHost,
    private readonly _context: () => SearchContext,
    private readonly _regionName: RegionName,
  ) {
    _host.addController(this);
    this._seen = this._draft = _host.query ?? '';
    const root = _host.renderRoot;
    if (root instanceof ShadowRoot && supportsAdoptingStyleSheets && styles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    } else {
      const style = document.createElement('style');
      style.textContent = styles.cssText;
      root.appendChild(style);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** The index for a UI language; a region code goes by its names in English and in it. */
  private _index(locale: string): SearchIndex {
    const name = (code: string, lang: string) => withLocale(lang, () => this._regionName(code));
    return searchIndex(locale, (code) =>
      [name(code, 'en'), name(code, locale)].filter((n): n is string => !!n),
    );
  }

  /** The words of the current query; none when there is no query. */
  private get _terms(): string[] {
    return searchTerms(this._host.query ?? '');
  }

  /** Whether results can show: no query, the feed indexed, or earlier results still valid. */
  ready(): boolean {
    const { feed, activities, fmt } = this._context();
    if (!feed || this._terms.length === 0) return true;
    const index = this._index(fmt.ui);
    return this._built(index, feed) || this._stale(activities) !== undefined;
  }

  /** Whether `feed` is indexed; if not, builds it, and renders again once it is. */
  private _built(index: SearchIndex, feed: Feed): boolean {
    if (index.has(feed)) return true;
    const building = index.build(feed);
    if (index.has(feed)) return true;
    void building.then(() => this._host.requestUpdate());
    return false;
  }

  /** The earlier results, while the index grows (a `next` page, another language). */
  private _stale(activities: readonly Activity[]): readonly Activity[] | undefined {
    const last = this._last;
    if (!last) return undefined;
    if (last.from === activities) return last.out;
    const now = new Set(activities);
    return last.out.every((a) => now.has(a)) ? last.out : undefined;
  }

  /** The activities of the element's filters that hold every word of the query. */
  results(): readonly Activity[] {
    const { feed, activities, fmt } = this._context();
    const terms = this._terms;
    if (!feed || terms.length === 0) return activities;
    const index = this._index(fmt.ui);
    const key = terms.join(' ');
    const last = this._last;
    if (last?.from === activities && last.index === index && last.key === key) return last.out;
    if (!this._built(index, feed)) return this._stale(activities) ?? activities;
    const out = index.filter(activities, terms);
    this._last = { from: activities, index, key, out };
    return out;
  }

  private _onInput(event: Event) {
    this._draft = (event.target as HTMLInputElement).value;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._commit(), DEBOUNCE_MS);
  }

  private _onKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      this._commit();
    } else if (event.key === 'Escape' && this._draft) {
      // An empty field lets Escape through (to close a dialog the timeline is in …).
      event.preventDefault();
      this._draft = '';
      this._commit();
      this._host.requestUpdate();
    }
  }

  private _clear() {
    this._draft = '';
    this._focusAfterClear = true;
    this._commit();
  }

  /** The field's text becomes the query; the change is announced by `ishraqat-search`. */
  private _commit() {
    clearTimeout(this._timer);
    const query = this._draft.trim();
    if (query === (this._host.query ?? '').trim()) return;
    this._seen = query;
    this._host.query = query || undefined;
    void this._host.updateComplete.then(() => {
      const detail: SearchEventDetail = { query, shown: this.results().length };
      this._host.dispatchEvent(
        new CustomEvent('ishraqat-search', { detail, bubbles: true, composed: true }),
      );
    });
  }

  /** After clearing: back to the field, or (without one) to the timeline's first activity. */
  hostUpdated(): void {
    if (!this._focusAfterClear) return;
    this._focusAfterClear = false;
    // Once the update is over: focusing an activity updates the element again.
    void this._host.updateComplete.then(() => {
      const root = this._host.renderRoot;
      const target =
        root.querySelector<HTMLElement>('#search-field') ??
        root.querySelector<HTMLElement>('[part~="item"][tabindex="0"]');
      target?.focus();
    });
  }

  render(): TemplateResult | typeof nothing {
    if (!this._host.search && !this._host.query) return nothing;
    const query = this._host.query ?? '';
    if (query !== this._seen) {
      // Set from outside (property or attribute): the field shows it.
      this._seen = query;
      this._draft = query;
      clearTimeout(this._timer);
    }
    const { fmt } = this._context();
    const active = this._terms.length > 0;
    const count = active ? this.results().length : 0;
    const shown = fmt.number(count);
    let status: string | typeof nothing = nothing;
    if (active && count > 0) {
      status = plural(count, fmt.locale, {
        zero: msg(str`${shown} activities found`, {
          id: 'search.found.zero',
          desc: 'Under the timeline search: how many activities match.',
        }),
        one: msg(str`${shown} activity found`, {
          id: 'search.found.one',
          desc: 'Under the timeline search: how many activities match.',
        }),
        two: msg(str`${shown} activities found`, {
          id: 'search.found.two',
          desc: 'Under the timeline search: how many activities match.',
        }),
        few: msg(str`${shown} activities found`, {
          id: 'search.found.few',
          desc: 'Under the timeline search: how many activities match.',
        }),
        many: msg(str`${shown} activities found`, {
          id: 'search.found.many',
          desc: 'Under the timeline search: how many activities match.',
        }),
        other: msg(str`${shown} activities found`, {
          id: 'search.found.other',
          desc: 'Under the timeline search: how many activities match.',
        }),
      });
    } else if (active) {
      // Isolated: an English query in an Arabic sentence (or the reverse) keeps its order.
      const quoted = `\u2068${query.trim()}\u2069`;
      status = msg(str`No activity matches “${quoted}”`, {
        desc: 'Search result: nothing found. The placeholder is what the reader typed.',
      });
    }
    return html`${
        this._host.search
          ? html`<div class="search" part="search" role="search" aria-labelledby="search-label">
              <label id="search-label" for="search-field"
                >${msg('Search activities', { desc: 'Label of the timeline search field.' })}</label
              >
              <input
                id="search-field"
                part="search-field"
                type="search"
                dir="auto"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                aria-describedby="search-status"
                .value=${live(this._draft)}
                @input=${(e: Event) => this._onInput(e)}
                @keydown=${(e: KeyboardEvent) => this._onKeydown(e)}
              />
            </div>`
          : nothing
      }
      <div class="search-status">
        <p id="search-status" role="status">${status}</p>
        ${
          active && count === 0
            ? html`<button class="button" type="button" @click=${() => this._clear()}>
                ${msg('Clear search', { desc: 'Button that empties the timeline search.' })}
              </button>`
            : nothing
        }
      </div>`;
  }
}
