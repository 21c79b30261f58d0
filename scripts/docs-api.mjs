#!/usr/bin/env node
// docs/elements.md from custom-elements.json: the elements' API as their JSDoc states it.
//
//   node scripts/docs-api.mjs           write docs/elements.md   (npm run docs:api)
//   node scripts/docs-api.mjs --check   fail if it is stale      (npm run docs:api:check, CI)
//
// custom-elements.json itself comes from the analyzer (npm run manifest); run that first when
// an element's JSDoc changed. The output is formatted with the repository's Prettier settings,
// so `prettier --check` agrees with it. It also checks that the seed feed quoted in
// docs/feed-format.md is still demo/feeds/ishraqat.json.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = path.join(root, 'custom-elements.json');
const outPath = path.join(root, 'docs/elements.md');

/** Elements in the order a reader meets them; any other element follows, by tag. */
const ORDER = [
  'ishraqat-timeline',
  'ishraqat-partners',
  'ishraqat-counts',
  'ishraqat-chart',
  'ishraqat-impact',
];
const BASE_CLASS = 'IshraqatElement';

const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** JSDoc text as Markdown: `<organization>` outside code spans is text, not an HTML tag. */
const prose = (text) =>
  String(text ?? '')
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`');
/** Table cell text: one line, pipes escaped (also inside code spans, as GitHub requires). */
const cell = (text) => prose(oneLine(text)).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const typeOf = (item) => code(item.type?.text?.replace(/ \| undefined$/, ''));

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function attributesTable(attributes, members) {
  return table(
    ['attribute', 'property', 'type', 'default', 'description'],
    attributes.map((a) => {
      const member = members.find((m) => m.name === a.fieldName);
      return [
        code(a.name),
        a.fieldName ? code(`.${a.fieldName}`) : '',
        typeOf(a),
        code(a.default ?? member?.default),
        a.description,
      ];
    }),
  );
}

function propertiesTable(members) {
  const fields = members.filter((m) => m.kind === 'field' && !m.attribute);
  return table(
    ['property', 'type', 'description'],
    fields.map((m) => [code(`.${m.name}`), typeOf(m), m.description]),
  );
}

function methodsTable(members) {
  const methods = members.filter((m) => m.kind === 'method');
  return table(
    ['method', 'description'],
    methods.map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
      m.description,
    ]),
  );
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : '';
}

function elementDoc(element, shared) {
  const name = element.tagName.replace(/^ishraqat-/, '');
  const isShared = (item) => item.inheritedFrom?.name === BASE_CLASS;
  const own = (items = []) => items.filter((item) => !isShared(item));
  const sharedAttributes = (element.attributes ?? []).filter(isShared).map((a) => a.name);
  const missingShared = shared.attributes.filter((a) => !sharedAttributes.includes(a.name));

  const parts = [
    `## \`<${element.tagName}>\``,
    element.summary ? `**${prose(oneLine(element.summary))}**` : '',
    prose(element.description ?? ''),
    [
      '```js',
      `import '@ishraqat/widgets/${name}.js'; // npm`,
      `// CDN: <script type="module" src=".../dist/cdn/ishraqat-${name}.js"></script>`,
      '```',
    ].join('\n'),
    section(
      'Attributes',
      attributesTable(own(element.attributes), element.members ?? []) +
        (sharedAttributes.length
          ? `\nAnd the [shared attributes](#shared-by-every-element)${
              missingShared.length
                ? ` except ${missingShared.map((a) => code(a.name)).join(', ')}`
                : ''
            }.`
          : ''),
    ),
    section('Properties', propertiesTable(own(element.members))),
    section('Methods', methodsTable(own(element.members))),
    section(
      'Events',
      table(
        ['event', 'description'],
        own(element.events).map((e) => [code(e.name), e.description]),
      ) +
        ((element.events ?? []).some(isShared)
          ? '\nAnd the [shared events](#shared-by-every-element).'
          : ''),
    ),
    section(
      'Slots',
      table(
        ['slot', 'description'],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    ),
    section(
      'CSS parts',
      table(
        ['part', 'description'],
        (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
      ),
    ),
    section(
      'CSS custom properties',
      table(
        ['property', 'description'],
        (element.cssProperties ?? []).map((p) => [code(p.name), p.description]),
      ),
    ),
  ];
  return parts.filter(Boolean).join('\n\n');
}

