/**
 * The hostile corpus: feeds as an attacker, a broken exporter or a careless editor would write
 * them. Every case is JSON text (what `src` and inline JSON deliver); the property mode gives
 * the element `JSON.parse(text)` (or the text itself when it is not JSON). All data is made up.
 *
 * A case says what must be true whatever the elements become:
 *   - `shown`: titles of activities that are valid by feed-v1.md and must be on screen;
 *   - `fatal`: nothing can be shown, so the element shows its localized error state;
 *   - every other activity is either shown or reported (skipped) on `problems`.
 */

/** Set by any payload that manages to run. The harness installs it and checks it stays empty. */
export const CANARY = '__hostileRan';

const call = (tag: string) => `window.${CANARY}('${tag}')`;

/** Script and template payloads for every text field. */
export const SCRIPT_PAYLOADS: readonly string[] = [
  `<script>${call('script')}</script>`,
  `<img src=x onerror="${call('img')}">`,
  `<svg><svg onload="${call('svg')}"></svg></svg>`,
  `"><img src=x onerror=${call('attr-break')}>`,
  `'; ${call('js-string')}; '`,
  `</style></template></script><script>${call('close-tags')}</script>`,
  `<iframe srcdoc="<script>parent.${CANARY}('iframe')</script>"></iframe>`,
  `<a href="javascript:${call('anchor')}">click</a>`,
  `<template><img src=x onerror="${call('template-el')}"></template>`,
  `<!-- --><img src=x onerror="${call('comment')}">`,
  `\${${call('template-literal')}}`,
  `{{constructor.constructor("${call('angular')}")()}}`,
  // Lit's own markers, as if feed text could pose as a template part.
  `<?lit$1234567$>lit$1234567$<!--?lit$1234567$-->`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${call('mxss')}">`,
];

/** Hostile URLs for every URL field (url, logo, images[].src, next). */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:${call('js-url')}`,
  `JaVaScRiPt:${call('js-mixed-case')}`,
  `  javascript:${call('js-spaces')}`,
  `\tjava\nscr\ript:${call('js-whitespace')}`,
  `java\u0000script:${call('js-nul')}`,
  `\u0001\u001fjavascript:${call('js-control')}`,
  `javascript&colon;${call('js-entity-colon')}`,
  `&#106;avascript:${call('js-entity')}`,
  `&#x6A;&#x61;vascript:${call('js-hex-entity')}`,
  `javascript\u200b:${call('js-zero-width')}`,
  `\u202ejavascript:${call('js-bidi')}`,
  `javascript://%0a${call('js-comment')}`,
  `data:text/html,<script>${call('data-html')}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  ` data:text/html;charset=utf-8,<script>${call('data-space')}</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call('data-svg')}"/>`,
  `data:application/javascript,${call('data-js')}`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://example.org/00000000-0000-0000-0000-000000000000`,
  `filesystem:https://example.org/temporary/x`,
  `ftp://example.org/x`,
  `mailto:test@example.org?body=${call('mailto')}`,
];

/** Strings that have broken text rendering somewhere (the list). */
export const UNICODE_HAZARDS: Readonly<Record<string, string>> = {
  'unpaired high surrogate': 'x\ud800y',
  'unpaired low surrogate': '\udc00tail',
  'lone surrogate at end': 'end\udbff',
  'bidi override': 'abc\u202edcba\u202c and \u202dLTR',
  'unclosed bidi isolates': '\u2066\u2067\u2068open isolates',
  'stray isolate closer': 'closer\u2069\u2069\u202c',
  'zero-width': '\u200b\u200c\u200dzw\u2060\ufeffj',
  'long combining run': `a${'\u0301\u0308\u0327'.repeat(3000)}`,
  '100,000 unbroken': 'W'.repeat(100_000),
  'non-BMP': '𝕏 𐎀 👩‍👩‍👧‍👦 🇮🇶 𓂀',
  'Arabic with marks': 'مُنَظَّمَةُ اِشْرَاقَات ﷽',
  'NUL and controls': 'nul\u0000bell\u0007esc\u001b[31m',
  'line and paragraph separators': 'line\u2028para\u2029end',
  'replacement and noncharacters': '\ufffd\uffff\ufffe',
};

