// `ishraqat-feed schema`: generated from src/feed/schema.ts, committed as
// schema/feed-v1.schema.json, and a standard validator (Ajv, draft-07) accepts the demo feeds
// and the converted samples with it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { cli, type Json, readText, root } from './support.js';

const require = createRequire(import.meta.url);
// Ajv is CommonJS; the test bundle leaves it in node_modules.
const Ajv = require(`${root}node_modules/ajv`) as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & {
    errors?: { instancePath: string; message?: string }[] | null;
  };
};

async function schemaText() {
  const { code, stdout } = await cli(['schema']);
  assert.equal(code, 0);
  return stdout;
}

async function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(await schemaText()) as object);
}

const errorsOf = (v: Awaited<ReturnType<typeof validator>>) =>
  (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

describe('schema', () => {
  it('the committed schema/feed-v1.schema.json is what the code generates (npm run schema)', async () => {
    assert.equal(readText('schema/feed-v1.schema.json'), await schemaText());
  });

  it('--check says whether a file is up to date, for CI', async () => {
    assert.equal((await cli(['schema', '--check', 'schema/feed-v1.schema.json'])).code, 0);
    const stale = await cli(['schema', '--check', 'package.json']);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /package\.json is out of date: run npm run schema/);
  });

  it('is draft-07 with an $id, a title and the definitions of schema.ts', async () => {
    const schema = JSON.parse(await schemaText()) as Json;
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(schema.$id, /feed-v1\.schema\.json$/);
    assert.equal(schema.title, 'Ishraqat activity feed, version 1');
    assert.deepEqual(schema.required, ['version', 'organization', 'activities']);
    for (const name of [
      'Activity',
      'Partner',
      'LocalizedText',
      'CalendarDate',
      'Id',
      'Url',
      'Count',
    ]) {
      assert.ok(schema.$defs[name], name);
    }
    assert.deepEqual(schema.$defs.Partner.properties.type.enum, [
      'donor',
      'government',
      'un',
      'ngo',
      'private',
      'academic',
      'media',
      'other',
    ]);
    // Regex patterns are kept.
    assert.equal(schema.properties.country.pattern, '^[A-Za-z]{2}$');
    assert.equal(schema.$defs.LanguageTag.pattern, '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$');
  });

  it('Ajv accepts the demo feeds and the converted samples', async () => {
    const validate = await validator();
    for (const file of [
      'demo/feeds/ishraqat.json',
      'demo/feeds/synthetic-1000.json',
      'test/cli/golden/ishraqat.feed.json',
    ]) {
      assert.ok(validate(JSON.parse(readText(file))), `${file}: ${errorsOf(validate)}`);
    }
    const { stdout } = await cli([
      'from-csv',
      'samples/ishraqat/activities-hxl.csv',
      '--partners',
      'samples/ishraqat/partners.csv',
      '--programs',
      'samples/ishraqat/programs.csv',
      '--base',
      'samples/ishraqat/base.json',
    ]);
    assert.ok(validate(JSON.parse(stdout)), errorsOf(validate));
  });

  it('Ajv rejects what the schema can express: a missing title, a month 13, a blank id, an empty text object', async () => {
    const validate = await validator();
    const feed = JSON.parse(readText('demo/feeds/broken-10.json')) as Json;
    assert.equal(validate(feed), false);
    const errors = errorsOf(validate);
    assert.match(errors, /\/activities\/3\/date must match pattern/);
    assert.match(errors, /\/activities\/5 must have required property 'title'/);

    const base = JSON.parse(readText('demo/feeds/ishraqat.json')) as Json;
    const broken = (change: (f: Json) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return validate(copy);
    };
    assert.equal(
      broken((f) => (f.activities[0].id = ' spaced ')),
      false,
    );
    assert.equal(
      broken((f) => (f.activities[0].title = {})),
      false,
    );
    assert.equal(
      broken((f) => (f.activities[0].tags = ['  '])),
      false,
    );
    assert.equal(
      broken((f) => (f.partners[0].type = 'charity')),
      false,
    );
    assert.equal(
      broken((f) => (f.activities[0].counts = { participants: 1.5 })),
      false,
    );
    // Unknown fields are allowed, as feed-v1.md says (the validator warns about them).
    assert.equal(
      broken((f) => (f.activities[0].colour = 'red')),
      true,
    );
  });
});
