// to-iati and from-iati: files valid against the IATI 2.03 schema (checked with xmllint), the
// round trip, the code mappings, unusual but valid IATI files, and broken XML.
//
// IATI identifiers here are made up and marked as such: XX-TEST-1 (the reporting organisation),
// XX-TEST-2 …; "XX" is not a country and no registry agency uses it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { fromIati, IatiReadError, IatiReader } from '../../src/cli/iati/from-iati.js';
import { toIati, type ToIatiOptions } from '../../src/cli/iati/to-iati.js';
import {
  breakdownKey,
  roleFromCode,
  ROLE_CODES,
  typeFromCode,
  TYPE_CODES,
} from '../../src/cli/iati/codes.js';
import {
  iatiLabels,
  loadLabelCatalogues,
  regionNames,
} from '../../src/cli/commands/iati-support.js';
import {
  cli,
  LANGS,
  readText,
  root,
  sampleFeed,
  tempDir,
  tempFiles,
  type Json,
} from './support.js';

const SCHEMA = join(root, 'test', 'fixtures', 'iati', 'schema-2.03', 'iati-activities-schema.xsd');
const ORG = ['--org-ref', 'XX-TEST-1', '--org-type', '22'];
const FIXTURES = `${root}test/cli/fixtures/iati/`;

/** Validates a file against the IATI 2.03 schema; fails with xmllint's own words. */
function assertSchemaValid(file: string): void {
  assert.ok(existsSync(SCHEMA), `the IATI 2.03 schema is missing at ${SCHEMA}`);
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') {
      assert.fail(
        'xmllint is missing: install libxml2-utils (apt-get install libxml2-utils); .ci/run does',
      );
    }
    assert.fail(`${file} is not valid IATI 2.03:\n${e.stderr?.toString().slice(0, 4000)}`);
  }
}

/** The elements named `name` in `xml`, as text (the files here are ours: no nesting of the same name). */
const elements = (xml: string, name: string) =>
  xml.match(new RegExp(`<${name}[ >][\\s\\S]*?</${name}>|<${name}[^>]*/>`, 'g')) ?? [];

const options = (extra: Partial<ToIatiOptions> = {}): ToIatiOptions => ({
  organisation: { ref: 'XX-TEST-1', type: '22' },
  labels: iatiLabels,
  now: new Date('2024-06-15T00:00:00Z'),
  ...extra,
});

const feedOf = (json: unknown): Feed => parseFeed(json);

/** The generated 1,000-activity feed, from the generator (deterministic). */
function generated(count = 1000): string {
  const dir = tempDir();
  const out = join(dir, `synthetic-${count}.json`);
  execFileSync(process.execPath, [
    `${root}scripts/generate-feed.mjs`,
    '--count',
    String(count),
    '--out',
    out,
  ]);
  return out;
}

