// A Vite (rolldown) plugin for the CDN build: gives the widgets' private members short names.
//
// By this project's convention a property whose name starts with `_` and a lower-case letter
// (`this._focusId`, `_shown: { state: true }`) is internal to the bundle that declares it; a
// minifier keeps property names as they are, so they cost their full length at every use. Here
// they are renamed (Lit's own internals are `_$…` and stay) with oxc's property mangler
// (rolldown/utils `minify`, `mangleProps`), given one name table for the whole build:
//
// - Every module's code is scanned as it is transformed (before any chunk is rendered): the
//   private names it holds (how often), and every other word that is or may be a property name
//   (after `.`, an object or class key, a string that is a name, a Lit `.name=` binding; read
//   with oxc's parser), which no new name may equal.
// - When the first chunk is rendered, the table is made once: the most used private gets the
//   shortest free name, and so on. Every chunk is renamed from that same table, so a member of
//   a base class in one chunk keeps its name in a subclass in another, and two members never
//   share a name, whichever chunk declares them and in whatever order chunks are rendered.
//   (rolldown's own `output.minify.mangleProps` refuses builds of more than one chunk.)
// - A chunk holding a private name the table lacks, or a property name equal to a new name (code
//   the scan did not see, such as the bundler's helpers), fails the build rather than risk a
//   clash.
//
// Chunks that hold Chart.js are left alone: its internals follow the same convention and are
// read by name in ways that cannot be proven safe to rename.
//
// Only the CDN build: the npm build leaves minifying to the consumer's bundler.
import { minify, parseSync, Visitor } from 'rolldown/utils';

const PRIVATE = /^_[a-z]/;
/** Words that may be identifiers or property names, in code or strings. */
const WORD = /[A-Za-z_$][\w$]*/g;
const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval undefined NaN Infinity constructor prototype __proto__'
  ).split(' '),
);
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$';
const NEXT = `${FIRST}0123456789`;

/** The n-th short name: a, b, …, $, aa, ba, … */
function shortName(n) {
  let name = FIRST[n % FIRST.length];
  n = Math.floor(n / FIRST.length);
  while (n > 0) {
    n--;
    name += NEXT[n % NEXT.length];
    n = Math.floor(n / NEXT.length);
  }
  return name;
}

const isChartJs = (id) => id.includes('/node_modules/chart.js/');

const keyName = (key, computed) =>
  !computed && (key?.type === 'Identifier' || key?.type === 'PrivateIdentifier')
    ? key.name
    : undefined;

/**
 * The words of a module that are, or may be, property names: names after `.`, keys of object
 * literals, patterns and classes, strings that are a name (`obj['name']`, `'name' in obj`) and
 * Lit's property bindings in templates (`.name=${…}`). Variables are not property names: a new
 * name may equal one. A module the parser cannot read gives all its words.
 */
export function propertyWords(code, id = 'module.js') {
  const lang = /\.tsx?$/.test(id.split('?')[0]) ? 'ts' : 'js';
  const { program, errors } = parseSync(id, code, { lang, sourceType: 'module' });
  if (errors.length) return new Set(code.match(WORD));
  const out = new Set();
  const add = (name) => name !== undefined && out.add(name);
  const member = (node) => add(keyName(node.key, node.computed));
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  // Lit's property bindings in template text: `.name=${…}`.
  const BINDING = /\.([A-Za-z_$][\w$]*)=/g;
  new Visitor({
    MemberExpression: (node) => add(keyName(node.property, node.computed)),
    Property: member,
    MethodDefinition: member,
    PropertyDefinition: member,
    AccessorProperty: member,
    Literal: (node) =>
      typeof node.value === 'string' && IDENTIFIER.test(node.value) && add(node.value),
    TemplateElement: (node) => {
      const value = node.value.cooked ?? node.value.raw;
      if (IDENTIFIER.test(value)) add(value);
      for (const [, name] of value.matchAll(BINDING)) add(name);
    },
  }).visit(program);
  return out;
}

/**
 * Names for `counts` (private name → uses), none of them in `taken`: most used first, ties by
 * name, so the table depends only on the build's code.
 */
export function nameTable(counts, taken) {
  const table = {};
  let n = 0;
  const privates = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [name] of privates) {
    let next;
    do next = shortName(n++);
    while (taken.has(next) || RESERVED_WORDS.has(next));
    table[name] = next;
  }
  return table;
}

export function manglePrivates() {
  /** Private name → uses, over the build's modules. */
  let counts = new Map();
  /** Every other word in the build's modules that is or may be a property name. */
  let words = new Set();
  /** Private name → new name, made when the first chunk renders. */
  let table;
  let targets;
  return {
    name: 'ishraqat-mangle-privates',
    apply: 'build',
    buildStart() {
      counts = new Map();
      words = new Set();
      table = undefined;
    },
    transform(code, id) {
      if (!isChartJs(id)) {
        for (const [word] of code.matchAll(WORD)) {
          if (PRIVATE.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
      for (const word of propertyWords(code, id)) if (!PRIVATE.test(word)) words.add(word);
      return null;
    },
    async renderChunk(code, chunk) {
      if (chunk.moduleIds.some(isChartJs)) return null;
      if (!table) {
        table = nameTable(counts, words);
        targets = new Set(Object.values(table));
      }
      const clash = [...propertyWords(code, chunk.fileName)].filter((w) => targets.has(w));
      if (clash.length) {
        this.error(`${chunk.fileName}: ${clash.join(', ')} would clash with a renamed private`);
      }
      const result = await minify(chunk.fileName, code, {
        module: true,
        compress: false,
        mangle: false,
        mangleProps: { include: PRIVATE, cache: { ...table } },
        sourcemap: true,
      });
      if (result.errors.length) {
        this.error(`${chunk.fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
      }
      const unknown = Object.keys(result.mangleCache ?? {}).filter((name) => !(name in table));
      if (unknown.length) {
        this.error(
          `${chunk.fileName}: private names not seen in any module: ${unknown.join(', ')}`,
        );
      }
      return { code: result.code, map: result.map };
    },
  };
}
