// .xlsx in (src/convert/xlsx.ts), and the real-world-shaped sheets: workbooks written by
// exceljs with real Excel date cells and a formula, an Arabic-locale Excel CSV, an HXL-tagged
// humanitarian sheet. Fixtures: scripts/make-sheet-fixtures.mjs (generated data, placeholder
// organisations).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
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

// Workbooks written here, part by part, with what a tag scanner reads wrong and an XML parser
// reads right. Each is a minimal valid SpreadsheetML package (fflate's zipSync).
function workbook(parts: {
  sheet: string;
  shared?: string;
  styles?: string;
  workbook?: string;
}): Uint8Array {
  const enc = (s: string) => strToU8(s);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': enc(
      parts.workbook ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': enc(parts.sheet),
  };
  if (parts.shared) files['xl/sharedStrings.xml'] = enc(parts.shared);
  if (parts.styles) files['xl/styles.xml'] = enc(parts.styles);
  return zipSync(files);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const cells = (bytes: Uint8Array) => readXlsx(bytes).table.rows.map((r) => r.cells);

describe('xlsx: XML a tag scanner reads wrong', () => {
  it('reads CDATA sections as text, markup-looking characters included', () => {
    const shared = `<sst xmlns="${MAIN}"><si><t><![CDATA[<b>bold</b> & </t> "x"]]></t></si></sst>`;
    const book = workbook({
      shared,
      sheet: sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v><![CDATA[a<b]]></v></c></row>',
      ),
    });
    assert.deepEqual(cells(book), [['<b>bold</b> & </t> "x"', 'a<b']]);
  });

  it("reads attributes in single quotes and with '>' inside them", () => {
    const book = workbook({
      workbook: `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name='Q3 > Q2' sheetId='1' r:id='rId1'/></sheets></workbook>`,
      styles: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId='164' formatCode='[>=100]yyyy-mm-dd;"&lt;"yyyy-mm-dd'/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId='164' applyNumberFormat='1'/></cellXfs></styleSheet>`,
      sheet: sheet(`<row r='1'><c r='A1' s='1' t='n'><v>44562</v></c><c r='B1'><v>7</v></c></row>`),
    });
    assert.deepEqual(xlsxSheetNames(book), ['Q3 > Q2']);
    const { sheet: name, table } = readXlsx(book, 'Q3 > Q2');
    assert.equal(name, 'Q3 > Q2');
    assert.deepEqual(
      table.rows.map((r) => r.cells),
      [['2022-01-01', '7']],
    );
  });

  it('decodes numeric character references beyond the BMP, and the predefined entities', () => {
    const shared = `<sst xmlns="${MAIN}"><si><t>&#x1F30D; &#127757; &lt;&amp;&gt;&quot;&apos; &#x645;&#1585;</t></si></sst>`;
    const book = workbook({
      shared,
      sheet: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
    });
    assert.deepEqual(cells(book), [['🌍 🌍 <&>"\' مر']]);
  });

  it('joins a shared string of several rich-text runs, keeping every space, without phonetic runs', () => {
    const shared = `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><r><t xml:space="preserve">Youth </t></r><r><rPr><b/><sz val="11"/></rPr><t>training</t></r><r><t xml:space="preserve">  workshop </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t xml:space="preserve">  two  spaces  </t></si></sst>`;
    const book = workbook({
      shared,
      sheet: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'),
    });
    assert.deepEqual(cells(book), [['Youth training  workshop ', '  two  spaces  ']]);
  });

  it('reads an inline string cell (t="inlineStr"), plain and in runs', () => {
    const book = workbook({
      sheet: sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ورشة</t></is></c><c r="B1" t="inlineStr"><is><r><t xml:space="preserve">a </t></r><r><t>b</t></r></is></c></row>',
      ),
    });
    assert.deepEqual(cells(book), [['ورشة', 'a b']]);
  });

  it('reads a self-closing <c/> as an empty cell and keeps the columns after it in place', () => {
    const book = workbook({
      sheet: sheet(
        '<row r="1"><c r="A1" t="str"><v>x</v></c><c r="B1"/><c r="C1" s="0"/><c r="D1" t="str"><v>y</v></c></row><row r="2"><c r="A2"/></row><row r="3"><c r="B3" t="str"><v>z</v></c></row>',
      ),
    });
    const { table } = readXlsx(book);
    assert.deepEqual(
      table.rows.map((r) => [r.row, r.cells]),
      [
        [1, ['x', '', '', 'y']],
        [3, ['', 'z', '', '']],
      ],
    );
  });

  it('reads namespaced prefixes (x:row, x:c) as the same elements', () => {
    const book = workbook({
      workbook: `<x:workbook xmlns:x="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      shared: `<x:sst xmlns:x="${MAIN}"><x:si><x:t>shared</x:t></x:si></x:sst>`,
      sheet: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    assert.deepEqual(cells(book), [['shared', 'inline']]);
  });

  it('ignores XML comments and processing instructions, even ones holding markup', () => {
    const book = workbook({
      shared: `<?xml version="1.0"?><!-- <si><t>not a string</t></si> --><sst xmlns="${MAIN}"><?mso-application progid="Excel.Sheet"?><si><t>real</t></si></sst>`,
      sheet: `<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><worksheet xmlns="${MAIN}"><sheetData><!-- <row r="1"><c r="A1" t="str"><v>ghost</v></c></row> --><row r="2"><c r="A2" t="s"><v>0</v></c><!-- </row> --><c r="B2" t="str"><v>after<!-- a comment -->wards</v></c></row></sheetData></worksheet>`,
    });
    const { table } = readXlsx(book);
    assert.deepEqual(
      table.rows.map((r) => [r.row, r.cells]),
      [[2, ['real', 'afterwards']]],
    );
  });

  it("expands no DTD entity (only XML's own and numeric references)", () => {
    const book = workbook({
      shared: `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY big "EXPANDED">]><sst xmlns="${MAIN}"><si><t>a&big;b</t></si></sst>`,
      sheet: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
    });
    const [[value]] = cells(book) as [[string]];
    assert.ok(!value.includes('EXPANDED'), value);
  });
});
