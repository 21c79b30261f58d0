// Storybook: `npm run storybook` (dev, port 6006) and `npm run build-storybook`
// (storybook-static/). Both work offline: telemetry, version checks and "what's new" are off,
// and the demo feeds are served locally.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the repository's vite.config.ts: that one builds the npm and CDN packages.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Stories load feeds from `demo/feeds/…`, the same relative URLs the story tests use.
  staticDirs: [{ from: '../demo/feeds', to: '/demo/feeds' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
