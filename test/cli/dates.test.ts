// Dates as spreadsheets write them (src/convert/dates.ts), and how the converter reports what it
// assumed: once per column, in English and Arabic. All data here is fictitious test data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnOrder, excelSerialDate, readDate } from '../../src/convert/dates.js';
import { cli, type Json, LANGS, tempFiles } from './support.js';

describe('dates: one cell', () => {
  const cases: [string, string | undefined, string?][] = [
    // ISO, with precision kept.
    ['2021-03-04', '2021-03-04'],
    ['2021-03', '2021-03'],
    ['2021', '2021'],
    ['2021-03-04T10:30:00Z', '2021-03-04'],
    // Year first with / or .
    ['2021/03/04', '2021-03-04'],
    ['2021/3/4', '2021-03-04'],
    ['2021.03.04', '2021-03-04'],
    ['2021/03', '2021-03'],
    // Year last, day first by default (a guess only when both readings are dates).
    ['16/10/2008', '2008-10-16'],
    ['1/2/2021', '2021-02-01', 'dmy'],
    ['01/02/2021', '2021-02-01', 'dmy'],
    ['1-2-2021', '2021-02-01', 'dmy'],
    ['1.2.2021', '2021-02-01', 'dmy'],
    ['5/5/2021', '2021-05-05'],
    ['16/10/2008 00:00', '2008-10-16'],
    ['16/10/2008 12:30 PM', '2008-10-16'],
    ['10/2008', '2008-10'],
    // Arabic-Indic and Eastern Arabic-Indic digits, the Gregorian era mark.
    ['١٦/١٠/٢٠٠٨', '2008-10-16'],
    ['٢٠٢١-٠٣', '2021-03'],
    ['۲۰۲۱/۰۳/۰۴', '2021-03-04'],
    ['٢٠٢١م', '2021'],
    // Excel's day numbers.
    ['44927', '2023-01-01', 'serial'],
    ['44927.75', '2023-01-01', 'serial'],
    ['39737', '2008-10-16', 'serial'],
    // Month names: Iraqi/Levantine, Egyptian/Gulf, English.
    ['كانون الثاني 2021', '2021-01', 'month-name'],
    ['15 كانون الثاني 2021', '2021-01-15', 'month-name'],
    ['٣ شباط ٢٠٢٢', '2022-02-03', 'month-name'],
    ['آذار 2020', '2020-03', 'month-name'],
    ['١ نيسان ٢٠٢٠', '2020-04-01', 'month-name'],
    ['أيار 2020', '2020-05', 'month-name'],
    ['حزيران 2020', '2020-06', 'month-name'],
    ['تموز 2020', '2020-07', 'month-name'],
    ['2 آب 2020', '2020-08-02', 'month-name'],
    ['أيلول 2020', '2020-09', 'month-name'],
    ['تشرين الأول 2020', '2020-10', 'month-name'],
    ['11 تشرين الثاني 2020', '2020-11-11', 'month-name'],
    ['كانون الأول 2020', '2020-12', 'month-name'],
    ['يناير 2021', '2021-01', 'month-name'],
    ['15 فبراير 2021', '2021-02-15', 'month-name'],
    ['مارس 2021', '2021-03', 'month-name'],
    ['إبريل 2021', '2021-04', 'month-name'],
    ['أبريل 2021', '2021-04', 'month-name'],
    ['مايو 2021', '2021-05', 'month-name'],
    ['يونيو 2021', '2021-06', 'month-name'],
    ['يوليو 2021', '2021-07', 'month-name'],
    ['أغسطس 2021', '2021-08', 'month-name'],
    ['سبتمبر 2021', '2021-09', 'month-name'],
    ['أكتوبر 2021', '2021-10', 'month-name'],
    ['نوفمبر 2021', '2021-11', 'month-name'],
    ['٢٥ ديسمبر ٢٠٢١', '2021-12-25', 'month-name'],
    ['January 2021', '2021-01', 'month-name'],
    ['15 January 2021', '2021-01-15', 'month-name'],
    ['Jan 15, 2021', '2021-01-15', 'month-name'],
    ['15-Jan-2021', '2021-01-15', 'month-name'],
    ['Sept 2021', '2021-09', 'month-name'],
    // Not dates: left for the feed's rules to report.
    ['2023-02-30', undefined],
    ['31/02/2021', undefined],
    ['13/13/2021', undefined],
    ['31 شباط 2021', undefined],
    ['soon', undefined],
    ['Smarch 2021', undefined],
  ];
  for (const [text, value, guess] of cases) {
    it(`${JSON.stringify(text)} → ${value ?? 'not a date'}${guess ? ` (${guess})` : ''}`, () => {
      const read = readDate(text);
      assert.equal(read.value, value);
      assert.equal(read.guess, guess);
      assert.equal(read.problem, undefined);
    });
  }

  it('refuses two-digit years, with their own reason', () => {
    for (const text of ['1/2/21', '01/02/21', '1-2-21', '١/٢/٢١', '15-Jan-21']) {
      assert.equal(readDate(text).problem, 'two-digit-year', text);
      assert.equal(readDate(text).value, undefined, text);
    }
  });

  it('month first and year first when told', () => {
    assert.deepEqual(readDate('12/25/2021', 'mdy'), { value: '2021-12-25' });
    assert.deepEqual(readDate('1/2/2021', 'mdy'), { value: '2021-01-02', guess: 'mdy' });
    assert.equal(readDate('12/25/2021').value, undefined, 'not a day-first date');
    assert.equal(readDate('1/2/2021', 'ymd').value, undefined);
    assert.equal(readDate('2021/02/01', 'ymd').value, '2021-02-01');
  });

  it("counts Excel's days from 1899-12-30, with no time zone in play", () => {
    assert.equal(excelSerialDate(61), '1900-03-01');
    assert.equal(excelSerialDate(36526), '2000-01-01');
    assert.equal(excelSerialDate(45658), '2025-01-01');
  });
});

