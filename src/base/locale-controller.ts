/**
 * An element's language: which it is (its own `lang`, an ancestor's, the page's), the UI
 * catalogue that serves it (loaded on first use), its direction, and the `Formatter` for a
 * render; re-renders the element when a `lang` anywhere on the page changes.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { catalogueReady, loadCatalogue, uiLocaleFor, withLocale } from '../i18n/localize.js';
import {
  directionOf,
  formatLocale,
  languageOf,
  type Calendar,
  type Numerals,
} from '../i18n/locale.js';
import type { Feed } from '../feed/types.js';
import { Formatter } from './formatter.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page: re-render widgets when an ancestor's `lang` changes. */
const widgets = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;
function watchLanguage(host: ReactiveControllerHost, on: boolean) {
  if (on) widgets.add(host);
  else widgets.delete(host);
  if (on && !langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  if (widgets.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** What, besides the element's language, decides how it formats. */
export interface FormatInputs {
  /** The feed shown, if any: its `country` completes the locale, its `language` is the fallback. */
  readonly feed?: Pick<Feed, 'country' | 'language'> | undefined;
  readonly numerals?: Numerals | undefined;
  readonly calendar?: Calendar | undefined;
}

export class LocaleController implements ReactiveController {
  private readonly _host: Host;
  private _lang = 'en';

  constructor(host: Host) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchLanguage(this._host, true);
  }

  hostDisconnected(): void {
    watchLanguage(this._host, false);
  }

  /** The element's language now (BCP 47), read from the DOM. */
  get lang(): string {
    return this._lang;
  }

  /** The UI catalogue serving the language (`en`, `ar` …). */
  get ui(): string {
    return uiLocaleFor(this._lang);
  }

  /** True once `msg()` can answer in the element's language. */
  get ready(): boolean {
    return catalogueReady(this.ui);
  }

  /**
   * Runs one update of the host (`fn`) in its language, so that `msg()` answers in it; reads
   * the language first, and asks for the catalogue (then another update) when it is missing.
   */
  run<T>(fn: () => T): T {
    this._lang = languageOf(this._host);
    const ui = this.ui;
    if (!catalogueReady(ui)) void loadCatalogue(ui).then(() => this._host.requestUpdate());
    return withLocale(ui, fn);
  }

  /** The formatter for this render. */
  formatter({ feed, numerals, calendar }: FormatInputs): Formatter {
    // A server (@lit-labs/ssr) runs no `performUpdate`, so no `run`: read the language here.
    if (isServer) this._lang = languageOf(this._host);
    const lang = this._lang;
    return new Formatter({
      lang,
      ui: uiLocaleFor(lang),
      dir: directionOf(lang),
      locale: formatLocale(lang, { country: feed?.country, numerals }),
      feedLanguage: feed?.language ?? 'en',
      calendar,
    });
  }
}
