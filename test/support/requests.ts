/**
 * What this test page has downloaded so far, from the browser's resource timing: for tests
 * that code loaded on demand (Chart.js, the CSV export, the problems list, next pages) is
 * fetched only when needed, and only once. Each test file runs in a page of its own.
 */

// The default buffer (250 entries) could fill up with the test runner's own modules.
performance.setResourceTimingBufferSize(100_000);

/** The URLs requested by this page so far that match `pattern`. */
export function requestedUrls(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}
