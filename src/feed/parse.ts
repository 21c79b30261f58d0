/**
 * Feed JSON → normalised `Feed` plus problems, following every bad-input rule of feed-v1.md:
 * fatal activity problems skip that activity only, bad optional values are dropped, URLs are
 * filtered and resolved against the feed's URL, dates are real calendar dates kept at their
 * precision, duplicate ids and unknown references are reported.
 */
import { RULES } from '../generated/feed-rules.js';
import type { Rule } from './rules.js';
import { DATE_PATTERN, WELL_KNOWN_COUNTS, utcDay } from './vocabulary.js';
import { FeedError, problem, type Problem } from './problems.js';
import { isPlainObject, joinPath, walk, type WalkContext } from './walk.js';
import type {
  Activity,
  ActivityPartner,
  Feed,
  FeedDate,
  Image,
  LocalizedText,
  Location,
  Metric,
  Organization,
  Partner,
  Person,
  Program,
  Region,
  Target,
} from './types.js';

export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  baseUrl?: string;
  /** Report unknown fields as warnings (default true). */
  unknownFields?: boolean;
  /**
   * For a `next` page: the feed it continues. Its partners, programs and metrics count as
   * defined, since pages merge them (feed-v1.md, "Pagination").
   */
  continues?: Pick<Feed, 'partners' | 'programs' | 'metrics'>;
}

const REGION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
const WELL_KNOWN: ReadonlySet<string> = new Set(WELL_KNOWN_COUNTS);

/** "2023-05" → a FeedDate at month precision. The string must already be a valid date. */
export function toFeedDate(text: string): FeedDate {
  const [, y, m, d] = DATE_PATTERN.exec(text)!;
  const year = Number(y);
  if (m === undefined) {
    return {
      text,
      precision: 'year',
      year,
      start: utcDay(year, 0, 1),
      end: utcDay(year, 11, 31),
    };
  }
  const month = Number(m);
  if (d === undefined) {
    return {
      text,
      precision: 'month',
      year,
      month,
      start: utcDay(year, month - 1, 1),
      end: utcDay(year, month, 0),
    };
  }
  const day = Number(d);
  const at = utcDay(year, month - 1, day);
  return { text, precision: 'day', year, month, day, start: at, end: at };
}

type Raw = Record<string, unknown>;

class FeedReader {
  readonly problems: Problem[] = [];
  private readonly ctx: WalkContext;
  language = 'en';

  constructor(
    private readonly baseUrl: string | undefined,
    unknownFields: boolean,
  ) {
    this.ctx = { problems: this.problems, unknownFields };
  }

  /** Walks one value; returns undefined (with problems reported) when it is not valid. */
  read<T>(s: Rule, value: unknown, path: string): T | undefined {
    const result = walk(s, value, path, this.ctx);
    return result.ok ? (result.value as T) : undefined;
  }

  /** Reads an optional list item by item: the valid items with their index in the source. */
  list(item: Rule, value: unknown, path: string): { raw: Raw; index: number }[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report({ path, code: 'type', value, expected: 'array' });
      return [];
    }
    const out: { raw: Raw; index: number }[] = [];
    value.forEach((element, index) => {
      const raw = this.read<Raw>(item, element, joinPath(path, index));
      if (raw) out.push({ raw, index });
    });
    return out;
  }

  report(...args: Parameters<typeof problem>) {
    this.problems.push(problem(...args));
  }

  text(value: unknown): LocalizedText {
    return typeof value === 'string'
      ? { [this.language]: value }
      : ({ ...(value as Raw) } as LocalizedText);
  }

  optionalText(value: unknown): LocalizedText | undefined {
    return value === undefined ? undefined : this.text(value);
  }

  url(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    if (!this.baseUrl || trimmed.startsWith('data:')) return trimmed;
    try {
      return new URL(trimmed, this.baseUrl).href;
    } catch {
      return trimmed;
    }
  }

  organization(raw: Raw): Organization {
    return compact({
      id: raw.id as string,
      name: this.text(raw.name),
      url: this.url(raw.url),
      logo: this.url(raw.logo),
    });
  }

  partner(raw: Raw): Partner {
    return compact({
      id: raw.id as string,
      name: this.text(raw.name),
      shortName: this.optionalText(raw.shortName),
      type: (raw.type as Partner['type'] | undefined) ?? 'other',
      logo: this.url(raw.logo),
      url: this.url(raw.url),
    });
  }

  region(value: unknown): Region | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && REGION_CODE.test(value.trim())) {
      return { code: value.trim().toUpperCase() };
    }
    return { text: this.text(value) };
  }

  location(raw: Raw | undefined): Location | undefined {
    if (!raw) return undefined;
    const location = compact({
      name: this.optionalText(raw.name),
      region: this.region(raw.region),
      lat: raw.lat as number | undefined,
      lon: raw.lon as number | undefined,
    });
    return Object.keys(location).length ? location : undefined;
  }
}

