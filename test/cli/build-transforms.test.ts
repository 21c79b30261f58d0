// The build's own transforms at their hardest cases, and pins on the library internals they
// lean on (a test here fails when lit, @lit/localize or rolldown change under them):
//
// - scripts/mangle-privates.mjs: one name per private member across every chunk of a build.
// - scripts/key-catalogues.mjs: XLIFF read with an XML parser, keys checked against
//   lit-localize's own hash, catalogues that import nothing at run time.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import ts from 'typescript';
import { generateMsgId, HASH_DELIMITER } from '@lit/localize/internal/id-generation.js';
import { str as litStr } from '@lit/localize/internal/str-tag.js';
import { manglePrivates, nameTable, propertyWords } from '../../scripts/mangle-privates.mjs';
import { keyCatalogue, sourceKeys } from '../../scripts/lib/catalogues.mjs';
import { templates as arabic } from '../../src/generated/locales/ar.js';

declare const __REPO_ROOT__: string;
const root = __REPO_ROOT__;

/** Builds `modules` (file name → code) with the renamer, entries `a.js` and `b.js`. */
async function buildWithRenamer(modules: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'ishraqat-mangle-'));
  for (const [name, code] of Object.entries(modules)) {
    await writeFile(path.join(dir, name), code);
  }
  const bundle = await rolldown({
    input: { a: path.join(dir, 'a.js'), b: path.join(dir, 'b.js') },
    plugins: [manglePrivates() as never],
    logLevel: 'silent',
  });
  const out = path.join(dir, 'out');
  const { output } = await bundle.write({ dir: out, format: 'es' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  return {
    chunks,
    import: (name: string) => import(pathToFileURL(path.join(out, `${name}.js`)).href),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

describe('build: private-member renamer across chunks', () => {
  // A base class in a chunk of its own, shared by two entries whose subclasses add privates of
  // their own, and short public names in each chunk (the names a per-chunk renamer would pick).
  const modules = {
    'base.js': `export class Base {
        constructor() { this._count = 1; this._label = 'base'; this.e = 'base e'; }
        get count() { return this._count; }
        describe() { return this._label + ':' + this._count; }
        static properties = { _count: { state: true } };
      }`,
    'a.js': `import { Base } from './base.js';
      export class A extends Base {
        constructor() { super(); this._extra = 'a'; this._more = 'a2'; this.t = 'a t'; }
        get extra() { return this._extra + this._more; }
      }
      export const litMarker = { _$litType$: 1 };`,
    'b.js': `import { Base } from './base.js';
      export class B extends Base {
        constructor() { super(); this._other = 2; this._count += 10; this.n = 'b n'; this.a = 'b a'; }
        get other() { return this._other; }
      }`,
  };

  it('gives a shared base class one name per member in every chunk, and never one name to two', async () => {
    const built = await buildWithRenamer(modules);
    try {
      assert.ok(built.chunks.length >= 3, `expected a shared chunk, got ${built.chunks.length}`);
      const all = built.chunks.map((c) => c.code).join('\n');
      assert.doesNotMatch(all, /_count|_label|_extra|_more|_other/);
      assert.match(all, /_\$litType\$/, 'Lit internals keep their names');
      const { A, litMarker } = await built.import('a');
      const { B } = await built.import('b');
      const a = new A();
      const b = new B();
      // Behaviour: nothing a subclass sets overwrites what the base class keeps.
      assert.equal(a.count, 1);
      assert.equal(a.describe(), 'base:1');
      assert.equal(a.extra, 'aa2');
      assert.equal(a.t, 'a t');
      assert.equal(a.e, 'base e');
      assert.equal(b.count, 11);
      assert.equal(b.describe(), 'base:11');
      assert.equal(b.other, 2);
      assert.deepEqual([b.n, b.a, b.e], ['b n', 'b a', 'base e']);
      assert.deepEqual(litMarker, { _$litType$: 1 });
      // One own property per member: 3 public + 2 base + 2 own for A, 4 public + 2 base + 1 for B.
      assert.equal(Object.keys(a).length, 6);
      assert.equal(Object.keys(b).length, 6);
      assert.deepEqual(Object.keys(B.properties).length, 1);
    } finally {
      await built.cleanup();
    }
  });

  it('counts as property names what may be one, and not variables', () => {
    const words = propertyWords(
      `const local = 1; let e = 2;
      obj.member = e; const o = { key: 1, [computed]: 2, 'quoted': 3 }; const { picked } = o;
      class C { method() {} field = 1; static #hidden = 2; get getter() { return 1; } }
      'inName' in obj; obj['bracket']; html\`<x-y .bound=\${local} title="not a name"></x-y>\`;`,
      'm.js',
    );
    for (const name of [
      'member',
      'key',
      'quoted',
      'picked',
      'method',
      'field',
      'hidden',
      'getter',
      'inName',
      'bracket',
      'bound',
    ]) {
      assert.ok(words.has(name), `${name} is missing`);
    }
    for (const name of ['local', 'e', 'o', 'computed', 'title', 'not']) {
      assert.ok(!words.has(name), `${name} is not a property name`);
    }
    // Code the parser cannot read: every word counts.
    assert.ok(propertyWords('let = = ;; x y', 'broken.js').has('x'));
  });

  it('names the most used private shortest, never a word of the build', () => {
    const table = nameTable(
      new Map([
        ['_rare', 1],
        ['_often', 9],
        ['_middle', 4],
      ]),
      new Set(['a', 'c', 'do']),
    );
    assert.deepEqual(table, { _often: 'b', _middle: 'd', _rare: 'e' });
  });

  it('renames with the same table however often the plugin is reused (one table per build)', async () => {
    const first = await buildWithRenamer(modules);
    const second = await buildWithRenamer(modules);
    try {
      const code = (b: typeof first) =>
        b.chunks
          .map((c) => c.code)
          .sort()
          .join('\n');
      assert.equal(code(first), code(second));
    } finally {
      await first.cleanup();
      await second.cleanup();
    }
  });

  it('pins Lit: the modules the widgets bundle use no name the renamer would touch', async () => {
    // A template or directive made by one copy of Lit may be rendered by another (the host
    // page's own Lit): Lit reads such objects by name, with `_$…` names (`_$litType$`,
    // `_$litDirective$`) that the renamer leaves. If a Lit release used `_name` members in these
    // modules, our bundles alone would rename them and break that: this test would catch it.
    const modules = [
      'lit-html/lit-html.js',
      'lit-html/directive.js',
      'lit-html/directives/if-defined.js',
      'lit-html/directives/live.js',
      'lit-element/lit-element.js',
      '@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/css-tag.js',
    ];
    for (const file of modules) {
      const code = await readFile(path.join(root, 'node_modules', file), 'utf8');
      const names = code.match(/(?<=[.{,]\s*)_[a-z][\w$]*(?=\s*[:=(),;.}]|$)/gm) ?? [];
      assert.deepEqual(names, [], `${file} uses ${names.join(', ')}`);
    }
    const core = await readFile(path.join(root, 'node_modules/lit-html/lit-html.js'), 'utf8');
    assert.match(core, /_\$litType\$/);
    // Every src/ import of Lit is one of these modules (or re-exports them).
    const allowed = new Set([
      'lit',
      'lit/directive.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/decorators.js',
    ]);
    for (const file of await readdir(path.join(root, 'src'), { recursive: true })) {
      // The command line and the server renderer (Node only; server-tag.ts is reached only
      // under `isServer`, dropped from browser builds) are never in a CDN file.
      if (
        !file.endsWith('.ts') ||
        file.startsWith('cli') ||
        /^ssr(\.ts|\/render\.ts|\/server-tag\.ts)$/.test(file)
      ) {
        continue;
      }
      const code = await readFile(path.join(root, 'src', file), 'utf8');
      for (const [, spec] of code.matchAll(/from '((?:lit|lit-html|lit-element)(?:\/[^']*)?)'/g)) {
        assert.ok(allowed.has(spec!), `src/${file} imports ${spec}: add it to this pin`);
      }
    }
  });
});

/** An XLIFF 1.2 document with one unit per message (strings split at placeholders). */
const xliff = (units: { id: string; source: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="ar" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units.map((u) => `<trans-unit id="${u.id}">\n  <source>${u.source}</source>\n  <target>x</target>\n</trans-unit>`).join('\n')}
</body>
</file>
</xliff>`;

describe('build: catalogues keyed by source text', () => {
  it('pins lit-localize: its delimiter and hash are what the catalogues and msg() use', () => {
    assert.equal(HASH_DELIMITER, '\x1e', 'src/i18n/localize.ts joins str keys with U+001E');
    // Ids taken from locales/ar.xlf, which lit-localize extract wrote.
    assert.equal(generateMsgId(['No activities to show.'], false), 's4cfc2e899a33853d');
    assert.equal(generateMsgId('Try again', false), 'scd1dd6ff53d0d01a');
  });

  it('reads sources with entities, placeholders and their spaces, as lit-localize hashes them', () => {
    const messages = [
      ['Fish & chips <b> "quoted" it\'s'],
      ['', ' of ', ' (', ')'],
      ['Tab\tand  two spaces ', ''],
      ['', '', ' adjacent'],
    ];
    const escape = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    const units = messages.map((strings) => ({
      id: generateMsgId(strings, false),
      source: strings
        .map(escape)
        .join('\u0000')
        .split('\u0000')
        .reduce((acc, s, i) => acc + (i ? `<x id="${i - 1}" equiv-text="\${v}"/>` : '') + s, ''),
    }));
    units.push({ id: 'explicit.id', source: 'kept <x id="0"/> as is' });
    const keys = sourceKeys(xliff(units));
    assert.deepEqual(
      [...keys.values()],
      messages.map((m) => m.join(HASH_DELIMITER)),
    );
    assert.equal(keys.has('explicit.id'), false);
  });

  it('refuses a source that does not hash to its id', () => {
    assert.throws(
      () => sourceKeys(xliff([{ id: generateMsgId('one', false), source: 'another' }])),
      /does not hash to its id/,
    );
  });

  it('is not fooled by markup that a regular expression would misread', () => {
    const id = generateMsgId(['a ', ' b'], false);
    const doc = xliff([{ id, source: 'a <x id="0"\n   equiv-text="${x > 1}"/> b' }]).replace(
      `<trans-unit id="${id}">`,
      `<!-- <trans-unit id="${id}"><source>wrong</source> -->\n<trans-unit\n  id="${id}" >`,
    );
    assert.equal(sourceKeys(doc).get(id), `a ${HASH_DELIMITER} b`);
  });

  it('re-keys a generated catalogue and removes its run-time import', () => {
    const id = generateMsgId(['', ' problems'], false);
    const code = `
    import {str} from '@lit/localize';
    export const templates = {
      'count.x': \`x\`,
'${id}': str\`\${0} مشكلات\`,
    };`;
    const out = keyCatalogue(code, new Map([[id, `${HASH_DELIMITER} problems`]]));
    assert.ok(out.includes(`"\\u001e problems": str\``));
    assert.ok(out.includes("'count.x'"));
    const file = ts.createSourceFile('ar.ts', out, ts.ScriptTarget.Latest);
    const imports = file.statements.filter(ts.isImportDeclaration);
    assert.ok(
      imports.every((i) => i.importClause?.isTypeOnly),
      'only type imports are left',
    );
    assert.throws(() => keyCatalogue(code, new Map()), /is not in the XLIFF file/);
    assert.throws(
      () => keyCatalogue(code.replace("import {str} from '@lit/localize';", ''), new Map()),
      /./,
    );
  });

  it('pins lit-localize: the catalogue’s own str tag gives what @lit/localize’s str gives', () => {
    const entries = Object.values(arabic).filter(
      (t): t is { strTag: true; strings: TemplateStringsArray; values: unknown[] } =>
        typeof t !== 'string',
    );
    assert.ok(entries.length > 10, `only ${entries.length} str templates in ar.ts`);
    for (const entry of entries) {
      assert.deepEqual(litStr(entry.strings, ...entry.values), entry);
    }
  });

  it('generated catalogues import nothing at run time', async () => {
    for (const file of ['src/generated/locales/ar.ts', 'src/generated/cli-locales/ar.ts']) {
      const code = await readFile(path.join(root, file), 'utf8');
      const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest);
      const runtime = source.statements.filter(
        (s) => ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly,
      );
      assert.deepEqual(
        runtime.map((s) => s.getText(source)),
        [],
        file,
      );
      // Every key of the catalogue is a source text or an explicit id, never a hash.
      assert.doesNotMatch(code, /'s[0-9a-f]{16}':/);
    }
  });
});
