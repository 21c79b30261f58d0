/**
 * Runs the hostile corpus (corpus.ts) against one element in every delivery mode, and checks
 * what a reader and the host page would notice: no script runs, no unsafe URL in the DOM,
 * every valid activity shown, a clear localized error when nothing can be shown, no uncaught
 * error, no blank box, a page that still answers. Only public behaviour is read (shadow DOM
 * text, roles, parts, hrefs, events, `problems`), so it holds whatever the elements become.
 */
import { CANARY, type HostileCase } from './corpus.js';

// ---------------------------------------------------------------------------------------------
// The page-wide watchers, installed once per test page.

/** Payloads that ran (the canary), uncaught errors and rejections, CSP violations. */
export const watch = {
  ran: [] as string[],
  errors: [] as string[],
};

(window as unknown as Record<string, unknown>)[CANARY] = (tag: string) => watch.ran.push(tag);
window.addEventListener('error', (e) => {
  // Not an exception: the browser's notice that a ResizeObserver (the windowed timeline's
  // virtualizer) had observations left for the next frame. It throws nothing and breaks nothing.
  if (/^ResizeObserver loop/.test(e.message)) return;
  watch.errors.push(`error: ${e.message || String(e.error)}`);
});
window.addEventListener('unhandledrejection', (e) =>
  watch.errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`),
);
// A payload could also try to leave a global behind by other means.
const globalsBefore = new Set(Object.getOwnPropertyNames(window));
const objectProtoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

// ---------------------------------------------------------------------------------------------
// Delivery modes. A mode puts a case's feed on an element that is already in the page.

export interface Mount {
  /** The element's tag, e.g. 'ishraqat-timeline'. */
  tag: string;
  /** Attributes the element needs (e.g. `metric` for a chart) and `lang`. */
  attributes: Record<string, string>;
  /** The case. */
  hostile: HostileCase;
  /** Where the element goes. */
  container: HTMLElement;
}

export interface DeliveryMode {
  readonly name: string;
  /** Whether the mode can deliver this case (network faults exist only over HTTP). */
  accepts(hostile: HostileCase): boolean;
  /** Creates the element, gives it the feed and puts it in the page. */
  mount(mount: Mount): Promise<HTMLElement>;
}

let unique = 0;
/** A key no other test uses for `serve`. */
export function newKey(): string {
  unique += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${unique}`;
}
/** The URL `serve(text, key)` stores under. */
export const servedUrl = (key: string) => `/__feeds/got?key=${key}`;
/** Stores a text on the test server (test/support/feed-server.js) and returns its URL. */
export async function serve(text: string, key = newKey()): Promise<string> {
  const response = await fetch(`/__feeds/put?key=${key}`, { method: 'POST', body: text });
  if (!response.ok) throw new Error(`could not store the feed: ${response.status}`);
  return servedUrl(key);
}

function create({ tag, attributes, hostile }: Mount): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (hostile.timeout) el.setAttribute('timeout', String(hostile.timeout));
  return el;
}

/** What the property mode gives: the parsed object, or the text when it is not JSON. */
function asValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The modes that give an element already defined its feed. */
const DEFINED_MODES: DeliveryMode[] = [
  {
    name: 'property .feed',
    accepts: (c) => !c.route,
    async mount(m) {
      const el = create(m) as HTMLElement & { feed?: unknown };
      el.feed = asValue(m.hostile.text);
      m.container.append(el);
      return el;
    },
  },
  {
    name: 'src over HTTP',
    accepts: () => true,
    async mount(m) {
      const el = create(m);
      el.setAttribute('src', m.hostile.route ?? (await serve(m.hostile.text)));
      m.container.append(el);
      return el;
    },
  },
  {
    name: 'inline <script type="application/json">',
    accepts: (c) => !c.route,
    async mount(m) {
      const el = create(m);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = m.hostile.text;
      el.append(script);
      m.container.append(el);
      return el;
    },
  },
];

let late = 0;

/**
 * Properties set before the element is defined (React, or a page that loads the CDN script
 * after its markup): the element is created under a tag that is not defined yet, given its
 * `feed` property, put in the page, and only then is the tag defined (as a subclass of the
 * element's class), so it upgrades with the property already on it.
 */
export const BEFORE_UPGRADE: DeliveryMode = {
  name: 'property set before upgrade',
  accepts: (c) => !c.route,
  async mount(m) {
    const Element = customElements.get(m.tag);
    if (!Element) throw new Error(`${m.tag} is not defined`);
    late += 1;
    const tag = `${m.tag}-late-${late}`;
    const el = create({ ...m, tag }) as HTMLElement & { feed?: unknown };
    el.feed = asValue(m.hostile.text);
    m.container.append(el);
    customElements.define(tag, class extends Element {});
    return el;
  },
};

/** The delivery modes, in order: property, `src`, inline JSON, property set before upgrade. */
export const MODES: readonly DeliveryMode[] = [...DEFINED_MODES, BEFORE_UPGRADE];

// ---------------------------------------------------------------------------------------------
// Reading an element from the outside.

/** Every shadow root under (and including) `el`'s, for composed elements (impact). */
export function shadowRoots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}

