/**
 * An IATI activity file (2.01–2.03, one or many activities) → a feed, read as a stream: `write`
 * takes the text in chunks as it arrives and keeps only the activity being read, so files of
 * tens of megabytes never become a document tree. saxes checks well-formedness as it goes and
 * never expands external entities.
 *
 * Carried over: narratives per language, dates (actual before planned), participating
 * organisations as partners with roles and types, locations and regions, tags of the reporter's
 * own vocabulary, web pages and images, and results counted in people. Everything else is named
 * in the notes, with how often it was left behind. No DOM, no I/O, no messages.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { isCalendarDate, utcDay, WELL_KNOWN_COUNTS } from '../../feed/vocabulary.js';
import type { ActivityInput, FeedInput } from '../../feed/schema.js';
import type { PartnerRole, PartnerType } from '../../feed/vocabulary.js';
import {
  BREAKDOWN_KEYS,
  DOCUMENT_CATEGORY,
  MEASURE_UNIT,
  OWN_VOCABULARY,
  PEOPLE_KEY,
  breakdownKey,
  roleFromCode,
  typeFromCode,
} from './codes.js';
import type { Note } from './to-iati.js';

export const FROM_IATI_NOTES = [
  'not-carried',
  'indicators',
  'targets',
  'no-date',
  'no-title',
  'duplicate',
  'extra-locations',
  'other-descriptions',
  'documents',
  'several-countries',
  'several-reporting-orgs',
  'partner-no-role',
  'unnamed-partner',
  'bad-value',
  'newer-version',
] as const;
export type FromIatiNoteCode = (typeof FROM_IATI_NOTES)[number];

export type IatiReadErrorCode = 'xml' | 'not-iati' | 'version' | 'no-activities' | 'encoding';

/** The file cannot be read as IATI: nothing is written. */
export class IatiReadError extends Error {
  override readonly name = 'IatiReadError';
  constructor(
    readonly code: IatiReadErrorCode,
    readonly detail = '',
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      `${line !== undefined ? `${line}:${column}: ` : ''}${code}${detail ? ` (${detail})` : ''}`,
    );
  }
}

export interface FromIatiOptions {
  /** Region names (ISO 3166-2 code → names) that `to-iati` writes when a place has no name. */
  readonly regionNames?: (code: string) => readonly string[];
}

export interface FromIatiResult {
  readonly feed: FeedInput;
  readonly activities: number;
  readonly notes: readonly Note<FromIatiNoteCode>[];
}

type Text = Record<string, string>;

interface Org {
  ref?: string;
  type?: string;
  role?: string;
  name: Text;
}
interface Place {
  ref?: string;
  name?: Text;
  description?: Text;
  admin: { code: string; level?: string }[];
  pos?: string;
}
interface Link {
  format?: string;
  url?: string;
  title?: Text;
  description?: Text;
  categories: string[];
}
interface Value {
  value?: string;
  dims: Record<string, string>;
}
interface Period {
  actuals: Value[];
  targets: number;
}
interface Indicator {
  measure?: string;
  title?: Text;
  refs: { vocabulary?: string; code?: string }[];
  periods: Period[];
}
interface Raw {
  identifier: string;
  lang?: string;
  title?: Text;
  descriptions: { type: string; text: Text }[];
  reporting?: Org;
  orgs: Org[];
  dates: Record<string, string>;
  countries: string[];
  places: Place[];
  tags: string[];
  links: Link[];
  indicators: Indicator[];
}

/** Elements of an activity that are read; any other child is reported as not carried over. */
const READ = new Set([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'recipient-country',
  'location',
  'tag',
  'document-link',
  'result',
]);

const REGION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
const SLUG_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

class Notes {
  private readonly map = new Map<FromIatiNoteCode, { count: number; items: Map<string, number> }>();
  add(code: FromIatiNoteCode, item?: string, count = 1): void {
    let entry = this.map.get(code);
    if (!entry) this.map.set(code, (entry = { count: 0, items: new Map() }));
    entry.count += count;
    if (item !== undefined) entry.items.set(item, (entry.items.get(item) ?? 0) + count);
  }
  list(): Note<FromIatiNoteCode>[] {
    return FROM_IATI_NOTES.filter((c) => this.map.has(c)).map((code) => {
      const { count, items } = this.map.get(code)!;
      if (items.size === 0) return { code, count };
      // Element names read best with how often each was left behind.
      const named =
        code === 'not-carried'
          ? [...items].map(([name, n]) => `${name} (${n})`)
          : [...items.keys()];
      return { code, count, items: named };
    });
  }
}

