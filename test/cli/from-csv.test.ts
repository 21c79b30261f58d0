// `ishraqat-feed from-csv`: the sample sheets convert to exactly the demo feed (plain columns,
// HXL, Excel's variants), every bad row is reported with its number and left out, and the
// result is always a feed the validator accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCsv } from '../../src/feed/csv/read.js';
import { cli, golden, type Json, LANGS, readText, tempDir, tempFiles } from './support.js';

const SAMPLES = 'samples/ishraqat/';
const LOOKUPS = [
  '--partners',
  `${SAMPLES}partners.csv`,
  '--programs',
  `${SAMPLES}programs.csv`,
  '--base',
  `${SAMPLES}base.json`,
];
/** The demo feed, with its key order (JSON.stringify of parsed JSON keeps the order). */
const demo = () => JSON.stringify(JSON.parse(readText('demo/feeds/ishraqat.json')));

async function convert(args: string[], options: Parameters<typeof cli>[1] = {}) {
  const result = await cli(['from-csv', ...args], options);
  return {
    ...result,
    feed: result.stdout ? (JSON.parse(result.stdout) as Json) : undefined,
  };
}

/** The sheet again with another delimiter and line ending, quoting what needs quotes. */
function reWrite(text: string, delimiter: string, eol: string): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return parseCsv(text)
    .rows.map((r) => r.cells.map(quote).join(delimiter))
    .join(eol)
    .concat(eol);
}

