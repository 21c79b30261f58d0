// The search index (src/timeline/search/search-index.ts): which fields are searched, in every
// language, and that it is built once per feed and language. All data here is fictitious.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/parse.js';
import type { Feed } from '../../../src/feed/types.js';
import { searchTerms } from '../../../src/timeline/search/normalize.js';
import { SearchIndex } from '../../../src/timeline/search/search-index.js';

function feed(): Feed {
  return parseFeed({
    version: 1,
    language: 'en',
    organization: { id: 'org', name: 'Test Organization' },
    partners: [
      { id: 'p1', name: { en: 'Example Foundation', ar: 'مؤسسة المثال' }, shortName: 'EXF' },
    ],
    programs: [{ id: 'prog', name: { en: 'Water and climate', ar: 'المياه والمناخ' } }],
    activities: [
      {
        id: 'title',
        date: '2023',
        title: { en: 'Training workshop', ar: 'ورشة تدريبية' },
      },
      {
        id: 'summary',
        date: '2023',
        title: 'Plain title',
        summary: { en: 'About voter registration', ar: 'حول تسجيل الناخبين' },
      },
      { id: 'place', date: '2023', title: 'Second', location: { name: { en: 'Youth hall' } } },
      { id: 'region-code', date: '2023', title: 'Third', location: { region: 'IQ-MU' } },
      {
        id: 'region-text',
        date: '2023',
        title: 'Fourth',
        location: { region: { en: 'Mesopotamian Marshes', ar: 'الأهوار' } },
      },
      { id: 'partner', date: '2023', title: 'Fifth', partners: ['p1'] },
      { id: 'program', date: '2023', title: 'Sixth', program: 'prog' },
      { id: 'tag', date: '2023', title: 'Seventh', tags: ['mental-health'] },
      { id: 'person', date: '2023', title: 'Eighth', people: [{ name: 'Sample Person' }] },
      { id: 'counts', date: '2023', title: 'Ninth', counts: { participants: 4242 } },
    ],
  });
}

const names = (code: string) => (code === 'IQ-MU' ? ['Al-Muthanna', 'المثنى'] : []);

async function built(f: Feed) {
  const index = new SearchIndex(names);
  await index.build(f);
  return index;
}

const ids = (index: SearchIndex, f: Feed, query: string) =>
  index.filter(f.activities, searchTerms(query)).map((a) => a.id);

describe('search index', () => {
  it('searches title, summary, place, region, partners, program, tags and people', async () => {
    const f = feed();
    const index = await built(f);
    expect(ids(index, f, 'workshop')).to.deep.equal(['title']);
    expect(ids(index, f, 'تدريبيه')).to.deep.equal(['title']);
    expect(ids(index, f, 'الناخبين')).to.deep.equal(['summary']);
    expect(ids(index, f, 'youth hall')).to.deep.equal(['place']);
    expect(ids(index, f, 'muthanna')).to.deep.equal(['region-code']);
    expect(ids(index, f, 'المثني')).to.deep.equal(['region-code']);
    expect(ids(index, f, 'الاهوار')).to.deep.equal(['region-text']);
    expect(ids(index, f, 'foundation')).to.deep.equal(['partner']);
    expect(ids(index, f, 'مءسسه')).to.deep.equal(['partner']);
    expect(ids(index, f, 'exf')).to.deep.equal(['partner']);
    expect(ids(index, f, 'climate')).to.deep.equal(['program']);
    expect(ids(index, f, 'المناخ')).to.deep.equal(['program']);
    expect(ids(index, f, 'mental health')).to.deep.equal(['tag']);
    expect(ids(index, f, 'sample person')).to.deep.equal(['person']);
  });

  it('does not search counts or dates', async () => {
    const f = feed();
    const index = await built(f);
    expect(ids(index, f, '4242')).to.deep.equal([]);
    expect(ids(index, f, 'participants')).to.deep.equal([]);
  });

  it('needs every word, in any order, in any of the fields', async () => {
    const f = feed();
    const index = await built(f);
    expect(ids(index, f, 'fifth foundation')).to.deep.equal(['partner']);
    expect(ids(index, f, 'foundation fifth')).to.deep.equal(['partner']);
    expect(ids(index, f, 'foundation sixth')).to.deep.equal([]);
  });

  it('keeps the order of the activities it is given and filters only those', async () => {
    const f = feed();
    const index = await built(f);
    const reversed = [...f.activities].reverse();
    const out = index.filter(reversed, searchTerms('t')).map((a) => a.id);
    expect(out[0]).to.equal('counts');
    expect(index.filter(f.activities.slice(0, 2), searchTerms('workshop'))).to.have.length(1);
  });

  it('builds a small feed at once, and each feed only once', async () => {
    const f = feed();
    let asked = 0;
    const index = new SearchIndex((code) => (asked++, names(code)));
    const first = index.build(f);
    expect(index.has(f)).to.equal(true);
    expect(index.build(f)).to.not.equal(undefined);
    await first;
    await index.build(f);
    // Region names are asked once per code however often the feed is built or searched.
    expect(asked).to.equal(1);
  });

  it('builds a long feed in slices that leave the page free in between', async () => {
    const big = parseFeed({
      version: 1,
      language: 'en',
      organization: { id: 'org', name: 'Test Organization' },
      activities: Array.from({ length: 6000 }, (_, i) => ({
        id: `a${i}`,
        date: '2023',
        title: { en: `Generated activity ${i} workshop`, ar: `نشاط مُولَّد ${i} ورشة` },
        summary: { en: 'A generated summary. '.repeat(20), ar: 'ملخص مُولَّد. '.repeat(20) },
      })),
    });
    const index = new SearchIndex(names);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const done = index.build(big);
    expect(index.has(big), 'built in one task').to.equal(false);
    await done;
    clearInterval(ticker);
    expect(index.has(big)).to.equal(true);
    expect(ticks, 'no other task ran while it was built').to.be.greaterThan(0);
    expect(index.filter(big.activities, searchTerms('ورشه 5999'))).to.have.length(1);
  });
});
