/**
 * The last good copy of each feed URL, kept in the browser so that a reader on a bad network
 * still sees the activities they saw before (with a note saying from when). What is kept, and
 * nothing more: the feed's text as the server sent it, its absolute URL (the key), the URL it
 * was finally served from (after redirects: relative URLs in it resolve against that) and when
 * it was saved. Only feeds loaded from a URL (`src`); never a feed given as a property or inline.
 *
 * Where: the Cache API (cache `ishraqat-feeds-v1`) where the page has it (https and localhost),
 * else localStorage (keys `ishraqat-feed-copy:v1:<url>`). Both belong to the page's origin:
 * another site never reads them, and a copy is only ever shown for its own exact URL.
 *
 * Bounds (COPY_LIMITS): at most 8 feeds and 5 MB in the Cache API, 8 feeds and 1 MB in
 * localStorage (which the host site shares, about 5 MB per origin in all); the least recently
 * saved copies go first, and a feed larger than the bound is not kept (its older copy is
 * dropped). A copy older than 30 days is never shown and is deleted when next looked at.
 *
 * Storage failing (private mode, quota, disabled) is never an error: nothing is kept.
 */

export interface FeedCopy {
  /** The absolute feed URL asked for: the key. */
  readonly url: string;
  /** The URL the text was served from (the same, or where redirects led). */
  readonly baseUrl: string;
  /** When the copy was saved (ms since 1970). */
  readonly savedAt: number;
  /** The feed as the server sent it. */
  readonly text: string;
}

/** One place copies can be kept. */
export interface CopyStore {
  read(url: string): Promise<FeedCopy | undefined>;
  /** Saves `copy`, then drops what is beyond the store's bounds. */
  write(copy: FeedCopy): Promise<void>;
  remove(url: string): Promise<void>;
  /** The URLs kept, newest first. */
  urls(): Promise<string[]>;
}

export const COPY_LIMITS = {
  /** Feeds kept, in either store. */
  feeds: 8,
  /** Bytes of feed text in the Cache API (UTF-8). */
  cacheBytes: 5 * 1024 * 1024,
  /** Bytes in localStorage (UTF-16, keys included): it is shared with the host page. */
  localStorageBytes: 1024 * 1024,
  /** A copy older than this (ms) is not shown: 30 days. */
  maxAge: 30 * 24 * 60 * 60 * 1000,
} as const;

export const CACHE_NAME = 'ishraqat-feeds-v1';
const CACHE_PREFIX = 'ishraqat-feeds-';
export const STORAGE_PREFIX = 'ishraqat-feed-copy:v1:';

const SAVED = 'x-ishraqat-saved-at';
const BASE = 'x-ishraqat-base-url';
const BYTES = 'x-ishraqat-bytes';

const isHttp = (url: string) => /^https?:/i.test(url);
const expired = (savedAt: number, now: number) =>
  !(savedAt <= now && now - savedAt <= COPY_LIMITS.maxAge);

interface Kept {
  readonly url: string;
  readonly savedAt: number;
  readonly bytes: number;
}

/** What to drop so that the newest copies fit `feeds` and `bytes` (and none has expired). */
function beyondBounds(kept: readonly Kept[], bytes: number, now = Date.now()): string[] {
  const drop: string[] = [];
  let count = 0;
  let total = 0;
  for (const entry of [...kept].sort((a, b) => b.savedAt - a.savedAt)) {
    if (
      expired(entry.savedAt, now) ||
      count + 1 > COPY_LIMITS.feeds ||
      total + entry.bytes > bytes
    ) {
      drop.push(entry.url);
    } else {
      count++;
      total += entry.bytes;
    }
  }
  return drop;
}