/** Removes keys whose value is undefined, so optional fields are truly absent. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

function byId<T extends { id: string }>(
  reader: FeedReader,
  item: Rule,
  value: unknown,
  path: string,
  map: (raw: Raw) => T,
  /** Filled with each kept id's index in the source list, for problem paths. */
  indexes?: Map<string, number>,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const { raw, index } of reader.list(item, value, path)) {
    const id = raw.id as string;
    if (out.has(id)) {
      reader.report({
        path: joinPath(joinPath(path, index), 'id'),
        code: 'duplicate-id',
        value: id,
      });
    } else {
      out.set(id, map(raw));
      indexes?.set(id, index);
    }
  }
  return out;
}

/**
 * Parses a feed (a JSON string or an already-parsed value).
 * Throws `FeedError` when the feed cannot be shown at all; otherwise returns every valid
 * activity, with `problems` listing what was skipped or dropped and why.
 */
export function parseFeed(json: unknown, options: ParseOptions = {}): Feed {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      // A byte order mark (editors on Windows write one) is not JSON, but it is not damage either.
      data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (error) {
      throw new FeedError('not-json', `The feed is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!isPlainObject(data)) {
    throw new FeedError('not-object', 'The feed is not a JSON object.');
  }
  if (data.version !== 1) {
    throw new FeedError(
      'version',
      `The feed's version is ${JSON.stringify(data.version) ?? 'missing'}; this reader understands version 1.`,
    );
  }

  const reader = new FeedReader(options.baseUrl, options.unknownFields ?? true);
  const e = RULES.Feed.e;

  // Fields that the rest depends on come first: the language plain strings are written in.
  const language = reader.read<string>(e.language, data.language, 'language');
  reader.language = language ?? 'en';

  let organizationRaw: Raw | undefined;
  if (data.organization === undefined || data.organization === null) {
    reader.report({ path: 'organization', code: 'required' });
  } else {
    organizationRaw = reader.read<Raw>(RULES.Organization, data.organization, 'organization');
  }
  if (!organizationRaw) {
    throw new FeedError(
      'organization',
      'The feed has no valid "organization" (it needs an "id" and a "name").',
      { problems: reader.problems },
    );
  }
  if (!Array.isArray(data.activities)) {
    throw new FeedError('activities', 'The feed has no "activities" list.', {
      problems: reader.problems,
    });
  }

  const country = reader.read<string>(e.country, data.country, 'country');
  const updated = reader.read<string>(e.updated, data.updated, 'updated');
  const next = reader.read<string>(e.next, data.next, 'next');
  reader.read(e.$schema, data.$schema, '$schema');
  if (options.unknownFields ?? true) {
    for (const key of Object.keys(data)) {
      if (!(key in e)) reader.report({ path: joinPath('', key), code: 'unknown-field' });
    }
  }

  const partnerIndexes = new Map<string, number>();
  const partners = byId(
    reader,
    RULES.Partner,
    data.partners,
    'partners',
    (raw) => reader.partner(raw),
    partnerIndexes,
  );
  const programs = byId<Program>(reader, RULES.Program, data.programs, 'programs', (raw) => ({
    id: raw.id as string,
    name: reader.text(raw.name),
  }));
  const metrics = byId<Metric>(reader, RULES.Metric, data.metrics, 'metrics', (raw) => ({
    id: raw.id as string,
    label: reader.text(raw.label),
  }));
  // A next page may name partners, programs and metrics that the page it continues defines.
  const lookups: Lookups = {
    partners: withInherited(partners, options.continues?.partners),
    programs: withInherited(programs, options.continues?.programs),
    metrics: withInherited(metrics, options.continues?.metrics),
  };
  const knownMetric = (key: string) =>
    key === 'activities' || WELL_KNOWN.has(key) || lookups.metrics.has(key);

  const targets: Target[] = [];
  for (const { raw, index } of reader.list(RULES.Target, data.targets, 'targets')) {
    const path = joinPath('targets', index);
    const metric = raw.metric as string;
    if (!knownMetric(metric)) {
      reader.report({ path: joinPath(path, 'metric'), code: 'unknown-ref', value: metric });
      continue;
    }
    if (raw.program !== undefined && !lookups.programs.has(raw.program as string)) {
      reader.report({ path: joinPath(path, 'program'), code: 'unknown-ref', value: raw.program });
      continue;
    }
    targets.push(
      compact({
        metric,
        value: raw.value as number,
        from: raw.from === undefined ? undefined : toFeedDate(raw.from as string),
        to: raw.to === undefined ? undefined : toFeedDate(raw.to as string),
        program: raw.program as string | undefined,
      }),
    );
  }

  const activities = readActivities(reader, data.activities, lookups);

  const used = new Set(activities.flatMap((a) => a.partners.map((p) => p.id)));
  for (const [id, index] of partnerIndexes) {
    if (!used.has(id)) {
      reader.report({
        path: joinPath(joinPath('partners', index), 'id'),
        code: 'unused-partner',
        value: id,
      });
    }
  }

  return compact({
    version: 1 as const,
    language: reader.language,
    country: country?.toUpperCase(),
    updated,
    organization: reader.organization(organizationRaw),
    partners,
    programs,
    metrics,
    targets,
    activities,
    next: reader.url(next),
    url: options.baseUrl,
    problems: reader.problems,
    skipped: reader.problems.filter((p) => p.skipped).length,
  });
}

