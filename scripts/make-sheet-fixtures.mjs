#!/usr/bin/env node
// Writes the spreadsheet fixtures of the converter's tests into test/fixtures/sheets/. All of
// it is GENERATED test data: placeholder organisations ("Placeholder Fund A" …), made-up
// activities. Run again after changing it: `node scripts/make-sheet-fixtures.mjs`.
//
// - activities.xlsx: written by exceljs (a maintained writer independent of our reader), with
//   real Excel date cells (numFmt dd/mm/yyyy and mmmm yyyy), a formula with its cached value,
//   Arabic text, a second sheet "Partners" (for --sheet), and a 1904-date workbook variant.
// - arabic-excel.csv: a sheet as Excel in an Arabic locale saves "CSV": a byte order mark,
//   semicolons, DD/MM/YYYY dates, Arabic-Indic digits in dates and counts.
// - hxl-humanitarian.csv: an HXL-tagged, IATI-derived-shaped humanitarian activity list (48
//   rows, DD/MM/YYYY dates), as HDX exports look; placeholder organisation names only.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const dir = fileURLToPath(new URL('../test/fixtures/sheets/', import.meta.url));
await mkdir(dir, { recursive: true });

/** A calendar date as Excel stores it: exceljs takes a JS Date and writes its UTC day. */
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

async function workbook(file, { date1904 = false } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ishraqat test fixtures (generated)';
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Activities');
  ws.addRow([
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
  const rows = [
    [
      'xl-1',
      day(2021, 2, 1),
      day(2021, 2, 3),
      'ورشة تدريبية للشباب',
      'Youth training workshop',
      'Placeholder Fund A',
      12,
      8,
    ],
    [
      'xl-2',
      day(2008, 10, 16),
      null,
      'جلسة حوار مجتمعي',
      'Community dialogue session',
      'Placeholder Agency B',
      30,
      25,
    ],
    ['xl-3', day(2023, 12, 31), null, 'حملة توعية', 'Awareness campaign', '', 5, 7],
    ['xl-4', day(2022, 6, 1), null, 'تقرير شهري', 'Monthly report', '', null, null],
  ];
  for (const [k, r] of rows.entries()) {
    const row = ws.addRow(r);
    row.getCell(2).numFmt = k === 3 ? 'mmmm yyyy' : 'dd/mm/yyyy';
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    // participants = women + men, a formula with the value Excel would have cached.
    const n = row.number;
    const [women, men] = [r[6], r[7]];
    if (women !== null) row.getCell(9).value = { formula: `G${n}+H${n}`, result: women + men };
  }
  const partners = wb.addWorksheet('Partners');
  partners.addRow(['id', 'name_en', 'name_ar', 'type']);
  partners.addRow(['fund-a', 'Placeholder Fund A', 'الصندوق أ (اسم مؤقت)', 'donor']);
  partners.addRow(['agency-b', 'Placeholder Agency B', 'الوكالة ب (اسم مؤقت)', 'un']);
  await wb.xlsx.writeFile(`${dir}${file}`);
}

await workbook('activities.xlsx');
await workbook('activities-1904.xlsx', { date1904: true });

// Excel, Arabic locale, "CSV (comma delimited)": semicolons, BOM, DD/MM/YYYY, Arabic-Indic digits.
const indic = (s) => String(s).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const arabic = [
  ['id', 'date', 'title_ar', 'title_en', 'region', 'women', 'men'],
  [
    'ar-1',
    '16/10/2008',
    'اجتماع تنسيقي؛ الجولة الأولى',
    'Coordination meeting; first round',
    'IQ-MU',
    '12',
    '9',
  ],
  ['ar-2', indic('01/02/2021'), 'ورشة عمل', 'Workshop', 'IQ-BG', indic(40), indic(35)],
  ['ar-3', indic('5/3/2022'), 'زيارة ميدانية', 'Field visit', 'IQ-BA', indic('1,200'), ''],
  ['ar-4', '31/12/2023', 'ختام المشروع', 'Project closing', '', '', ''],
  ['ar-5', indic('2023'), 'تقرير سنوي', 'Annual report', '', '', ''],
];
const quote = (c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
await writeFile(
  `${dir}arabic-excel.csv`,
  `\uFEFF${arabic.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`,
);

// HXL humanitarian sheet, IATI-derived in shape (identifier, title, dates, orgs, sector).
const regions = ['IQ-NI', 'IQ-AN', 'IQ-DI', 'IQ-KI', 'IQ-SD', 'IQ-BA'];
const sectors = ['Protection', 'Education', 'WASH', 'Livelihoods'];
const orgs = ['Placeholder NGO C', 'Placeholder NGO D', 'Placeholder Agency B'];
const funders = ['Placeholder Fund A', 'Placeholder Fund E'];
const hxl = [
  [
    'IATI Identifier',
    'Activity title',
    'Start date',
    'End date',
    'Reporting org',
    'Funding org',
    'Implementing org',
    'Sector',
    'Governorate',
    'People reached',
    'Women reached',
  ],
  [
    '#activity+code',
    '#activity+title+en',
    '#date+start',
    '#date+end',
    '#org+accountable',
    '#org+funder',
    '#org+impl',
    '#sector',
    '#adm1+code',
    '#reached',
    '#reached+f',
  ],
];
for (let i = 1; i <= 48; i++) {
  const start = day(2016 + (i % 8), 1 + (i % 12), 1 + ((i * 7) % 28));
  const end = day(start.getUTCFullYear() + 1, 1 + ((i + 5) % 12), 1 + ((i * 3) % 28));
  const dmy = (d) =>
    `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  hxl.push([
    `XM-PLACEHOLDER-${String(i).padStart(4, '0')}`,
    `${sectors[i % 4]} response, phase ${1 + (i % 3)} (generated)`,
    dmy(start),
    i % 5 === 0 ? '' : dmy(end),
    orgs[i % 3],
    funders[i % 2],
    orgs[(i + 1) % 3],
    sectors[i % 4],
    regions[i % 6],
    String(100 + i * 37),
    String(40 + i * 11),
  ]);
}
const comma = (c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
await writeFile(
  `${dir}hxl-humanitarian.csv`,
  `${hxl.map((r) => r.map(comma).join(',')).join('\n')}\n`,
);
console.log(`wrote ${dir}`);
