/**
 * One element against the whole hostile corpus, in every delivery mode: one test page per
 * element (one file each), the cases of a mode mounted side by side in batches so that the
 * suite stays at a few minutes on two cores.
 */
import { expect } from '@open-wc/testing';
import { CORPUS, NETWORK, type HostileCase } from './corpus.js';
import { MODES, runBatch, type Outcome } from './harness.js';

const BATCH = 12;

export interface SuiteOptions {
  /** Attributes every instance gets (besides `lang`), e.g. `metric` for a chart. */
  attributes?: Record<string, string>;
  /** Element-specific checks of a non-fatal case (e.g. the timeline shows each title). */
  check?(outcome: Outcome): string[];
}

export function hostileSuite(tag: string, options: SuiteOptions = {}): void {
  const all: HostileCase[] = [...CORPUS, ...NETWORK];
  describe(`<${tag}> against the hostile corpus`, function () {
    this.timeout(120_000);
    MODES.forEach((mode, m) => {
      const cases = all.filter((c) => mode.accepts(c));
      for (let start = 0; start < cases.length; start += BATCH) {
        const batch = cases.slice(start, start + BATCH);
        it(`${mode.name}: ${batch.map((c) => c.name).join(' | ')}`, async () => {
          const { outcomes, failures, cleanup } = await runBatch(
            mode,
            batch.map((hostile, i) => ({
              tag,
              hostile,
              // Each case is seen in both languages across the modes.
              attributes: { ...options.attributes, lang: (start + i + m) % 2 ? 'ar' : 'en' },
            })),
          );
          for (const o of outcomes) {
            if (!o.hostile.fatal && options.check && !o.failures.length)
              failures.push(...options.check(o).map((f) => `${o.label}: ${f}`));
          }
          cleanup();
          expect(failures, failures.join('\n')).to.deep.equal([]);
        });
      }
    });
  });
}
