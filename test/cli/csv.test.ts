// The CSV reader and the column names: RFC 4180, Excel's variants, HXL hashtags.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDelimiter, parseCsv } from '../../src/feed/csv/read.js';
import {
  activityColumn,
  hxlColumn,
  isHashtagRow,
  lookupColumn,
  parseHashtag,
} from '../../src/convert/columns.js';
import { decode, EncodingError } from '../../src/cli/io.js';

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

describe('csv: encodings', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('drops a UTF-8 byte order mark', () => {
    assert.equal(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ok')])), 'ok');
  });

  it('reads UTF-16 with a byte order mark, little- or big-endian', () => {
    assert.equal(decode(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x27, 0x06])), 'aا');
    assert.equal(decode(new Uint8Array([0xfe, 0xff, 0, 0x61, 0x06, 0x27])), 'aا');
  });

  it('refuses bytes that are not UTF-8 rather than replacing them', () => {
    assert.throws(() => decode(new Uint8Array([0x61, 0xc7, 0xe1])), EncodingError);
  });
});

describe('columns: plain headers', () => {
  const meaning = (header: string) => {
    const c = activityColumn(header, 0);
    return c && [c.field, c.lang ?? null, c.role ?? null, c.key ?? null];
  };

  it('reads fields, language suffixes, roles and counts', () => {
    assert.deepEqual(meaning('title_ar'), ['title', 'ar', null, null]);
    assert.deepEqual(meaning('Title EN'), ['title', 'en', null, null]);
    assert.deepEqual(meaning('summary_ar-IQ'), ['summary', 'ar-IQ', null, null]);
    assert.deepEqual(meaning('end_date'), ['endDate', null, null, null]);
    assert.deepEqual(meaning('people_role_en'), ['peopleRole', 'en', null, null]);
    assert.deepEqual(meaning('image_alt_ar'), ['imageAlt', 'ar', null, null]);
    assert.deepEqual(meaning('partners_funding'), ['partners', null, 'funding', null]);
    assert.deepEqual(meaning('count_voters_registered'), [
      'count',
      null,
      null,
      'voters_registered',
    ]);
    assert.deepEqual(meaning('women'), ['count', null, null, 'women']);
    assert.equal(meaning('partners_sponsor'), undefined);
    assert.equal(meaning('id_card'), undefined);
  });

  it('lookup sheets: names, short names, labels', () => {
    assert.deepEqual(lookupColumn('short_name_en', 0), {
      field: 'shortName',
      lang: 'en',
      index: 0,
      header: 'short_name_en',
    });
    assert.deepEqual(lookupColumn('label_ar', 1), {
      field: 'label',
      lang: 'ar',
      index: 1,
      header: 'label_ar',
    });
  });
});

describe('columns: HXL hashtags', () => {
  const meaning = (tag: string) => {
    const c = hxlColumn(tag, 0);
    return c && [c.field, c.lang ?? null, c.role ?? null, c.key ?? null];
  };

  it('parses hashtags with attributes, in any case and spacing', () => {
    assert.deepEqual(parseHashtag(' #Activity +Title +AR '), {
      tag: 'activity',
      attributes: new Set(['title', 'ar']),
    });
    assert.equal(parseHashtag('Title'), undefined);
    assert.ok(isHashtagRow(['#date', '', '#org+funder']));
    assert.ok(!isHashtagRow(['#date', 'Title']));
    assert.ok(!isHashtagRow(['', '']));
  });

  it('maps the humanitarian hashtags to feed fields', () => {
    assert.deepEqual(meaning('#date'), ['date', null, null, null]);
    assert.deepEqual(meaning('#date+end'), ['endDate', null, null, null]);
    assert.deepEqual(meaning('#activity+title+ar'), ['title', 'ar', null, null]);
    assert.deepEqual(meaning('#activity+name+i_en'), ['title', 'en', null, null]);
    assert.deepEqual(meaning('#activity+code'), ['id', null, null, null]);
    assert.deepEqual(meaning('#description+ar'), ['summary', 'ar', null, null]);
    assert.deepEqual(meaning('#org+funder'), ['partners', null, 'funding', null]);
    assert.deepEqual(meaning('#org+impl'), ['partners', null, 'implementing', null]);
    assert.deepEqual(meaning('#org'), ['partners', null, null, null]);
    assert.deepEqual(meaning('#adm1+code'), ['region', null, null, null]);
    assert.deepEqual(meaning('#adm1+name+ar'), ['region', 'ar', null, null]);
    assert.deepEqual(meaning('#loc+name+en'), ['location', 'en', null, null]);
    assert.deepEqual(meaning('#geo+lat'), ['lat', null, null, null]);
    assert.deepEqual(meaning('#reached'), ['count', null, null, 'participants']);
    assert.deepEqual(meaning('#reached+f'), ['count', null, null, 'women']);
    assert.deepEqual(meaning('#reached+m+adults'), ['count', null, null, 'men']);
    assert.deepEqual(meaning('#reached+f+children'), ['count', null, null, 'girls']);
    assert.deepEqual(meaning('#reached+m+children'), ['count', null, null, 'boys']);
    assert.deepEqual(meaning('#reached+num+youth'), ['count', null, null, 'youth']);
    assert.deepEqual(meaning('#indicator+value+sessions'), ['count', null, null, 'sessions']);
    assert.deepEqual(meaning('#contact+name+ar'), ['people', 'ar', null, null]);
    assert.equal(meaning('#reached+f+elderly'), undefined);
    assert.equal(meaning('#sector'), undefined);
  });
});
