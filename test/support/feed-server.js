// Test-server middleware for loader tests over real HTTP, mounted at /__feeds/.
//
//   /__feeds/<file>                 any file under test/fixtures/feeds/ (ok.json, logos/x.svg …)
//   /__feeds/404                    404, JSON error body
//   /__feeds/500                    500, JSON error body
//   /__feeds/slow?ms=3000&feed=ok.json
//                                   the fixture after a delay (ms ≤ 60000; feed defaults to ok.json)
//   /__feeds/flaky?fail=1&feed=ok.json&status=500&retryAfter=…
//                                   `status` (default 500) for the first `fail` requests of this
//                                   exact URL, then the fixture (retries, retry buttons); with
//                                   `retryAfter` a Retry-After header: seconds as given (`1`), or
//                                   `date:N` for an HTTP-date N seconds ahead
//   /__feeds/drop?fail=1&feed=ok.json
//                                   with `fail`, the first `fail` requests get their connection
//                                   reset (no HTTP answer: a network error), then the fixture
//   /__feeds/redirect-loop          302 to itself, for ever
//   /__feeds/switch?key=K           answers as set for K by /__feeds/switch-set?key=K&mode=M (the
//                                   same URL answering differently over time, for last good
//                                   copies): `ok` (default; `feed` fixture, default ok.json),
//                                   `feed:<fixture>`, `503`, `404`, `drop`, `html`, `v2`
//   /__feeds/not-json               200 with an HTML body, as a misconfigured host would send
//   /__feeds/truncated?feed=ok.json 200, application/json, the fixture cut in half
//   /__feeds/count                  { count: { "<path+query>": n, … } } requests seen per URL
//   /__feeds/count?url=/__feeds/ok.json%3Fu%3D1
//                                   { count: n } for one URL (path+query as requested)
//   /__feeds/reset                  clears all counters
//   POST /__feeds/put?key=K         stores the request body (bytes as sent) under K (bounded:
//                                   64 keys / 128 MB, oldest dropped first)
//   /__feeds/got?key=K              the stored body, application/json (404 when unknown)
//   /__feeds/big?mb=20              a generated feed of about that many megabytes (≤ 40), the
//                                   same bytes for the same size: activities "big-0" … "big-N"
//   /__feeds/never                  200, application/json, sends a first chunk and never ends
//   /__feeds/drop                   accepts the request, then resets the connection (no reply);
//                                   with ?fail=N only the first N requests (see below)
//   /__feeds/loop?n=0               302 to itself (n+1) for ever: a redirect loop
//   /__feeds/html-404               404 with an HTML page, as many hosts answer a missing file
//   /__feeds/soft-404               200 with an HTML "Page not found" page (a soft 404)
//
// Every feed response is `Cache-Control: no-store`, so a second request is never answered by
// the browser cache: a "shared one request" test fails if the elements really fetch twice.
// The test runner runs files in parallel and counters are global, so tests should give their
// feed URL a unique query (see test/support/feeds.ts) rather than rely on /reset.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixturesDir = path.resolve(here, '../fixtures/feeds');
export const mountPath = '/__feeds/';

const types = {
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a fixture name inside fixturesDir, or returns undefined (no escaping the folder). */
function fixturePath(name) {
  const file = path.resolve(fixturesDir, decodeURIComponent(name));
  if (!file.startsWith(fixturesDir + path.sep)) return undefined;
  return file;
}

async function readFixture(name) {
  const file = fixturePath(name);
  if (!file) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return {
      body: await readFile(file),
      type: types[path.extname(file)] ?? 'application/octet-stream',
    };
  } catch {
    return undefined;
  }
}