/** A slug for an id: lower case letters and digits of any script, dashes between. */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(SLUG_SEPARATORS, '-')
      .replace(/^-+|-+$/g, '') || 'org'
  );
}

const lastDay = (year: number, month: number) => new Date(utcDay(year, month, 0)).getUTCDate();

/**
 * IATI dates are days. A start on 1 January and an end on 31 December read back as years, the
 * first and last day of months as months: what `to-iati` writes for a feed's "2023" or "2023-05".
 */
function feedDates(start: string, end: string | undefined): { date: string; endDate?: string } {
  if (end === undefined) return { date: start };
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  let date = start;
  let endDate = end;
  if (sm === 1 && sd === 1 && em === 12 && ed === 31) {
    date = String(sy).padStart(4, '0');
    endDate = String(ey).padStart(4, '0');
  } else if (sd === 1 && ed === lastDay(ey, em)) {
    date = start.slice(0, 7);
    endDate = end.slice(0, 7);
  }
  return date === endDate ? { date } : { date, endDate };
}

function isoDate(value: string | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDate(day) ? day : undefined;
}

const PEOPLE_WORDS =
  /\b(people|persons?|individuals|participants?|attendees|trainees|students|reached)\b|أشخاص|شخص|مشارك|أفراد|المشاركين/i;

/** The count key of an indicator, or undefined when its unit is not people (nor ours). */
function countKey(indicator: Indicator): string | undefined {
  if (indicator.measure !== undefined && indicator.measure.trim() !== MEASURE_UNIT)
    return undefined;
  const own = indicator.refs.find((r) => r.vocabulary?.trim() === OWN_VOCABULARY && r.code?.trim());
  if (own) return own.code!.trim();
  const title = Object.values(indicator.title ?? {}).join(' ');
  if (/beneficiar|مستفيد/i.test(title)) return 'beneficiaries';
  if (/volunteer|متطوع/i.test(title)) return 'volunteers';
  if (/\byouth\b|شباب/i.test(title)) return 'youth';
  if (PEOPLE_WORDS.test(title) || /\b(women|men|girls|boys)\b|نساء|رجال/i.test(title)) {
    return PEOPLE_KEY;
  }
  return undefined;
}

