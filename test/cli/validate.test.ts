// `ishraqat-feed validate`: every rule of feed v1 and every check of its own, each reported with
// its JSON path, severity and the line and column of the offending text, in English and Arabic.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { describe, it, before, after } from 'node:test';
import type { AddressInfo } from 'node:net';
import { at, cli, golden, type Json, LANGS, readText, sampleFeed, tempFiles } from './support.js';

interface JsonProblem {
  path: string;
  code: string;
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
  skipped?: boolean;
  fatal?: boolean;
  text: string;
  message: string;
  value?: string;
}
interface JsonReport {
  valid: boolean;
  errors: number;
  warnings: number;
  files: {
    file: string;
    valid: boolean;
    errors: number;
    warnings: number;
    activities?: number;
    problems: JsonProblem[];
    error?: { code: string; message: string; text: string };
  }[];
}

async function validateJson(args: string[], lang: string, cwd?: string) {
  const result = await cli(['validate', '--json', '--lang', lang, ...args], cwd ? { cwd } : {});
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

const ARABIC = /[\u0600-\u06ff]/;

interface Rule {
  /** What the feed gets wrong. */
  name: string;
  change: (feed: Json) => void;
  path: string;
  code: string;
  severity: 'error' | 'warning';
  /** The text the reported line and column must point at. */
  points: string;
  /** Words of the English reason. */
  english: string;
  skipped?: boolean;
}

// One rule broken at a time, on a small valid feed. Codes are the feed layer's (problems.ts).
const RULES: Rule[] = [
  {
    name: 'a required field is missing',
    change: (f) => delete f.activities[0].title,
    path: 'activities[0].title',
    code: 'required',
    severity: 'error',
    points: '{',
    english: 'is required',
    skipped: true,
  },
  {
    name: 'a value has the wrong type',
    change: (f) => (f.activities[1].partners = 'p1'),
    path: 'activities[1].partners',
    code: 'type',
    severity: 'error',
    points: '"p1"',
    english: 'should be an array',
  },
  {
    name: 'a text is blank',
    change: (f) => (f.activities[0].tags = ['   ']),
    path: 'activities[0].tags[0]',
    code: 'empty',
    severity: 'error',
    points: '"   "',
    english: 'is empty',
  },
  {
    name: 'an id has surrounding spaces',
    change: (f) => (f.activities[1].id = ' a2 '),
    path: 'activities[1].id',
    code: 'id',
    severity: 'error',
    points: '" a2 "',
    english: 'is not a valid id',
    skipped: true,
  },
  {
    name: 'the language is not a BCP 47 tag',
    change: (f) => (f.language = 'english!'),
    path: 'language',
    code: 'language',
    severity: 'error',
    points: '"english!"',
    english: 'is not a BCP 47 language tag',
  },
  {
    name: 'a text is a number',
    change: (f) => (f.activities[0].summary = 42),
    path: 'activities[0].summary',
    code: 'text',
    severity: 'error',
    points: '42',
    english: 'is not text',
  },
  {
    name: 'a date does not exist',
    change: (f) => (f.activities[0].date = '2023-02-30'),
    path: 'activities[0].date',
    code: 'date',
    severity: 'error',
    points: '"2023-02-30"',
    english: 'is not a valid date',
    skipped: true,
  },
  {
    name: 'an end date is before the start',
    change: (f) => (f.activities[0].endDate = '2023-01-01'),
    path: 'activities[0].endDate',
    code: 'date-order',
    severity: 'error',
    points: '"2023-01-01"',
    english: 'is before the start date',
  },
  {
    name: '"updated" is not a date-time',
    change: (f) => (f.updated = 'yesterday'),
    path: 'updated',
    code: 'datetime',
    severity: 'error',
    points: '"yesterday"',
    english: 'is not an ISO 8601 date-time',
  },
  {
    name: 'a link is javascript:',
    change: (f) => (f.activities[1].url = 'javascript:alert(1)'),
    path: 'activities[1].url',
    code: 'url',
    severity: 'error',
    points: '"javascript:alert(1)"',
    english: 'is not an allowed URL',
  },
  {
    name: 'a count is negative',
    change: (f) => (f.activities[0].counts.women = -3),
    path: 'activities[0].counts.women',
    code: 'count',
    severity: 'error',
    points: '-3',
    english: 'is not a non-negative whole number',
  },
  {
    name: 'a latitude is text',
    change: (f) => (f.activities[0].location.lat = 'north'),
    path: 'activities[0].location.lat',
    code: 'number',
    severity: 'error',
    points: '"north"',
    english: 'is not a number',
  },
  {
    name: 'a latitude is out of range',
    change: (f) => (f.activities[0].location.lat = 123),
    path: 'activities[0].location.lat',
    code: 'range',
    severity: 'error',
    points: '123',
    english: 'is out of range',
  },
  {
    name: 'a partner type is not one of the list',
    change: (f) => (f.partners[0].type = 'charity'),
    path: 'partners[0].type',
    code: 'enum',
    severity: 'error',
    points: '"charity"',
    english: 'is not one of the allowed values',
  },
  {
    name: 'a country is not two letters',
    change: (f) => (f.country = 'IRQ'),
    path: 'country',
    code: 'country',
    severity: 'error',
    points: '"IRQ"',
    english: 'is not an ISO 3166-1 country code',
  },
  {
    name: 'a partner reference is a number',
    change: (f) => (f.activities[1].partners = [7, 'p1']),
    path: 'activities[1].partners[0]',
    code: 'partner-ref',
    severity: 'error',
    points: '7',
    english: 'is not a partner id',
  },
  {
    name: 'two activities share an id',
    change: (f) => (f.activities[1].id = 'a1'),
    path: 'activities[1].id',
    code: 'duplicate-id',
    severity: 'error',
    points: '"a1"',
    english: 'is already used by another activity',
    skipped: true,
  },
  {
    name: 'a program is not defined',
    change: (f) => (f.activities[0].program = 'nowhere'),
    path: 'activities[0].program',
    code: 'unknown-ref',
    severity: 'error',
    points: '"nowhere"',
    english: 'is not defined in the feed',
  },
  {
    name: 'a custom count has no label',
    change: (f) => (f.activities[1].counts.bags = 3),
    path: 'activities[1].counts.bags',
    code: 'unlabelled-metric',
    severity: 'error',
    points: '3',
    english: 'has no entry in "metrics"',
  },
  {
    name: 'a field is unknown',
    change: (f) => (f.activities[0].colour = 'red'),
    path: 'activities[0].colour',
    code: 'unknown-field',
    severity: 'warning',
    points: '"colour"',
    english: 'is not a field of feed v1',
  },
  {
    name: 'a partner is not used',
    change: (f) => f.partners.push({ id: 'p3', name: 'Partner three (fictitious)' }),
    path: 'partners[2].id',
    code: 'unused-partner',
    severity: 'warning',
    points: '"p3"',
    english: 'is not referenced by any activity',
  },
];

describe('validate: a valid feed', () => {
  for (const lang of LANGS) {
    it(`passes with exit code 0 and no problems [${lang}]`, async () => {
      const dir = tempFiles({ 'feed.json': sampleFeed() });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 0);
      assert.equal(report.valid, true);
      assert.deepEqual(report.files[0]!.problems, []);
      assert.equal(report.files[0]!.activities, 2);
    });

    it(`says so in one line [${lang}]`, async () => {
      const dir = tempFiles({ 'feed.json': sampleFeed() });
      const { code, stdout } = await cli(['validate', '--lang', lang, 'feed.json'], { cwd: dir });
      assert.equal(code, 0);
      const expected =
        lang === 'en' ? 'feed.json: ✔ valid (2 activities)\n' : 'feed.json: ✔ صالح (نشاطان (2))\n';
      assert.equal(stdout, expected);
    });
  }
});

