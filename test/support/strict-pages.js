// Test-server middleware for pages under a strict Content-Security-Policy, delivered as a real
// HTTP header (a <meta> cannot carry every directive, and a header is what sites send):
//
//   /__strict/page.html?module=/test/strict/page.ts
//       an empty page that loads one module script from this origin, with
//       Content-Security-Policy: script-src 'self'; style-src 'self';
//                                require-trusted-types-for 'script'
//
// The test runner's own pages cannot carry the policy (they use inline scripts), so strict
// tests open this page in a same-origin iframe and read it from the outside.
export const STRICT_POLICY =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** @returns {import('koa').Middleware} */
export function strictPages() {
  return async function strictPagesMiddleware(ctx, next) {
    if (ctx.path !== '/__strict/page.html') return next();
    const module = typeof ctx.query.module === 'string' ? ctx.query.module : '';
    // Only modules of this repository's test/ folder, by path: no markup from the query.
    if (!/^\/test\/[\w/.-]+\.ts$/.test(module) || module.includes('..')) {
      ctx.status = 400;
      ctx.body = 'module must be a /test/… .ts path';
      return undefined;
    }
    const lang = ctx.query.lang === 'ar' ? 'ar' : 'en';
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': STRICT_POLICY,
      'Cache-Control': 'no-store',
    });
    ctx.res.end(
      `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>strict</title>` +
        `<script type="module" src="${module}"></script></head><body></body></html>`,
    );
    return undefined;
  };
}
