// The impact summary's CSV export (src/impact/csv.ts), DOM-free: columns, languages, file
// names. (Cells, quoting and formula neutralising: test/cli/csv-format.test.ts.) All data is fictitious test data.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { parseCsv } from '../../src/feed/csv/read.js';
import { activitiesCsv, activitiesTable, BOM, csvFileName } from '../../src/impact/csv.js';

/** The project's CSV reader (src/feed/csv/read.ts): what the export writes must read back cell for cell. */
function readCsv(text: string): string[][] {
  const table = parseCsv(text, { delimiter: ',' });
  expect(table.issues, 'rows the reader could not read').to.deep.equal([]);
  expect(text.endsWith('\r\n') || text === '', 'ends with CRLF').to.equal(true);
  return table.rows.map((r) => [...r.cells]);
}

const feed = () =>
  parseFeed(
    {
      version: 1,
      language: 'ar',
      organization: { id: 'test-org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
      partners: [
        { id: 'fund', name: 'Fictitious Fund', type: 'donor' },
        { id: 'agency', name: 'Test Agency', type: 'un' },
      ],
      programs: [{ id: 'p1', name: 'Program one' }],
      metrics: [{ id: 'voters_registered', label: { en: 'Voters registered' } }],
      activities: [
        {
          id: 'a',
          date: '2023-05-02',
          endDate: '2023-05-04',
          title: { en: 'Workshop, "civic" skills', ar: 'ورشة المهارات المدنية' },
          program: 'p1',
          tags: ['civic', 'youth'],
          location: { region: 'IQ-MU' },
          partners: ['agency', { id: 'fund', role: 'funding' }],
          counts: { women: 12, participants: 20, voters_registered: 7 },
          url: 'https://example.org/a',
        },
        {
          id: 'b',
          date: '2021',
          title: 'عنوان بالعربية فقط',
          location: { region: { en: 'Test district', ar: 'قضاء الاختبار' } },
          counts: { sessions: 3 },
        },
        {
          id: 'c',
          date: '2022-07',
          title: { en: '=HYPERLINK("http://attacker.example","click")', ar: '@SUM(A1)' },
        },
      ],
    },
    { baseUrl: 'https://example.org/feed.json' },
  );

for (const lang of ['en', 'ar'] as const) {
  const other = lang === 'en' ? 'ar' : 'en';

  describe(`impact CSV: activities in ${lang}`, () => {
    it('has one column per field, title language and count key', () => {
      const f = feed();
      const { header, rows } = activitiesTable(f, f.activities, { lang });
      expect(header).to.deep.equal([
        'id',
        'date',
        'end_date',
        `title_${lang}`,
        `title_${other}`,
        'program',
        'region',
        'partners',
        'tags',
        'url',
        'participants',
        'women',
        'sessions',
        'count_voters_registered',
      ]);
      expect(rows).to.have.length(3);
    });

    it('fills the cells of each activity, leaving unreported counts empty', () => {
      const f = feed();
      const { header, rows } = activitiesTable(f, f.activities, { lang });
      const record = (row: readonly unknown[]) =>
        Object.fromEntries(header.map((h, i) => [h, row[i]]));
      const a = record(rows[0]!);
      expect(a).to.deep.equal({
        id: 'a',
        date: '2023-05-02',
        end_date: '2023-05-04',
        [`title_${lang}`]: lang === 'en' ? 'Workshop, "civic" skills' : 'ورشة المهارات المدنية',
        [`title_${other}`]: lang === 'en' ? 'ورشة المهارات المدنية' : 'Workshop, "civic" skills',
        program: 'p1',
        region: 'IQ-MU',
        partners: 'agency; fund:funding',
        tags: 'civic; youth',
        url: 'https://example.org/a',
        participants: 20,
        women: 12,
        sessions: undefined,
        count_voters_registered: 7,
      });
      const b = record(rows[1]!);
      // A plain-string title is in the feed's language (ar).
      expect(b.title_ar).to.equal('عنوان بالعربية فقط');
      expect(b.title_en).to.equal(undefined);
      expect(b.region).to.equal(lang === 'en' ? 'Test district' : 'قضاء الاختبار');
      expect(b.end_date).to.equal(undefined);
      expect(b.partners).to.equal(undefined);
      expect(b.sessions).to.equal(3);
      expect(b.participants).to.equal(undefined);
    });

    it('writes a UTF-8 BOM, a header and CRLF rows that read back exactly', () => {
      const f = feed();
      const text = activitiesCsv(f, f.activities, { lang });
      expect(text.startsWith(BOM)).to.equal(true);
      expect(text.charCodeAt(0)).to.equal(0xfeff);
      const bytes = new TextEncoder().encode(text);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const rows = readCsv(text.slice(1));
      expect(rows).to.have.length(4);
      expect(rows.every((r) => r.length === rows[0]!.length)).to.equal(true);
      const header = rows[0]!;
      const c = rows.find((r) => r[0] === 'c')!;
      expect(c[header.indexOf('title_en')]).to.equal(
        `'=HYPERLINK("http://attacker.example","click")`,
      );
      expect(c[header.indexOf('title_ar')]).to.equal("'@SUM(A1)");
      const a = rows.find((r) => r[0] === 'a')!;
      expect(a[header.indexOf('title_en')]).to.equal('Workshop, "civic" skills');
      expect(a[header.indexOf('participants')]).to.equal('20');
      expect(a[header.indexOf('sessions')]).to.equal('');
    });

    it('writes only the header for no activities', () => {
      const f = feed();
      const text = activitiesCsv(f, [], { lang });
      expect(text).to.equal(`${BOM}id,date,end_date,program,region,partners,tags,url\r\n`);
    });
  });
}

describe('impact CSV: file name', () => {
  it('names the organisation and the period of the activities', () => {
    const f = feed();
    expect(csvFileName('test-org', f.activities)).to.equal(
      'test-org-activities-2021_2023-05-04.csv',
    );
    expect(csvFileName('test-org', [f.activities[0]!])).to.equal(
      'test-org-activities-2023-05-02_2023-05-04.csv',
    );
    expect(csvFileName('test-org', [f.activities[1]!])).to.equal('test-org-activities-2021.csv');
    expect(csvFileName('test-org', [])).to.equal('test-org-activities.csv');
  });

  it('keeps the name to safe characters', () => {
    const f = feed();
    expect(csvFileName('../ev il/"org"', [f.activities[1]!])).to.equal(
      'ev-il-org-activities-2021.csv',
    );
    expect(csvFileName('///', [])).to.equal('feed-activities.csv');
  });

  it('stays fast on an id with a long run of hyphens (no regex backtracking)', () => {
    const id = `a${'-'.repeat(100_000)}x${'-'.repeat(100_000)}`;
    const started = performance.now();
    expect(csvFileName(id, [])).to.equal(`a${'-'.repeat(59)}-activities.csv`);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('impact CSV: count keys named like Object.prototype members', () => {
  it('an activity without the key gets an empty cell, not an inherited member', () => {
    const f = parseFeed(
      JSON.parse(
        '{"version":1,"organization":{"id":"test-org","name":"Test Org (fictitious)"},' +
          '"metrics":[{"id":"__proto__","label":"P"},{"id":"constructor","label":"C"}],' +
          '"activities":[{"id":"a","date":"2023","title":"A","counts":{"__proto__":5,"constructor":3}},' +
          '{"id":"b","date":"2022","title":"B","counts":{"participants":2}}]}',
      ) as unknown,
    );
    const rows = readCsv(activitiesCsv(f, f.activities, { lang: 'en' }).slice(BOM.length));
    const header = rows[0]!;
    const cell = (row: number, column: string) => rows[row]![header.indexOf(column)];
    expect(header.slice(-3)).to.deep.equal([
      'participants',
      'count___proto__',
      'count_constructor',
    ]);
    expect([cell(1, 'count___proto__'), cell(1, 'count_constructor')]).to.deep.equal(['5', '3']);
    expect([cell(2, 'count___proto__'), cell(2, 'count_constructor')]).to.deep.equal(['', '']);
  });
});