/** The Cache API store, where the page has `caches` (secure contexts). */
export function cacheStore(name = CACHE_NAME): CopyStore | undefined {
  if (typeof caches === 'undefined') return undefined;
  let cleaned = false;
  const open = async () => {
    if (!cleaned) {
      cleaned = true;
      // Copies kept by an older version of this store are of no use to this one.
      for (const other of await caches.keys()) {
        if (other.startsWith(CACHE_PREFIX) && other !== name) await caches.delete(other);
      }
    }
    return caches.open(name);
  };
  const list = async (cache: Cache): Promise<Kept[]> => {
    const kept: Kept[] = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      kept.push({
        url: request.url,
        savedAt: Number(response?.headers.get(SAVED)) || 0,
        bytes: Number(response?.headers.get(BYTES)) || 0,
      });
    }
    return kept;
  };
  return {
    async read(url) {
      if (!isHttp(url)) return undefined;
      const cache = await open();
      const response = await cache.match(url);
      if (!response) return undefined;
      const savedAt = Number(response.headers.get(SAVED)) || 0;
      if (expired(savedAt, Date.now())) {
        await cache.delete(url);
        return undefined;
      }
      return {
        url,
        baseUrl: response.headers.get(BASE) || url,
        savedAt,
        text: await response.text(),
      };
    },
    async write(copy) {
      if (!isHttp(copy.url)) return;
      const cache = await open();
      const body = new Blob([copy.text], { type: 'application/json' });
      if (body.size > COPY_LIMITS.cacheBytes) {
        await cache.delete(copy.url);
        return;
      }
      await cache.put(
        copy.url,
        new Response(body, {
          headers: {
            'content-type': 'application/json; charset=utf-8',
            [SAVED]: String(copy.savedAt),
            [BASE]: copy.baseUrl,
            [BYTES]: String(body.size),
          },
        }),
      );
      for (const url of beyondBounds(await list(cache), COPY_LIMITS.cacheBytes)) {
        await cache.delete(url);
      }
    },
    async remove(url) {
      if (isHttp(url)) await (await open()).delete(url);
    },
    async urls() {
      const kept = await list(await open());
      return kept.sort((a, b) => b.savedAt - a.savedAt).map((k) => k.url);
    },
  };
}

interface Stored {
  readonly savedAt: number;
  readonly baseUrl: string;
  readonly text: string;
}

/** The localStorage store (or any `Storage`), for pages without the Cache API. */
export function localStore(storage?: Storage): CopyStore | undefined {
  let store: Storage;
  try {
    store = storage ?? localStorage;
  } catch {
    // Storage disabled (a sandboxed frame, some privacy settings): reading it throws.
    return undefined;
  }
  const keyOf = (url: string) => STORAGE_PREFIX + url;
  const parse = (raw: string | null): Stored | undefined => {
    if (!raw) return undefined;
    try {
      const value = JSON.parse(raw) as Partial<Stored>;
      return typeof value.text === 'string' && typeof value.savedAt === 'number'
        ? { savedAt: value.savedAt, baseUrl: String(value.baseUrl ?? ''), text: value.text }
        : undefined;
    } catch {
      return undefined;
    }
  };
  const list = (): Kept[] => {
    const kept: Kept[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(STORAGE_PREFIX)) continue;
      const raw = store.getItem(key);
      kept.push({
        url: key.slice(STORAGE_PREFIX.length),
        savedAt: parse(raw)?.savedAt ?? 0,
        bytes: (key.length + (raw?.length ?? 0)) * 2,
      });
    }
    return kept;
  };
  return {
    async read(url) {
      const stored = parse(store.getItem(keyOf(url)));
      if (!stored) return undefined;
      if (expired(stored.savedAt, Date.now())) {
        store.removeItem(keyOf(url));
        return undefined;
      }
      return { url, baseUrl: stored.baseUrl || url, savedAt: stored.savedAt, text: stored.text };
    },
    async write(copy) {
      const key = keyOf(copy.url);
      const raw = JSON.stringify({ savedAt: copy.savedAt, baseUrl: copy.baseUrl, text: copy.text });
      store.removeItem(key);
      if ((key.length + raw.length) * 2 > COPY_LIMITS.localStorageBytes) return;
      // Make room first: the host page's own data must never be what gives way.
      const others = list();
      const room = beyondBounds(
        [...others, { url: copy.url, savedAt: copy.savedAt, bytes: (key.length + raw.length) * 2 }],
        COPY_LIMITS.localStorageBytes,
      );
      for (const url of room) store.removeItem(keyOf(url));
      if (room.includes(copy.url)) return;
      store.setItem(key, raw);
    },
    async remove(url) {
      store.removeItem(keyOf(url));
    },
    async urls() {
      return list()
        .sort((a, b) => b.savedAt - a.savedAt)
        .map((k) => k.url);
    },
  };
}

let chosen: CopyStore | null | undefined;

/** The Cache API where there is one, else localStorage, else none (null). */
export function copyStore(): CopyStore | null {
  chosen ??= cacheStore() ?? localStore() ?? null;
  return chosen;
}

/** Keeps `copy` as the last good one of its URL. Never throws: storage may fail. */
export async function saveCopy(copy: FeedCopy): Promise<void> {
  try {
    await copyStore()?.write(copy);
  } catch (error) {
    console.warn('[ishraqat] the feed could not be kept for offline use', error);
  }
}

/** The last good copy of `url`, if one is kept and not too old. */
export async function readCopy(url: string): Promise<FeedCopy | undefined> {
  try {
    return await copyStore()?.read(url);
  } catch {
    return undefined;
  }
}

/** Forgets the copy of `url`. */
export async function dropCopy(url: string): Promise<void> {
  try {
    await copyStore()?.remove(url);
  } catch {
    // Nothing kept, or storage unavailable: nothing to forget.
  }
}