export interface HostileCase {
  readonly name: string;
  /** The feed as text, exactly as delivered by `src` and inline JSON. */
  readonly text: string;
  /** Titles (as written in the feed's `en`) that must be shown: valid activities. */
  readonly shown: readonly string[];
  /** Nothing can be shown: the localized error state, with `ishraqat-error`. */
  readonly fatal?: boolean;
  /** Feed-server route to use in the `src` mode instead of the text (network faults). */
  readonly route?: string;
  /** Elements get this `timeout` (ms) in the case, for network faults that never end. */
  readonly timeout?: number;
  /** Text that must appear, literally, in the timeline (text is text). */
  readonly literal?: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const org = { id: 'org', name: { en: 'Hostile Test Organization', ar: 'منظمة اختبار عدائية' } };

/** A valid activity whose title is `title`. */
const good = (id: string, title: string, extra: Record<string, Json> = {}) => ({
  id,
  date: '2022-03',
  title: { en: title, ar: title },
  counts: { participants: 10 },
  ...extra,
});

const feedText = (feed: Record<string, Json>) =>
  JSON.stringify({ version: 1, language: 'en', organization: org, ...feed });

const cases: HostileCase[] = [];

// ---- Script and template payloads in every text field, plain and localized.
SCRIPT_PAYLOADS.forEach((payload, i) => {
  const localized = { en: payload, ar: payload, [payload.slice(0, 8)]: payload };
  const plainOrLocalized = (n: number) => (n % 2 ? payload : localized);
  cases.push({
    name: `script payload ${i} in every text field`,
    text: feedText({
      organization: { id: 'org', name: plainOrLocalized(i), url: 'https://example.org/' },
      partners: [
        { id: 'p1', name: plainOrLocalized(i + 1), shortName: plainOrLocalized(i), type: 'ngo' },
        { id: 'p2', name: payload, type: 'donor' },
      ],
      programs: [{ id: 'prog', name: plainOrLocalized(i) }],
      metrics: [{ id: 'custom', label: plainOrLocalized(i + 1) }],
      targets: [{ metric: 'participants', value: 100 }],
      activities: [
        {
          id: `script-${i}`,
          date: '2023-04-05',
          title: { en: `Payload ${i} ${payload}`, ar: `Payload ${i} ${payload}` },
          summary: plainOrLocalized(i),
          program: 'prog',
          tags: [payload, 'safe-tag'],
          location: { name: plainOrLocalized(i), region: payload },
          partners: ['p1', { id: 'p2', role: 'funding' }],
          people: [{ name: plainOrLocalized(i), role: plainOrLocalized(i + 1) }],
          counts: { participants: 5, custom: 3 },
          images: [{ src: 'https://example.org/a.png', alt: plainOrLocalized(i), credit: payload }],
          url: 'https://example.org/story',
        },
        good(`script-ok-${i}`, `Plain ${i}`),
      ],
    }),
    shown: [`Payload ${i} ${payload}`, `Plain ${i}`],
    literal: [payload],
  });
});

// ---- Hostile URLs in every URL field.
URL_PAYLOADS.forEach((url, i) => {
  cases.push({
    name: `URL ${i} (${JSON.stringify(url.slice(0, 24))}) in every URL field`,
    text: feedText({
      organization: { ...org, url, logo: url },
      partners: [{ id: 'p', name: 'Partner with a bad URL', url, logo: url, type: 'ngo' }],
      activities: [
        {
          id: `url-${i}`,
          date: '2023',
          title: { en: `Bad URL ${i}`, ar: `Bad URL ${i}` },
          partners: [{ id: 'p', role: 'implementing' }],
          images: [{ src: url, alt: 'image' }],
          counts: { participants: 2 },
          url,
        },
        good(`url-ok-${i}`, `Good URL ${i}`, { url: 'https://example.org/ok' }),
      ],
      next: url,
    }),
    shown: [`Bad URL ${i}`, `Good URL ${i}`],
  });
});

// ---- Wrong types everywhere.
const wrong: Json[] = [null, true, 0, -1, 1.5, '', 'x', [], [1], {}, { a: 1 }];
cases.push({
  name: 'wrong types in every activity field',
  text: feedText({
    partners: [{ id: 'p', name: 'Partner' }, ...wrong.map((w, i) => ({ id: w, name: i }))] as Json,
    programs: wrong as Json,
    metrics: { not: 'a list' },
    targets: wrong as Json,
    activities: [
      ...wrong,
      ...wrong.flatMap((w, i) => [
        { id: w, date: '2023', title: `bad id ${i}` },
        { id: `date-${i}`, date: w, title: `bad date ${i}` },
        { id: `title-${i}`, date: '2023', title: w },
      ]),
      ...wrong.map((w, i) =>
        good(`optional-${i}`, `Optional fields ${i}`, {
          endDate: w,
          summary: w,
          program: w,
          tags: w,
          location: w,
          partners: w,
          people: w,
          counts: w,
          images: w,
          url: w,
        }),
      ),
      good('typed-ok', 'Typed fine'),
    ] as Json,
    next: 42,
    updated: { when: 'now' },
    country: ['IQ'],
    language: 7,
  }),
  shown: [...wrong.map((_, i) => `Optional fields ${i}`), 'Typed fine'],
});

// ---- Impossible and extreme dates.
const validDates = ['2000-02-29', '2024-02-29', '9999-12-31', '1000-01-01', '1900', '2023-12'];
const invalidDates = [
  '2023-02-30',
  '2023-13-01',
  '1900-02-29',
  '2023-00',
  '2023-1-1',
  '2023-01-01T00:00:00Z',
  '99999',
  '-2023',
  ' 2023',
  '2023 ',
  '',
  '２０２３',
  '٢٠٢٣',
  '2023-04-31',
];
cases.push({
  name: 'impossible and extreme dates',
  text: feedText({
    activities: [
      ...validDates.map((date, i) => ({
        id: `valid-date-${i}`,
        date,
        title: `Valid date ${date}`,
      })),
      ...invalidDates.map((date, i) => ({ id: `bad-date-${i}`, date, title: `Bad date ${i}` })),
      ...['0000', '0001', '0000-01-01'].map((date, i) => ({
        id: `edge-date-${i}`,
        date,
        title: `Edge date ${i}`,
      })),
      { id: 'end-before', date: '2023-05', endDate: '2022', title: 'End before start' },
      { id: 'end-far', date: '2023', endDate: '9999-12-31', title: 'End far away' },
      { id: 'end-bad', date: '2023', endDate: '2023-02-30', title: 'End impossible' },
    ],
  }),
  shown: [...validDates.map((d) => `Valid date ${d}`), 'End far away'],
});

// ---- Negative, fractional and huge counts; targets likewise.
const countValues: Json[] = [-1, -0, 0.5, 1e308, 1e21, 2 ** 53 + 2, -1e308, 1e-7, '12', 2.0];
cases.push({
  name: 'negative, fractional and huge counts',
  text: feedText({
    targets: [
      { metric: 'participants', value: -5 },
      { metric: 'participants', value: 1e308 },
      { metric: 'women', value: 0 },
      { metric: 'men', value: 0.5 },
      { metric: 'activities', value: 1e21 },
    ],
    activities: [
      ...countValues.map((value, i) =>
        good(`count-${i}`, `Count ${i}`, { counts: { participants: value, women: value } }),
      ),
      good('count-max-a', 'Max A', { counts: { participants: Number.MAX_SAFE_INTEGER } }),
      good('count-max-b', 'Max B', { counts: { participants: Number.MAX_SAFE_INTEGER } }),
    ],
  }),
  shown: [...countValues.map((_, i) => `Count ${i}`), 'Max A', 'Max B'],
});

// ---- Prototype-polluting keys (JSON.parse makes them own properties).
const polluting = '{"polluted": "yes", "toString": "x", "valueOf": 1}';
cases.push({
  name: 'prototype-polluting keys everywhere',
  text: `{"version": 1, "__proto__": ${polluting}, "constructor": {"prototype": ${polluting}},
    "organization": {"id": "org", "name": {"__proto__": "proto", "en": "Org", "constructor": "c"},
      "__proto__": ${polluting}},
    "partners": [
      {"id": "__proto__", "name": "Proto partner", "type": "ngo"},
      {"id": "constructor", "name": "Constructor partner", "type": "prototype"},
      {"id": "hasOwnProperty", "name": "Own partner"}
    ],
    "programs": [{"id": "__proto__", "name": "Proto program"}, {"id": "toString", "name": "S"}],
    "metrics": [{"id": "__proto__", "label": "Proto metric"}, {"id": "constructor", "label": "C"}],
    "targets": [{"metric": "__proto__", "value": 3}, {"metric": "constructor", "value": 4}],
    "activities": [
      {"id": "__proto__", "date": "2023", "title": "Proto activity",
        "partners": ["__proto__", {"id": "constructor", "role": "funding"}, "hasOwnProperty"],
        "program": "__proto__", "tags": ["__proto__", "constructor"],
        "location": {"region": "__proto__", "__proto__": ${polluting}},
        "counts": {"__proto__": 5, "constructor": 3, "prototype": 2, "toString": 1,
          "hasOwnProperty": 4, "participants": 7},
        "__proto__": ${polluting}},
      {"id": "constructor", "date": "2023-02", "title": {"__proto__": "p", "en": "Constructor activity"}},
      {"id": "prototype", "date": "2023-03", "title": "Prototype activity", "program": "toString"},
      {"id": "toString", "date": "2023-04", "title": "ToString activity"},
      {"id": "hasOwnProperty", "date": "2023-05", "title": "HasOwnProperty activity"}
    ]}`,
  shown: [
    'Proto activity',
    'Constructor activity',
    'Prototype activity',
    'ToString activity',
    'HasOwnProperty activity',
  ],
});

// ---- Duplicate and unknown ids.
cases.push({
  name: 'duplicate and unknown ids',
  text: feedText({
    partners: [
      { id: 'dup-p', name: 'First partner', type: 'ngo' },
      { id: 'dup-p', name: 'Second partner of the same id', type: 'donor' },
    ],
    programs: [
      { id: 'dup-prog', name: 'Program A' },
      { id: 'dup-prog', name: 'Program B' },
    ],
    targets: [{ metric: 'unknown-metric', value: 10, program: 'nope' }],
    activities: [
      good('dup', 'First of a duplicate', { partners: ['dup-p', 'missing-partner'] }),
      good('dup', 'Second of a duplicate'),
      good('dup', 'Third of a duplicate'),
      good('refs', 'Unknown references', {
        program: 'missing-program',
        partners: [{ id: 'ghost', role: 'funding' }, 'ghost', 'dup-p', 'dup-p'],
        counts: { participants: 1, 'unlabelled-key': 4 },
      }),
    ],
  }),
  shown: ['First of a duplicate', 'Unknown references'],
});

// ---- Unicode hazards in every string field, ids included.
for (const [hazard, s] of Object.entries(UNICODE_HAZARDS)) {
  cases.push({
    name: `Unicode: ${hazard}`,
    text: feedText({
      organization: { id: 'org', name: { en: `Org ${s}`, ar: `منظمة ${s}` } },
      partners: [{ id: `p${s}`, name: s, shortName: s, type: 'ngo' }],
      programs: [{ id: `prog${s}`, name: s }],
      metrics: [{ id: `m${s}`, label: s }],
      activities: [
        {
          id: `hazard${s}`,
          date: '2023-06-07',
          title: { en: `Hazard ${s}`, ar: `Hazard ${s}`, [`x-${hazard.length}`]: s },
          summary: s,
          program: `prog${s}`,
          tags: [s, `t${s}`],
          location: { name: s, region: s },
          partners: [{ id: `p${s}`, role: 'funding' }],
          people: [{ name: s, role: s }],
          counts: { participants: 3, [`m${s}`]: 2 },
          images: [{ src: 'https://example.org/u.png', alt: s, credit: s }],
        },
        good(`plain-${hazard}`, `Next to ${hazard}`),
      ],
    }),
    shown: [`Next to ${hazard}`, `Hazard ${s}`],
  });
}

// ---- Deep nesting (a naïve recursive walk or JSON.stringify overflows the stack).
const deep = (depth: number, open: string, close: string, leaf = '1') =>
  open.repeat(depth) + leaf + close.repeat(depth);
cases.push({
  name: 'deep nesting in unknown and known fields',
  text:
    `{"version": 1, "organization": {"id": "org", "name": "Deep"}, "unknownTop": ${deep(20_000, '[', ']')},` +
    ` "activities": [` +
    `{"id": "deep-unknown", "date": "2023", "title": "Deep unknown field", "extra": ${deep(20_000, '{"a":', '}')}},` +
    `{"id": "deep-title", "date": "2023", "title": ${deep(20_000, '[', ']')}},` +
    `{"id": "deep-counts", "date": "2023", "title": "Deep counts", "counts": {"participants": ${deep(5_000, '[', ']')}}},` +
    `{"id": "deep-summary", "date": "2023", "title": "Deep summary", "summary": {"en": ${deep(5_000, '{"en":', '}', '"x"')}}},` +
    `${deep(10_000, '[', ']')}` +
    `]}`,
  shown: ['Deep unknown field', 'Deep counts', 'Deep summary'],
});

// ---- Feeds that cannot be shown at all.
const okText = feedText({ activities: [good('bom-ok', 'Behind a BOM')] });
const fatal = (name: string, text: string): HostileCase => ({ name, text, shown: [], fatal: true });
cases.push(
  fatal('not JSON: HTML', '<!doctype html><html><body><h1>Hello</h1></body></html>'),
  fatal('not JSON: empty', ''),
  fatal('not JSON: whitespace', '  \n\t '),
  fatal('not JSON: NaN', 'NaN'),
  fatal('JSON null', 'null'),
  fatal('JSON array', '[{"version": 1}]'),
  fatal('JSON string', '"{\\"version\\": 1}"'),
  fatal('JSON number', '1'),
  fatal('truncated JSON', okText.slice(0, Math.floor(okText.length / 2))),
  fatal('trailing garbage', `${okText}}`),
  fatal('version 2', okText.replace('"version":1', '"version":2')),
  fatal('version "1" as a string', okText.replace('"version":1', '"version":"1"')),
  fatal('version 1.5', okText.replace('"version":1', '"version":1.5')),
  fatal('no version', okText.replace('"version":1,', '')),
  fatal('no organization', JSON.stringify({ version: 1, activities: [good('a', 'A')] })),
  fatal('no activities', JSON.stringify({ version: 1, organization: org })),
  fatal(
    'activities is an object',
    JSON.stringify({ version: 1, organization: org, activities: {} }),
  ),
  fatal('deep nesting at the top', deep(100_000, '[', ']')),
);
cases.push({ name: 'BOM before the JSON', text: `\ufeff${okText}`, shown: ['Behind a BOM'] });
cases.push({
  name: 'version written as 1.0',
  text: okText.replace('"version":1', '"version":1.0'),
  shown: ['Behind a BOM'],
});

// ---- An organization that is there but incomplete or oddly typed: the activities still show.
const oddOrganizations: [string, Json][] = [
  ['an empty object', {}],
  ['a string', 'Ishraqat'],
  ['a number', 7],
  ['an array', [org]],
  ['without a name', { id: 'org' }],
  ['with a number for a name', { id: 'org', name: 42 }],
  ['with an object for an id', { id: { en: 'org' }, name: 'Org' }],
];
for (const [what, organization] of oddOrganizations) {
  cases.push({
    name: `organization is ${what}`,
    text: JSON.stringify({
      version: 1,
      organization,
      activities: [good('odd-org', `Shown though the organization is ${what}`)],
    }),
    shown: [`Shown though the organization is ${what}`],
  });
}

export const CORPUS: readonly HostileCase[] = cases;

const okTitles = ['Test activity A', 'Test activity B'];
const net = (name: string, route: string, more: Partial<HostileCase> = {}): HostileCase => ({
  name,
  text: '',
  route,
  shown: [],
  fatal: true,
  ...more,
});

/** Network faults from the test server (test/support/feed-server.js): the `src` mode only. */
export const NETWORK: readonly HostileCase[] = [
  net('404', '/__feeds/404'),
  net('500', '/__feeds/500'),
  net('404 with an HTML page', '/__feeds/html-404'),
  net('200 text/html soft 404', '/__feeds/soft-404'),
  net('200 text/html', '/__feeds/not-json'),
  net('truncated body', '/__feeds/truncated?feed=ok.json'),
  net('connection reset', '/__feeds/drop'),
  net('redirect loop', '/__feeds/loop?n=0'),
  net('never-ending body', '/__feeds/never', { timeout: 1500 }),
  net('slow but fine', '/__feeds/slow?ms=1500&feed=ok.json', { fatal: false, shown: okTitles }),
  net('a file that is not there', '/__feeds/no-such-feed.json'),
];
