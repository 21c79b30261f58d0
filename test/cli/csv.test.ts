// Reading spreadsheets in the command line: encodings, column names, HXL hashtags. (The CSV
// reader and writer themselves: csv-format.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activityColumn,
  hxlColumn,
  isHashtagRow,
  lookupColumn,
  parseHashtag,
} from '../../src/convert/columns.js';
import { decode, EncodingError } from '../../src/cli/io.js';

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