/** Every Ishraqat element at or inside `el` (impact composes the others). */
function widgets(el: Element): Element[] {
  return [el, ...shadowRoots(el).flatMap((r) => [...r.querySelectorAll('*')])].filter((e) =>
    e.localName.startsWith('ishraqat-'),
  );
}

/** Settled: every Ishraqat element here has its feed (or its error) on screen. */
export function settled(el: Element): boolean {
  return widgets(el).every((w) => {
    const base = w.shadowRoot?.querySelector('[part~="base"]');
    return base?.getAttribute('aria-busy') === 'false';
  });
}

export async function until(test: () => boolean, what: string, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The shadow DOM's text, nested shadow roots included, with lone surrogates made visible. */
export function shadowText(el: Element): string {
  return shadowRoots(el)
    .map((r) => r.textContent ?? '')
    .join('\n');
}

const wellFormed = (s: string) =>
  (s as unknown as { toWellFormed(): string }).toWellFormed().replace(/\s+/g, ' ');

/**
 * Text as compared with what the feed says: well-formed and without bidi embeddings,
 * overrides and isolates, since the parser closes those left open (docs/feed-format.md).
 */
const asShown = (s: string) => wellFormed(s).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'background',
  'ping',
  'cite',
];

/** Attributes (and `<a>`/`<img>` URLs) in the shadow roots that are not http(s) or blob. */
export function unsafeUrls(el: Element): string[] {
  const bad: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.attributes) {
        if (/^on/i.test(attr.name)) bad.push(`${node.localName}[${attr.name}]`);
        if (!URL_ATTRIBUTES.includes(attr.name.toLowerCase())) continue;
        const values =
          attr.name === 'srcset'
            ? attr.value.split(',').map((v) => v.trim().split(/\s+/)[0]!)
            : [attr.value];
        for (const value of values) {
          let protocol: string;
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            bad.push(
              `${node.localName}[${attr.name}] unparsable ${JSON.stringify(value.slice(0, 40))}`,
            );
            continue;
          }
          const image = node.localName === 'img' && attr.name === 'src';
          const ok =
            protocol === 'http:' ||
            protocol === 'https:' ||
            protocol === 'blob:' ||
            (image && /^data:image\//i.test(value));
          if (!ok)
            bad.push(`${node.localName}[${attr.name}]=${JSON.stringify(value.slice(0, 60))}`);
        }
      }
      const name = node.localName;
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(name))
        bad.push(`<${name}> element`);
    }
  }
  return bad;
}

