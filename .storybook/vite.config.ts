// Vite settings for Storybook only (the repository's vite.config.ts builds the packages).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: { target: 'es2022' },
  optimizeDeps: {
    // Storybook's web-components renderer imports lit/directive-helpers.js, which the dev
    // server would otherwise serve unbundled, with a second copy of lit-html beside the
    // pre-bundled one ("Multiple versions of Lit loaded"). Pre-bundle it with the rest.
    include: ['lit', 'lit/directive-helpers.js', 'lit/directive.js', 'lit/decorators.js'],
  },
});
