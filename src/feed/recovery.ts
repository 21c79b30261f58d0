/**
 * What a feed load needs only once its first request has answered or failed: retries
 * (retry.ts) and the last good copies (last-good.ts). One chunk, loaded on demand by load.ts.
 */
import { dropCopy, readCopy } from './last-good.js';
import type { LoadedFeed } from './load.js';
import { parseForPage } from './parse-core.js';
import { FeedError } from './problems.js';
import { isTransient } from './retry.js';
import type { Feed } from './types.js';

export { retryAfterFailure } from './retry.js';
export { dropCopy, saveCopy } from './last-good.js';

/** Copies parsed once per URL and saving time, however many elements show them. */
const parsedCopies = new Map<string, { savedAt: number; feed: Feed }>();

/**
 * The last good copy of `url` in place of a load that failed with `error`, when that is a
 * failure of the network or the server, not of the feed; else (or without a copy) `error`.
 */
export async function copyFor(url: string, error: unknown): Promise<LoadedFeed> {
  // A captive portal or a cut connection answers HTML or half a feed: `not-json`.
  const network = isTransient(error) || (error instanceof FeedError && error.code === 'not-json');
  const copy = network ? await readCopy(url) : undefined;
  if (!copy) throw error;
  let parsed = parsedCopies.get(url);
  if (parsed?.savedAt !== copy.savedAt) {
    try {
      // As a page parses any feed: the forgiving parser loads only for a copy with problems.
      const feed = await parseForPage(copy.text, { baseUrl: copy.baseUrl });
      parsed = { savedAt: copy.savedAt, feed };
    } catch {
      void dropCopy(url);
      throw error;
    }
    parsedCopies.set(url, parsed);
    // As many as the store keeps.
    if (parsedCopies.size > 8) parsedCopies.delete(parsedCopies.keys().next().value!);
  }
  return { feed: parsed.feed, savedAt: copy.savedAt, error: error as FeedError };
}
