// Types of chromium.js (plain JavaScript: the test runner's config loads it too).
export const chromiumPath: string;
export const chromiumArgs: string[];
export function assertChromium(): void;
