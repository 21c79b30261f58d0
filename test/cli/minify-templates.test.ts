// The build's template minifier (scripts/minify-templates.mjs): what it removes must be dead
// weight, and what CSS or HTML means must not change. Runs with the other Node tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manglePrivates } from '../../scripts/mangle-privates.mjs';
import { minifyCssText, minifyTemplateText } from '../../scripts/minify-templates.mjs';

describe('build: css templates', () => {
  it('drops comments and the spaces CSS does not need', () => {
    assert.equal(
      minifyCssText(`
        /* a comment */
        :host([theme='light']) {
          color: red;
        }
        .a > .b,
        .c { margin: 0 auto; }
      `),
      ":host([theme='light']){color:red}.a>.b,.c{margin:0 auto}",
    );
  });

  it('keeps the spaces that carry meaning', () => {
    // A descendant combinator before a pseudo-class, calc() operators, `and (`.
    assert.equal(
      minifyCssText('.c :hover { width: calc(1em + 2px) } @media (min-width: 1px) and (x: y) {}'),
      '.c :hover{width:calc(1em + 2px)}@media (min-width:1px) and (x:y){}',
    );
  });

  it('never touches quoted strings', () => {
    assert.equal(
      minifyCssText(`.x::after { content: ': , { } ;'; font-family: 'Noto Sans',  serif; }`),
      ".x::after{content:': , { } ;';font-family:'Noto Sans',serif}",
    );
  });

  it('keeps the space between interpolated values', () => {
    assert.equal(
      minifyTemplateText('css`a { margin: ${x} ${y}; } b { c: d }`;'),
      'css`a{margin:${x} ${y}}b{c:d}`;',
    );
  });
});

describe('build: html templates and msg()', () => {
  it('collapses line breaks and indentation in html to one space', () => {
    assert.equal(minifyTemplateText('html`<p>\n    ${a}\n  </p>`;'), 'html`<p> ${a} </p>`;');
  });

  it('leaves other templates, strings and regular expressions alone', () => {
    const source = 'const a = `x\n  y`; const r = /`html`/; const s = "css`a { b: c }`";';
    assert.equal(minifyTemplateText(source), source);
  });

  it('drops translator descriptions and keeps ids', () => {
    assert.equal(
      minifyTemplateText(
        "msg('a', { desc: 'x' }); msg('b', { id: 'b', desc: 'y' }); msg(str`${n} c`, { desc: 'z' });",
      ),
      "msg('a'); msg('b', { id: 'b' }); msg(str`${n} c`);",
    );
  });
});

describe('build: private members in the CDN build', () => {
  const plugin = manglePrivates() as unknown as {
    buildStart(): void;
    transform(code: string, id: string): null;
    renderChunk(
      this: { error(message: string): never },
      code: string,
      chunk: { fileName: string; moduleIds: string[] },
    ): Promise<{ code: string } | null>;
  };
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };

  it('renames _private members consistently and keeps Lit internals and public names', async () => {
    const code = `export class A { constructor() { this._count = 1; this._$litType$ = 2; this.count = 3; }
      static properties = { _count: { state: true } };
      get double() { return this._count * 2; } }`;
    plugin.buildStart();
    plugin.transform(code, '/repo/src/a.ts');
    const out = await plugin.renderChunk.call(context, code, {
      fileName: 'a.js',
      moduleIds: ['/repo/src/a.ts'],
    });
    assert.ok(out);
    assert.doesNotMatch(out.code, /_count/);
    assert.match(out.code, /_\$litType\$/);
    assert.match(out.code, /this\.count=3/);
    // The same new name in the class body, the property declaration and the getter.
    const renamed = [...out.code.matchAll(/this\.(\w+)\*2/g)].map((m) => m[1]);
    assert.equal(renamed.length, 1);
    assert.match(out.code, new RegExp(`this\\.${renamed[0]}=1`));
    assert.match(out.code, new RegExp(`${renamed[0]}:\\{state:true\\}`));
  });

  it('fails the build on a private name no module held (rather than risk a clash)', async () => {
    plugin.buildStart();
    plugin.transform('this._known = 1;', '/repo/src/a.ts');
    await assert.rejects(
      plugin.renderChunk.call(context, 'this._known = 1; this._injected = 2;', {
        fileName: 'a.js',
        moduleIds: ['/repo/src/a.ts'],
      }),
      /_injected/,
    );
  });

  it('leaves a chunk holding Chart.js alone', async () => {
    const out = await plugin.renderChunk.call(context, 'this._meta = 1;', {
      fileName: 'chartjs.js',
      moduleIds: ['/repo/node_modules/chart.js/dist/chart.js'],
    });
    assert.equal(out, null);
  });
});
