/**
 * `@ishraqat/widgets/ssr.js`: server rendering in Node (no DOM needed), for sites that build
 * their pages themselves. Registers every element (in Lit's server-side registry). See
 * docs/embedding.md, "Rendered on the server".
 */
export { renderToString, RenderError, SSR_ELEMENTS, ssrTag, ssrAttributes } from './ssr/render.js';
export type { RenderOptions, SsrElementName, SsrTag } from './ssr/render.js';