describe('validate: every rule of feed v1', () => {
  for (const lang of LANGS) {
    for (const rule of RULES) {
      it(`${rule.name}: ${rule.code} at ${rule.path} [${lang}]`, async () => {
        const feed = sampleFeed();
        rule.change(feed);
        const dir = tempFiles({ 'feed.json': feed });
        const text = readText(`${dir}/feed.json`);
        const { code, report } = await validateJson(['feed.json'], lang, dir);
        const problems = report.files[0]!.problems;
        const found = problems.find((p) => p.path === rule.path && p.code === rule.code);
        assert.ok(found, `no ${rule.code} at ${rule.path} in ${JSON.stringify(problems, null, 1)}`);
        assert.equal(found.severity, rule.severity);
        assert.equal(!!found.skipped, !!rule.skipped, 'skipped');
        assert.ok(found.line && found.column, 'has a position');
        assert.ok(
          at(text, found.line, found.column).startsWith(rule.points),
          `${found.line}:${found.column} points at ${JSON.stringify(at(text, found.line, found.column))}`,
        );
        assert.ok(found.message.includes(rule.english), found.message);
        if (lang === 'ar') {
          assert.match(found.text, ARABIC);
          assert.ok(!found.text.includes(rule.english), found.text);
        } else {
          assert.ok(found.text.startsWith(`${rule.path}: `), found.text);
        }
        // Errors fail the run; warnings do not.
        const errors = problems.filter((p) => p.severity === 'error').length;
        assert.equal(code, errors > 0 ? 1 : 0);
        assert.equal(rule.severity === 'error' ? errors > 0 : errors === 0, true);
        assert.equal(report.valid, errors === 0);
      });
    }
  }

  it('reports every problem of a feed in one run, in document order', async () => {
    // Rules that skip an activity or replace what another rule broke are left out here.
    const together = RULES.filter(
      (r) => !['duplicate-id', 'id', 'required', 'date', 'type', 'number'].includes(r.code),
    );
    const feed = sampleFeed();
    for (const rule of together) rule.change(feed);
    const dir = tempFiles({ 'feed.json': feed });
    const { code, report } = await validateJson(['feed.json'], 'en', dir);
    assert.equal(code, 1);
    const problems = report.files[0]!.problems;
    assert.equal(problems.length, together.length);
    for (const rule of together) {
      assert.ok(
        problems.some((p) => p.code === rule.code),
        `${rule.code} missing from one run: ${problems.map((p) => p.code).join(', ')}`,
      );
    }
    const lines = problems.map((p) => p.line!);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
  });
});

