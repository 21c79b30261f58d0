// `ishraqat-feed stats`: the figures an author checks before publishing, as the widgets count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, golden, type Json, LANGS, sampleFeed, tempFiles } from './support.js';

describe('stats', () => {
  for (const lang of LANGS) {
    it(`the demo feed, as text, matches its golden file [${lang}]`, async () => {
      const { code, stdout } = await cli(['stats', '--lang', lang, 'demo/feeds/ishraqat.json']);
      assert.equal(code, 0);
      golden(`ishraqat.stats.${lang}.txt`, stdout);
    });

    it(`a feed with programs, regions, roles, counts and a target [${lang}]`, async () => {
      const dir = tempFiles({ 'feed.json': sampleFeed() });
      const { code, stdout } = await cli(['stats', '--lang', lang, 'feed.json'], { cwd: dir });
      assert.equal(code, 0);
      golden(`sample.stats.${lang}.txt`, stdout);
    });
  }

  it('--json gives the same figures to programs', async () => {
    const dir = tempFiles({ 'feed.json': sampleFeed() });
    const { code, stdout } = await cli(['stats', '--json', 'feed.json'], { cwd: dir });
    assert.equal(code, 0);
    const stats = JSON.parse(stdout) as Json;
    assert.equal(stats.activities, 2);
    assert.deepEqual(stats.years, [
      { year: 2024, activities: 1 },
      { year: 2023, activities: 1 },
    ]);
    assert.deepEqual(stats.partners, [
      {
        id: 'p1',
        name: 'Partner one (fictitious)',
        activities: 2,
        roles: { none: 1, implementing: 1 },
      },
      { id: 'p2', name: 'Partner two (fictitious)', activities: 1, roles: { funding: 1 } },
    ]);
    assert.deepEqual(stats.totals, { participants: 60, women: 25, men: 15, kits: 12 });
    // Each count key with the name the widgets give it: built-in, or the feed's own label.
    assert.equal(stats.metrics.participants, 'Participants');
    assert.equal(stats.metrics.kits, 'Kits handed out');
    assert.deepEqual(stats.targets, [
      {
        metric: 'participants',
        value: 100,
        achieved: 40,
        from: '2023',
        to: '2024',
        program: 'prog',
      },
    ]);
    assert.deepEqual(stats.problems, { errors: 0, warnings: 0 });
  });

  it('skipped activities are not counted, and the problems are pointed out', async () => {
    const { code, stdout } = await cli(['stats', 'demo/feeds/broken-10.json']);
    assert.equal(code, 0);
    assert.match(stdout, /^Activities: 7/m);
    assert.match(
      stdout,
      /^ {2}Participants {2}60$/m,
      'the 999s of the skipped activities are not in the total',
    );
    assert.match(
      stdout,
      /Problems: 4 errors, 1 warning\. Run ishraqat-feed validate for details\./,
    );
  });

  it('a feed that cannot be shown has no figures (exit 1); a missing file exits with 3', async () => {
    const dir = tempFiles({ 'feed.json': { version: 1, activities: [] } });
    const broken = await cli(['stats', 'feed.json'], { cwd: dir });
    assert.equal(broken.code, 1);
    assert.match(
      broken.stdout,
      /^feed\.json:1:1: error: organization: has no valid "organization"/,
    );
    const missing = await cli(['stats', 'nowhere.json']);
    assert.equal(missing.code, 3);
  });
});