/** The generated feed for `big`, built once per size. */
const bigFeeds = new Map();
function bigFeed(mb) {
  let body = bigFeeds.get(mb);
  if (body) return body;
  const target = mb * 1024 * 1024;
  const head = JSON.stringify({
    version: 1,
    language: 'en',
    organization: {
      id: 'big',
      name: { en: 'Generated test organization', ar: 'منظمة اختبار مولدة' },
    },
    partners: [{ id: 'p', name: 'Generated partner', type: 'ngo' }],
  }).slice(0, -1);
  const parts = [head, ',"activities":['];
  let size = parts[0].length + parts[1].length;
  for (let i = 0; size < target; i++) {
    const item = JSON.stringify({
      id: `big-${i}`,
      date: `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}`,
      title: { en: `Generated activity ${i}`, ar: `نشاط مولد ${i}` },
      summary: { en: 'Generated test text. '.repeat(8), ar: 'نص اختبار مولد. '.repeat(8) },
      partners: [{ id: 'p', role: 'implementing' }],
      counts: { participants: i % 500, women: i % 250 },
      location: { region: 'IQ-MU' },
    });
    parts.push(i ? `,${item}` : item);
    size += item.length + 1;
  }
  parts.push(']}');
  body = Buffer.from(parts.join(''), 'utf8');
  bigFeeds.set(mb, body);
  return body;
}

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{ delayCapMs?: number }} [options]
 * @returns {import('koa').Middleware}
 */