describe('validate: fatal problems, and everything else in the same run', () => {
  for (const lang of LANGS) {
    it(`a feed without "organization" is fatal, and its other problems are still listed [${lang}]`, async () => {
      const feed = sampleFeed();
      delete feed.organization;
      feed.activities[0].date = '2023-13-01';
      const dir = tempFiles({ 'feed.json': feed });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 1);
      const [first, ...rest] = report.files[0]!.problems;
      assert.equal(first!.code, 'organization');
      assert.equal(first!.fatal, true);
      assert.ok(rest.some((p) => p.code === 'date' && p.path === 'activities[0].date'));
      assert.equal(
        report.files[0]!.activities,
        undefined,
        'no activity count for an unshowable feed',
      );
    });

    it(`an incomplete or oddly typed "organization" is an error, not fatal: the activities are counted [${lang}]`, async () => {
      for (const organization of [{}, 'Test Org', { id: 'o', name: 42 }]) {
        const feed = sampleFeed();
        feed.organization = organization;
        const dir = tempFiles({ 'feed.json': feed });
        const { code, report } = await validateJson(['feed.json'], lang, dir);
        assert.equal(code, 1, JSON.stringify(organization));
        const problems = report.files[0]!.problems;
        const org = problems.filter((p) => p.path.startsWith('organization'));
        assert.ok(org.length > 0, JSON.stringify(problems));
        assert.ok(
          org.every((p) => p.severity === 'error' && !p.fatal),
          JSON.stringify(org),
        );
        assert.ok(!problems.some((p) => p.fatal), 'nothing fatal: the widgets show this feed');
        assert.equal(report.files[0]!.activities, feed.activities.length);
      }
    });

    it(`text with an unpaired surrogate is a warning, not a failure [${lang}]`, async () => {
      const feed = sampleFeed();
      feed.activities[0].title = 'Broken \ud800 text';
      const dir = tempFiles({ 'feed.json': feed });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 0);
      const [problem] = report.files[0]!.problems.filter((p) => p.code === 'surrogate');
      assert.equal(problem!.path, 'activities[0].title');
      assert.equal(problem!.severity, 'warning');
    });

    it(`a feed without "version" is fatal, and is checked as version 1 [${lang}]`, async () => {
      const feed = sampleFeed();
      delete feed.version;
      feed.country = 'IRQ';
      const dir = tempFiles({ 'feed.json': feed });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 1);
      const problems = report.files[0]!.problems;
      assert.deepEqual(
        problems.map((p) => [p.path, p.code, !!p.fatal]),
        [
          ['version', 'required', true],
          ['country', 'country', false],
        ],
      );
    });

    it(`a later version is fatal and not checked against version 1 [${lang}]`, async () => {
      const feed = { ...sampleFeed(), version: 2, country: 'IRQ' };
      const dir = tempFiles({ 'feed.json': feed });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 1);
      const problems = report.files[0]!.problems;
      assert.deepEqual(
        problems.map((p) => [p.path, p.code]),
        [['version', 'version']],
      );
      assert.equal(
        at(readText(`${dir}/feed.json`), problems[0]!.line!, problems[0]!.column!).slice(0, 1),
        '2',
      );
    });

    it(`a feed without "activities" is fatal, without a warning for every partner [${lang}]`, async () => {
      const feed = sampleFeed();
      delete feed.activities;
      const dir = tempFiles({ 'feed.json': feed });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 1);
      assert.deepEqual(
        report.files[0]!.problems.map((p) => p.code),
        ['activities'],
      );
    });

    it(`a JSON array is not a feed [${lang}]`, async () => {
      const dir = tempFiles({ 'feed.json': '[1, 2]\n' });
      const { code, report } = await validateJson(['feed.json'], lang, dir);
      assert.equal(code, 1);
      assert.deepEqual(
        report.files[0]!.problems.map((p) => [p.code, p.fatal]),
        [['not-object', true]],
      );
    });
  }
});

