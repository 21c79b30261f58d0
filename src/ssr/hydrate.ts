/**
 * The browser's half of server rendering: a server-rendered element (declarative shadow DOM)
 * waits for its UI strings before its first update, instead of rendering its loading state
 * over the server's markup, so that Lit's hydration finds exactly the template the server
 * rendered. Loaded only by the hydrating entry (src/hydrate.ts), so pages without
 * server-rendered widgets do not carry it.
 */
import { IshraqatElement } from '../base/element.js';
import { catalogueReady, loadCatalogue, uiLocaleFor } from '../i18n/localize.js';
import { languageOf } from '../i18n/locale.js';

interface Hydrating {
  readonly serverRendered: boolean;
  readonly hasUpdated: boolean;
  scheduleUpdate(): void | Promise<unknown>;
}

const proto = IshraqatElement.prototype as unknown as Hydrating;
const scheduleUpdate = proto.scheduleUpdate;

proto.scheduleUpdate = function (this: Hydrating & IshraqatElement) {
  if (this.serverRendered && !this.hasUpdated) {
    const ui = uiLocaleFor(languageOf(this));
    if (!catalogueReady(ui)) return loadCatalogue(ui).then(() => scheduleUpdate.call(this));
  }
  return scheduleUpdate.call(this);
};
