// Unicode hazards in every string field, ids included (issue 12, "Robust text"): the parser
// never throws, keeps every activity, repairs unpaired surrogates (U+FFFD, with a `surrogate`
// warning at the field's path), closes bidi controls left open, and keeps everything else as
// written; querying and formatting never throw; the elements show the activity in ar and en.
// All names here are fictitious test data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import {
  filterActivities,
  findActivity,
  groupByYear,
  sortActivities,
  sumCount,
} from '../../src/feed/query.js';
import { resolveText } from '../../src/feed/text.js';
import { closeBidi, encodeComponent, isWellFormed, toWellFormed } from '../../src/feed/unicode.js';
import type { Feed } from '../../src/feed/types.js';
import { toCsv } from '../../src/feed/csv/write.js';
import { partnersOf } from '../../src/partners/groups.js';
import '../../src/timeline/define.js';
import '../../src/impact/define.js';
import '../../src/partners/define.js';

const HAZARDS: Record<string, string> = {
  'lone high surrogate': '\ud800',
  'lone low surrogate': '\udc00',
  'surrogates in the wrong order': '\udc00\ud800',
  'an override left open (RLO)': '\u202e',
  'an isolate left open (RLI)': '\u2067',
  'balanced isolate and marks': '\u2067x\u2069\u200f\u061c',
  'zero-width characters': '\u200b\u200c\u200d\u2060',
  'a long combining run': `a${'\u0301'.repeat(5000)}`,
  '100,000 characters unbroken': 'x'.repeat(100_000),
  'non-BMP characters': '𝕏😀𐤀𞤀',
};

/** Every string field of a feed holds `h` (between letters, so ids stay trimmed). */
function hazardousFeed(h: string): Record<string, unknown> {
  const t = (s: string) => `${s}${h}${s}`;
  return {
    version: 1,
    language: 'en',
    organization: { id: t('org'), name: { en: t('Org'), ar: t('منظمة') } },
    partners: [{ id: t('p'), name: t('Partner'), shortName: { en: t('P') } }],
    programs: [{ id: t('prog'), name: t('Program') }],
    metrics: [{ id: t('m'), label: { en: t('Metric') } }],
    activities: [
      {
        id: t('a'),
        date: '2023-05-01',
        title: { en: t('Title'), ar: t('عنوان') },
        summary: t('Summary'),
        program: t('prog'),
        tags: [t('tag')],
        location: { name: t('Place'), region: t('Region') },
        partners: [t('p'), { id: t('p'), role: 'funding' }],
        people: [{ name: t('Person'), role: t('Role') }],
        counts: { participants: 3, [t('m')]: 2 },
        images: [
          {
            src: `img/${encodeURIComponent(toWellFormed(h.slice(0, 50)))}.png`,
            alt: t('Alt'),
            credit: t('Credit'),
          },
        ],
        url: 'https://example.org/story',
      },
    ],
  };
}