export function feedServer({ delayCapMs = 60_000 } = {}) {
  /** @type {Map<string, number>} requests per path+query */
  const counts = new Map();
  /** @type {Map<string, string>} how /switch answers, per key */
  const modes = new Map();
  const resetConnection = (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  };
  const html = (ctx, status, text) =>
    send(
      ctx,
      status,
      'text/html; charset=utf-8',
      `<!doctype html><title>${text}</title><h1>${text}</h1>`,
    );
  /** @type {Map<string, Buffer>} bodies stored by `put` */
  const stored = new Map();
  const storedBytes = () => [...stored.values()].reduce((n, b) => n + b.length, 0);

  // Written straight to the Node response: the test runner's own cache middleware sets a
  // year-long Cache-Control on any path with an extension after we return, which would let
  // the browser answer repeat requests itself. Once headers are sent, Koa ignores that.
  const send = (ctx, status, type, body) => {
    ctx.respond = false;
    ctx.res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    ctx.res.end(body);
  };
  const sendJson = (ctx, status, value) =>
    send(ctx, status, 'application/json; charset=utf-8', JSON.stringify(value));
  const sendFixture = async (ctx, name) => {
    const fixture = await readFixture(name);
    if (!fixture) return sendJson(ctx, 404, { error: `no fixture ${name}` });
    return send(ctx, 200, fixture.type, fixture.body);
  };

  return async function feedServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith(mountPath)) return next();
    const route = ctx.path.slice(mountPath.length);
    const query = ctx.query;
    const feed = typeof query.feed === 'string' ? query.feed : 'ok.json';

    if (route === 'count') {
      if (typeof query.url === 'string')
        return sendJson(ctx, 200, { count: counts.get(query.url) ?? 0 });
      return sendJson(ctx, 200, { count: Object.fromEntries(counts) });
    }
    if (route === 'reset') {
      counts.clear();
      return sendJson(ctx, 200, { count: {} });
    }

    if (route === 'switch-set') {
      modes.set(String(query.key), String(query.mode ?? 'ok'));
      return sendJson(ctx, 200, { key: query.key, mode: modes.get(String(query.key)) });
    }

    const key = ctx.url; // path + query, exactly as requested
    const seen = (counts.get(key) ?? 0) + 1;
    counts.set(key, seen);

    switch (route) {
      case 'put': {
        if (ctx.method !== 'POST' || typeof query.key !== 'string')
          return sendJson(ctx, 400, { error: 'POST /__feeds/put?key=K' });
        const body = await readBody(ctx.req);
        stored.delete(query.key);
        stored.set(query.key, body);
        while (stored.size > 64 || storedBytes() > 128 * 1024 * 1024)
          stored.delete(stored.keys().next().value);
        return sendJson(ctx, 200, { bytes: body.length });
      }
      case 'got': {
        const body = typeof query.key === 'string' ? stored.get(query.key) : undefined;
        if (!body) return sendJson(ctx, 404, { error: 'nothing stored' });
        return send(ctx, 200, 'application/json; charset=utf-8', body);
      }
      case 'big': {
        const mb = Math.min(Math.max(Number(query.mb) || 1, 1), 40);
        return send(ctx, 200, 'application/json; charset=utf-8', bigFeed(mb));
      }
      case 'never': {
        ctx.respond = false;
        ctx.res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        ctx.res.write(
          '{"version": 1, "organization": {"id": "org", "name": "Never"}, "activities": [',
        );
        // Ends when the browser gives up (its timeout or leaving the page closes the socket).
        return undefined;
      }
      case 'loop': {
        ctx.respond = false;
        const n = (Number(query.n) || 0) + 1;
        ctx.res.writeHead(302, {
          Location: `${mountPath}loop?n=${n}`,
          'Cache-Control': 'no-store',
        });
        ctx.res.end();
        return undefined;
      }
      case 'html-404':
        return send(
          ctx,
          404,
          'text/html; charset=utf-8',
          '<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>',
        );
      case 'soft-404':
        return send(
          ctx,
          200,
          'text/html; charset=utf-8',
          '<!doctype html><html><head><title>Page not found</title></head><body><h1>Sorry, this page does not exist</h1></body></html>',
        );
      case '404':
        return sendJson(ctx, 404, { error: 'not found' });
      case '500':
        return sendJson(ctx, 500, { error: 'internal server error' });
      case 'not-json':
        return send(
          ctx,
          200,
          'text/html; charset=utf-8',
          '<!doctype html><html><head><title>Welcome</title></head><body><h1>Not a feed</h1></body></html>',
        );
      case 'truncated': {
        const fixture = await readFixture(feed);
        if (!fixture) return sendJson(ctx, 404, { error: `no fixture ${feed}` });
        const text = fixture.body.toString('utf8');
        return send(
          ctx,
          200,
          'application/json; charset=utf-8',
          text.slice(0, Math.floor(text.length / 2)),
        );
      }
      case 'slow': {
        const ms = Math.min(Math.max(Number(query.ms) || 0, 0), delayCapMs);
        await sleep(ms);
        return sendFixture(ctx, feed);
      }
      case 'flaky': {
        const failures = Number(query.fail ?? 1) || 0;
        const status = Number(query.status) || 500;
        if (seen <= failures) {
          const retryAfter = typeof query.retryAfter === 'string' ? query.retryAfter : undefined;
          const header = retryAfter?.startsWith('date:')
            ? new Date(Date.now() + Number(retryAfter.slice(5)) * 1000).toUTCString()
            : retryAfter;
          ctx.respond = false;
          ctx.res.writeHead(status, {
            'Content-Type': 'application/json; charset=utf-8',
            'Cache-Control': 'no-store',
            ...(header ? { 'Retry-After': header } : {}),
          });
          ctx.res.end(JSON.stringify({ error: `flaky failure ${seen}/${failures}` }));
          return;
        }
        return sendFixture(ctx, feed);
      }
      case 'drop': {
        // Without `fail`: every request (the hostile corpus's "reset" fault).
        const failures = query.fail === undefined ? Infinity : Number(query.fail) || 0;
        if (seen <= failures) return resetConnection(ctx);
        return sendFixture(ctx, feed);
      }
      case 'redirect-loop':
        ctx.respond = false;
        ctx.res.writeHead(302, { Location: ctx.url, 'Cache-Control': 'no-store' });
        ctx.res.end();
        return;
      case 'switch': {
        const mode = modes.get(String(query.key)) ?? 'ok';
        if (mode === '503' || mode === '404') return sendJson(ctx, Number(mode), { error: mode });
        if (mode === 'drop') return resetConnection(ctx);
        if (mode === 'html') return html(ctx, 200, 'Sign in to the Wi-Fi');
        if (mode === 'v2')
          return sendJson(ctx, 200, { version: 2, organization: { id: 'o', name: 'V2' } });
        return sendFixture(ctx, mode.startsWith('feed:') ? mode.slice(5) : feed);
      }
      default:
        return sendFixture(ctx, route);
    }
  };
}
