/**
 * Feed JSON → normalised `Feed` plus problems, following every bad-input rule of feed-v1.md:
 * fatal activity problems skip that activity only, bad optional values are dropped, URLs are
 * filtered and resolved against the feed's URL, dates are real calendar dates kept at their
 * precision, duplicate ids and unknown references are reported.
 *
 * The core of `parse.ts`: everything but the forgiving walk and the building of problems,
 * which `parse.ts` hands in (`Forgiving`). Without them the same code reads a clean feed (one
 * with no problem at all, the usual case) and gives up at the first problem: that is how a page
 * shows a valid feed without downloading the forgiving half (`parseForPage`).
 */
import { RULES } from '../generated/feed-rules.js';
import { isClean, isPlainObject, type Rule } from './rules.js';
import { DATE_PATTERN, WELL_KNOWN_COUNTS, utcDay } from './vocabulary.js';
import { FeedError, type Problem } from './problems.js';
import type { problem } from './problem.js';
import { joinPath } from './path.js';
import type { walk, walkFields, WalkContext } from './walk.js';
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

/** What reading a feed with problems needs: the forgiving walk and problem building. */
export interface Forgiving {
  walk: typeof walk;
  walkFields: typeof walkFields;
  problem: typeof problem;
}

/** Thrown without `Forgiving`, at the first problem: this feed needs the full parser. */
const BAIL = Symbol('needs the forgiving parser');

/** Activities read between two yields to the event loop in `parseFeedAsync`. */
const SLICE = 500;

class FeedReader {
  readonly problems: Problem[] = [];
  readonly ctx: WalkContext;
  language = 'en';
  /** FeedDates by text: a feed has far fewer distinct dates than dated values. */
  private readonly dates = new Map<string, FeedDate>();

  constructor(
    private readonly baseUrl: string | undefined,
    unknownFields: boolean,
    readonly f: Forgiving | undefined,
  ) {
    this.ctx = { problems: this.problems, unknownFields };
  }

  /** The forgiving half, or give up (see `BAIL`). */
  get forgiving(): Forgiving {
    if (!this.f) throw BAIL;
    return this.f;
  }

  /** Walks one value; returns undefined (with problems reported) when it is not valid. */
  read<T>(s: Rule, value: unknown, path: string): T | undefined {
    if (isClean(s, value)) return value as T;
    const result = this.forgiving.walk(s, value, path, this.ctx);
    return result.ok ? (result.value as T) : undefined;
  }

  /**
   * Reads item `index` of the list at `listPath`: valid data as it is (no path built, nothing
   * copied), anything else walked for its problems.
   */
  item<T>(s: Rule, value: unknown, listPath: string, index: number): T | undefined {
    return isClean(s, value) ? (value as T) : this.read<T>(s, value, joinPath(listPath, index));
  }

  /** Reads an optional list item by item: the valid items with their index in the source. */
  list(item: Rule, value: unknown, path: string): { raw: Raw; index: number }[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report({ path, code: 'type', value, expected: 'array' });
      return [];
    }
    const out: { raw: Raw; index: number }[] = [];
    for (let index = 0; index < value.length; index++) {
      const raw = this.item<Raw>(item, value[index], path, index);
      if (raw) out.push({ raw, index });
    }
    return out;
  }

  report(...args: Parameters<typeof problem>) {
    this.problems.push(this.forgiving.problem(...args));
  }

  text(value: unknown): LocalizedText {
    return typeof value === 'string'
      ? { [this.language]: value }
      : ({ ...(value as Raw) } as LocalizedText);
  }

  optionalText(value: unknown): LocalizedText | undefined {
    return value === undefined ? undefined : this.text(value);
  }

  date(text: string): FeedDate {
    let date = this.dates.get(text);
    if (!date) this.dates.set(text, (date = toFeedDate(text)));
    return date;
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

  /** The organization from its valid fields (an invalid id or name is reported and empty). */
  organization(raw: Raw): Organization {
    return compact({
      id: typeof raw.id === 'string' ? raw.id : '',
      name: raw.name === undefined ? {} : this.text(raw.name),
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
      lat: zero(raw.lat),
      lon: zero(raw.lon),
    });
    return Object.keys(location).length ? location : undefined;
  }
}