describe('dates: a column', () => {
  it('is day first, unless a value only makes sense month first and none day first', () => {
    assert.equal(columnOrder(['1/2/2021', '16/10/2008']).order, 'dmy');
    assert.deepEqual(columnOrder(['1/2/2021', '12/25/2021']), {
      order: 'mdy',
      monthFirst: '12/25/2021',
    });
    assert.equal(columnOrder(['25/12/2021', '12/25/2021']).order, 'dmy');
    assert.equal(columnOrder(['12/25/2021'], 'dmy').order, 'dmy');
  });
});

const ORG = ['--org-id', 'test-org', '--org-name', 'Test Org (fictitious)'];

async function fromCsv(sheet: string, lang: string, extra: string[] = []) {
  const dir = tempFiles({ 'a.csv': sheet });
  const result = await cli([
    'from-csv',
    `${dir}/a.csv`,
    ...ORG,
    '--json',
    '--lang',
    lang,
    '--out',
    `${dir}/feed.json`,
    ...extra,
  ]);
  const report = JSON.parse(result.stdout) as Json;
  return { ...result, report };
}

for (const lang of LANGS) {
  describe(`dates: the report [${lang}]`, () => {
    it('says once per column what it assumed, and keeps every row', async () => {
      const sheet = [
        'title,date,end_date',
        'One,1/2/2021,3/2/2021',
        'Two,5/6/2021,',
        'Three,44927,',
        'Four,15 كانون الثاني 2021,يناير 2022',
      ].join('\n');
      const { code, report } = await fromCsv(sheet, lang);
      assert.equal(code, 0);
      assert.equal(report.activities, 4);
      const notes = report.problems.filter((p: Json) => p.code === 'csv-date-guess');
      assert.deepEqual(
        notes.map((p: Json) => [p.field, p.detail]),
        [
          ['date', 'dmy,serial,month-name'],
          ['end_date', 'dmy,month-name'],
        ],
      );
      const text = notes[0].text as string;
      if (lang === 'ar') {
        assert.match(text, /يوم\/شهر\/سنة/);
        assert.match(text, /أرقام الأيام في Excel/);
        assert.match(text, /أسماء الأشهر/);
      } else {
        assert.match(text, /day\/month\/year, Excel day numbers, month names/);
        assert.match(text, /"1\/2\/2021" → 2021-02-01/);
      }
    });

    it('reads a month-first column month first, and says so; --date-order overrides', async () => {
      const sheet = 'title,date\nOne,12/25/2021\nTwo,1/2/2021\n';
      const { report } = await fromCsv(sheet, lang);
      assert.equal(report.activities, 2);
      const note = report.problems.find((p: Json) => p.code === 'csv-date-month-first');
      assert.equal(note.field, 'date');
      assert.match(note.text, lang === 'ar' ? /الشهر أولًا/ : /month first/);
      const forced = await fromCsv(sheet, lang, ['--date-order', 'dmy']);
      assert.equal(forced.report.activities, 1);
      assert.equal(forced.code, 1);
      assert.ok(forced.report.problems.some((p: Json) => p.code === 'date' && p.row === 2));
    });

    it('leaves out a row with a two-digit year, saying why', async () => {
      const { code, report } = await fromCsv('title,date\nOne,1/2/21\nTwo,2021\n', lang);
      assert.equal(code, 1);
      assert.equal(report.activities, 1);
      const p = report.problems.find((x: Json) => x.code === 'csv-date-two-digit-year');
      assert.equal(p.row, 2);
      assert.equal(p.skipped, true);
      assert.match(p.text, lang === 'ar' ? /رقمين/ : /two-digit year/);
    });

    it('refuses a --date-order it does not know', async () => {
      const { code } = await fromCsv('title,date\nOne,2021\n', lang, ['--date-order', 'dym']).catch(
        () => ({ code: 2 }),
      );
      assert.equal(code, 2);
    });
  });
}
