// Browser-side helpers for the feed test server (test/support/feed-server.js).

const base = '/__feeds/';
let unique = 0;

/** URL of a feed-server route, e.g. feedUrl('slow', { ms: 3000, feed: 'ok.json' }). */
export function feedUrl(route: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([key, value]) => [key, String(value)]),
  ).toString();
  return `${base}${route}${query ? `?${query}` : ''}`;
}

/**
 * Like feedUrl, with a query parameter no other test uses, so request counts are this test's
 * alone even when test files run in parallel.
 */
export function uniqueFeedUrl(route: string, params: Record<string, string | number> = {}): string {
  unique += 1;
  return feedUrl(route, { ...params, u: `${Date.now().toString(36)}-${unique}` });
}

/** How many times the server was asked for this URL (path + query, as returned by feedUrl). */
export async function feedRequestCount(url: string): Promise<number> {
  const path = new URL(url, location.href);
  const response = await fetch(feedUrl('count', { url: path.pathname + path.search }));
  const { count } = (await response.json()) as { count: number };
  return count;
}

/** Clears every request counter on the server (affects files running in parallel too). */
export async function resetFeedCounts(): Promise<void> {
  await fetch(feedUrl('reset'));
}