function withInherited<T>(
  own: ReadonlyMap<string, T>,
  inherited: ReadonlyMap<string, T> | undefined,
): ReadonlyMap<string, T> {
  if (!inherited?.size) return own;
  const out = new Map(inherited);
  for (const [id, value] of own) out.set(id, value);
  return out;
}

interface Lookups {
  partners: ReadonlyMap<string, Partner>;
  programs: ReadonlyMap<string, Program>;
  metrics: ReadonlyMap<string, Metric>;
}

function readActivities(reader: FeedReader, list: unknown[], lookups: Lookups): Activity[] {
  const out: Activity[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const path = joinPath('activities', i);
    const before = reader.problems.length;
    const raw = reader.read<Raw>(RULES.Activity, item, path);
    if (!raw) {
      // Mark the first fatal problem of this activity as the reason it was skipped.
      const fatal = reader.problems.findIndex(
        (p, k) => k >= before && p.severity === 'error' && isFatalPath(p.path, path),
      );
      const at = fatal >= 0 ? fatal : before;
      if (reader.problems[at]) reader.problems[at] = { ...reader.problems[at], skipped: true };
      else reader.report({ path, code: 'type', value: item, expected: 'object', skipped: true });
      return;
    }
    const id = raw.id as string;
    if (seen.has(id)) {
      reader.report({ path: joinPath(path, 'id'), code: 'duplicate-id', value: id, skipped: true });
      return;
    }
    seen.add(id);
    out.push(normaliseActivity(reader, raw, path, i, lookups));
  });
  return out;
}

const FATAL_FIELDS = new Set(['id', 'date', 'title']);
function isFatalPath(problemPath: string, activityPath: string): boolean {
  if (problemPath === activityPath) return true;
  const rest = problemPath.slice(activityPath.length + 1);
  return FATAL_FIELDS.has(rest.split(/[.[]/)[0] ?? '');
}

function normaliseActivity(
  reader: FeedReader,
  raw: Raw,
  path: string,
  index: number,
  lookups: Lookups,
): Activity {
  const date = toFeedDate(raw.date as string);
  let endDate = raw.endDate === undefined ? undefined : toFeedDate(raw.endDate as string);
  if (endDate && endDate.end < date.start) {
    reader.report({ path: joinPath(path, 'endDate'), code: 'date-order', value: endDate.text });
    endDate = undefined;
  }

  let program = raw.program as string | undefined;
  if (program !== undefined && !lookups.programs.has(program)) {
    reader.report({ path: joinPath(path, 'program'), code: 'unknown-ref', value: program });
    program = undefined;
  }

  const partners: ActivityPartner[] = [];
  const sourcePartners = (raw.partners as unknown[] | undefined) ?? [];
  sourcePartners.forEach((ref, i) => {
    const partner: ActivityPartner =
      typeof ref === 'string' ? { id: ref } : compact({ ...(ref as ActivityPartner) });
    if (!lookups.partners.has(partner.id)) {
      reader.report({
        path: joinPath(joinPath(path, 'partners'), i),
        code: 'unknown-ref',
        value: partner.id,
      });
      return;
    }
    partners.push(partner);
  });

  const counts = (raw.counts as Record<string, number> | undefined) ?? {};
  for (const key of Object.keys(counts)) {
    if (!WELL_KNOWN.has(key) && !lookups.metrics.has(key)) {
      reader.report({
        path: joinPath(joinPath(path, 'counts'), key),
        code: 'unlabelled-metric',
        value: key,
      });
    }
  }

  const people = ((raw.people as Raw[] | undefined) ?? []).map((p): Person =>
    compact({ name: reader.text(p.name), role: reader.optionalText(p.role) }),
  );
  const images = ((raw.images as Raw[] | undefined) ?? []).map((img): Image =>
    compact({
      src: reader.url(img.src)!,
      alt: reader.optionalText(img.alt),
      credit: reader.optionalText(img.credit),
    }),
  );

  return compact({
    id: raw.id as string,
    index,
    date,
    endDate,
    title: reader.text(raw.title),
    summary: reader.optionalText(raw.summary),
    program,
    tags: [...new Set((raw.tags as string[] | undefined) ?? [])],
    location: reader.location(raw.location as Raw | undefined),
    partners,
    people,
    counts: { ...counts },
    images,
    url: reader.url(raw.url),
  });
}
