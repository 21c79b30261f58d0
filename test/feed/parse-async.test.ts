// parseFeedAsync (the parse in slices that pages use for large feeds) gives exactly what
// parseFeed gives, and lets the page run between slices: behaviour, not timing. The feeds are
// the demo feeds (one real, the others generated or hand-written test data) and small broken
// ones; the 10,000-activity feed is the generated 1,000 one ten times over, with new ids.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { isLargeFeed, parseFeed, parseFeedAsync } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/problems.js';
import '../../src/timeline/define.js';
import type { IshraqatTimeline } from '../../src/timeline/timeline.js';

type Json = Record<string, unknown>;

const DEMO_FEEDS = ['ishraqat.json', 'broken-10.json', 'synthetic-1000.json'];
const baseUrl = 'https://feeds.example.org/ngo/feed.json';

async function demoText(name: string): Promise<string> {
  const response = await fetch(`/demo/feeds/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** The generated 1,000-activity feed `times` times over (ids made unique): generated data. */
async function bigFeed(times: number): Promise<Json> {
  const feed = JSON.parse(await demoText('synthetic-1000.json')) as Json;
  const activities = feed.activities as Json[];
  return {
    ...feed,
    activities: Array.from({ length: times }, (_, k) =>
      activities.map((a) => ({ ...a, id: `${String(a.id)}-copy-${k}` })),
    ).flat(),
  };
}

/** Whatever `run` throws or rejects with, as plain data to compare. */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    const e = error as FeedError;
    return { code: e.code, message: e.message, problems: e.details.problems };
  }
  throw new Error('expected a FeedError');
}

/**
 * Counts tasks that run while `promise` is pending (and `counting()` says so): a posted message
 * that posts itself again.
 */
async function tasksDuring<T>(
  promise: () => Promise<T>,
  counting = () => true,
): Promise<{ value: T; tasks: number }> {
  let tasks = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (counting()) tasks++;
    if (running) channel.port2.postMessage(undefined);
  };
  channel.port2.postMessage(undefined);
  try {
    const value = await promise();
    return { value, tasks };
  } finally {
    running = false;
    channel.port1.close();
  }
}

describe('parseFeedAsync', () => {
  for (const name of DEMO_FEEDS) {
    it(`gives the same Feed as parseFeed for demo/feeds/${name}, as text and as an object`, async () => {
      const text = await demoText(name);
      const sync = parseFeed(text, { baseUrl });
      for (const slice of [1, 7, 500]) {
        expect(await parseFeedAsync(text, { baseUrl, slice }), `slice ${slice}`).to.deep.equal(
          sync,
        );
      }
      expect(await parseFeedAsync(JSON.parse(text), { baseUrl, slice: 3 })).to.deep.equal(
        parseFeed(JSON.parse(text), { baseUrl }),
      );
    });
  }

  it('gives the same problems, paths and reasons for broken activities across slices', async () => {
    const broken = {
      version: 1,
      organization: { id: 'o', name: 'Test org (fictitious)' },
      partners: [
        { id: 'p', name: 'Partner (fictitious)' },
        { id: 'unused', name: 'Unused' },
      ],
      activities: [
        { id: 'a', date: '2023-13-40', title: 'Bad date' },
        { id: 'b', date: '2023', title: 'Good', partners: ['p', 'nobody'] },
        { id: 'b', date: '2023', title: 'Duplicate' },
        'not an activity',
        { id: 'c', date: '2023', title: { en: 'x', 'not a tag': 'y' }, counts: { k: -1 } },
        { id: 'd\ud800', date: '2023', endDate: '2022', title: 'Lone surrogate', extra: 1 },
      ],
    };
    const sync = parseFeed(broken);
    expect(sync.problems.length).to.be.greaterThan(6);
    expect(await parseFeedAsync(broken, { slice: 1 })).to.deep.equal(sync);
    expect(await parseFeedAsync(JSON.stringify(broken), { slice: 2 })).to.deep.equal(
      parseFeed(JSON.stringify(broken)),
    );
  });

  it('rejects with the same FeedError as parseFeed throws', async () => {
    const inputs: unknown[] = [
      '{"version": 1,',
      '[]',
      { version: 2, organization: { id: 'o', name: 'x' }, activities: [] },
      { version: 1, activities: [] },
      { version: 1, organization: null, activities: [] },
      { version: 1, organization: {}, activities: 'none' },
    ];
    for (const input of inputs) {
      expect(await failure(() => parseFeedAsync(input, { slice: 1 })), String(input)).to.deep.equal(
        await failure(() => parseFeed(input)),
      );
    }
  });

  it('yields to the event loop between slices, and not for a feed of one slice', async () => {
    const feed = await bigFeed(1);
    const sliced = await tasksDuring(() => parseFeedAsync(feed, { slice: 100 }));
    expect(sliced.value.activities).to.have.length(1000);
    expect(sliced.tasks, 'tasks that ran during a parse of 10 slices').to.be.at.least(5);
    // parseFeed itself never yields: it returns before any other task can run.
    const small = await tasksDuring(() => parseFeedAsync(feed, { slice: 5000 }));
    expect(small.tasks).to.equal(0);
  });

  it('stops at the next slice when its signal aborts', async () => {
    const feed = await bigFeed(1);
    const controller = new AbortController();
    const parsing = parseFeedAsync(feed, { slice: 100, signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    let error: unknown;
    await parsing.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('isLargeFeed: more than one slice of activities, or a long text', () => {
    const activities = (n: number) => ({ activities: Array.from({ length: n }, () => ({})) });
    expect(isLargeFeed(activities(500))).to.equal(false);
    expect(isLargeFeed(activities(501))).to.equal(true);
    expect(isLargeFeed('{}')).to.equal(false);
    expect(isLargeFeed(' '.repeat(600 * 1024))).to.equal(true);
    expect(isLargeFeed(null)).to.equal(false);
  });
});

describe('a 10,000-activity feed handed to an element is parsed without blocking the page', () => {
  let feed: Json;
  before(async () => {
    feed = await bigFeed(10);
  });

  for (const mode of ['feed property', 'inline JSON', 'src'] as const) {
    it(`${mode}: other tasks run before the feed is loaded, and every activity is there`, async () => {
      let url: string | undefined;
      // For `src`, only tasks after the body has arrived count: the network takes tasks too.
      let bodyRead = mode !== 'src';
      const text = Response.prototype.text;
      Response.prototype.text = async function (this: Response) {
        const body = await text.call(this);
        bodyRead = true;
        return body;
      };
      const el =
        mode === 'src'
          ? await fixture<IshraqatTimeline>(
              html`<ishraqat-timeline
                lang="en"
                limit="5"
                src=${(url = URL.createObjectURL(
                  new Blob([JSON.stringify(feed)], { type: 'application/json' }),
                ))}
              ></ishraqat-timeline>`,
            )
          : await fixture<IshraqatTimeline>(
              html`<ishraqat-timeline lang="en" limit="5"></ishraqat-timeline>`,
            );
      try {
        const { value: detail, tasks } = await tasksDuring(
          async () => {
            const loaded = oneEvent(el, 'ishraqat-load');
            if (mode === 'feed property') el.feed = feed;
            else if (mode === 'inline JSON') {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = JSON.stringify(feed);
              el.append(script);
            }
            return ((await loaded) as CustomEvent<{ activities: number }>).detail;
          },
          () => bodyRead,
        );
        expect(detail.activities).to.equal(10_000);
        // The parse alone is 20 slices: a page's own task got a turn between them.
        expect(tasks, 'tasks that ran while the feed was parsed').to.be.at.least(5);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('li, article').length).to.be.greaterThan(0);
      } finally {
        Response.prototype.text = text;
        if (url) URL.revokeObjectURL(url);
      }
    });
  }
});
