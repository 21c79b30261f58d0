/**
 * The browser's half of server rendering, in the hydrating entry only (src/hydrate.ts, after
 * Lit's hydration support), so other pages do not carry it.
 *
 * - A server-rendered element (a declarative shadow root before Lit creates its render root)
 *   waits for its UI strings before its first update, instead of rendering its loading state
 *   over the server's markup, so that Lit's hydration finds the template the server rendered.
 * - The timeline is the exception: in the browser it fills an activity's text and small lists
 *   with element directives, which a server cannot run, so its server markup is another
 *   template (src/timeline/activity.ts). It is rendered afresh in its first update instead,
 *   replacing the server's markup in the same task (no frame in between shows it empty).
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { IshraqatElement } from '../base/element.js';
import { catalogueReady, loadCatalogue, uiLocaleFor } from '../i18n/localize.js';
import { languageOf } from '../i18n/locale.js';

interface Hooks extends HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: ShadowRoot;
  createRenderRoot(): HTMLElement | DocumentFragment;
  scheduleUpdate(): void | Promise<unknown>;
}

/** Lit's hydration support marks an element to hydrate (its production and development names). */
const NEEDS_HYDRATION = ['_$AG', '_$needsHydration'];

const proto = IshraqatElement.prototype as unknown as Hooks;
const { createRenderRoot, scheduleUpdate } = proto;
/** Elements that arrived with a shadow root, until their first update. */
const serverRendered = new WeakSet<Hooks>();
/** Of those, the ones rendered afresh instead of hydrated. */
const afresh = new WeakSet<Hooks>();

proto.createRenderRoot = function (this: Hooks) {
  const ssr = !!this.shadowRoot;
  const root = createRenderRoot.call(this);
  if (ssr) {
    serverRendered.add(this);
    if (this.localName === 'ishraqat-timeline') {
      afresh.add(this);
      for (const name of NEEDS_HYDRATION)
        (this as unknown as Record<string, unknown>)[name] = false;
    }
  }
  return root;
};

function firstUpdate(this: Hooks): void | Promise<unknown> {
  if (afresh.delete(this)) {
    const root = this.renderRoot;
    root.replaceChildren();
    const styles = (this.constructor as unknown as { elementStyles: CSSResultOrNative[] })
      .elementStyles;
    adoptStyles(root, styles);
  }
  return scheduleUpdate.call(this);
}

proto.scheduleUpdate = function (this: Hooks) {
  if (serverRendered.delete(this) && !this.hasUpdated) {
    const ui = uiLocaleFor(languageOf(this));
    if (!catalogueReady(ui)) return loadCatalogue(ui).then(() => firstUpdate.call(this));
    return firstUpdate.call(this);
  }
  return scheduleUpdate.call(this);
};