/** Resolves when the page runs a task again; rejects when it does not within `ms`. */
export async function responsive(ms = 10_000): Promise<void> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page did not answer for ${ms} ms`)), ms);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      resolve();
    };
    channel.port2.postMessage(0);
  });
  // A frame too: the page still paints.
  await new Promise((r) => requestAnimationFrame(r));
  if (performance.now() - start > ms) throw new Error(`the page did not paint for ${ms} ms`);
}

const ARABIC = /[\u0600-\u06ff]/;

export interface Outcome {
  readonly label: string;
  readonly hostile: HostileCase;
  readonly lang: string;
  readonly el: HTMLElement;
  readonly loads: CustomEvent[];
  readonly errors: CustomEvent[];
  /** What went wrong, one line each (empty: the case passed). */
  readonly failures: string[];
}

export interface CaseSpec {
  tag: string;
  attributes: Record<string, string>;
  hostile: HostileCase;
}

/**
 * Mounts the cases with `mode` side by side, waits until all settle, and checks every
 * invariant of each. Uncaught errors and ran payloads are the batch's (they cannot be told
 * apart), everything else is per case. The elements stay in the page until `cleanup()`.
 */
export async function runBatch(
  mode: DeliveryMode,
  specs: readonly CaseSpec[],
  options: { settleMs?: number } = {},
): Promise<{ outcomes: Outcome[]; failures: string[]; cleanup(): void }> {
  watch.errors.length = 0;
  watch.ran.length = 0;
  const area = document.body.appendChild(document.createElement('div'));
  const outcomes: Outcome[] = [];
  for (const spec of specs) {
    const container = area.appendChild(document.createElement('div'));
    container.style.inlineSize = '720px';
    const loads: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    container.addEventListener('ishraqat-load', (e) => loads.push(e as CustomEvent));
    container.addEventListener('ishraqat-error', (e) => errors.push(e as CustomEvent));
    const el = await mode.mount({ ...spec, container });
    const lang = spec.attributes.lang ?? 'en';
    outcomes.push({
      label: `${spec.tag} · ${mode.name} · ${spec.hostile.name} (${lang})`,
      hostile: spec.hostile,
      lang,
      el,
      loads,
      errors,
      failures: [],
    });
  }
  const failures: string[] = [];
  // Generous: network faults may be retried with backoff before the error state shows.
  const settleMs = options.settleMs ?? 45_000;
  try {
    await until(() => outcomes.every((o) => settled(o.el)), 'settle', settleMs);
  } catch {
    for (const o of outcomes) if (!settled(o.el)) o.failures.push('never settled (still busy)');
  }
  await Promise.all(
    outcomes.map(
      (o) => (o.el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
  // Nested elements, Chart.js and images settle a moment later; `ishraqat-load` of a feed with
  // problems follows its ready state once the list of problems has loaded (a lazy chunk, slow
  // on a busy machine). A missing event is then reported by the checks, not waited for forever.
  await new Promise((r) => setTimeout(r, 50));
  await until(
    () => outcomes.every((o) => o.loads.length > 0 || o.errors.length > 0),
    'events',
    10_000,
  ).catch(() => {});
  try {
    await responsive();
  } catch (error) {
    failures.push(String(error));
  }
  if (watch.ran.length) failures.push(`payloads ran: ${watch.ran.join(', ')}`);
  if (watch.errors.length) failures.push(...watch.errors.map((e) => `uncaught ${e.slice(0, 400)}`));
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== objectProtoBefore)
    failures.push('Object.prototype was changed');
  if (({} as Record<string, unknown>).polluted !== undefined)
    failures.push('Object.prototype polluted');
  const newGlobals = Object.getOwnPropertyNames(window).filter(
    (n) =>
      !globalsBefore.has(n) &&
      !/^(__|Lit|lit|litElement|reactiveElement|mocha|chai|axe|Chart|ishraqat)/i.test(n),
  );
  if (newGlobals.length) failures.push(`new globals: ${newGlobals.join(', ')}`);
  for (const o of outcomes) {
    checkCase(o);
    failures.push(...o.failures.map((f) => `${o.label}: ${f}`));
  }
  return { outcomes, failures, cleanup: () => area.remove() };
}

function checkCase(o: Outcome): void {
  const { el, hostile, lang, loads, errors, failures } = o;
  const fail = (what: string): void => {
    failures.push(what);
  };
  const unsafe = unsafeUrls(el);
  if (unsafe.length) fail(`unsafe: ${unsafe.join('; ')}`);
  if (!(el.getBoundingClientRect().height > 0)) fail('zero height (blank box)');
  const text = shadowText(el);
  if (!text.trim()) fail('no text (blank box)');
  for (const junk of ['undefined', 'NaN', '[object Object]', 'Infinity', '∞']) {
    if (text.includes(junk)) fail(`shows ${junk}`);
  }
  const root = el.shadowRoot!;
  if (hostile.fatal) {
    const alert = root.querySelector('[role="alert"]');
    if (!alert) return fail('no error state');
    const message = alert.textContent!.replace(/\s+/g, ' ').trim();
    if (message.length < 10) fail(`error message too short: ${message}`);
    if (ARABIC.test(message) !== (lang === 'ar')) fail(`error not in ${lang}: ${message}`);
    if (!root.querySelector('[part~="retry"]')) fail('no retry button');
    if (!errors.length) fail('no ishraqat-error event');
    else if (typeof errors[0]!.detail?.reason !== 'string' || !errors[0]!.detail.reason)
      fail('ishraqat-error without a reason');
    return;
  }
  if (root.querySelector('[part~="state"][role="alert"]')) {
    return fail(`error state: ${root.querySelector('[role="alert"]')!.textContent!.trim()}`);
  }
  if (!loads.length) return fail('no ishraqat-load event');
  const detail = loads[0]!.detail as { activities: number };
  if (detail.activities < hostile.shown.length)
    fail(`${detail.activities} activities, want at least ${hostile.shown.length}`);
  const problems = (el as unknown as { problems: readonly { path: string; skipped?: boolean }[] })
    .problems;
  if (!Array.isArray(problems)) return fail('problems is not an array');
  const source = sourceActivities(hostile.text);
  if (source !== undefined) {
    const skipped = new Set(
      problems
        .filter((p) => p.skipped)
        .map((p) => /^activities\[(\d+)\]/.exec(p.path)?.[1])
        .filter(Boolean),
    );
    if (detail.activities + skipped.size !== source)
      fail(`${detail.activities} shown + ${skipped.size} skipped != ${source} in the feed`);
  }
}

/** How many activities the case's text has (undefined when it is not a JSON feed). */
function sourceActivities(text: string): number | undefined {
  try {
    const value = JSON.parse(text.replace(/^\ufeff/, '')) as { activities?: unknown };
    return Array.isArray(value.activities) ? value.activities.length : undefined;
  } catch {
    return undefined;
  }
}

/** The timeline shows these titles (well-formed, whitespace collapsed) and the literals. */
export function titleFailures(el: Element, hostile: HostileCase): string[] {
  const out: string[] = [];
  const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) =>
    asShown(t.textContent!).trim(),
  );
  const arabic = el.getAttribute('lang') === 'ar';
  for (const title of (arabic && hostile.shownAr) || hostile.shown) {
    if (!titles.includes(asShown(title).trim()))
      out.push(`title not shown: ${JSON.stringify(title.slice(0, 40))}`);
  }
  const text = wellFormed(shadowText(el));
  for (const literal of hostile.literal ?? []) {
    if (!text.includes(wellFormed(literal).trim()))
      out.push(`not shown as text: ${JSON.stringify(literal.slice(0, 40))}`);
  }
  return out;
}
