// Forgiving organization (feed-v1.md, "Bad input"; issue 12): a feed whose organization is
// there but incomplete or oddly typed shows its activities in the elements, with the problems
// on `problems` and in the quiet count; only a feed with no organization at all gets the error
// state. All names here are fictitious test data.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/impact/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';

function feedWith(organization: unknown): Record<string, unknown> {
  const feed: Record<string, unknown> = {
    version: 1,
    language: 'en',
    activities: [
      { id: 'a', date: '2023-05-01', title: { en: 'First activity', ar: 'النشاط الأول' } },
      { id: 'b', date: '2022', title: { en: 'Second activity', ar: 'النشاط الثاني' } },
    ],
  };
  if (organization !== undefined) feed.organization = organization;
  return feed;
}

const TITLES = {
  en: ['First activity', 'Second activity'],
  ar: ['النشاط الأول', 'النشاط الثاني'],
};

for (const lang of ['en', 'ar'] as const) {
  describe(`a present but invalid organization [${lang}]`, () => {
    for (const [name, organization, count] of [
      ['an empty object', {}, 2],
      ['a string', 'Test Org', 1],
      ['a name that is a number', { id: 'org', name: 42 }, 1],
    ] as const) {
      it(`${name}: the timeline shows every activity and counts the problem quietly`, async () => {
        const el = await fixture<IshraqatTimeline>(
          html`<ishraqat-timeline
            lang=${lang}
            .feed=${feedWith(organization)}
          ></ishraqat-timeline>`,
        );
        const root = el.shadowRoot!;
        await waitUntil(
          () => root.querySelectorAll('article').length === 2 && root.querySelector('details'),
          'the activities and the quiet count show',
        );
        expect(root.querySelector('[role="alert"]'), 'no error state').to.equal(null);
        const text = root.textContent!;
        for (const title of TITLES[lang]) expect(text).to.contain(title);
        const paths = el.problems.map((p) => p.path);
        expect(paths.length).to.equal(count);
        expect(paths.every((p) => p.startsWith('organization'))).to.equal(true);
        const summary = root.querySelector('details summary')!.textContent!;
        expect(summary).to.contain(String(count));
        expect(summary).to.contain(lang === 'en' ? 'problem' : 'مشكل');
        await expect(el).to.be.accessible();
      });
    }

    it('the impact summary shows the activities of a feed whose organization is {}', async () => {
      const el = await fixture<HTMLElement>(
        html`<ishraqat-impact lang=${lang} .feed=${feedWith({})}></ishraqat-impact>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('details'), 'the quiet count shows');
      expect(root.querySelector('[role="alert"]'), 'no error state').to.equal(null);
      expect((el as unknown as { problems: unknown[] }).problems).to.have.length(2);
    });

    it('no organization at all is the error state, with a retry button', async () => {
      const el = await fixture<IshraqatTimeline>(
        html`<ishraqat-timeline lang=${lang}></ishraqat-timeline>`,
      );
      const failed = oneEvent(el, 'ishraqat-error');
      el.feed = feedWith(undefined);
      await failed;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert).to.not.equal(null);
      expect(alert!.querySelector('button')).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(0);
    });
  });
}
