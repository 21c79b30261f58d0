/**
 * A parsed `Feed` written back as feed-v1 JSON: the normalised form of a feed. Everything the
 * parser kept is there (absolute URLs, upper-case region and country codes, localized text
 * as objects, repaired text), nothing it dropped; `problems`, `skipped`, `url` and activity
 * indexes are the parse's own and are left out. Parsing the result (with the same `baseUrl`)
 * gives the same activities, partners, programs, metrics and targets again: `parseFeed` is
 * idempotent on its own output. For server-side rendering and tools that store a cleaned feed.
 */
import type {
  Activity,
  ActivityPartner,
  Feed,
  FeedDate,
  LocalizedText,
  Location,
  Organization,
  Partner,
  Target,
} from './types.js';

/** JSON as feed-v1 writes it. */
export type FeedJson = { [key: string]: unknown };

/** Copies `from[key]` to `to[key]` unless it is undefined. */
function put(to: FeedJson, key: string, value: unknown) {
  if (value !== undefined) to[key] = value;
}

const text = (value: LocalizedText) => ({ ...value });
const date = (value: FeedDate | undefined) => value?.text;

function organization(org: Organization): FeedJson {
  const out: FeedJson = {};
  // An invalid id or name was reported and is empty in the Feed: it stays absent here.
  if (org.id !== '') out.id = org.id;
  if (Object.keys(org.name).length) out.name = text(org.name);
  put(out, 'url', org.url);
  put(out, 'logo', org.logo);
  return out;
}

function partner(p: Partner): FeedJson {
  const out: FeedJson = { id: p.id, name: text(p.name) };
  if (p.shortName) out.shortName = text(p.shortName);
  out.type = p.type;
  put(out, 'logo', p.logo);
  put(out, 'url', p.url);
  return out;
}

function target(t: Target): FeedJson {
  const out: FeedJson = { metric: t.metric, value: t.value };
  put(out, 'from', date(t.from));
  put(out, 'to', date(t.to));
  put(out, 'program', t.program);
  return out;
}

function location(l: Location): FeedJson {
  const out: FeedJson = {};
  if (l.name) out.name = text(l.name);
  if (l.region) out.region = l.region.code ?? text(l.region.text!);
  put(out, 'lat', l.lat);
  put(out, 'lon', l.lon);
  return out;
}

const partnerRef = (ref: ActivityPartner) =>
  ref.role === undefined ? ref.id : { id: ref.id, role: ref.role };

function activity(a: Activity): FeedJson {
  const out: FeedJson = { id: a.id, date: a.date.text };
  put(out, 'endDate', date(a.endDate));
  out.title = text(a.title);
  if (a.summary) out.summary = text(a.summary);
  put(out, 'program', a.program);
  if (a.tags.length) out.tags = [...a.tags];
  if (a.location) out.location = location(a.location);
  if (a.partners.length) out.partners = a.partners.map(partnerRef);
  if (a.people.length) {
    out.people = a.people.map((p) => {
      const person: FeedJson = { name: text(p.name) };
      if (p.role) person.role = text(p.role);
      return person;
    });
  }
  if (Object.keys(a.counts).length) out.counts = { ...a.counts };
  if (a.images.length) {
    out.images = a.images.map((img) => {
      const image: FeedJson = { src: img.src };
      if (img.alt) image.alt = text(img.alt);
      if (img.credit) image.credit = text(img.credit);
      return image;
    });
  }
  put(out, 'url', a.url);
  return out;
}

/**
 * The feed as feed-v1 JSON (a plain object: `JSON.stringify` it to publish). See the module
 * comment for what is kept.
 */
export function toFeedJson(feed: Feed): FeedJson {
  const out: FeedJson = { version: 1, language: feed.language };
  put(out, 'country', feed.country);
  put(out, 'updated', feed.updated);
  out.organization = organization(feed.organization);
  if (feed.partners.size) out.partners = [...feed.partners.values()].map(partner);
  if (feed.programs.size) {
    out.programs = [...feed.programs.values()].map((p) => ({ id: p.id, name: text(p.name) }));
  }
  if (feed.metrics.size) {
    out.metrics = [...feed.metrics.values()].map((m) => ({ id: m.id, label: text(m.label) }));
  }
  if (feed.targets.length) out.targets = feed.targets.map(target);
  out.activities = feed.activities.map(activity);
  put(out, 'next', feed.next);
  return out;
}
