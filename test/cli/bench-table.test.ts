// `npm run bench` is not run by `npm test` (it is slow); this keeps its tables from rotting.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  type Figures,
  comparisonTable,
  format,
  lighthouseTable,
  table,
} from '../../scripts/lib/bench-table.mjs';

declare const __REPO_ROOT__: string;

describe('bench: tables', () => {
  it('formats figures and ratios', () => {
    assert.equal(format.ms(3.14159), '3.1 ms');
    assert.equal(format.ms(257.4), '257 ms');
    assert.equal(format.mib(76 * 1024 * 1024), '76.0 MiB');
    assert.equal(format.count(1310000), '1,310,000');
    assert.equal(format.ratio(257, 13190), '51×');
    assert.equal(format.ratio(87, 114), '1.3×');
    assert.equal(format.ratio(1866, 14), '0.0075×');
    assert.equal(format.ratio(undefined, 10), '-');
  });

  it('lines up a Markdown table', () => {
    assert.equal(
      table(['a', 'bb'], [['x', 1]]),
      ['| a   |  bb |', '| --- | --: |', '| x   |   1 |'].join('\n'),
    );
  });

  it('puts ours and vis-timeline side by side, rendered and scrolled, per size', () => {
    const figures = (cpu: number) => ({
      cpu,
      nodes: 1000,
      heap: 2 * 1024 * 1024,
      blink: 5 * 1024 * 1024,
      renderer: 50 * 1024 * 1024,
      after: { nodes: 2000, heap: 3 * 1024 * 1024, renderer: 60 * 1024 * 1024, end: true },
    });
    const out = comparisonTable(
      new Map([
        ['ours:100', figures(10)],
        ['vis:100', figures(100)],
      ]),
      [100],
    );
    const lines = out.split('\n');
    assert.equal(lines.length, 4);
    assert.match(
      lines[2]!,
      /^\| 100 +\| +10 ms \| +100 ms \| +10× \| +1,000 \| +1,000 \| +2\.0 MiB \| +2\.0 MiB \| +5\.0 MiB/,
    );
    assert.match(lines[3]!, /^\| 100, scrolled +\| +- \| +- \| +- \| +2,000 \|/);
    const early = comparisonTable(
      new Map<string, Figures & { after?: Figures }>([
        ['ours:100', { ...figures(10), after: { nodes: 5, end: false } }],
        ['vis:100', figures(100)],
      ]),
      [100],
    );
    assert.match(early.split('\n')[3]!, /^\| 100, scrolled \(stopped early: ours\) +\|/);
    assert.match(
      lighthouseTable([{ name: 'p', performance: 98.4, cls: 0.004, tbt: 20, lcp: 1200 }]),
      /\| p +\| +98 \| 0\.004 \| 20 ms \| 1200 ms \|/,
    );
  });

  it('starts: --dry checks what it needs without running', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--quick', '--dry'], {
      cwd: __REPO_ROOT__,
      encoding: 'utf8',
    });
    assert.match(run.stdout, /bench plan: ours and vis-timeline at 100 activities/);
    // Without a CDN build it says what is missing and exits 1; with one it exits 0.
    assert.ok(
      run.status === 0 || /missing \(npm run build:cdn/.test(run.stdout),
      run.stderr || run.stdout,
    );
  });
});
