// A Vite plugin for the CDN build: gives the widgets' private members short names.
//
// By this project's convention a property whose name starts with `_` and a lower-case letter
// (`this._focusId`, `_shown: { state: true }`) is internal to the bundle that declares it; a
// minifier keeps property names as they are, so they cost their full length at every use. Here
// they are renamed consistently within each chunk (Lit's own internals are `_$…` and stay).
// Chunks that hold Chart.js are left alone: its internals follow the same convention and are
// read by name in ways that cannot be proven safe to rename.
//
// Only the CDN build: the npm build leaves minifying to the consumer's bundler.
import { minify } from 'rolldown/utils';

const PRIVATE = /^_[a-z]/;

export function manglePrivates() {
  /** One name per private member across the build's chunks. */
  const cache = {};
  return {
    name: 'ishraqat-mangle-privates',
    apply: 'build',
    async renderChunk(code, chunk) {
      if (chunk.moduleIds.some((id) => id.includes('/node_modules/chart.js/'))) return null;
      const result = await minify(chunk.fileName, code, {
        module: true,
        compress: false,
        mangle: false,
        mangleProps: { include: PRIVATE, cache },
        sourcemap: true,
      });
      if (result.errors.length) {
        this.error(`${chunk.fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
      }
      Object.assign(cache, result.mangleCache);
      return { code: result.code, map: result.map };
    },
  };
}
