// A reporter that ends the run with one machine-readable line:
//
//   12 passed, 0 failed            (", 2 skipped" is added when tests were skipped)
//
// It counts individual tests over all test files. A file that failed without any failing
// test (it did not load, a hook threw, the browser crashed) counts as one failure, so the
// line never says "0 failed" for a run that exits non-zero.
//
// The line is written from the process "exit" handler, after the runner and its terminal
// have flushed everything else, so it really is the last line. (Run after the default
// reporter, which owns the per-test output.)

/** @param {any} results mocha results of one session: { tests, suites } */
function countResults(results, counts) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const suite of results?.suites ?? []) countResults(suite, counts);
}

/** @param {Iterable<any>} sessions */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countResults(session.testResults, counts);
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  /** @type {import('@web/test-runner').TestSession[] | undefined} */
  let finalSessions;
  /** @type {{ all(): Iterable<any> } | undefined} */
  let sessionManager;

  const printSummary = () => {
    const sessions = finalSessions ?? (sessionManager ? [...sessionManager.all()] : []);
    process.stdout.write(`${formatSummary(countSessions(sessions))}\n`);
  };

  return {
    start({ sessions }) {
      sessionManager = sessions;
      process.once('exit', printSummary);
    },
    stop({ sessions }) {
      finalSessions = sessions;
    },
  };
}