describe('validate: JSON syntax errors, at the exact place', () => {
  const cases: [string, string, string, string][] = [
    // name, text, syntax detail, what the position points at
    [
      'a trailing comma',
      '{\n  "version": 1,\n  "activities": [],\n}\n',
      'unexpected-character',
      '}',
    ],
    [
      'a missing comma',
      '{\n  "version": 1\n  "activities": []\n}\n',
      'unexpected-character',
      '"activities"',
    ],
    [
      'a string that never ends',
      '{\n  "version": 1,\n  "language": "ar\n}\n',
      'control-character',
      '',
    ],
    ['an invalid escape', '{ "language": "a\\qr" }', 'bad-escape', '\\qr'],
    ['a number with a leading zero', '{ "version": 01 }', 'bad-number', '01'],
    ['text after the JSON', '{ "version": 1 } extra', 'trailing-text', 'extra'],
    ['a text that stops in the middle', '{ "version": 1, "activities": [', 'unexpected-end', ''],
    ['single quotes', "{ 'version': 1 }", 'unexpected-character', "'version'"],
    [
      'a comment',
      '{\n  // the version\n  "version": 1\n}',
      'unexpected-character',
      '// the version',
    ],
  ];
  for (const lang of LANGS) {
    for (const [name, text, detail, points] of cases) {
      it(`${name} [${lang}]`, async () => {
        const dir = tempFiles({ 'feed.json': text });
        const { code, report } = await validateJson(['feed.json'], lang, dir);
        assert.equal(code, 1);
        const [problem, ...rest] = report.files[0]!.problems;
        assert.equal(rest.length, 0);
        assert.equal(problem!.code, 'json-syntax');
        assert.equal((problem as unknown as { detail: string }).detail, detail);
        assert.ok(
          at(text, problem!.line!, problem!.column!).startsWith(points),
          `${problem!.line}:${problem!.column}`,
        );
        if (lang === 'ar') assert.match(problem!.text, ARABIC);
      });
    }
  }

  it('finds the end of a string that never ends at its opening quote', async () => {
    const text = '{ "version": 1, "language": "ar';
    const dir = tempFiles({ 'feed.json': text });
    const { report } = await validateJson(['feed.json'], 'en', dir);
    const [problem] = report.files[0]!.problems;
    assert.equal((problem as unknown as { detail: string }).detail, 'unterminated-string');
    assert.equal(at(text, problem!.line!, problem!.column!), '"ar');
  });
});