describe('to-iati: files valid against the IATI 2.03 schema', () => {
  it('the demo feed', async () => {
    const dir = tempDir();
    const out = join(dir, 'activities.xml');
    const { code, stdout, stderr } = await cli([
      'to-iati',
      'demo/feeds/ishraqat.json',
      ...ORG,
      '-o',
      out,
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assertSchemaValid(out);
    const xml = readFileSync(out, 'utf8');
    assert.equal(elements(xml, 'iati-activity').length, 2);
    assert.match(
      xml,
      /<iati-identifier>XX-TEST-1-muthanna-voter-register-conference-2023<\/iati-identifier>/,
    );
    assert.match(xml, /<reporting-org ref="XX-TEST-1" type="22">/);
    assert.match(
      xml,
      /<narrative xml:lang="ar">مؤتمر مفوضية الانتخابات في المثنى حول تحديث سجل الناخبين<\/narrative>/,
    );
    assert.match(
      xml,
      /<narrative xml:lang="en">IHEC Al-Muthanna conference on updating the voter register<\/narrative>/,
    );
    // UNAMI and UNDP funded the 2021 project (role 1), and are UN bodies (type 40, multilateral).
    const funders = elements(xml, 'participating-org').filter((p) => p.includes('role="1"'));
    assert.equal(funders.length, 2);
    assert.ok(
      funders.every((p) => p.includes('type="40"') && !p.includes(' ref=')),
      'no invented refs',
    );
    // IHEC has no role in the feed: it is not listed, and the report says so.
    const orgs = elements(xml, 'participating-org');
    assert.ok(!orgs.some((p) => p.includes('Independent High Electoral Commission')));
    assert.match(stderr, /partners named without a role \(ihec\)/);
    assert.match(xml, /<location ref="IQ-MU">/);
    assert.match(xml, /<recipient-country code="IQ"\/>/);
    assert.match(stderr, /budgets \(budget\)/);
    assert.match(stderr, /transactions/);
  });

  it('the generated 1,000-activity feed, per activity and per program', async () => {
    const feed = generated();
    const dir = tempDir();
    for (const per of ['activity', 'program']) {
      const out = join(dir, `activities-${per}.xml`);
      const { code, stderr } = await cli(['to-iati', feed, ...ORG, '--per', per, '-o', out]);
      assert.equal(code, 0, stderr);
      assertSchemaValid(out);
      const count = elements(readFileSync(out, 'utf8'), 'iati-identifier').length;
      if (per === 'activity') assert.equal(count, 1000);
      else assert.ok(count > 6 && count < 1000, `${count} IATI activities per program`);
    }
  });

  it('per program: the program is the activity, its activities its story, its targets in its results', async () => {
    const result = toIati(feedOf(sampleFeed()), options({ per: 'program' }));
    const file = join(tempDir(), 'program.xml');
    writeFileSync(file, result.xml);
    assertSchemaValid(file);
    const [program, alone] = elements(result.xml, 'iati-activity');
    assert.match(program!, /<iati-identifier>XX-TEST-1-prog<\/iati-identifier>/);
    assert.match(program!, /<narrative xml:lang="en">Test program<\/narrative>/);
    assert.match(program!, /2023-05-14: First test activity/);
    assert.match(program!, /<target value="100"\/>/);
    assert.match(alone!, /<iati-identifier>XX-TEST-1-a2<\/iati-identifier>/);
    assert.ok(!result.notes.some((n) => n.code === 'targets'), 'the program target is expressed');
  });

  it('text is escaped, and characters XML cannot hold are removed and counted', () => {
    const json = sampleFeed();
    json.activities[0].title = { en: 'Tom & Jerry <b>"quoted"</b>\u0007', ar: 'نص' };
    json.activities[0].summary = { en: 'line 1\r\nline 2' };
    const result = toIati(feedOf(json), options());
    const file = join(tempDir(), 'escaped.xml');
    writeFileSync(file, result.xml);
    assertSchemaValid(file);
    assert.match(result.xml, /Tom &amp; Jerry &lt;b&gt;"quoted"&lt;\/b&gt;</);
    assert.deepEqual(
      result.notes.find((n) => n.code === 'characters-removed'),
      { code: 'characters-removed', count: 1 },
    );
    const back = fromIati(result.xml).feed as Json;
    assert.equal(back.activities[0].title.en, 'Tom & Jerry <b>"quoted"</b>');
    assert.equal(back.activities[0].summary.en, 'line 1\r\nline 2');
  });

  it('actual or planned from the feed\'s "updated", and the status', () => {
    const json = sampleFeed();
    json.updated = '2023-06-01T00:00:00Z';
    json.activities[0].endDate = '2023-08';
    const xml = toIati(feedOf(json), options()).xml;
    const [a1, a2] = elements(xml, 'iati-activity');
    // a1: 2023-05-14 – 2023-08-31, under way on 1 June 2023.
    assert.match(a1!, /<activity-status code="2"\/>/);
    assert.match(a1!, /<activity-date type="2" iso-date="2023-05-14"\/>/);
    assert.match(a1!, /<activity-date type="3" iso-date="2023-08-31"\/>/);
    // a2: the year 2024, not started.
    assert.match(a2!, /<activity-status code="1"\/>/);
    assert.match(a2!, /<activity-date type="1" iso-date="2024-01-01"\/>/);
    assert.match(a2!, /<activity-date type="3" iso-date="2024-12-31"\/>/);
    json.updated = '2025-01-01T00:00:00Z';
    const later = toIati(feedOf(json), options()).xml;
    assert.match(later, /<activity-status code="4"\/>/);
    assert.doesNotMatch(later, /<activity-date type="[13]"/);
  });
});

describe('to-iati and from-iati: help', () => {
  for (const lang of LANGS) {
    it(`both are listed, and each has its own help [${lang}]`, async () => {
      const general = await cli(['--help', '--lang', lang]);
      assert.match(
        general.stdout,
        /ishraqat-feed to-iati FEED\.json --org-ref REF --org-type CODE/,
      );
      assert.match(general.stdout, /ishraqat-feed from-iati activities\.xml/);
      for (const command of ['to-iati', 'from-iati']) {
        const { code, stdout } = await cli([command, '--help', '--lang', lang]);
        assert.equal(code, 0);
        assert.ok(stdout.startsWith(`ishraqat-feed ${command}`), stdout);
        if (lang === 'ar') assert.match(stdout, /[\u0600-\u06ff]/);
      }
    });
  }
});

describe('to-iati: what it needs, and the mapping file', () => {
  for (const lang of LANGS) {
    it(`without the organisation's IATI identifier and type it says what it needs, exit 2 [${lang}]`, async () => {
      const dir = tempDir();
      const out = join(dir, 'activities.xml');
      const { code, stderr } = await cli([
        'to-iati',
        'demo/feeds/ishraqat.json',
        '-o',
        out,
        '--lang',
        lang,
      ]);
      assert.equal(code, 2);
      assert.match(stderr, /--org-ref/);
      assert.match(stderr, /--org-type/);
      assert.match(stderr, /--mapping/);
      if (lang === 'ar') assert.match(stderr, /معرّف منظمتك في IATI/);
      assert.ok(!existsSync(out), 'no file');
      const half = await cli([
        'to-iati',
        'demo/feeds/ishraqat.json',
        '--org-ref',
        'XX-TEST-1',
        '--lang',
        lang,
      ]);
      assert.equal(half.code, 2);
    });
  }

  it('refuses an organisation type that is not an IATI code, and a ref with spaces', async () => {
    const bad = await cli([
      'to-iati',
      'demo/feeds/ishraqat.json',
      '--org-ref',
      'XX-TEST-1',
      '--org-type',
      'ngo',
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--org-type ngo is not an IATI OrganisationType code/);
    const ref = await cli([
      'to-iati',
      'demo/feeds/ishraqat.json',
      '--org-ref',
      'XX TEST',
      '--org-type',
      '22',
    ]);
    assert.equal(ref.code, 2);
    assert.match(ref.stderr, /may not contain spaces/);
  });

  it('a mapping file gives the organisation, partner identifiers and types, and sectors', async () => {
    const dir = tempFiles({
      'feed.json': sampleFeed(),
      'iati.json': {
        organisation: { ref: 'XX-TEST-1', type: '22' },
        partners: { p2: { ref: 'XX-TEST-2' } },
        types: { ngo: '22', donor: '10' },
        sectors: { programs: { prog: '15150' }, tags: { elections: '15151' } },
      },
    });
    const { code, stdout, stderr } = await cli(['to-iati', 'feed.json', '--mapping', 'iati.json'], {
      cwd: dir,
    });
    assert.equal(code, 0, stderr);
    const [a1, a2] = elements(stdout, 'iati-activity');
    assert.match(a1!, /<participating-org ref="XX-TEST-2" type="10" role="1">/);
    assert.match(a1!, /<sector vocabulary="1" code="15150"\/>/);
    assert.doesNotMatch(a2!, /<sector /);
    assert.match(a2!, /<participating-org type="22" role="4">/);
    assert.doesNotMatch(stderr, /organisation types the feed's word does not decide/);
    const file = join(dir, 'out.xml');
    writeFileSync(file, stdout);
    assertSchemaValid(file);
  });

  it('a broken mapping file is refused with each problem, exit 2', async () => {
    const dir = tempFiles({
      'iati.json': {
        organisation: { ref: 'XX-TEST-1', type: '99' },
        types: { charity: '22' },
        sectors: { programs: { prog: 'water' } },
        colour: 'blue',
      },
      'broken.json': '{ "organisation": ',
    });
    const { code, stderr } = await cli(
      ['to-iati', `${root}demo/feeds/ishraqat.json`, '--mapping', 'iati.json'],
      { cwd: dir },
    );
    assert.equal(code, 2);
    assert.match(stderr, /organisation\.type: is not an IATI OrganisationType code/);
    assert.match(stderr, /types\.charity: is not a partner type/);
    assert.match(stderr, /sectors\.programs\.prog: is not a DAC sector code/);
    assert.match(stderr, /warning: .*colour: is not a field of the mapping file/);
    const json = await cli(
      ['to-iati', `${root}demo/feeds/ishraqat.json`, '--mapping', 'broken.json'],
      { cwd: dir },
    );
    assert.equal(json.code, 2);
    assert.match(json.stderr, /is not valid JSON/);
  });

  for (const lang of LANGS) {
    it(`the report is in the user's language [${lang}]`, async () => {
      const { code, stderr } = await cli([
        'to-iati',
        'demo/feeds/ishraqat.json',
        ...ORG,
        '--lang',
        lang,
      ]);
      assert.equal(code, 0);
      if (lang === 'ar') {
        assert.match(stderr, /ما سيطلبه IATI بعد/);
        assert.match(stderr, /الميزانيات \(budget\)/);
        assert.match(stderr, /شركاء ذُكروا بلا دور \(ihec\)/);
      } else {
        assert.match(stderr, /IATI will still ask for/);
      }
    });
  }

  it('relative links need --base-url; with it they become document links', async () => {
    const json = sampleFeed();
    json.activities[0].url = 'stories/a1.html';
    json.activities[0].images = [{ src: 'img/a1.jpg', alt: { en: 'The hall' }, credit: 'Test' }];
    const dir = tempFiles({ 'feed.json': json });
    const without = await cli(['to-iati', 'feed.json', ...ORG], { cwd: dir });
    assert.doesNotMatch(without.stdout, /<document-link/);
    assert.match(without.stderr, /--base-url/);
    const withBase = await cli(
      ['to-iati', 'feed.json', ...ORG, '--base-url', 'https://example.org/feed.json'],
      {
        cwd: dir,
      },
    );
    assert.match(
      withBase.stdout,
      /<document-link format="text\/html" url="https:\/\/example.org\/stories\/a1.html">/,
    );
    assert.match(
      withBase.stdout,
      /<document-link format="image\/jpeg" url="https:\/\/example.org\/img\/a1.jpg">/,
    );
  });
});

describe('the mappings', () => {
  it("roles: the feed's roles are IATI's codes 1–4, both ways", () => {
    assert.deepEqual(ROLE_CODES, {
      funding: '1',
      accountable: '2',
      extending: '3',
      implementing: '4',
    });
    for (const [role, code] of Object.entries(ROLE_CODES)) assert.equal(roleFromCode(code), role);
    assert.equal(roleFromCode('5'), undefined);
  });

  it("types: only where the feed's word decides the code; every IATI code reads back", () => {
    assert.deepEqual(TYPE_CODES, {
      government: '10',
      un: '40',
      private: '70',
      academic: '80',
      other: '90',
    });
    for (const [type, code] of Object.entries(TYPE_CODES)) assert.equal(typeFromCode(code), type);
    for (const code of ['21', '22', '23', '24']) assert.equal(typeFromCode(code), 'ngo');
    assert.equal(typeFromCode('11'), 'government');
    assert.equal(typeFromCode('99'), undefined);
    const json = sampleFeed();
    const xml = toIati(feedOf(json), options()).xml;
    // p1 is an "ngo", p2 a "donor": neither decides an IATI type, so there is none.
    assert.match(xml, /<participating-org role="4">\s*<narrative xml:lang="en">Partner one/);
    assert.match(xml, /<participating-org role="1">\s*<narrative xml:lang="en">Partner two/);
  });

  it('regions: ISO 3166-2 code as the location ref, the country as an A4 admin code, the region name when the place has none', async () => {
    await loadLabelCatalogues();
    const json = sampleFeed();
    json.activities[1].location = { region: { en: 'Marshlands', ar: 'الأهوار' } };
    const xml = toIati(feedOf(json), options()).xml;
    const [first, second] = elements(xml, 'location');
    assert.match(first!, /<location ref="IQ-BG">/);
    assert.match(first!, /<narrative xml:lang="en">Baghdad<\/narrative>/);
    assert.match(first!, /<narrative xml:lang="ar">بغداد<\/narrative>/);
    assert.match(first!, /<administrative vocabulary="A4" level="0" code="IQ"\/>/);
    assert.match(first!, /<pos>33.3 44.4<\/pos>/);
    assert.match(second!, /<description>\s*<narrative xml:lang="en">Marshlands/);
    const back = fromIati(xml, { regionNames }).feed as Json;
    assert.deepEqual(back.activities[0].location, { region: 'IQ-BG', lat: 33.3, lon: 44.4 });
    assert.deepEqual(back.activities[1].location, { region: { en: 'Marshlands', ar: 'الأهوار' } });
  });

  it('sexes: women, men, girls, boys are dimensions of people reached, and read back', () => {
    const json = sampleFeed();
    json.activities[0].counts = { participants: 60, women: 25, men: 15, girls: 12, boys: 8 };
    const xml = toIati(feedOf(json), options()).xml;
    assert.match(
      xml,
      /<actual value="25">\s*<dimension name="sex" value="female"\/>\s*<dimension name="age" value="adult"\/>/,
    );
    assert.match(
      xml,
      /<actual value="8">\s*<dimension name="sex" value="male"\/>\s*<dimension name="age" value="child"\/>/,
    );
    assert.deepEqual((fromIati(xml).feed as Json).activities[0].counts, json.activities[0].counts);
    assert.equal(breakdownKey('F', undefined), 'women');
    assert.equal(breakdownKey('male', 'under 18'), 'boys');
    assert.equal(breakdownKey('girls', undefined), 'girls');
    assert.equal(breakdownKey('other', undefined), undefined);
  });
});

describe('round trip: from-iati(to-iati(feed))', () => {
  /** What must survive, activity by activity. */
  function essentials(feed: Feed) {
    return feed.activities.map((a) => ({
      id: a.id,
      title: a.title,
      summary: a.summary,
      start: a.date.start,
      end: (a.endDate ?? a.date).end,
      partners: a.partners
        .filter((p) => p.role)
        .map((p) => `${JSON.stringify(feed.partners.get(p.id)!.name)}:${p.role}`)
        .sort(),
      region: a.location?.region,
      counts: a.counts,
      tags: a.tags,
    }));
  }

  async function roundTrip(json: unknown) {
    await loadLabelCatalogues();
    const feed = feedOf(json);
    const xml = toIati(feed, options()).xml;
    const result = fromIati(xml, { regionNames });
    const back = parseFeed(result.feed);
    assert.deepEqual(
      back.problems.filter((p) => p.severity === 'error'),
      [],
    );
    return { feed, back, xml };
  }

  it('the sample feed: every activity, both languages, dates, partners and roles, regions, counts', async () => {
    const { feed, back } = await roundTrip(sampleFeed());
    assert.deepEqual(essentials(back), essentials(feed));
    assert.deepEqual(
      back.activities.map((a) => a.date.text),
      ['2023-05-14', '2024'],
    );
  });

  it('the demo feed, through the command line and files', async () => {
    const dir = tempDir();
    const xml = join(dir, 'activities.xml');
    const json = join(dir, 'feed.json');
    assert.equal((await cli(['to-iati', 'demo/feeds/ishraqat.json', ...ORG, '-o', xml])).code, 0);
    const { code, stderr } = await cli(['from-iati', xml, '-o', json]);
    assert.equal(code, 0, stderr);
    const feed = feedOf(JSON.parse(readText('demo/feeds/ishraqat.json')));
    const back = feedOf(JSON.parse(readFileSync(json, 'utf8')));
    assert.deepEqual(essentials(back), essentials(feed));
    // Year-precision dates come back as years.
    assert.deepEqual(
      back.activities.map((a) => a.date.text),
      ['2023', '2021'],
    );
    assert.deepEqual(back.organization.name, feed.organization.name);
    assert.equal(back.country, 'IQ');
  });

  it('the generated 1,000-activity feed', async () => {
    const json = JSON.parse(readFileSync(generated(), 'utf8'));
    const { feed, back } = await roundTrip(json);
    assert.equal(back.activities.length, 1000);
    assert.deepEqual(essentials(back), essentials(feed));
    // Same-precision dates keep their text; mixed precisions keep their days.
    const same = feed.activities.filter(
      (a) => !a.endDate || a.endDate.precision === a.date.precision,
    );
    const texts = new Map(back.activities.map((a) => [a.id, a.date.text]));
    for (const a of same) {
      if (a.date.precision !== 'day' || !a.endDate)
        assert.equal(texts.get(a.id), a.date.text, a.id);
    }
  });
});

describe('from-iati: unusual shapes of valid IATI files', () => {
  it('the fixture is valid IATI (2.03 schema)', () =>
    assertSchemaValid(`${FIXTURES}unusual-shapes.xml`));

  it('several activities, narratives in four languages, dates, partners, places, people counted', async () => {
    const { code, stdout, stderr } = await cli(['from-iati', `${FIXTURES}unusual-shapes.xml`]);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed.organization, {
      id: 'xx-test-1',
      name: { en: 'Test publisher (fictitious)', ar: 'ناشر تجريبي (وهمي)' },
    });
    assert.equal(feed.activities.length, 3);
    const [water, other, planned] = feed.activities;
    // A narrative without xml:lang is in the activity's language.
    assert.deepEqual(Object.keys(water.title), ['en', 'ar', 'ku', 'fr']);
    assert.equal(water.title.en, 'Clean water for schools & clinics');
    assert.equal(water.summary.en, 'Line one <not a tag>.\nLine two.');
    // Actual start before planned start; planned end when there is no actual end.
    assert.equal(water.date, '2020-03-05');
    assert.equal(water.endDate, '2020-06-30');
    assert.deepEqual(water.partners, [
      { id: 'xx-test-2', role: 'funding' },
      { id: 'ministry-three-fictitious', role: 'accountable' },
      { id: 'agency-four-fictitious', role: 'extending' },
    ]);
    assert.deepEqual(
      feed.partners.map((p: Json) => [p.id, p.type]),
      [
        ['xx-test-2', 'ngo'],
        ['ministry-three-fictitious', 'government'],
        ['agency-four-fictitious', undefined],
      ],
    );
    assert.deepEqual(water.location, {
      name: { en: 'Al-Zubair school' },
      region: 'IQ-BA',
      lat: 30.39,
      lon: 47.7,
    });
    assert.deepEqual(water.counts, { participants: 50, women: 18, men: 12, girls: 7 });
    assert.equal(water.url, 'https://example.org/water-2020');
    assert.deepEqual(water.images, [
      {
        src: 'https://example.org/water.jpg',
        alt: { en: 'Children at a new tap' },
        credit: { en: 'Photo: test' },
      },
    ]);
    assert.deepEqual(water.tags, ['water']);
    // Only a planned end date; an identifier that is not the publisher's prefix stays whole.
    assert.equal(other.id, 'OTHER-ID-1');
    assert.equal(other.date, '2024-12-31');
    assert.deepEqual(other.title, { ar: 'نشاط بتاريخ نهاية مخطط فقط' });
    assert.deepEqual(other.location, { region: 'IQ-MU' });
    // A whole month of planned dates reads back as the month; a description equal to the title is no summary.
    assert.equal(planned.date, '2025-01');
    assert.equal(planned.summary, undefined);
    assert.equal(feed.country, 'IQ');
    // Everything else is reported.
    assert.match(stderr, /sector \(1\), budget \(1\), transaction \(1\), ext:note \(1\)/);
    assert.match(stderr, /results not counted in people: Percentage of schools with water/);
    assert.match(stderr, /further locations \(a feed activity has one place\): 1/);
    assert.match(stderr, /documents other than a web page or an image: 1/);
    assert.match(stderr, /result targets .*: 1/);
    // The feed written is one the widgets show whole.
    const parsed = parseFeed(feed);
    assert.deepEqual(
      parsed.problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('an activity with no date or no title is left out and named; the others are kept', () => {
    const xml = readText('test/cli/fixtures/iati/unusual-shapes.xml').replace(
      /<activity-date type="3" iso-date="2024-12-31"\/>/,
      '',
    );
    const result = fromIati(xml);
    assert.equal(result.activities, 2);
    assert.deepEqual(
      result.notes.find((n) => n.code === 'no-date'),
      {
        code: 'no-date',
        count: 1,
        items: ['OTHER-ID-1'],
      },
    );
  });

  it('reads a file whatever its chunks: split inside tags, entities and Arabic letters', () => {
    const text = readText('test/cli/fixtures/iati/unusual-shapes.xml');
    const whole = fromIati(text).feed;
    for (const size of [1, 7, 64]) {
      const reader = new IatiReader();
      for (let at = 0; at < text.length; at += size) reader.write(text.slice(at, at + size));
      assert.deepEqual(reader.close().feed, whole, `chunks of ${size}`);
    }
  });

  it('streams a file of tens of megabytes (read in 64 KB chunks, UTF-8 split across them)', async () => {
    const feed = generated();
    const dir = tempDir();
    const one = join(dir, 'one.xml');
    assert.equal((await cli(['to-iati', feed, ...ORG, '-o', one])).code, 0);
    const xml = readFileSync(one, 'utf8');
    const body = xml.slice(xml.indexOf('<iati-activity '), xml.lastIndexOf('</iati-activities>'));
    const copies = Math.ceil(20e6 / Buffer.byteLength(body));
    const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n'];
    for (let k = 0; k < copies; k++) {
      parts.push(body.replace(/<iati-identifier>XX-TEST-1-/g, `<iati-identifier>XX-TEST-1-c${k}-`));
    }
    parts.push('</iati-activities>\n');
    const big = join(dir, 'big.xml');
    writeFileSync(big, parts.join(''));
    const { code, stderr } = await cli(['from-iati', big, '-o', join(dir, 'big.json')]);
    assert.equal(code, 0, stderr);
    const back = JSON.parse(readFileSync(join(dir, 'big.json'), 'utf8'));
    assert.equal(back.activities.length, copies * 1000);
    assert.match(back.activities[copies * 1000 - 1].title.ar, /تجريبي/);
  });
});

describe('from-iati: broken input', () => {
  for (const lang of LANGS) {
    it(`broken XML: a clear error with its line, exit 1, nothing written [${lang}]`, async () => {
      const dir = tempDir();
      const out = join(dir, 'feed.json');
      writeFileSync(out, 'the previous feed\n');
      const { code, stdout, stderr } = await cli([
        'from-iati',
        `${FIXTURES}broken.xml`,
        '-o',
        out,
        '--lang',
        lang,
      ]);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /broken\.xml:9:\d+: /);
      assert.match(stderr, lang === 'ar' ? /ليس XML سليم البنية/ : /is not well-formed XML/);
      assert.equal(readFileSync(out, 'utf8'), 'the previous feed\n', 'the old file is untouched');
      assert.deepEqual(readdirSync(dir), ['feed.json'], 'no temporary file left behind');
    });
  }

  it('a file cut short, another XML file, an old IATI version, no activities, bad UTF-8: exit 1, no file', async () => {
    const dir = tempFiles({
      'cut.xml': readText('test/cli/fixtures/iati/unusual-shapes.xml').slice(0, 2000),
      'rss.xml': '<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
      'old.xml': '<iati-activities version="1.05"><iati-activity/></iati-activities>',
      'empty.xml': '<iati-activities version="2.03"></iati-activities>',
      'latin1.xml': new Uint8Array([
        ...new TextEncoder().encode('<iati-activities version="2.03"><!-- '),
        0xe9,
        0x20,
        0x2d,
        0x2d,
        0x3e,
      ]),
    });
    const expected: Record<string, RegExp> = {
      'cut.xml': /is not well-formed XML/,
      'rss.xml': /is not an IATI activity file \(its root element is rss/,
      'old.xml': /is IATI version 1\.05/,
      'empty.xml': /holds no iati-activity/,
      'latin1.xml': /is not valid UTF-8/,
    };
    for (const [name, message] of Object.entries(expected)) {
      const { code, stderr } = await cli(['from-iati', name, '-o', 'feed.json'], { cwd: dir });
      assert.equal(code, 1, name);
      assert.match(stderr, message, name);
      assert.ok(!existsSync(join(dir, 'feed.json')), `${name}: no file`);
    }
    assert.equal((await cli(['from-iati', 'missing.xml'], { cwd: dir })).code, 3);
  });

  it('entities are not expanded from a DTD (no billion laughs, no external files)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY ext SYSTEM "file:///etc/passwd">]><iati-activities version="2.03"><iati-activity><title><narrative>&ext;</narrative></title></iati-activity></iati-activities>`;
    assert.throws(
      () => fromIati(xml),
      (e: unknown) => e instanceof IatiReadError && e.code === 'xml',
    );
  });
});
