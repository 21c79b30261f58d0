/**
 * The browser's half of server rendering: a server-rendered element (one with a declarative
 * shadow root before Lit creates its render root) waits for its UI strings before its first
 * update, instead of rendering its loading state over the server's markup, so that Lit's
 * hydration finds exactly the template the server rendered. Loaded only by the hydrating entry
 * (src/hydrate.ts, after Lit's hydration support), so other pages do not carry it.
 */
import { IshraqatElement } from '../base/element.js';
import { catalogueReady, loadCatalogue, uiLocaleFor } from '../i18n/localize.js';
import { languageOf } from '../i18n/locale.js';

interface Hooks {
  readonly hasUpdated: boolean;
  readonly shadowRoot: ShadowRoot | null;
  createRenderRoot(): HTMLElement | DocumentFragment;
  scheduleUpdate(): void | Promise<unknown>;
}

const proto = IshraqatElement.prototype as unknown as Hooks;
const { createRenderRoot, scheduleUpdate } = proto;
/** Elements that arrived with a shadow root, until their first update. */
const serverRendered = new WeakSet<Hooks>();

proto.createRenderRoot = function (this: Hooks) {
  if (this.shadowRoot) serverRendered.add(this);
  return createRenderRoot.call(this);
};

proto.scheduleUpdate = function (this: Hooks & IshraqatElement) {
  if (serverRendered.delete(this) && !this.hasUpdated) {
    const ui = uiLocaleFor(languageOf(this));
    if (!catalogueReady(ui)) return loadCatalogue(ui).then(() => scheduleUpdate.call(this));
  }
  return scheduleUpdate.call(this);
};