function sharedDoc(base, elements) {
  // The base class dispatches the shared events; the elements' `@fires` describe them.
  const describe = (event) =>
    event.description ||
    elements.flatMap((e) => e.events ?? []).find((e) => e.name === event.name && e.description)
      ?.description;
  return [
    '## Shared by every element',
    prose(base.description ?? ''),
    '### Attributes',
    attributesTable(base.attributes ?? [], base.members ?? []),
    '### Properties',
    propertiesTable(base.members ?? []),
    '### Methods',
    methodsTable(base.members ?? []),
    '### Events',
    'Every event bubbles and is composed (it leaves the shadow root).',
    table(
      ['event', 'description'],
      (base.events ?? []).map((e) => [code(e.name), describe(e)]),
    ),
  ].join('\n\n');
}

export async function render() {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const base = declarations.find((d) => d.kind === 'class' && d.name === BASE_CLASS);
  if (!base) throw new Error(`${BASE_CLASS} is not in custom-elements.json`);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  const elements = declarations
    .filter((d) => d.kind === 'class' && d.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));

  const markdown = [
    '<!-- Generated from custom-elements.json by scripts/docs-api.mjs (npm run docs:api). Do not edit: change the JSDoc in src/, then run npm run manifest && npm run docs:api. -->',
    '# Elements API',
    'Every element of `@ishraqat/widgets`, as its source documents it. How to embed them: ' +
      '[embedding.md](embedding.md); the feed they read: [feed-format.md](feed-format.md); ' +
      'styling: [theming.md](theming.md); languages: [localization.md](localization.md).',
    elements
      .map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${prose(oneLine(e.summary))}`)
      .join('\n') + '\n- [Shared by every element](#shared-by-every-element)',
    ...elements.map((e) => elementDoc(e, base)),
    sharedDoc(base, elements),
  ].join('\n\n');

  const options = (await prettier.resolveConfig(outPath)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown', filepath: outPath });
}

/**
 * docs/feed-format.md quotes the seed feed in full; the quote must be the file, not a memory
 * of it. Returns a reason when they differ.
 */
async function feedExampleDrift() {
  const doc = await readFile(path.join(root, 'docs/feed-format.md'), 'utf8').catch(() => '');
  const marker = doc.indexOf('<!-- example: demo/feeds/ishraqat.json');
  const block = marker < 0 ? null : /```json\n([\s\S]*?)\n```/.exec(doc.slice(marker));
  if (!block) return 'docs/feed-format.md has no example block after its example marker';
  const feed = JSON.parse(await readFile(path.join(root, 'demo/feeds/ishraqat.json'), 'utf8'));
  let quoted;
  try {
    quoted = JSON.parse(block[1]);
  } catch (error) {
    return `the example in docs/feed-format.md is not JSON (${error.message})`;
  }
  return JSON.stringify(quoted) === JSON.stringify(feed)
    ? undefined
    : 'the example in docs/feed-format.md differs from demo/feeds/ishraqat.json: paste the file again';
}

const check = process.argv.includes('--check');
const output = await render();
const drift = await feedExampleDrift();
if (drift) {
  console.error(drift);
  process.exitCode = 1;
}
if (check) {
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== output) {
    console.error(
      'docs/elements.md is stale: run `npm run manifest && npm run docs:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log('docs/elements.md is up to date.');
} else {
  await writeFile(outPath, output);
  console.log(`wrote ${path.relative(root, outPath)}`);
}
