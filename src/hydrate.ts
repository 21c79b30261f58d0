/**
 * `@ishraqat/widgets/hydrate.js` and `cdn/ishraqat-hydrate.js`: every element, taking over the
 * markup a server rendered (`ishraqat-feed render`, `renderToString`) in place instead of
 * rendering it again. Lit's hydration support must run before Lit's element class is defined,
 * so it is imported first; it is an entry of its own so that pages without server-rendered
 * widgets do not carry it. Elements that were not server-rendered render as usual.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './ssr/hydrate.js';
export * from './index.js';
