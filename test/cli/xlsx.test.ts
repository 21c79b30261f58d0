// .xlsx in (src/convert/xlsx.ts), and the real-world-shaped sheets: workbooks written by
// exceljs with real Excel date cells and a formula, an Arabic-locale Excel CSV, an HXL-tagged
// humanitarian sheet. Fixtures: scripts/make-sheet-fixtures.mjs (generated data, placeholder
// organisations).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readXlsx, xlsxSheetNames } from '../../src/convert/xlsx.js';
import { cli, type Json, LANGS, root, spawnCli, tempDir } from './support.js';

const SHEETS = 'test/fixtures/sheets/';
const bytes = (name: string) => new Uint8Array(readFileSync(`${root}${SHEETS}${name}`));
const ORG = ['--org-id', 'test-org', '--org-name', 'Test Org (fictitious)'];

describe('xlsx: reading a workbook', () => {
  it('reads the first sheet: text, Arabic, Excel dates as calendar dates, formulas as cached values', () => {
    const { sheet, table } = readXlsx(bytes('activities.xlsx'));
    assert.equal(sheet, 'Activities');
    const rows = table.rows.map((r) => r.cells);
    assert.deepEqual(rows[0], [
      'id',
      'date',
      'end_date',
      'title_ar',
      'title_en',
      'partners',
      'women',
      'men',
      'participants',
    ]);
    assert.deepEqual(rows[1], [
      'xl-1',
      '2021-02-01',
      '2021-02-03',
      'ورشة تدريبية للشباب',
      'Youth training workshop',
      'Placeholder Fund A',
      '12',
      '8',
      '20',
    ]);
    assert.equal(rows[2]![1], '2008-10-16');
    assert.equal(rows[3]![1], '2023-12-31');
    assert.equal(rows[4]![1], '2022-06', 'a "mmmm yyyy" cell stays a month');
    assert.deepEqual(
      table.rows.map((r) => r.row),
      [1, 2, 3, 4, 5],
    );
  });

  it('reads a 1904-date workbook to the same dates', () => {
    const a = readXlsx(bytes('activities.xlsx')).table.rows.map((r) => r.cells);
    const b = readXlsx(bytes('activities-1904.xlsx')).table.rows.map((r) => r.cells);
    assert.deepEqual(b, a);
  });

  it('lists the sheets and reads one by name (--sheet)', () => {
    assert.deepEqual(xlsxSheetNames(bytes('activities.xlsx')), ['Activities', 'Partners']);
    const { table } = readXlsx(bytes('activities.xlsx'), 'partners');
    assert.deepEqual(table.rows[1]!.cells, [
      'fund-a',
      'Placeholder Fund A',
      'الصندوق أ (اسم مؤقت)',
      'donor',
    ]);
    assert.throws(() => readXlsx(bytes('activities.xlsx'), 'Nope'), /no such sheet/);
    assert.throws(() => readXlsx(new TextEncoder().encode('a,b\n')), /not an .xlsx/);
  });
});

for (const tz of ['Asia/Baghdad', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
  describe(`xlsx: the command, TZ=${tz}`, () => {
    it('converts the workbook with no time-zone shift', async () => {
      const dir = tempDir();
      const { code, stdout, stderr } = await spawnCli(
        ['from-csv', `${SHEETS}activities.xlsx`, ...ORG, '--out', `${dir}/feed.json`, '--json'],
        { env: { PATH: process.env.PATH, TZ: tz } },
      );
      assert.equal(code, 0, stderr + stdout);
      const feed = JSON.parse(readFileSync(`${dir}/feed.json`, 'utf8')) as Json;
      assert.deepEqual(
        feed.activities.map((a: Json) => [a.id, a.date, a.endDate]),
        [
          ['xl-1', '2021-02-01', '2021-02-03'],
          ['xl-2', '2008-10-16', undefined],
          ['xl-3', '2023-12-31', undefined],
          ['xl-4', '2022-06', undefined],
        ],
      );
      assert.deepEqual(feed.activities[0].counts, { women: 12, men: 8, participants: 20 });
      assert.deepEqual(feed.activities[0].title, {
        ar: 'ورشة تدريبية للشباب',
        en: 'Youth training workshop',
      });
    });
  });
}

for (const lang of LANGS) {
  describe(`real-world-shaped sheets [${lang}]`, () => {
    it('a sheet saved by Excel in an Arabic locale converts with every row kept', async () => {
      const dir = tempDir();
      const { code, stdout } = await cli([
        'from-csv',
        `${SHEETS}arabic-excel.csv`,
        ...ORG,
        '--json',
        '--lang',
        lang,
        '--out',
        `${dir}/feed.json`,
      ]);
      const report = JSON.parse(stdout) as Json;
      assert.equal(code, 0, stdout);
      assert.equal(report.activities, 5);
      assert.equal(report.skipped, 0);
      const feed = JSON.parse(readFileSync(`${dir}/feed.json`, 'utf8')) as Json;
      assert.deepEqual(
        feed.activities.map((a: Json) => a.date),
        ['2008-10-16', '2021-02-01', '2022-03-05', '2023-12-31', '2023'],
      );
      assert.deepEqual(feed.activities[2].counts, { women: 1200 });
      assert.equal(feed.activities[0].title.ar, 'اجتماع تنسيقي؛ الجولة الأولى');
      const guess = report.problems.filter((p: Json) => p.code === 'csv-date-guess');
      assert.equal(guess.length, 1, 'said once for the column');
    });

    it('an HXL-tagged humanitarian sheet with DD/MM/YYYY dates keeps every valid row', async () => {
      const dir = tempDir();
      const { code, stdout } = await cli([
        'from-csv',
        `${SHEETS}hxl-humanitarian.csv`,
        ...ORG,
        '--json',
        '--lang',
        lang,
        '--out',
        `${dir}/feed.json`,
      ]);
      const report = JSON.parse(stdout) as Json;
      assert.equal(code, 0, stdout);
      assert.equal(report.rows, 48);
      assert.equal(report.activities, 48);
      const feed = JSON.parse(readFileSync(`${dir}/feed.json`, 'utf8')) as Json;
      assert.equal(feed.activities[0].id, 'XM-PLACEHOLDER-0001');
      assert.equal(feed.activities[0].date, '2017-02-08');
      assert.equal(feed.activities[0].endDate, '2018-07-04');
      assert.deepEqual(
        feed.partners.map((p: Json) => p.name),
        [
          'Placeholder NGO D',
          'Placeholder Fund E',
          'Placeholder Agency B',
          'Placeholder Fund A',
          'Placeholder NGO C',
        ],
      );
    });
  });
}