const count = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** Reads IATI XML in chunks; `close()` returns the feed. Throws `IatiReadError`. */
export class IatiReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly notes = new Notes();
  private readonly options: FromIatiOptions;

  /** Open elements (names) and their xml:lang, innermost last. */
  private readonly names: string[] = [];
  private readonly langs: (string | undefined)[] = [];
  /** Where narratives inside the open element go. */
  private readonly sinks: (Text | undefined)[] = [];
  /** Depth of a subtree that is skipped (not read), or -1. */
  private skipDepth = -1;
  private buffer = '';
  private capturing = false;

  private rootSeen = false;
  private version?: string;
  private raw?: Raw;
  private org?: Org;
  private place?: Place;
  private link?: Link;
  private indicator?: Indicator;
  private period?: Period;
  private value?: Value;

  private organization?: { ref?: string; name: Text };
  private readonly partnersByKey = new Map<
    string,
    { id: string; name: Text; type?: PartnerType }
  >();
  private readonly partnerIds = new Set<string>();
  private readonly activities: ActivityInput[] = [];
  private readonly activityIds = new Set<string>();
  private readonly countries = new Set<string>();
  private readonly metrics = new Map<string, Text>();
  private language?: string;
  private iatiActivities = 0;

  constructor(options: FromIatiOptions = {}) {
    this.options = options;
    const p = this.parser;
    p.on('error', (error) => {
      throw new IatiReadError(
        'xml',
        error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''),
        p.line,
        p.column + 1,
      );
    });
    p.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    p.on('closetag', (tag) => this.closeTag(tag.name));
    p.on('text', (text) => {
      if (this.capturing) this.buffer += text;
    });
    p.on('cdata', (text) => {
      if (this.capturing) this.buffer += text;
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  private lang(): string | undefined {
    for (let i = this.langs.length - 1; i >= 0; i--) if (this.langs[i]) return this.langs[i];
    return undefined;
  }

  private parent(n = 1): string | undefined {
    return this.names[this.names.length - 1 - n];
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const a = tag.attributes;
    const depth = this.names.length;
    this.names.push(name);
    this.langs.push(a['xml:lang']?.trim() || undefined);
    let sink: Text | undefined;
    if (this.skipDepth >= 0) {
      this.sinks.push(undefined);
      return;
    }
    if (depth === 0) {
      if (name !== 'iati-activities') throw new IatiReadError('not-iati', name);
      this.rootSeen = true;
      this.version = a.version?.trim();
      const major = this.version?.split('.')[0];
      if (major !== undefined && major !== '2') throw new IatiReadError('version', this.version);
      if (this.version && !['2.01', '2.02', '2.03'].includes(this.version)) {
        this.notes.add('newer-version', this.version);
      }
      this.sinks.push(undefined);
      return;
    }
    const parent = this.parent();
    if (name === 'iati-activity' && parent === 'iati-activities') {
      this.iatiActivities++;
      this.raw = {
        identifier: '',
        descriptions: [],
        orgs: [],
        dates: {},
        countries: [],
        places: [],
        tags: [],
        links: [],
        indicators: [],
      };
      const lang = this.lang();
      if (lang) this.raw.lang = lang;
    } else if (parent === 'iati-activity' && this.raw) {
      sink = this.openActivityChild(name, a);
    } else if (this.raw) {
      sink = this.openNested(name, a);
    } else if (depth === 1) {
      // Something else beside the activities (another namespace's element): not ours.
      this.skipDepth = depth;
    }
    if (name === 'narrative' || name === 'iati-identifier' || name === 'pos') {
      this.capturing = true;
      this.buffer = '';
    }
    this.sinks.push(sink);
  }

  private openActivityChild(name: string, a: Record<string, string>): Text | undefined {
    const raw = this.raw!;
    const depth = this.names.length - 1;
    if (!READ.has(name)) {
      this.notes.add('not-carried', name);
      this.skipDepth = depth;
      return undefined;
    }
    switch (name) {
      case 'reporting-org':
        this.org = { name: {}, ...optional({ ref: a.ref, type: a.type }) };
        raw.reporting = this.org;
        return this.org.name;
      case 'participating-org':
        this.org = { name: {}, ...optional({ ref: a.ref, type: a.type, role: a.role }) };
        raw.orgs.push(this.org);
        return this.org.name;
      case 'title':
        raw.title ??= {};
        return raw.title;
      case 'description': {
        const text: Text = {};
        raw.descriptions.push({ type: a.type?.trim() || '1', text });
        return text;
      }
      case 'activity-date': {
        const day = isoDate(a['iso-date']);
        const type = a.type?.trim();
        if (day && type && raw.dates[type] === undefined) raw.dates[type] = day;
        return undefined;
      }
      case 'recipient-country':
        if (a.code?.trim()) raw.countries.push(a.code.trim().toUpperCase());
        return undefined;
      case 'location':
        this.place = { admin: [], ...optional({ ref: a.ref }) };
        raw.places.push(this.place);
        return undefined;
      case 'tag':
        if (a.vocabulary?.trim() === OWN_VOCABULARY && a.code?.trim()) raw.tags.push(a.code.trim());
        else this.notes.add('not-carried', 'tag');
        this.skipDepth = depth;
        return undefined;
      case 'document-link':
        this.link = { categories: [], ...optional({ format: a.format, url: a.url }) };
        raw.links.push(this.link);
        return undefined;
      default:
        return undefined;
    }
  }

  private openNested(name: string, a: Record<string, string>): Text | undefined {
    const parent = this.parent();
    const depth = this.names.length - 1;
    if (this.place && parent === 'location') {
      if (name === 'name') return (this.place.name = {});
      if (name === 'description') return (this.place.description = {});
      if (name === 'administrative' && a.code?.trim()) {
        this.place.admin.push({ code: a.code.trim(), ...optional({ level: a.level }) });
      }
      return undefined;
    }
    if (this.link && parent === 'document-link') {
      if (name === 'title') return (this.link.title = {});
      if (name === 'description') return (this.link.description = {});
      if (name === 'category' && a.code) this.link.categories.push(a.code.trim());
      return undefined;
    }
    if (name === 'indicator' && parent === 'result') {
      this.indicator = { refs: [], periods: [], ...optional({ measure: a.measure }) };
      this.raw!.indicators.push(this.indicator);
      return undefined;
    }
    if (this.indicator && parent === 'indicator') {
      if (name === 'title') return (this.indicator.title = {});
      if (name === 'reference') {
        this.indicator.refs.push(optional({ vocabulary: a.vocabulary, code: a.code }));
      } else if (name === 'period') {
        this.period = { actuals: [], targets: 0 };
        this.indicator.periods.push(this.period);
      }
      return undefined;
    }
    if (this.period && parent === 'period') {
      if (name === 'actual') {
        this.value = { dims: {}, ...optional({ value: a.value }) };
        this.period.actuals.push(this.value);
      } else if (name === 'target') {
        this.period.targets++;
      }
      return undefined;
    }
    if (this.value && name === 'dimension' && parent === 'actual') {
      if (a.name?.trim()) this.value.dims[a.name.trim().toLowerCase()] = a.value ?? '';
      return undefined;
    }
    if (name === 'narrative') return undefined;
    // Anything deeper that is not read (baselines, result descriptions …) is left alone.
    if (name !== 'value' && name !== 'pos' && name !== 'point') this.skipDepth = depth;
    return undefined;
  }

  private closeTag(name: string): void {
    const depth = this.names.length - 1;
    const sink = this.sinks[depth - 1];
    if (this.skipDepth >= 0) {
      if (depth === this.skipDepth) this.skipDepth = -1;
      this.pop();
      return;
    }
    if (this.capturing) {
      this.capturing = false;
      const text = this.buffer;
      if (name === 'narrative' && sink && text.trim()) {
        const lang = this.lang() ?? '';
        sink[lang] = sink[lang] === undefined ? text : `${sink[lang]}\n${text}`;
      } else if (name === 'iati-identifier' && this.raw) {
        this.raw.identifier = text.trim();
      } else if (name === 'pos' && this.place) {
        this.place.pos = text.trim();
      }
    }
    switch (name) {
      case 'iati-activity':
        if (this.raw && this.parent(0) === 'iati-activity' && depth === 1) this.finish(this.raw);
        this.raw = undefined;
        break;
      case 'participating-org':
      case 'reporting-org':
        this.org = undefined;
        break;
      case 'location':
        if (this.parent() === 'iati-activity') this.place = undefined;
        break;
      case 'document-link':
        if (this.parent() === 'iati-activity') this.link = undefined;
        break;
      case 'indicator':
        this.indicator = undefined;
        break;
      case 'period':
        this.period = undefined;
        break;
      case 'actual':
        this.value = undefined;
        break;
    }
    this.pop();
  }

  private pop(): void {
    this.names.pop();
    this.langs.pop();
    this.sinks.pop();
  }

  /** Text with narratives that had no language given the activity's (or the file's) language. */
  private text(text: Text | undefined, raw: Raw): Text | undefined {
    if (!text || Object.keys(text).length === 0) return undefined;
    const out: Text = {};
    const fallback = raw.lang ?? this.language ?? 'en';
    for (const [lang, value] of Object.entries(text)) {
      const tag = lang || fallback;
      out[tag] = out[tag] === undefined ? value : `${out[tag]}\n${value}`;
    }
    return out;
  }

  private finish(raw: Raw): void {
    const notes = this.notes;
    this.language ??= raw.lang;
    const title = this.text(raw.title, raw);
    const label = raw.identifier || `#${this.iatiActivities}`;
    if (!title) {
      notes.add('no-title', label);
      return;
    }
    const start = raw.dates['2'] ?? raw.dates['1'];
    const end = raw.dates['4'] ?? raw.dates['3'];
    if (!start && !end) {
      notes.add('no-date', label);
      return;
    }

    // The organisation: the first reporting-org; the others are noted.
    const reporting = raw.reporting;
    if (reporting) {
      const name =
        this.text(reporting.name, raw) ?? (reporting.ref ? { en: reporting.ref } : undefined);
      if (!this.organization && name) {
        this.organization = { name, ...optional({ ref: reporting.ref }) };
      } else if (this.organization && reporting.ref !== this.organization.ref) {
        notes.add('several-reporting-orgs', reporting.ref ?? '?');
      }
    }
    const orgRef = this.organization?.ref;
    let id = raw.identifier || `activity-${this.iatiActivities}`;
    if (orgRef && id.startsWith(`${orgRef}-`) && id.length > orgRef.length + 1) {
      id = id.slice(orgRef.length + 1);
    }
    id = id.trim();
    if (this.activityIds.has(id)) {
      notes.add('duplicate', raw.identifier);
      return;
    }
    this.activityIds.add(id);

    const activity: Record<string, unknown> = { id };
    const dates = start && end && end >= start ? feedDates(start, end) : { date: (start ?? end)! };
    activity.date = dates.date;
    if (dates.endDate) activity.endDate = dates.endDate;
    activity.title = title;

    const general = raw.descriptions.find((d) => d.type === '1') ?? raw.descriptions[0];
    const others = raw.descriptions.filter((d) => d !== general).length;
    if (others > 0) notes.add('other-descriptions', undefined, others);
    const summary = this.text(general?.text, raw);
    // to-iati writes the title as the description when a feed activity has none.
    if (summary && JSON.stringify(summary) !== JSON.stringify(title)) activity.summary = summary;

    if (raw.tags.length > 0) activity.tags = [...new Set(raw.tags)];
    const location = this.location(raw);
    if (location) activity.location = location;
    for (const c of new Set(raw.countries)) this.countries.add(c);

    const partners = this.partners(raw);
    if (partners.length > 0) activity.partners = partners;

    const counts = this.counts(raw);
    if (Object.keys(counts).length > 0) activity.counts = counts;

    const { url, images } = this.links(raw);
    if (images.length > 0) activity.images = images;
    if (url) activity.url = url;
    this.activities.push(activity as unknown as ActivityInput);
  }

  private location(raw: Raw): Record<string, unknown> | undefined {
    if (raw.places.length === 0) return undefined;
    if (raw.places.length > 1) this.notes.add('extra-locations', undefined, raw.places.length - 1);
    const place = raw.places[0]!;
    const out: Record<string, unknown> = {};
    const code =
      (place.ref && REGION_CODE.test(place.ref.trim()) ? place.ref.trim() : undefined) ??
      place.admin.find((x) => REGION_CODE.test(x.code) && x.level !== '0')?.code;
    let name = this.text(place.name, raw);
    if (name && code) {
      // The region's own name, written by to-iati for a place that had none: not a place name.
      const known = this.options.regionNames?.(code.toUpperCase()) ?? [];
      if (Object.values(name).every((n) => known.includes(n))) name = undefined;
    }
    if (name) out.name = name;
    if (code) out.region = code.toUpperCase();
    else {
      const region = this.text(place.description, raw);
      if (region) out.region = region;
    }
    const [lat, lon] = (place.pos ?? '').split(/\s+/).map(Number);
    if (
      place.pos &&
      Number.isFinite(lat) &&
      Number.isFinite(lon) &&
      Math.abs(lat!) <= 90 &&
      Math.abs(lon!) <= 180
    ) {
      out.lat = lat;
      out.lon = lon;
    } else if (place.pos) {
      this.notes.add('bad-value', 'location/point/pos');
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private partners(raw: Raw): (string | { id: string; role?: PartnerRole })[] {
    const out: (string | { id: string; role?: PartnerRole })[] = [];
    const orgRef = this.organization?.ref;
    const orgName = JSON.stringify(this.organization?.name);
    for (const o of raw.orgs) {
      const name = this.text(o.name, raw);
      // The reporting organisation among the participants is the feed's organization.
      if ((o.ref && o.ref === orgRef) || (!o.ref && name && JSON.stringify(name) === orgName)) {
        continue;
      }
      if (!name && !o.ref) {
        this.notes.add('unnamed-partner', raw.identifier);
        continue;
      }
      const key = o.ref ? `ref:${o.ref}` : `name:${JSON.stringify(name)}`;
      let partner = this.partnersByKey.get(key);
      if (!partner) {
        const base = slug(o.ref ?? name?.en ?? Object.values(name!)[0]!);
        let pid = base;
        for (let n = 2; this.partnerIds.has(pid); n++) pid = `${base}-${n}`;
        this.partnerIds.add(pid);
        const type = typeFromCode(o.type);
        if (o.type && !type) this.notes.add('bad-value', `participating-org/@type="${o.type}"`);
        const created: { id: string; name: Text; type?: PartnerType } = {
          id: pid,
          name: name ?? { en: o.ref! },
        };
        if (type) created.type = type;
        this.partnersByKey.set(key, created);
        partner = created;
      }
      const pid = partner.id;
      const role = roleFromCode(o.role);
      if (!role) this.notes.add('partner-no-role', pid);
      const same = (p: string | { id: string; role?: PartnerRole }) =>
        typeof p === 'string' ? p === pid && !role : p.id === pid && p.role === role;
      if (out.some(same)) continue;
      out.push(role ? { id: pid, role } : pid);
    }
    return out;
  }

  private counts(raw: Raw): Record<string, number> {
    const counts: Record<string, number> = {};
    const add = (key: string, n: number) => (counts[key] = (counts[key] ?? 0) + n);
    for (const indicator of raw.indicators) {
      const key = countKey(indicator);
      const titleText = Object.values(indicator.title ?? {})[0] ?? '?';
      if (!key) {
        this.notes.add('indicators', titleText);
        continue;
      }
      for (const period of indicator.periods) {
        if (period.targets > 0) this.notes.add('targets', undefined, period.targets);
        for (const v of period.actuals) {
          const n = count(v.value);
          if (n === undefined) {
            if (v.value !== undefined) this.notes.add('bad-value', `${titleText}: ${v.value}`);
            continue;
          }
          const dims = Object.keys(v.dims);
          if (dims.length === 0) {
            add(key, n);
            continue;
          }
          const part = key === PEOPLE_KEY ? breakdownKey(v.dims.sex, v.dims.age) : undefined;
          if (part) add(part, n);
          else this.notes.add('indicators', `${titleText} (${dims.join(', ')})`);
        }
      }
      const wellKnown = (WELL_KNOWN_COUNTS as readonly string[]).includes(key);
      if (!wellKnown && counts[key] !== undefined && !this.metrics.has(key)) {
        this.metrics.set(key, this.text(indicator.title, raw) ?? { en: key });
      }
    }
    // Keep the feed's usual order: people reached, then its breakdown, then the rest.
    const ordered: Record<string, number> = {};
    for (const key of [PEOPLE_KEY, ...BREAKDOWN_KEYS]) {
      if (counts[key] !== undefined) ordered[key] = counts[key]!;
    }
    for (const [key, n] of Object.entries(counts)) if (ordered[key] === undefined) ordered[key] = n;
    return ordered;
  }

  private links(raw: Raw): { url?: string; images: Record<string, unknown>[] } {
    let url: string | undefined;
    const images: Record<string, unknown>[] = [];
    for (const link of raw.links) {
      const href = link.url?.trim();
      const format = link.format?.trim().toLowerCase() ?? '';
      if (!href || !/^https?:\/\//i.test(href)) {
        this.notes.add('documents');
        continue;
      }
      if (format.startsWith('image/')) {
        const image: Record<string, unknown> = { src: href };
        const alt = this.text(link.title, raw);
        const credit = this.text(link.description, raw);
        if (alt) image.alt = alt;
        if (credit) image.credit = credit;
        images.push(image);
      } else if (
        url === undefined &&
        (format === 'text/html' || link.categories.includes(DOCUMENT_CATEGORY.webPage))
      ) {
        url = href;
      } else {
        this.notes.add('documents');
      }
    }
    return url ? { url, images } : { images };
  }

  /** Ends the input; returns the feed. Throws `IatiReadError` for broken or empty files. */
  close(): FromIatiResult {
    this.parser.close();
    if (!this.rootSeen) throw new IatiReadError('not-iati', '');
    if (this.iatiActivities === 0) throw new IatiReadError('no-activities');
    const language = this.language ?? 'en';
    const fix = (text: Text): Text => {
      const out: Text = {};
      for (const [k, v] of Object.entries(text)) out[k || language] = v;
      return out;
    };
    const organization = this.organization
      ? {
          id: slug(this.organization.ref ?? Object.values(this.organization.name)[0]!),
          name: fix(this.organization.name),
        }
      : { id: 'organization', name: { [language]: '?' } };
    const feed: Record<string, unknown> = { version: 1, language };
    if (this.countries.size === 1) feed.country = [...this.countries][0];
    else if (this.countries.size > 1)
      this.notes.add('several-countries', [...this.countries].join(', '));
    feed.organization = organization;
    const partners = [...this.partnersByKey.values()];
    if (partners.length > 0) feed.partners = partners.map((p) => ({ ...p, name: fix(p.name) }));
    if (this.metrics.size > 0) {
      feed.metrics = [...this.metrics].map(([id, label]) => ({ id, label: fix(label) }));
    }
    feed.activities = this.activities;
    return {
      feed: feed as unknown as FeedInput,
      activities: this.activities.length,
      notes: this.notes.list(),
    };
  }
}

/** `{ a: 'x', b: undefined, c: ' ' }` → `{ a: 'x' }`: attributes that are present and not blank. */
function optional<T extends Record<string, string | undefined>>(
  values: T,
): { [K in keyof T]?: string } {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v.trim() !== '') out[k] = v.trim();
  return out as { [K in keyof T]?: string };
}

/** Reads a whole file's text (tests, small files). */
export function fromIati(text: string, options: FromIatiOptions = {}): FromIatiResult {
  const reader = new IatiReader(options);
  reader.write(text);
  return reader.close();
}
