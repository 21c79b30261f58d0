// Property-based: every element renders arbitrary generated feeds (shapes close to feed-v1
// with hostile values anywhere, and values of any type) without an uncaught error, a blank
// box or an unsafe URL, and always ends in its ready, empty or error state. Bounded runs, one
// element per tag reused across runs; the seed is printed on failure (fast-check).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { settled, shadowText, unsafeUrls, until, watch } from './harness.js';

const NUM_RUNS = 40;

const str = fc.string({ unit: 'binary', maxLength: 30 });
const anything = fc.anything({ maxDepth: 3, maxKeys: 4, withNullPrototype: true });
const lang = fc.constantFrom('en', 'ar', 'fr', 'ar-IQ', 'x', '__proto__', '');
const text = fc.oneof(str, fc.dictionary(lang, str, { maxKeys: 3 }), anything);
const date = fc.oneof(
  fc.constantFrom(
    '2023',
    '2023-05',
    '2023-12-18',
    '2024-02-29',
    '2023-02-30',
    '0000',
    '9999-12-31',
  ),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  str,
  anything,
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,x',
    ' JAVAscript:x',
    'img/a.png',
    '//x.example/y',
  ),
  str,
  anything,
);
const id = fc.oneof(fc.constantFrom('p1', 'p2', 'prog', '__proto__', 'constructor'), str, anything);
const count = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(1e308), anything);
const countKey = fc.constantFrom('participants', 'women', 'men', 'custom', '__proto__', 'toString');

const activity = fc.record(
  {
    id,
    date,
    endDate: date,
    title: text,
    summary: text,
    program: id,
    tags: fc.oneof(fc.array(str, { maxLength: 3 }), anything),
    location: fc.oneof(
      fc.record({ name: text, region: fc.oneof(fc.constantFrom('IQ-MU', 'IQ-BG'), str) }),
      anything,
    ),
    partners: fc.oneof(
      fc.array(
        fc.oneof(
          id,
          fc.record({ id, role: fc.oneof(fc.constantFrom('funding', 'implementing'), str) }),
        ),
        {
          maxLength: 3,
        },
      ),
      anything,
    ),
    people: fc.oneof(fc.array(fc.record({ name: text, role: text }), { maxLength: 2 }), anything),
    counts: fc.oneof(fc.dictionary(countKey, count, { maxKeys: 4 }), anything),
    images: fc.oneof(
      fc.array(fc.record({ src: url, alt: text, credit: text }), { maxLength: 2 }),
      anything,
    ),
    url,
  },
  { requiredKeys: [] },
);

const feed = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constant(1), fc.constant(1), anything),
    language: fc.oneof(lang, anything),
    country: fc.oneof(fc.constantFrom('IQ', 'iq', 'XX'), anything),
    updated: fc.oneof(fc.constant('2023-12-01T09:00:00Z'), str, anything),
    organization: fc.oneof(
      fc.record({ id, name: text, url, logo: url }, { requiredKeys: ['id', 'name'] }),
      anything,
    ),
    partners: fc.oneof(
      fc.array(
        fc.record({
          id,
          name: text,
          shortName: text,
          type: fc.oneof(fc.constantFrom('ngo', 'donor', 'un'), str),
          logo: url,
          url,
        }),
        { maxLength: 4 },
      ),
      anything,
    ),
    programs: fc.oneof(fc.array(fc.record({ id, name: text }), { maxLength: 2 }), anything),
    metrics: fc.oneof(
      fc.array(fc.record({ id: fc.oneof(countKey, id), label: text }), { maxLength: 2 }),
      anything,
    ),
    targets: fc.oneof(
      fc.array(
        fc.record({
          metric: fc.oneof(countKey, id),
          value: count,
          from: date,
          to: date,
          program: id,
        }),
        { maxLength: 2 },
      ),
      anything,
    ),
    activities: fc.oneof(
      fc.array(fc.oneof(activity, activity, activity, anything), { maxLength: 10 }),
      anything,
    ),
    next: url,
  },
  { requiredKeys: ['version', 'organization', 'activities'] },
);

const TAGS: Record<string, Record<string, string>> = {
  'ishraqat-timeline': {},
  'ishraqat-partners': { 'group-by': 'role' },
  'ishraqat-counts': { metrics: 'activities participants custom partners regions people' },
  'ishraqat-chart': { metric: 'participants', by: 'year' },
  'ishraqat-impact': {},
};

describe('every element renders arbitrary generated feeds', function () {
  this.timeout(240_000);
  for (const [tag, attributes] of Object.entries(TAGS)) {
    it(`<${tag}>: no uncaught error, no blank box, no unsafe URL`, async () => {
      const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const events: Event[] = [];
      el.addEventListener('ishraqat-load', (e) => events.push(e));
      el.addEventListener('ishraqat-error', (e) => events.push(e));
      document.body.append(el);
      let run = 0;
      try {
        await fc.assert(
          fc.asyncProperty(feed, async (value) => {
            watch.errors.length = 0;
            events.length = 0;
            el.lang = run++ % 2 ? 'ar' : 'en';
            el.feed = value;
            await until(() => events.length > 0 && settled(el), 'settled', 15_000);
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            await new Promise((r) => setTimeout(r, 0));
            expect(watch.errors, 'uncaught').to.deep.equal([]);
            expect(unsafeUrls(el), 'unsafe URLs').to.deep.equal([]);
            expect(shadowText(el).trim(), 'blank box').to.not.equal('');
            expect(el.getBoundingClientRect().height, 'zero height').to.be.greaterThan(0);
          }),
          { numRuns: NUM_RUNS, endOnFailure: true },
        );
      } finally {
        el.remove();
      }
    });
  }
});
