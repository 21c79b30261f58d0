// Sheets written to hurt: spreadsheet formulas, terminal escape sequences, broken quoting,
// garbage bytes and 100,000 rows. Formulas are text (the feed keeps them exactly; the widgets
// never evaluate anything); escape sequences never reach a terminal raw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cli, type Json, tempDir, tempFiles } from './support.js';

const org = ['--org-id', 'test-org', '--org-name', 'Test organisation (fictitious)'];

/** A CSV cell, quoted when needed. */
const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csv = (rows: string[][]) => rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';

/** Control characters a terminal acts on: C0 (but newline), DEL, C1, bidi embeddings/overrides/isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** The tool's own colour codes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OWN_COLOURS = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;

async function convert(sheet: string, extra: string[] = []) {
  const dir = tempFiles({ 'a.csv': sheet });
  const result = await cli(['from-csv', `${dir}/a.csv`, ...org, ...extra]);
  return {
    ...result,
    dir,
    feed: result.stdout ? (JSON.parse(result.stdout) as Json) : undefined,
  };
}

describe('hostile CSV: formula injection', () => {
  const FORMULAS = [
    '=HYPERLINK("http://evil.example/","Click me")',
    "=cmd|' /C calc'!A0",
    '+SUM(1,2)',
    '-2+3',
    '@SUM(A1:A9)',
    '=1+1',
  ];

  it('formulas are kept as plain text, exactly as written, in every text field', async () => {
    const rows = [['id', 'date', 'title', 'summary_en', 'location_en', 'people_en', 'partners']];
    FORMULAS.forEach((f, i) => rows.push([`f${i}`, '2023', f, f, f, f, f]));
    const { code, feed, stderr } = await convert(csv(rows));
    assert.equal(code, 0, stderr);
    FORMULAS.forEach((f, i) => {
      const a = feed!.activities[i];
      assert.equal(a.title, f);
      assert.deepEqual(a.summary, { en: f });
      assert.deepEqual(a.location.name, { en: f });
      // Lists (people, partners) are split at their separators ("|", and "," for ids) by design.
      if (!f.includes('|')) assert.deepEqual(a.people, [{ name: { en: f } }]);
    });
    // A partner named by a formula is created with that name, as text.
    for (const f of ['=1+1', '@SUM(A1:A9)', '-2+3']) {
      assert.ok(
        feed!.partners.some((p: { name: string }) => p.name === f),
        f,
      );
    }
  });

  it('a formula where a number belongs is a bad cell: the row is reported and left out', async () => {
    const { code, feed, stderr } = await convert(
      csv([
        ['id', 'date', 'title', 'count_participants'],
        ['ok', '2023', 'Fine (fictitious)', '3'],
        ['f', '2023', 'Formula count (fictitious)', '=1+1'],
      ]),
    );
    assert.equal(code, 1);
    assert.deepEqual(
      feed!.activities.map((a: { id: string }) => a.id),
      ['ok'],
    );
    assert.match(
      stderr,
      /row 3, column count_participants: "=1\+1" is not a whole number of zero or more \(row skipped\)/,
    );
  });
});

describe('hostile CSV: terminal escape sequences', () => {
  const NASTY = {
    title: 'Title\u001b]0;pwned\u0007 (fictitious)',
    summary: 'Clear\u001b[2J\u001b[H screen',
    partner: 'Partner \u009b31m\u202eevil\u202c (fictitious)',
    header: 'colour\u001b[5m',
  };
  const sheet = csv([
    ['id', 'date', 'title', 'summary', 'partners', NASTY.header],
    ['e1', '2023-03', NASTY.title, NASTY.summary, NASTY.partner, 'x'],
  ]);

  it('the feed keeps the text exactly, with the controls escaped in the JSON', async () => {
    const { code, stdout, feed } = await convert(sheet);
    assert.equal(code, 0);
    assert.ok(!RAW_CONTROL.test(stdout), 'the feed JSON holds no raw control characters');
    assert.ok(
      stdout.includes('\\u001b]0;pwned\\u0007') && stdout.includes('\\u009b31m\\u202eevil'),
    );
    assert.equal(feed!.activities[0].title, NASTY.title, 'escaping is lossless');
    assert.equal(feed!.activities[0].summary, NASTY.summary);
    assert.equal(feed!.partners[0].name, NASTY.partner);
  });

  it('messages and stats never print them raw, even in colour on a terminal', async () => {
    const converted = await convert(sheet);
    const report = await cli(
      ['from-csv', `${converted.dir}/a.csv`, ...org, '-o', `${converted.dir}/feed.json`],
      {
        tty: true,
      },
    );
    assert.equal(report.code, 0);
    const reportText = report.stdout.replace(OWN_COLOURS, '');
    assert.match(reportText, /column "colour\\u001b\[5m" is not one this tool knows/);
    assert.ok(!RAW_CONTROL.test(reportText), reportText);

    const stats = await cli(['stats', `${converted.dir}/feed.json`], { tty: true });
    assert.equal(stats.code, 0);
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    assert.match(stats.stdout, /\u001b\[1m/, 'colours are on, on a terminal');
    const statsText = stats.stdout.replace(OWN_COLOURS, '');
    assert.ok(!RAW_CONTROL.test(statsText), statsText);
    assert.ok(statsText.includes('Partner \\u009B31m\\u202Eevil\\u202C (fictitious)'), statsText);

    const validate = await cli(['validate', `${converted.dir}/feed.json`], { tty: true });
    assert.ok(!RAW_CONTROL.test(validate.stdout.replace(OWN_COLOURS, '')));
  });
});

describe('hostile CSV: broken quoting', () => {
  it('a quote never closed at the end of the file: that row is reported, the others convert', async () => {
    const { code, feed, stderr } = await convert(
      'id,date,title\na,2021,One (fictitious)\nb,2021,"Two (fictitious)\n',
    );
    assert.equal(code, 1);
    assert.deepEqual(
      feed!.activities.map((a: { id: string }) => a.id),
      ['a'],
    );
    assert.match(stderr, /:3: error: row 3: a quoted cell is never closed/);
  });

  it('a quote left open that closes rows later does not swallow the rows between', async () => {
    const sheet = [
      'id,date,title,summary',
      'a,2021,One (fictitious),fine',
      'b,2021,"Two (fictitious),open quote',
      'c,2021,Three (fictitious),fine',
      'd,2021,Four (fictitious),fine',
      'e,2021,"Five (fictitious)",quoted',
    ].join('\n');
    const { code, feed, stderr } = await convert(`${sheet}\n`);
    assert.equal(code, 1);
    assert.deepEqual(
      feed!.activities.map((a: { id: string }) => a.id),
      ['a', 'c', 'd', 'e'],
    );
    assert.match(stderr, /row 3: a quoted cell is never closed/);
  });

  it('text after a closing quote is a broken row; quotes inside an unquoted cell are text', async () => {
    const sheet =
      'id,date,title\na,2021,"Quoted"tail\nb,2021,He said "hi" (fictitious)\nc,2021,"Doubled ""quotes"" (fictitious)"\n';
    const { code, feed, stderr } = await convert(sheet);
    assert.equal(code, 1);
    assert.deepEqual(
      feed!.activities.map((a: { id: string; title: string }) => [a.id, a.title]),
      [
        ['b', 'He said "hi" (fictitious)'],
        ['c', 'Doubled "quotes" (fictitious)'],
      ],
    );
    assert.match(stderr, /row 2: has text after the closing quote of a cell \(row skipped\)/);
  });

  it('old Mac line endings, blank lines and a lone quote line', async () => {
    const { code, feed, stderr } = await convert(
      'id,date,title\r\ra,2021,One (fictitious)\r"\rb,2021,Two (fictitious)\r',
    );
    assert.equal(code, 1);
    assert.deepEqual(
      feed!.activities.map((a: { id: string }) => a.id),
      ['a', 'b'],
    );
    assert.match(stderr, /row 4: a quoted cell is never closed/);
  });
});

describe('hostile CSV: garbage and size', () => {
  it('random bytes are refused as not UTF-8, without a crash', async () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const dir = tempFiles({ 'a.csv': bytes });
    const { code, stdout, stderr } = await cli(['from-csv', `${dir}/a.csv`, ...org]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /is not valid utf-8 text/);
  });

  it('an empty file, and a file that is only a byte order mark', async () => {
    for (const content of ['', '\ufeff']) {
      const { code, stdout, stderr } = await convert(content);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /error: has no data rows/);
    }
  });

  it('a one-megabyte cell comes through whole', async () => {
    const big = 'لوريم '.repeat(200_000).trim();
    const { code, feed } = await convert(
      csv([
        ['id', 'date', 'title', 'summary_ar'],
        ['big', '2020', 'Big (fictitious)', big],
      ]),
    );
    assert.equal(code, 0);
    assert.equal(feed!.activities[0].summary.ar, big);
  });

  it('100,000 rows, one bad row in every 10,000: converted and reported in seconds', async () => {
    const lines = ['id,date,title_en,title_ar,partners,count_participants,count_women'];
    for (let i = 1; i <= 100_000; i++) {
      const date =
        i % 10_000 === 0
          ? '2023-13-01'
          : `20${10 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}`;
      lines.push(
        `r${i},${date},Activity ${i} (synthetic),نشاط ${i} (تجريبي),"p${1 + (i % 5)}",${i % 100},${i % 40}`,
      );
    }
    const partners = [
      'id,name_en',
      ...[1, 2, 3, 4, 5].map((n) => `p${n},Partner ${n} (synthetic)`),
    ].join('\n');
    const dir = tempFiles({ 'big.csv': lines.join('\n'), 'partners.csv': partners });
    const out = tempDir();
    const started = performance.now();
    const { code, stdout } = await cli([
      'from-csv',
      `${dir}/big.csv`,
      '--partners',
      `${dir}/partners.csv`,
      ...org,
      '--json',
      '-o',
      `${out}/feed.json`,
    ]);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      rows: number;
      activities: number;
      problems: { row: number; code: string }[];
    };
    assert.equal(report.rows, 100_000);
    assert.equal(report.activities, 99_990);
    assert.deepEqual(
      report.problems.map((p) => [p.row, p.code]),
      Array.from({ length: 10 }, (_, k) => [(k + 1) * 10_000 + 1, 'date']),
    );
    const feed = JSON.parse(readFileSync(`${out}/feed.json`, 'utf8')) as { activities: unknown[] };
    assert.equal(feed.activities.length, 99_990);
    // About 3 s on an idle machine; the limit only catches a slowdown by an order of magnitude.
    assert.ok(seconds < 40, `took ${seconds.toFixed(1)} s`);

    const stats = await cli(['stats', '--json', `${out}/feed.json`]);
    const figures = JSON.parse(stats.stdout) as {
      activities: number;
      totals: Record<string, number>;
    };
    assert.equal(figures.activities, 99_990);
    // Σ i%100 over i = 1…100,000 is 4,950,000; the 10 skipped rows (i = 10,000k) add 0.
    assert.equal(figures.totals.participants, 4_950_000);
  });
});