/** Every string in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Map) for (const [k, v] of value) strings([k, v], out);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings([k, v], out);
  }
  return out;
}

describe('Unicode hazards in every string field', () => {
  for (const [name, h] of Object.entries(HAZARDS)) {
    it(`${name}: parsed without throwing, the activity kept, every string safe`, () => {
      const feed = parseFeed(hazardousFeed(h));
      expect(feed.activities, JSON.stringify(feed.problems)).to.have.length(1);
      expect(feed.skipped).to.equal(0);
      const errors = feed.problems.filter((p) => p.severity === 'error');
      expect(errors, JSON.stringify(errors)).to.deep.equal([]);
      const all = strings(feed);
      expect(all.every(isWellFormed), 'every string is well-formed').to.equal(true);
      expect(
        all.every((s) => closeBidi(s) === s),
        'no bidi control is left open',
      ).to.equal(true);
      const a = feed.activities[0]!;
      expect(a.partners.map((p) => p.role)).to.deep.equal([undefined, 'funding']);
      expect(Object.keys(a.counts)).to.have.length(2);

      // Querying and formatting what came out never throws either.
      expect(findActivity(feed, a.id)).to.equal(a);
      expect(filterActivities(feed.activities, { tag: [a.tags[0]!] })).to.have.length(1);
      expect(sortActivities(feed.activities, 'oldest')).to.have.length(1);
      expect(groupByYear(feed.activities)).to.have.length(1);
      expect(sumCount(feed.activities, 'participants')).to.equal(3);
      expect(partnersOf(feed, feed.activities)).to.have.length(1);
      expect(resolveText(a.title, 'ar', feed.language)?.lang).to.equal('ar');
      expect(toCsv([[a.id, resolveText(a.title, 'en', 'en')!.text]])).to.be.a('string');
      expect(encodeComponent(a.id)).to.be.a('string');
    });
  }

  it('unpaired surrogates become U+FFFD, with a surrogate warning at each field', () => {
    const feed = parseFeed(hazardousFeed('\ud800'));
    const a = feed.activities[0]!;
    expect(a.id).to.equal('a\ufffda');
    expect(a.title).to.deep.equal({ en: 'Title\ufffdTitle', ar: 'عنوان\ufffdعنوان' });
    expect(a.counts).to.have.property('m\ufffdm', 2);
    expect(feed.organization.id).to.equal('org\ufffdorg');
    const surrogate = feed.problems.filter((p) => p.code === 'surrogate');
    expect(surrogate.every((p) => p.severity === 'warning')).to.equal(true);
    expect(surrogate.map((p) => p.path)).to.include.members([
      'organization.id',
      'organization.name.en',
      'activities[0].id',
      'activities[0].title.ar',
      'activities[0].summary',
      'activities[0].tags[0]',
      'activities[0].partners[0]',
      'activities[0].partners[1].id',
      'activities[0].people[0].role',
      'activities[0].counts["m\\ud800m"]',
      'partners[0].shortName.en',
    ]);
    expect(surrogate.find((p) => p.path === 'activities[0].id')!.message).to.equal(
      'activities[0].id: "a\\ud800a" has unpaired UTF-16 surrogates (shown as U+FFFD)',
    );
  });

  it('ids that differ only in their broken characters become duplicates, reported', () => {
    const feed = parseFeed({
      version: 1,
      organization: { id: 'o', name: 'Org' },
      activities: [
        { id: 'a\ud800', date: '2023', title: 'One' },
        { id: 'a\udc00', date: '2023', title: 'Two' },
      ],
    });
    expect(feed.activities.map((a) => a.id)).to.deep.equal(['a\ufffd']);
    expect(feed.problems.find((p) => p.code === 'duplicate-id')).to.include({
      path: 'activities[1].id',
      skipped: true,
    });
  });

  it('bidi controls: open ones are closed at the end of the string, balanced ones kept', () => {
    expect(closeBidi('a\u202eb')).to.equal('a\u202eb\u202c');
    expect(closeBidi('a\u2067b')).to.equal('a\u2067b\u2069');
    expect(closeBidi('\u202b\u2067x')).to.equal('\u202b\u2067x\u2069\u202c');
    // A PDI closes its isolate and the embeddings opened inside it.
    expect(closeBidi('\u2067\u202ex\u2069y')).to.equal('\u2067\u202ex\u2069y');
    // A PDF does not close across an isolate.
    expect(closeBidi('\u2067\u202cx')).to.equal('\u2067\u202cx\u2069');
    expect(closeBidi('\u200fمرحبا\u200e')).to.equal('\u200fمرحبا\u200e');
    const feed = parseFeed(hazardousFeed('\u202e'));
    expect(feed.activities[0]!.title.en).to.equal('Title\u202eTitle\u202c');
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('encodeComponent never throws, where encodeURIComponent does', () => {
    expect(() => encodeURIComponent('a\ud800')).to.throw(URIError);
    expect(encodeComponent('a\ud800')).to.equal('a%EF%BF%BD');
    expect(encodeComponent('a b')).to.equal('a%20b');
  });
});

describe('elements given Unicode hazards in every field', () => {
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** The same feed without images: the elements would load them, and these are not there. */
  function withoutImages(feed: Record<string, unknown>): Record<string, unknown> {
    const [activity] = feed.activities as Record<string, unknown>[];
    return { ...feed, activities: [{ ...activity, images: [] }] };
  }

  /** A feed that did not come through the parser: an id with a lone surrogate as it is. */
  function unparsedFeed(): Feed {
    const feed = parseFeed(withoutImages(hazardousFeed('')));
    return {
      ...feed,
      activities: feed.activities.map((a) => ({ ...a, id: 'a\ud800', title: { en: 'Raw title' } })),
    };
  }

  for (const lang of ['en', 'ar']) {
    for (const [name, make] of [
      ['a lone surrogate in every field', () => withoutImages(hazardousFeed('\ud800'))],
      ['an override left open in every field', () => withoutImages(hazardousFeed('\u202e'))],
      ['a parsed feed whose id holds a lone surrogate', unparsedFeed],
    ] as const) {
      it(`timeline, impact summary and partners show ${name} [${lang}]`, async () => {
        const feed = make();
        const root = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <ishraqat-timeline .feed=${feed}></ishraqat-timeline>
            <ishraqat-impact .feed=${feed}></ishraqat-impact>
            <ishraqat-partners .feed=${feed}></ishraqat-partners>
          </div>`,
        );
        const elements = [...root.children] as (HTMLElement & {
          updateComplete: Promise<unknown>;
        })[];
        const timeline = elements[0]!.shadowRoot!;
        // Until the UI strings of the language have arrived.
        await waitUntil(
          () => /Title|عنوان|Raw title/.test(timeline.textContent!),
          'the title shows',
        );
        for (const el of elements) await el.updateComplete;
        expect(errors, String(errors)).to.deep.equal([]);
        expect(timeline.querySelector('[role="alert"]'), 'no error state').to.equal(null);
        const impact = elements[1]!.shadowRoot!;
        expect(impact.querySelector('[role="alert"]'), 'no error state').to.equal(null);
        expect(impact.textContent!.trim().length).to.be.greaterThan(0);
        await expect(elements[0]).to.be.accessible();
      });
    }
  }
});
