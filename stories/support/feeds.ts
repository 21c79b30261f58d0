/**
 * Feeds for stories. The demo feeds are served from `demo/feeds/` both by Storybook
 * (`staticDirs` in .storybook/main.ts) and by the test runner (the repository root), so the
 * same relative URLs work in `npm run storybook`, the static build and the story tests, offline.
 */

/** The real Ishraqat feed: every fact from the seed article (see demo/feeds/README.md). */
export const DEMO_FEED = 'demo/feeds/ishraqat.json';

/** Ten made-up activities with deliberate errors: three are skipped, seven are shown. */
export const BROKEN_FEED = 'demo/feeds/broken-10.json';

/** 1,000 generated activities (scripts/generate-feed.mjs); everything in it is made up. */
export const LARGE_FEED = 'demo/feeds/synthetic-1000.json';

/** A URL that answers 404: the "not found" error state. */
export const MISSING_FEED = 'demo/feeds/no-such-feed.json';

/** A file that exists but is not JSON (the feeds' README): the "not a feed" error state. */
export const NOT_A_FEED = 'demo/feeds/README.md';

/** A feed with no activities at all (made-up organisation). */
export const emptyFeed = {
  version: 1,
  language: 'en',
  organization: {
    id: 'example-org',
    name: { en: 'Example organisation (no activities yet)', ar: 'منظمة مثال (لا أنشطة بعد)' },
  },
  activities: [],
} as const;

/** A feed in a format version the widgets do not read: an error, never a blank box. */
export const futureFeed = {
  version: 2,
  organization: { id: 'example-org', name: 'Example organisation' },
  activities: [],
} as const;

const PENDING_PATH = '/__storybook__/pending-feed.json';

/**
 * URL of a feed host that never answers, for the loading state. A static Storybook has no
 * server to stall a request, so a page-wide `fetch` wrapper answers this one path (and only
 * it) with a response that never arrives; aborting the request rejects it as a real fetch
 * would. Every other URL goes to the real `fetch`.
 */
export function pendingFeedUrl(): string {
  installPendingFetch();
  return PENDING_PATH.slice(1);
}

let installed = false;
function installPendingFetch() {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== PENDING_PATH) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
}