describe('validate: what only the command line checks', () => {
  it('relative logo, image and next-page files must exist next to a local feed', async () => {
    const feed = sampleFeed();
    feed.organization.logo = 'logos/org.svg';
    feed.partners[0].logo = 'logos/missing.png';
    feed.partners[1].logo = 'https://cdn.example/p2.png';
    feed.activities[0].images = [
      { src: 'img/here.jpg?v=2' },
      { src: 'img/gone.jpg' },
      { src: 'data:image/png;base64,AAAA' },
    ];
    feed.next = 'feed-2022.json';
    const dir = tempFiles({ 'feed.json': feed, 'logos/org.svg': '<svg/>', 'img/here.jpg': 'jpeg' });
    const text = readText(`${dir}/feed.json`);
    const { code, report } = await validateJson(['feed.json'], 'en', dir);
    assert.equal(code, 1);
    const missing = report.files[0]!.problems.filter((p) => p.code === 'missing-file');
    assert.deepEqual(
      missing.map((p) => [p.path, p.severity, p.value]),
      [
        ['partners[0].logo', 'error', '"logos/missing.png"'],
        ['activities[0].images[1].src', 'error', '"img/gone.jpg"'],
        ['next', 'error', '"feed-2022.json"'],
      ],
    );
    for (const p of missing) assert.ok(at(text, p.line!, p.column!).startsWith(p.value!));
    assert.equal(
      missing[0]!.text,
      'partners[0].logo: "logos/missing.png" does not exist next to the feed',
    );
  });

  it('--no-files skips that check', async () => {
    const feed = sampleFeed();
    feed.organization.logo = 'logos/org.svg';
    const dir = tempFiles({ 'feed.json': feed });
    const { code, report } = await validateJson(['--no-files', 'feed.json'], 'en', dir);
    assert.equal(code, 0);
    assert.deepEqual(report.files[0]!.problems, []);
  });

  it('a key written twice is a warning at the second one (JSON keeps the last)', async () => {
    const text =
      '{\n  "version": 1,\n  "organization": { "id": "o", "name": "First", "name": "Second" },\n  "activities": []\n}\n';
    const dir = tempFiles({ 'feed.json': text });
    const { code, report } = await validateJson(['feed.json'], 'en', dir);
    assert.equal(code, 0);
    const [problem] = report.files[0]!.problems;
    assert.equal(problem!.code, 'duplicate-key');
    assert.equal(problem!.path, 'organization.name');
    assert.equal(problem!.severity, 'warning');
    const line3 = text.split('\n')[2]!;
    assert.deepEqual([problem!.line, problem!.column], [3, line3.indexOf('"name": "Second"') + 1]);
  });

  it('a byte order mark is allowed, as browsers allow it, and positions stay right', async () => {
    const feed = sampleFeed();
    feed.country = 'IRQ';
    const json = `${JSON.stringify(feed, null, 2)}\n`;
    const dir = tempFiles({ 'feed.json': `\ufeff${json}` });
    const { report } = await validateJson(['feed.json'], 'en', dir);
    const [problem] = report.files[0]!.problems;
    assert.equal(problem!.code, 'country');
    assert.ok(at(json, problem!.line!, problem!.column!).startsWith('"IRQ"'));
  });

  it('Windows line endings keep lines and columns right', async () => {
    const feed = sampleFeed();
    feed.activities[1].date = '2024-00';
    const json = JSON.stringify(feed, null, 2).replace(/\n/g, '\r\n');
    const dir = tempFiles({ 'feed.json': json });
    const { report } = await validateJson(['feed.json'], 'en', dir);
    const [problem] = report.files[0]!.problems;
    assert.equal(problem!.path, 'activities[1].date');
    assert.ok(at(json, problem!.line!, problem!.column!).startsWith('"2024-00"'));
  });

  it('a file that is not UTF-8 is an error, not a feed of replacement characters', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"version":1,"language":"'),
      0xc7,
      0xe1,
      ...new TextEncoder().encode('"}'),
    ]);
    const dir = tempFiles({ 'feed.json': bytes });
    const { code, report } = await validateJson(['feed.json'], 'en', dir);
    assert.equal(code, 1);
    assert.equal(report.files[0]!.error!.code, 'encoding');
  });

  it('paths with unusual keys are quoted, and terminal controls in them are escaped', async () => {
    const feed = sampleFeed();
    feed.activities[0]['bad\u001b[31mkey'] = 1;
    feed.activities[0]['rtl\u202eoverride\u009bC1'] = 2;
    const dir = tempFiles({ 'feed.json': feed });
    const { stdout } = await cli(['validate', 'feed.json'], { cwd: dir, tty: true });
    // Colours are on (a terminal), yet the only escape sequences are the tool's own colours.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const withoutColours = stdout.replace(/\u001b\[(?:1|2|22|31|32|33|36|39)m/g, '');
    assert.ok(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(withoutColours),
      withoutColours,
    );
    assert.ok(withoutColours.includes('activities[0]["bad\\u001b[31mkey"]'), withoutColours);
    assert.ok(
      withoutColours.includes('activities[0]["rtl\\u202Eoverride\\u009BC1"]'),
      withoutColours,
    );
  });
});

