// The JSON position scanner: spans of paths, duplicate keys, syntax errors at their place.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  JsonSyntaxError,
  LineIndex,
  pathPrefixes,
  scanJson,
  spanOf,
} from '../../src/cli/json-positions.js';

const TEXT = `{
  "version": 1,
  "activities": [
    { "id": "a", "counts": { "two words": 3, "x\\"y": 4 } },
    { "id": "b\\u0041" }
  ],
  "weird key": [true, null, -1.5e3]
}`;

describe('json positions', () => {
  it('splits paths written by joinPath into their ancestors', () => {
    assert.deepEqual(pathPrefixes('activities[0].counts["two words"]'), [
      '',
      'activities',
      'activities[0]',
      'activities[0].counts',
      'activities[0].counts["two words"]',
    ]);
    assert.deepEqual(pathPrefixes('"weird key"[2]'), ['', '"weird key"', '"weird key"[2]']);
  });

  it('finds values, keys and escaped keys where they are written', () => {
    const paths = [
      'version',
      'activities[0].counts["two words"]',
      'activities[0].counts["x\\"y"]',
      'activities[1].id',
      '"weird key"[2]',
    ];
    const scan = scanJson(TEXT, paths);
    const text = (path: string) => {
      const span = scan.spans.get(path)!;
      return TEXT.slice(span.start, span.end);
    };
    assert.equal(text('version'), '1');
    assert.equal(text('activities[0].counts["two words"]'), '3');
    assert.equal(text('activities[0].counts["x\\"y"]'), '4');
    assert.equal(text('activities[1].id'), '"b\\u0041"');
    assert.equal(text('"weird key"[2]'), '-1.5e3');
    const key = scan.spans.get('version')!.keyStart!;
    assert.equal(TEXT.slice(key, key + 9), '"version"');
  });

  it('falls back to the nearest ancestor for a missing field', () => {
    const scan = scanJson(TEXT, ['activities[1].title']);
    const span = spanOf(scan, 'activities[1].title')!;
    assert.equal(TEXT.slice(span.start, span.end), '{ "id": "b\\u0041" }');
  });

  it('records only what was asked for', () => {
    const scan = scanJson(TEXT, ['version']);
    assert.deepEqual([...scan.spans.keys()].sort(), ['', 'version']);
  });

  it('finds keys written twice, comparing them decoded', () => {
    const scan = scanJson('{"a": {"k": 1, "\\u006b": 2}, "a": 3}');
    assert.deepEqual(
      scan.duplicates.map((d) => d.path),
      ['a.k', 'a'],
    );
  });

  it('agrees with JSON.parse on what is valid', () => {
    const valid = [
      '{}',
      '[]',
      '"x"',
      '0',
      '-0.5',
      '1E+2',
      'true',
      ' null ',
      '{"a":[{"b":"\\u00e9\\n"}]}',
    ];
    const invalid = [
      '',
      '{',
      '[1,]',
      '{"a":1,}',
      '01',
      '1.',
      '.5',
      '+1',
      '"\\x"',
      '"tab\there"',
      'nul',
      '{} {}',
      "{'a':1}",
      '[1 2]',
    ];
    for (const text of valid) {
      JSON.parse(text);
      assert.doesNotThrow(() => scanJson(text), text);
    }
    for (const text of invalid) {
      assert.throws(() => JSON.parse(text), text);
      assert.throws(() => scanJson(text), JsonSyntaxError, text);
    }
  });

  it('turns offsets into lines and columns for every kind of line ending', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(lines.at(0), { line: 1, column: 1 });
    assert.deepEqual(lines.at(4), { line: 2, column: 2 });
    assert.deepEqual(lines.at(7), { line: 3, column: 1 });
    assert.deepEqual(lines.at(10), { line: 4, column: 1 });
  });

  it('handles a 10 MB feed in one pass', () => {
    const activities = Array.from({ length: 40_000 }, (_, i) => ({
      id: `a${i}`,
      date: '2020',
      title: 'x'.repeat(200),
    }));
    const text = JSON.stringify({ version: 1, activities });
    const started = performance.now();
    const scan = scanJson(text, ['activities[39999].date']);
    const span = scan.spans.get('activities[39999].date')!;
    assert.equal(text.slice(span.start, span.end), '"2020"');
    assert.ok(performance.now() - started < 3000);
  });
});