/** Windows-1256 (Arabic Windows) bytes of `text`, from TextDecoder's own table. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

describe('from-csv: the samples are the demo feed', () => {
  it('the plain sheet (Arabic and English columns side by side) converts to demo/feeds/ishraqat.json', async () => {
    const { code, feed, stdout } = await convert([`${SAMPLES}activities.csv`, ...LOOKUPS]);
    assert.equal(code, 0);
    assert.equal(JSON.stringify(feed), demo(), 'same facts, same key order');
    golden('ishraqat.feed.json', stdout);
  });

  it('the HXL sheet converts to the same feed, partners and program found by name', async () => {
    const { code, stdout } = await convert([`${SAMPLES}activities-hxl.csv`, ...LOOKUPS]);
    assert.equal(code, 0);
    golden('ishraqat.feed.json', stdout);
  });

  it("Excel's variant: semicolons, a byte order mark and CRLF line endings", async () => {
    const text = `\ufeff${reWrite(readText(`${SAMPLES}activities.csv`), ';', '\r\n')}`;
    assert.ok(text.includes(';"شاركت'), 'the sheet really is semicolon-separated');
    const dir = tempFiles({ 'activities.csv': text });
    const { code, stdout } = await convert([`${dir}/activities.csv`, ...LOOKUPS]);
    assert.equal(code, 0);
    golden('ishraqat.feed.json', stdout);
  });

  it('Excel\'s "sep=;" first line, and tab-separated text', async () => {
    const sheet = readText(`${SAMPLES}activities.csv`);
    const dir = tempFiles({
      'sep.csv': `sep=;\r\n${reWrite(sheet, ';', '\r\n')}`,
      'tabs.tsv': reWrite(sheet, '\t', '\n'),
    });
    for (const file of ['sep.csv', 'tabs.tsv']) {
      const { code, stdout } = await convert([`${dir}/${file}`, ...LOOKUPS]);
      assert.equal(code, 0, file);
      golden('ishraqat.feed.json', stdout);
    }
  });

  it('UTF-16 with a byte order mark (Excel\'s "Unicode text")', async () => {
    const text = reWrite(readText(`${SAMPLES}activities.csv`), '\t', '\r\n');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const dir = tempFiles({ 'activities.txt': bytes });
    const { code, stdout } = await convert([`${dir}/activities.txt`, ...LOOKUPS]);
    assert.equal(code, 0);
    golden('ishraqat.feed.json', stdout);
  });

  it('the output validates, and --out writes it to a file with the report on standard output', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cli([
      'from-csv',
      `${SAMPLES}activities.csv`,
      ...LOOKUPS,
      '-o',
      `${dir}/feed.json`,
    ]);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(stdout, `✔ 2 activities written to ${dir}/feed.json\n`);
    assert.equal(
      readFileSync(`${dir}/feed.json`, 'utf8'),
      readText('test/cli/golden/ishraqat.feed.json'),
    );
    const validate = await cli(['validate', '--no-files', `${dir}/feed.json`]);
    assert.equal(validate.code, 0, validate.stdout);
  });

  for (const lang of LANGS) {
    it(`the report is localized and goes to standard error when the feed goes to standard output [${lang}]`, async () => {
      const { code, stderr } = await convert([
        '--lang',
        lang,
        `${SAMPLES}activities.csv`,
        ...LOOKUPS,
      ]);
      assert.equal(code, 0);
      assert.equal(
        stderr,
        lang === 'en'
          ? '✔ 2 activities written to standard output\n'
          : '✔ كُتب نشاطان (2) إلى المخرج القياسي\n',
      );
    });
  }
});

describe('from-csv: bad rows are reported with their number and left out', () => {
  const args = [
    'test/cli/fixtures/bad-rows.csv',
    '--partners',
    'test/cli/fixtures/bad-partners.csv',
    '--org-id',
    'test-org',
    '--org-name',
    'en=Test organisation (fictitious)',
    '--org-name',
    'ar=منظمة اختبار (وهمية)',
  ];

  for (const lang of LANGS) {
    it(`every broken row is named, the rest convert, exit code 1 [${lang}]`, async () => {
      const { code, stderr, feed } = await convert(['--lang', lang, ...args]);
      assert.equal(code, 1);
      golden(`bad-rows.report.${lang}.txt`, stderr);
      assert.deepEqual(
        feed!.activities.map((a: { id: string }) => a.id),
        ['ok-1', 'ok-2', 'ok-3'],
      );
    });
  }

  it('the JSON report names the file, row, line and column of each problem', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['from-csv', ...args, '--json', '-o', `${dir}/feed.json`]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      rows: number;
      activities: number;
      skipped: number;
      problems: {
        file: string;
        row?: number;
        line?: number;
        field?: string;
        code: string;
        severity: string;
        skipped?: boolean;
      }[];
    };
    assert.deepEqual([report.rows, report.activities, report.skipped], [13, 3, 10]);
    const rows = report.problems
      .filter((p) => p.file === 'test/cli/fixtures/bad-rows.csv')
      .map((p) => [p.row, p.line, p.field ?? null, p.code, !!p.skipped]);
    assert.deepEqual(rows, [
      [3, 4, 'date', 'date', true],
      [4, 5, 'title_en, title_ar', 'required', true],
      [5, 6, 'id', 'duplicate-id', true],
      [6, 7, 'partners', 'unknown-ref', true],
      [7, 8, 'count_participants', 'count', true],
      [8, 9, 'partners', 'unknown-ref', true],
      [9, 10, 'people_ar', 'csv-list-mismatch', true],
      [10, 11, null, 'csv-unterminated-quote', true],
      [12, 13, null, 'csv-text-after-quote', true],
      [13, 14, null, 'csv-cell-count', true],
    ]);
    const partners = report.problems
      .filter((p) => p.file === 'test/cli/fixtures/bad-partners.csv')
      .map((p) => [p.row, p.field, p.code, p.severity]);
    assert.deepEqual(partners, [
      [4, 'type', 'enum', 'error'],
      [5, 'id', 'unused-partner', 'warning'],
    ]);
    golden('bad-rows.feed.json', readFileSync(`${dir}/feed.json`, 'utf8'));
    // What is written is always a valid feed.
    assert.equal((await cli(['validate', `${dir}/feed.json`])).code, 0);
  });
});

describe('from-csv: columns and cells', () => {
  const org = ['--org-id', 'test-org', '--org-name', 'Test organisation (fictitious)'];

  it('reads counts, digits, lists, coordinates, images and links; makes ids for rows without one', async () => {
    const sheet = [
      'date,title,summary,tags,region,lat,lon,participants,count_women,count_girls,image,image_alt_en,image_alt_ar,image_credit,url',
      '٢٠٢٣-٠٥,Workshop in Basra (fictitious),"First line\r\nSecond line","a, b; c|d، e",iq-ba,٣٠٫٥,47.78,"1,200",١٢٠,7,img/one.jpg | img/two.jpg,One | Two,واحد | اثنان,Photo: staff | Photo: staff,https://example.org/story',
      '2023-05,Workshop in Basra (fictitious),,,,,,,,,,,,,',
    ].join('\n');
    const dir = tempFiles({ 'a.csv': sheet });
    const { code, feed, stderr } = await convert([`${dir}/a.csv`, ...org]);
    assert.equal(code, 0, stderr);
    const [first, second] = feed!.activities;
    assert.deepEqual(first, {
      id: 'workshop-in-basra-fictitious-2023-05',
      date: '2023-05',
      title: 'Workshop in Basra (fictitious)',
      summary: 'First line\nSecond line',
      tags: ['a', 'b', 'c', 'd', 'e'],
      location: { region: 'IQ-BA', lat: 30.5, lon: 47.78 },
      counts: { participants: 1200, women: 120, girls: 7 },
      images: [
        { src: 'img/one.jpg', alt: { en: 'One', ar: 'واحد' }, credit: 'Photo: staff' },
        { src: 'img/two.jpg', alt: { en: 'Two', ar: 'اثنان' }, credit: 'Photo: staff' },
      ],
      url: 'https://example.org/story',
    });
    assert.equal(second.id, 'workshop-in-basra-fictitious-2023-05-2', 'generated ids are unique');
    assert.equal(feed!.language, undefined, 'plain columns are in the default language, English');
  });

  it('plain columns are in --language; partners and programs named in rows are created when no sheet lists them', async () => {
    const sheet =
      'id,date,title,program,partners,partners_implementing\nx1,2022,ورشة (وهمية),Youth work,Partner Org (fictitious),Other Org (fictitious)\n';
    const dir = tempFiles({ 'a.csv': sheet });
    const { code, feed } = await convert([
      `${dir}/a.csv`,
      ...org,
      '--language',
      'ar',
      '--country',
      'IQ',
    ]);
    assert.equal(code, 0);
    assert.equal(feed!.language, 'ar');
    assert.equal(feed!.country, 'IQ');
    assert.deepEqual(feed!.partners, [
      { id: 'partner-org-fictitious', name: 'Partner Org (fictitious)' },
      { id: 'other-org-fictitious', name: 'Other Org (fictitious)' },
    ]);
    assert.deepEqual(feed!.programs, [{ id: 'youth-work', name: 'Youth work' }]);
    assert.deepEqual(feed!.activities[0].partners, [
      'partner-org-fictitious',
      { id: 'other-org-fictitious', role: 'implementing' },
    ]);
  });

  it('"id:role" in a partners cell, partners found by short name, custom counts labelled by a metrics sheet', async () => {
    const dir = tempFiles({
      'a.csv':
        'id,date,title_en,partners,count_kits\nx1,2022-02-02,Kits (fictitious),"donor-1:funding, NGO-X",5\n',
      'partners.csv':
        'id,name_en,short_name_en,type\ndonor-1,Donor one (fictitious),D1,donor\nngo-x,NGO X (fictitious),NGO-X,ngo\n',
      'metrics.csv': 'id,label_en,label_ar\nkits,Kits handed out,حقائب موزعة\n',
    });
    const { code, feed, stderr } = await convert([
      `${dir}/a.csv`,
      '--partners',
      `${dir}/partners.csv`,
      '--metrics',
      `${dir}/metrics.csv`,
      ...org,
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(feed!.activities[0].partners, [{ id: 'donor-1', role: 'funding' }, 'ngo-x']);
    assert.deepEqual(feed!.metrics, [
      { id: 'kits', label: { en: 'Kits handed out', ar: 'حقائب موزعة' } },
    ]);
    assert.deepEqual(feed!.activities[0].counts, { kits: 5 });
  });

  it('HXL: +i_ar language attributes, a hashtag row with no headers above it, people reached by sex and age', async () => {
    const sheet = [
      '#activity+id,#date+start,#date+end,#activity+name+i_ar,#activity+name+i_en,#adm1+name+i_en,#geo+lat,#geo+lon,#reached,#reached+f,#reached+m,#reached+f+children,#reached+m+children,#indicator+kits,#org+impl,#meta+url,#x_unknown',
      'h1,2024-01-15,2024-01-20,جلسة (وهمية),Session (fictitious),Some district,36.19,44.01,50,20,15,8,7,3,Local NGO (fictitious),https://example.org/h1,?',
    ].join('\n');
    const dir = tempFiles({ 'h.csv': sheet, 'metrics.csv': 'id,label_en\nkits,Kits\n' });
    const { code, feed, stderr } = await convert([
      `${dir}/h.csv`,
      '--metrics',
      `${dir}/metrics.csv`,
      ...org,
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /warning: column "#x_unknown" is not one this tool knows; it is ignored/);
    assert.deepEqual(feed!.activities[0], {
      id: 'h1',
      date: '2024-01-15',
      endDate: '2024-01-20',
      title: { ar: 'جلسة (وهمية)', en: 'Session (fictitious)' },
      location: { region: { en: 'Some district' }, lat: 36.19, lon: 44.01 },
      partners: [{ id: 'local-ngo-fictitious', role: 'implementing' }],
      counts: { participants: 50, women: 20, men: 15, girls: 8, boys: 7, kits: 3 },
      url: 'https://example.org/h1',
    });
  });

  it('a sheet without a date or title column converts nothing (exit 1)', async () => {
    const dir = tempFiles({ 'a.csv': 'id,name\nx,y\n' });
    const { code, stdout, stderr } = await cli(['from-csv', `${dir}/a.csv`, ...org]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /error: has no date column/);
    assert.match(stderr, /error: has no title column/);
  });

  it('unknown and repeated columns are warnings; the rest converts (exit 0)', async () => {
    const dir = tempFiles({
      'a.csv': 'id,date,title,Colour,title\nx,2020,T (fictitious),red,again\n',
    });
    const { code, feed, stderr } = await convert([`${dir}/a.csv`, ...org]);
    assert.equal(code, 0);
    assert.equal(feed!.activities[0].title, 'T (fictitious)');
    assert.match(stderr, /warning: column "Colour" is not one this tool knows/);
    assert.match(stderr, /warning: column "title" appears more than once/);
  });

  it('a header with no data rows gives a feed with no activities and a warning', async () => {
    const dir = tempFiles({ 'a.csv': 'id,date,title\n' });
    const { code, feed, stderr } = await convert([`${dir}/a.csv`, ...org]);
    assert.equal(code, 0);
    assert.deepEqual(feed!.activities, []);
    assert.match(stderr, /warning: has no data rows/);
  });

  it('--encoding reads a Windows-1256 sheet; without it the file is refused, not garbled', async () => {
    const sheet = 'id,date,title_ar\nw1,2021,ورشة عمل (وهمية)\n';
    const dir = tempFiles({ 'a.csv': windows1256(sheet) });
    const refused = await convert([`${dir}/a.csv`, ...org]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /is not valid utf-8 text/);
    const { code, feed } = await convert([`${dir}/a.csv`, '--encoding', 'windows-1256', ...org]);
    assert.equal(code, 0);
    assert.deepEqual(feed!.activities[0].title, { ar: 'ورشة عمل (وهمية)' });
  });
});

describe('from-csv: usage and input errors', () => {
  for (const lang of LANGS) {
    it(`an organization is needed: --base or --org-id/--org-name (exit 2) [${lang}]`, async () => {
      const { code, stdout, stderr } = await cli([
        'from-csv',
        '--lang',
        lang,
        `${SAMPLES}activities.csv`,
      ]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        lang === 'en' ? /--base FILE, or --org-id and --org-name/ : /--base FILE/,
      );
      if (lang === 'ar') assert.match(stderr, /[\u0600-\u06ff]/);
    });
  }

  it('a missing sheet exits with 3', async () => {
    const { code, stderr } = await cli([
      'from-csv',
      'nowhere.csv',
      '--org-id',
      'o',
      '--org-name',
      'O',
    ]);
    assert.equal(code, 3);
    assert.equal(stderr, 'nowhere.csv: error: file not found\n');
  });

  it('a base that is not JSON is reported with its line and column (exit 1)', async () => {
    const dir = tempFiles({ 'base.json': '{\n  "version": 1,\n}\n' });
    const { code, stderr } = await cli([
      'from-csv',
      `${SAMPLES}activities.csv`,
      '--base',
      `${dir}/base.json`,
    ]);
    assert.equal(code, 1);
    assert.equal(stderr, `${dir}/base.json:3:1: error: is not valid JSON (unexpected character)\n`);
  });

  it('two sheets, an unknown option, an unknown encoding: exit 2', async () => {
    for (const args of [
      ['a.csv', 'b.csv'],
      ['a.csv', '--colour'],
      ['a.csv', '--encoding', 'klingon'],
      [],
    ]) {
      const { code } = await cli(['from-csv', ...args]);
      assert.equal(code, 2, args.join(' '));
    }
  });
});
