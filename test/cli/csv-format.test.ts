// The feed's one CSV format (src/feed/csv/): the reader (RFC 4180 and Excel's variants), the
// writer (quoting, formula neutralising) and the round trip: what the impact summary exports
// reads back through the converter as the same activities. All data is fictitious test data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convert } from '../../src/convert/convert.js';
import { detectDelimiter, parseCsv, unneutralize } from '../../src/feed/csv/read.js';
import { csvCell, neutralize, toCsv } from '../../src/feed/csv/write.js';
import { parseFeed } from '../../src/feed/parse.js';
import { activitiesCsv, BOM } from '../../src/impact/csv.js';

const cells = (text: string) => parseCsv(text).rows.map((r) => r.cells);

describe('csv: RFC 4180', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    assert.deepEqual(cells('a,b,c\n"1,5","say ""hi""","two\nlines"\n'), [
      ['a', 'b', 'c'],
      ['1,5', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('numbers rows as a spreadsheet does, and lines as an editor does', () => {
    const table = parseCsv('h1,h2\n"x\ny",1\n\nz,2\n');
    assert.deepEqual(
      table.rows.map((r) => [r.row, r.line, r.cells[0]]),
      [
        [1, 1, 'h1'],
        [2, 2, 'x\ny'],
        [4, 5, 'z'],
      ],
    );
  });

  it('accepts CRLF, CR and LF, a missing final line break and empty cells', () => {
    assert.deepEqual(cells('a,b\r\n1,\r2,x\n3,'), [
      ['a', 'b'],
      ['1', ''],
      ['2', 'x'],
      ['3', ''],
    ]);
  });

  it('keeps spaces inside cells (trimming is the converter’s business)', () => {
    assert.deepEqual(cells('a,b\n  x  , "  y  "\n')[1], ['  x  ', ' "  y  "']);
  });

  it('reports rows with a wrong number of cells and leaves them out', () => {
    const table = parseCsv('a,b,c\n1,2,3\n1,2\n1,2,3,4\n');
    assert.deepEqual(table.rows.length, 2);
    assert.deepEqual(
      table.issues.map((i) => [i.code, i.row, i.found, i.expected]),
      [
        ['csv-cell-count', 3, 2, 3],
        ['csv-cell-count', 4, 4, 3],
      ],
    );
  });

  it('recovers from a quote that is never closed, on the next line', () => {
    const table = parseCsv('a,b\n"open,1\nx,2\n');
    assert.deepEqual(
      table.rows.map((r) => r.cells),
      [
        ['a', 'b'],
        ['x', '2'],
      ],
    );
    assert.deepEqual(
      table.issues.map((i) => [i.code, i.row, i.line]),
      [['csv-unterminated-quote', 2, 2]],
    );
  });
});

describe('csv: delimiters', () => {
  it('detects commas, semicolons and tabs from the header line, outside quotes', () => {
    assert.equal(detectDelimiter('a,b,c\n1;2;3;4;5'), ',');
    assert.equal(detectDelimiter('a;b;c\n1,2'), ';');
    assert.equal(detectDelimiter('a\tb\tc'), '\t');
    assert.equal(detectDelimiter('"x;y;z",b\n'), ',');
    assert.equal(detectDelimiter('single'), ',');
  });

  it('obeys Excel\'s "sep=" line and does not count it as a row', () => {
    const table = parseCsv('sep=|\na|b\n1|2\n');
    assert.equal(table.delimiter, '|');
    assert.deepEqual(
      table.rows.map((r) => [r.row, r.line, r.cells]),
      [
        [1, 2, ['a', 'b']],
        [2, 3, ['1', '2']],
      ],
    );
  });
});

describe('csv: writing cells', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
    assert.equal(csvCell('نص عربي'), 'نص عربي');
  });

  it('writes numbers as they are and nothing as an empty cell', () => {
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(12400), '12400');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(Number.NaN), '');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      assert.equal(neutralize(text), `'${text}`, JSON.stringify(text));
    }
    for (const text of ['1=1', 'a-b', 'email@example.org', "'quoted", '']) {
      assert.equal(neutralize(text), text, JSON.stringify(text));
    }
    // Neutralised first, then quoted: the apostrophe ends up inside the quotes.
    assert.equal(csvCell('=HYPERLINK("x","y")'), '"\'=HYPERLINK(""x"",""y"")"');
    assert.equal(csvCell('\r=1'), `"'\r=1"`);
  });

  it('ends every row with CRLF', () => {
    assert.equal(
      toCsv([
        ['a', 1],
        ['b', undefined],
      ]),
      'a,1\r\nb,\r\n',
    );
    assert.equal(toCsv([]), '');
  });
});

describe('csv: formulas, both ways', () => {
  it('drops a neutralising apostrophe on reading, and only that', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) {
      assert.equal(unneutralize(neutralize(text)), text, JSON.stringify(text));
    }
    for (const text of ["'quoted", "it's", "'", "''=x"]) assert.equal(unneutralize(text), text);
  });
});

const original = {
  version: 1,
  language: 'ar',
  organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
  partners: [
    { id: 'fund', name: 'Fictitious Fund', type: 'donor' },
    { id: 'agency', name: { en: 'Test Agency', ar: 'وكالة الاختبار' }, type: 'un' },
  ],
  programs: [{ id: 'p1', name: { en: 'Program one', ar: 'البرنامج الأول' } }],
  metrics: [{ id: 'voters_registered', label: { en: 'Voters registered', ar: 'ناخبون مسجلون' } }],
  activities: [
    {
      id: 'a',
      date: '2023-05-02',
      endDate: '2023-05-04',
      title: { en: 'Workshop, "civic" skills', ar: 'ورشة "المهارات" المدنية، الأولى' },
      program: 'p1',
      tags: ['civic', 'youth'],
      location: { region: 'IQ-MU' },
      partners: ['agency', { id: 'fund', role: 'funding' }],
      counts: { women: 12, participants: 20, voters_registered: 7 },
      url: 'https://example.org/a?x=1&y=2',
    },
    { id: 'b', date: '2021', title: 'عنوان بالعربية فقط\nبسطرين', counts: { sessions: 3 } },
    {
      id: 'c',
      date: '2022-07',
      title: { en: '=HYPERLINK("http://attacker.example","click")', ar: '@SUM(A1)' },
      partners: [{ id: 'agency', role: 'implementing' }],
    },
  ],
};

for (const lang of ['ar', 'en'] as const) {
  describe(`csv: round trip, exported in ${lang}`, () => {
    it('an impact export reads back as the same activities, partners, counts, in both languages', () => {
      const feed = parseFeed(original);
      const text = activitiesCsv(feed, feed.activities, { lang });
      assert.ok(text.startsWith(BOM));
      const { activities: _, ...base } = original;
      const result = convert({ activities: { name: 'export.csv', text: text.slice(1) }, base });
      assert.deepEqual(
        result.findings.filter((f) => f.severity === 'error'),
        [],
      );
      assert.equal(result.activities, 3);
      const back = parseFeed(result.feed);
      assert.equal(back.problems.length, 0, JSON.stringify(back.problems));
      const shape = (f: ReturnType<typeof parseFeed>) =>
        f.activities.map((a) => ({
          id: a.id,
          date: a.date.text,
          precision: a.date.precision,
          endDate: a.endDate?.text,
          title: a.title,
          program: a.program,
          region: a.location?.region?.code,
          tags: a.tags,
          partners: a.partners,
          counts: a.counts,
          url: a.url,
        }));
      assert.deepEqual(shape(back), shape(feed));
      assert.deepEqual([...back.partners.keys()], [...feed.partners.keys()]);
    });
  });
}
