/**
 * The searchable text of a feed's activities, in canonical form (./normalize.ts), built once per
 * feed and UI language and reused for every query. No DOM.
 *
 * What is searched, in every language the feed gives: the title, the summary, the place (its
 * name, and its region: the free text, or a known region code's name in English and in the UI
 * language), the partners' names and short names, the program's name, the tags and the names of
 * the people. Dates, counts, images and links are not searched (`from` / `to` filter by date).
 *
 * The text of 10,000 activities takes about 100 ms to build, so it is built in slices of a few
 * milliseconds that leave the main thread free in between. It is held weakly by activity, so it
 * goes when the feed goes, and a feed grown by a `next` page only adds the new activities.
 */
import type { Activity, Feed, LocalizedText } from '../../feed/types.js';
import { matchesAll, normalize } from './normalize.js';

/** The names a region code goes by (e.g. in English and in the UI language). */
export type RegionNames = (code: string) => readonly string[];

/** Time a slice of the build may take before it lets the page run. */
const SLICE_MS = 8;

const texts = (text: LocalizedText | undefined): string[] => (text ? Object.values(text) : []);

/** One activity's raw searchable text, except what it shares with others (partners, program). */
function ownText(activity: Activity): string {
  return [
    ...texts(activity.title),
    ...texts(activity.summary),
    ...texts(activity.location?.name),
    ...texts(activity.location?.region?.text),
    ...activity.tags,
    ...activity.people.flatMap((p) => texts(p.name)),
  ].join('\n');
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The canonical searchable text of activities, for one UI language. */
export class SearchIndex {
  private readonly _texts = new WeakMap<Activity, string>();
  /** Partners and programs are shared by many activities: normalised once each. */
  private readonly _shared = new WeakMap<object, string>();
  /** So are region codes (a few dozen at most). */
  private readonly _regions = new Map<string, string>();
  private readonly _done = new WeakSet<Feed>();
  private readonly _building = new WeakMap<Feed, Promise<void>>();

  constructor(private readonly _regionNames: RegionNames) {}

  /** Whether every activity of `feed` has its text. */
  has(feed: Feed): boolean {
    return this._done.has(feed);
  }

  /**
   * Builds the text of every activity of `feed`: at once when it takes less than a slice
   * (`has(feed)` is then true on return), else in slices; resolves when done.
   */
  build(feed: Feed): Promise<void> {
    if (this._done.has(feed)) return Promise.resolve();
    let building = this._building.get(feed);
    if (!building) {
      building = this._run(feed);
      this._building.set(feed, building);
    }
    return building;
  }

  private async _run(feed: Feed): Promise<void> {
    const activities = feed.activities;
    let start = performance.now();
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (!this._texts.has(activity)) this._texts.set(activity, this._textOf(feed, activity));
      if (i % 64 === 63 && performance.now() - start > SLICE_MS) {
        await nextTask();
        start = performance.now();
      }
    }
    this._done.add(feed);
    this._building.delete(feed);
  }

  private _textOf(feed: Feed, activity: Activity): string {
    const parts = [normalize(ownText(activity))];
    for (const ref of activity.partners) {
      const partner = feed.partners.get(ref.id);
      if (partner) {
        parts.push(
          this._once(partner, () => [...texts(partner.name), ...texts(partner.shortName)]),
        );
      }
    }
    const program = activity.program ? feed.programs.get(activity.program) : undefined;
    if (program) parts.push(this._once(program, () => texts(program.name)));
    const code = activity.location?.region?.code;
    if (code) {
      let region = this._regions.get(code);
      if (region === undefined) {
        region = normalize(this._regionNames(code).join('\n'));
        this._regions.set(code, region);
      }
      parts.push(region);
    }
    return parts.join(' ');
  }

  private _once(key: object, raw: () => string[]): string {
    let value = this._shared.get(key);
    if (value === undefined) {
      value = normalize(raw().join('\n'));
      this._shared.set(key, value);
    }
    return value;
  }

  /**
   * The activities whose text holds every term (from `searchTerms`), in their order. Activities
   * not indexed yet do not match.
   */
  filter(activities: readonly Activity[], terms: readonly string[]): Activity[] {
    return activities.filter((a) => matchesAll(this._texts.get(a) ?? '', terms));
  }
}

const indexes = new Map<string, SearchIndex>();

/** The index for one UI language (`locale` names the language `regionNames` answers in). */
export function searchIndex(locale: string, regionNames: RegionNames): SearchIndex {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = new SearchIndex(regionNames)));
  return index;
}
