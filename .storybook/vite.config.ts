// Vite settings for Storybook only (the repository's vite.config.ts builds the packages).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
});