describe('validate: the demo feeds', () => {
  it('the demo feeds are valid', async () => {
    const { code, report } = await validateJson(
      ['demo/feeds/ishraqat.json', 'demo/feeds/synthetic-1000.json'],
      'en',
    );
    assert.equal(code, 0, JSON.stringify(report.files.map((f) => f.problems)));
    assert.deepEqual(
      report.files.map((f) => [f.file, f.valid, f.activities]),
      [
        ['demo/feeds/ishraqat.json', true, 2],
        ['demo/feeds/synthetic-1000.json', true, 1000],
      ],
    );
  });

  for (const lang of LANGS) {
    it(`broken-10.json: the human report matches its golden file [${lang}]`, async () => {
      const { code, stdout } = await cli(['validate', '--lang', lang, 'demo/feeds/broken-10.json']);
      assert.equal(code, 1);
      golden(`broken-10.validate.${lang}.txt`, stdout);
    });
  }

  it('broken-10.json: the JSON report matches its golden file', async () => {
    const { code, stdout } = await cli(['validate', '--json', 'demo/feeds/broken-10.json']);
    assert.equal(code, 1);
    golden('broken-10.validate.json', stdout);
    const report = JSON.parse(stdout) as JsonReport;
    // The README of the demo feeds: 3 activities skipped, a dropped URL, an unknown field.
    const problems = report.files[0]!.problems;
    assert.equal(problems.filter((p) => p.skipped).length, 3);
    assert.equal(report.files[0]!.activities, 7);
  });
});

describe('validate: several inputs, URLs and standard input', () => {
  let server: Server;
  let base: string;
  before(async () => {
    const feed = readText('demo/feeds/ishraqat.json');
    server = createServer((req, res) => {
      if (req.url === '/feed.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(feed);
      } else if (req.url === '/images.json') {
        const withImages: Json = { ...sampleFeed(), next: 'older.json' };
        withImages.activities[0].images = [{ src: 'img/not-checked.jpg' }];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(withImages));
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('validates a feed by URL', async () => {
    const { code, stdout } = await cli(['validate', `${base}/feed.json`]);
    assert.equal(code, 0);
    assert.equal(stdout, `${base}/feed.json: ✔ valid (2 activities)\n`);
  });

  it('does not look for files next to a remote feed', async () => {
    const { code, report } = await validateJson([`${base}/images.json`], 'en');
    assert.equal(code, 0);
    assert.deepEqual(report.files[0]!.problems, []);
  });

  for (const lang of LANGS) {
    it(`an HTTP error exits with 3, after checking the other inputs [${lang}]`, async () => {
      const { code, stdout } = await cli([
        'validate',
        '--lang',
        lang,
        `${base}/missing.json`,
        'demo/feeds/ishraqat.json',
      ]);
      assert.equal(code, 3);
      const [first, second] = stdout.trimEnd().split('\n');
      assert.equal(
        first,
        lang === 'en'
          ? `${base}/missing.json: error: the server answered 404`
          : `${base}/missing.json: خطأ: أجاب الخادم بالرمز 404`,
      );
      assert.match(second!, /^demo\/feeds\/ishraqat\.json: ✔/);
    });
  }

  it('a missing file exits with 3', async () => {
    const { code, report } = await validateJson(['no/such/feed.json'], 'en');
    assert.equal(code, 3);
    assert.equal(report.files[0]!.error!.code, 'not-found');
  });

  it('an unreachable host exits with 3', async () => {
    const { code, report } = await validateJson(['http://127.0.0.1:9/feed.json'], 'en');
    assert.equal(code, 3);
    assert.equal(report.files[0]!.error!.code, 'network');
  });

  it('reads standard input for "-"', async () => {
    const { code, stdout } = await cli(['validate', '-'], {
      stdin: readText('demo/feeds/broken-10.json'),
    });
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^<stdin>:47:15: error: activities\[3\]\.date: "2023-13-40" is not a valid date \(activity skipped\)$/m,
    );
  });

  it('one invalid feed among valid ones fails the run, and each gets its summary', async () => {
    const { code, report } = await validateJson(
      ['demo/feeds/ishraqat.json', 'demo/feeds/broken-10.json'],
      'en',
    );
    assert.equal(code, 1);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files.map((f) => f.valid),
      [true, false],
    );
    assert.equal(report.errors, 4);
    assert.equal(report.warnings, 1);
  });
});