/** `value` without its undefined keys, as a new object (deleting keys would slow it down). */
function compact<T extends object>(value: T): T {
  const out = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

/** -0 (JSON allows it) is 0. */
const zero = (n: unknown) => (n === undefined ? n : (n as number) + 0) as number | undefined;

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

/** Runs the parse in one go (`parseFeed`; without `f`, gives up at the first problem). */
export function runParse(json: unknown, options: ParseOptions, f?: Forgiving): Feed {
  const run = parseSteps(json, options, 0, f);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

export interface AsyncParseOptions extends ParseOptions {
  /** Stops the parse (the promise rejects with the signal's reason) at the next slice. */
  signal?: AbortSignal;
  /** Activities read between two yields to the event loop (default 500). */
  slice?: number;
}

/** Runs the parse in slices (`parseFeedAsync`; without `f`, gives up at the first problem). */
export async function runParseAsync(
  json: unknown,
  options: AsyncParseOptions,
  f?: Forgiving,
): Promise<Feed> {
  const { signal, slice = SLICE, ...parse } = options;
  signal?.throwIfAborted();
  const run = parseSteps(json, parse, Math.max(1, slice), f);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    await nextTask();
    signal?.throwIfAborted();
  }
}

/**
 * How a page parses a feed: a small clean one (no problem at all) at once, a large clean one in
 * slices, both without the forgiving half of the parser; a feed with any problem (or one that
 * cannot be shown) through `parseFeedAsync`, whose module is then loaded on demand, like the
 * list of problems it will show. The `Feed`, problems and errors are exactly `parseFeed`'s.
 */
export function parseForPage(
  input: unknown,
  options: AsyncParseOptions = {},
): Feed | Promise<Feed> {
  let data = input;
  const full = () => import('./parse.js').then((m) => m.parseFeedAsync(data, options));
  try {
    if (typeof input === 'string') {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    }
    if (!isLargeFeed(input)) return runParse(data, options);
  } catch {
    // A problem, or not JSON at all: the full parser says what, as parseFeed would.
    return full();
  }
  return runParseAsync(data, options).catch(full);
}

/** Characters of JSON text above which `isLargeFeed` says yes (about 450 activities). */
const LARGE_TEXT = 512 * 1024;

/**
 * True when `input` (feed JSON text, or a parsed JSON value) is big enough that a page should
 * parse it in slices (`parseFeedAsync`) rather than at once (`parseFeed`): more than `slice` activities, or
 * more than 512 Ki characters of text. A smaller feed parses in a few milliseconds, at once.
 */
export function isLargeFeed(input: unknown, slice = SLICE): boolean {
  if (typeof input === 'string') return input.length > LARGE_TEXT;
  return isPlainObject(input) && Array.isArray(input.activities) && input.activities.length > slice;
}

/** Resolves in a new task, after whatever the page queued meanwhile. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    } else setTimeout(resolve, 0);
  });
}

/** The parse, pausing (yield) after every `slice` activities when `slice` > 0. */
function* parseSteps(
  json: unknown,
  options: ParseOptions,
  slice: number,
  f: Forgiving | undefined,
): Generator<undefined, Feed, undefined> {
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

  const reader = new FeedReader(options.baseUrl, options.unknownFields ?? true, f);
  const e = RULES.Feed.e;

  // Fields that the rest depends on come first: the language plain strings are written in.
  const language = reader.read<string>(e.language, data.language, 'language');
  reader.language = language ?? 'en';

  // Only a feed with no organization cannot be shown. One that is there but incomplete or of
  // the wrong type keeps its valid fields; what is wrong is reported like any other problem.
  const organizationValue = data.organization;
  if (organizationValue === undefined || organizationValue === null) {
    reader.report({ path: 'organization', code: 'required' });
    throw new FeedError('organization', 'The feed has no "organization".', {
      problems: reader.problems,
    });
  }
  let organizationRaw: Raw;
  if (!isPlainObject(organizationValue)) {
    reader.report({
      path: 'organization',
      code: 'type',
      value: organizationValue,
      expected: 'object',
    });
    organizationRaw = {};
  } else if (isClean(RULES.Organization, organizationValue)) {
    organizationRaw = organizationValue;
  } else {
    organizationRaw = reader.forgiving.walkFields(
      RULES.Organization,
      organizationValue,
      'organization',
      reader.ctx,
    ).fields;
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
      if (!Object.hasOwn(e, key)) reader.report({ path: joinPath('', key), code: 'unknown-field' });
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
    const target = compact<Target>({
      metric,
      value: zero(raw.value)!,
      from: raw.from === undefined ? undefined : reader.date(raw.from as string),
      to: raw.to === undefined ? undefined : reader.date(raw.to as string),
      program: raw.program as string | undefined,
    });
    targets.push(target);
  }

  const activities = yield* readActivities(reader, data.activities, lookups, slice);

  const used = new Set<string>();
  for (const a of activities) for (const p of a.partners) used.add(p.id);
  for (const [id, index] of partnerIndexes) {
    if (!used.has(id)) {
      // A common warning, built here so that a feed with no other problem needs no more code
      // (the same Problem that `problem()` builds; test/feed/parse-core.test.ts compares them).
      const path = joinPath(joinPath('partners', index), 'id');
      const value = JSON.stringify(id);
      reader.problems.push(
        value.length > 60
          ? reader.forgiving.problem({ path, code: 'unused-partner', value: id })
          : {
              path,
              code: 'unused-partner',
              severity: 'warning',
              message: `${path}: is not referenced by any activity`,
              value,
            },
      );
    }
  }

  let skipped = 0;
  for (const p of reader.problems) if (p.skipped) skipped++;
  return compact<Feed>({
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
    skipped,
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

function* readActivities(
  reader: FeedReader,
  list: unknown[],
  lookups: Lookups,
  slice: number,
): Generator<undefined, Activity[], undefined> {
  const out: Activity[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    if (slice > 0 && i > 0 && i % slice === 0) yield;
    const item = list[i];
    let raw: Raw | undefined;
    if (isClean(RULES.Activity, item)) raw = item as Raw;
    else {
      const path = joinPath('activities', i);
      const before = reader.problems.length;
      raw = reader.read<Raw>(RULES.Activity, item, path);
      if (!raw) {
        // Mark the first fatal problem of this activity as the reason it was skipped.
        let at = before;
        for (let k = before; k < reader.problems.length; k++) {
          const p = reader.problems[k]!;
          if (p.severity === 'error' && isFatalPath(p.path, path)) {
            at = k;
            break;
          }
        }
        if (reader.problems[at]) reader.problems[at] = { ...reader.problems[at]!, skipped: true };
        else reader.report({ path, code: 'type', value: item, expected: 'object', skipped: true });
        continue;
      }
    }
    const id = raw.id as string;
    if (seen.has(id)) {
      reader.report({
        path: joinPath(joinPath('activities', i), 'id'),
        code: 'duplicate-id',
        value: id,
        skipped: true,
      });
      continue;
    }
    seen.add(id);
    out.push(normaliseActivity(reader, raw, i, lookups));
  }
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
  index: number,
  lookups: Lookups,
): Activity {
  const at = (field: string) => joinPath(joinPath('activities', index), field);
  const date = reader.date(raw.date as string);
  let endDate = raw.endDate === undefined ? undefined : reader.date(raw.endDate as string);
  if (endDate && endDate.end < date.start) {
    reader.report({ path: at('endDate'), code: 'date-order', value: endDate.text });
    endDate = undefined;
  }

  let program = raw.program as string | undefined;
  if (program !== undefined && !lookups.programs.has(program)) {
    reader.report({ path: at('program'), code: 'unknown-ref', value: program });
    program = undefined;
  }

  const partners: ActivityPartner[] = [];
  const sourcePartners = raw.partners as unknown[] | undefined;
  if (sourcePartners) {
    for (let i = 0; i < sourcePartners.length; i++) {
      const ref = sourcePartners[i] as string | ActivityPartner;
      const partner: ActivityPartner =
        typeof ref === 'string'
          ? { id: ref }
          : ref.role === undefined
            ? { id: ref.id }
            : { id: ref.id, role: ref.role };
      if (!lookups.partners.has(partner.id)) {
        reader.report({
          path: joinPath(at('partners'), i),
          code: 'unknown-ref',
          value: partner.id,
        });
        continue;
      }
      partners.push(partner);
    }
  }

  const source = raw.counts as Record<string, number> | undefined;
  const counts: Record<string, number> = {};
  for (const key of source ? Object.keys(source) : []) {
    const value = source![key]! + 0; // -0 (JSON allows it) is 0
    // Defined, not assigned: a `__proto__` count key stays an own property.
    if (key === '__proto__') {
      Object.defineProperty(counts, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else counts[key] = value;
    if (!WELL_KNOWN.has(key) && !lookups.metrics.has(key)) {
      reader.report({
        path: joinPath(at('counts'), key),
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
  const tags = raw.tags as string[] | undefined;
  return compact({
    id: raw.id as string,
    index,
    date,
    endDate,
    title: reader.text(raw.title),
    summary: reader.optionalText(raw.summary),
    program,
    tags: tags ? [...new Set(tags)] : [],
    location: reader.location(raw.location as Raw | undefined),
    partners,
    people,
    counts,
    images,
    url: reader.url(raw.url),
  });
}
