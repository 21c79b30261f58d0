/**
 * A parsed feed → an IATI 2.03 activity file (docs/iati.md). No DOM, no I/O, no messages: the
 * result is the XML text and a list of notes (codes with counts and ids) that the command words
 * in the user's language.
 *
 * Nothing is invented: the reporting organisation's identifier and type come from the caller;
 * a partner's IATI identifier and an organisation type that the feed's word does not decide come
 * from the mapping file or are left out; sectors are written only from a mapping.
 */
import type {
  Activity,
  Feed,
  Image,
  LocalizedText,
  Location,
  Partner,
  Program,
} from '../../feed/types.js';
import type { PartnerRole, PartnerType } from '../../feed/vocabulary.js';
import {
  BREAKDOWN,
  BREAKDOWN_KEYS,
  DATE_TYPES,
  DOCUMENT_CATEGORY,
  IDENTIFIER_FORBIDDEN,
  ISO_COUNTRY_VOCABULARY,
  MEASURE_UNIT,
  OWN_VOCABULARY,
  PEOPLE_KEY,
  RESULT_OUTPUT,
  ROLE_CODES,
  STATUS,
  TYPE_CODES,
  WGS84,
  imageFormat,
  sectorVocabulary,
} from './codes.js';
import { XmlWriter } from './xml.js';

export const PER = ['activity', 'program'] as const;
export type Per = (typeof PER)[number];

export interface IatiOrganisation {
  /** The IATI organisation identifier, e.g. "XX-TEST-1" (from org-id.guide / the IATI registry). */
  readonly ref: string;
  /** OrganisationType code, e.g. "22". */
  readonly type: string;
}

export interface ToIatiOptions {
  readonly organisation: IatiOrganisation;
  /** One IATI activity per feed activity (default), or per program. */
  readonly per?: Per;
  /** IATI identifiers and types of partners, by feed partner id. */
  readonly partners?: Readonly<Record<string, { readonly ref?: string; readonly type?: string }>>;
  /** Organisation type codes for the feed's partner types the built-in table leaves out. */
  readonly types?: Readonly<Partial<Record<PartnerType, string>>>;
  /** DAC sector codes by program id and by tag. */
  readonly sectors?: {
    readonly programs?: Readonly<Record<string, string>>;
    readonly tags?: Readonly<Record<string, string>>;
  };
  /** "Now", for actual-or-planned when the feed has no `updated`. */
  readonly now?: Date;
  /** Names written into the file that are not feed text (indicator and result titles, regions). */
  readonly labels: Labels;
}

/** Titles in the languages the file is written in. Undefined when there is none in `lang`. */
export interface Labels {
  /** Title of an indicator for a well-known count key. */
  count(key: string, lang: string): string | undefined;
  /** Title of the result that groups an activity's indicators. */
  result(lang: string): string | undefined;
  /** Name of an ISO 3166-2 region. */
  region(code: string, lang: string): string | undefined;
  /** The languages labels exist in. */
  readonly languages: readonly string[];
}

export const TO_IATI_NOTES = [
  // What of the feed the file does not hold.
  'people',
  'partner-no-role',
  'partner-no-type',
  'organisation-links',
  'targets',
  'programs',
  'link-not-absolute',
  'image-format',
  'characters-removed',
  'identifier-characters',
  'next-page',
  // What the file says that the feed did not say in so many words.
  'description-from-title',
  'reporting-org-implementing',
  'sector-split',
  'country-split',
  // What IATI expects that the feed does not have.
  'expects-budget',
  'expects-transactions',
  'expects-sector',
  'expects-country',
  'expects-contact',
  'expects-scope',
  'expects-defaults',
] as const;
export type ToIatiNoteCode = (typeof TO_IATI_NOTES)[number];

export interface Note<Code extends string = ToIatiNoteCode> {
  readonly code: Code;
  /** How many activities (or values) it concerns. */
  readonly count: number;
  /** Ids it concerns, when they help (partners, activities), first few only. */
  readonly items?: readonly string[];
}

export interface ToIatiResult {
  readonly xml: string;
  /** IATI activities written. */
  readonly activities: number;
  readonly notes: readonly Note[];
}

/** One IATI activity in the making: a feed activity, or a program with its activities. */
interface Unit {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly activities: readonly Activity[];
  readonly program?: Program;
  readonly start: number;
  readonly end: number;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

class Notes {
  private readonly map = new Map<ToIatiNoteCode, { count: number; items: Set<string> }>();
  add(code: ToIatiNoteCode, item?: string, count = 1): void {
    let entry = this.map.get(code);
    if (!entry) this.map.set(code, (entry = { count: 0, items: new Set() }));
    entry.count += count;
    if (item !== undefined) entry.items.add(item);
  }
  list(): Note[] {
    return TO_IATI_NOTES.filter((c) => this.map.has(c)).map((code) => {
      const { count, items } = this.map.get(code)!;
      return items.size > 0 ? { code, count, items: [...items] } : { code, count };
    });
  }
}

/** The languages the feed's activities and organisation are written in, feed language first. */
function languagesOf(feed: Feed): string[] {
  const seen = new Set<string>([feed.language]);
  for (const a of feed.activities) for (const tag of Object.keys(a.title)) seen.add(tag);
  return [...seen];
}

export function toIati(feed: Feed, options: ToIatiOptions): ToIatiResult {
  const notes = new Notes();
  const per = options.per ?? 'activity';
  const org = options.organisation;
  const reference =
    Math.floor(
      (feed.updated ? Date.parse(feed.updated) : (options.now ?? new Date()).getTime()) / DAY,
    ) * DAY;
  const languages = languagesOf(feed);
  const labelLanguages = languages.filter((l) =>
    options.labels.languages.includes(l.split('-')[0]!.toLowerCase()),
  );
  const labelIn = labelLanguages.length > 0 ? labelLanguages : ['en'];
  const w = new XmlWriter();

  const units = per === 'program' ? programUnits(feed) : feed.activities.map(activityUnit);
  w.open('iati-activities', [
    ['version', '2.03'],
    ['generated-datetime', feed.updated ? new Date(feed.updated).toISOString() : undefined],
  ]);
  for (const unit of units) writeUnit(unit);
  w.close('iati-activities');

  // What the feed has that the file does not.
  for (const a of feed.activities) {
    if (a.people.length > 0) notes.add('people', a.id);
    for (const p of a.partners) if (!p.role) notes.add('partner-no-role', p.id);
    if (per === 'activity' && a.program !== undefined) notes.add('programs', a.program);
  }
  if (feed.organization.url || feed.organization.logo) notes.add('organisation-links');
  for (const p of feed.partners.values()) {
    if (p.url || p.logo) notes.add('organisation-links', p.id);
  }
  if (feed.next) notes.add('next-page');
  const leftOut = targetsLeftOut(feed, per);
  if (leftOut > 0) notes.add('targets', undefined, leftOut);
  notes.add('reporting-org-implementing', undefined, units.length);
  if (units.length > 0) {
    notes.add('expects-budget', undefined, units.length);
    notes.add('expects-transactions', undefined, units.length);
    notes.add('expects-contact', undefined, units.length);
    notes.add('expects-scope', undefined, units.length);
    notes.add('expects-defaults', undefined, units.length);
  }
  if (w.removed > 0) notes.add('characters-removed', undefined, w.removed);
  // The schema needs at least one iati-activity: a feed without activities has no file.
  return {
    xml: units.length > 0 ? w.toString() : '',
    activities: units.length,
    notes: notes.list(),
  };

  // ---- units --------------------------------------------------------------------------------

  function activityUnit(a: Activity): Unit {
    return {
      id: a.id,
      title: a.title,
      description: a.summary ?? a.title,
      activities: [a],
      start: a.date.start,
      end: (a.endDate ?? a.date).end,
    };
  }

  function programUnits(f: Feed): Unit[] {
    const out: Unit[] = [];
    const byProgram = new Map<string, Activity[]>();
    const alone: Activity[] = [];
    for (const a of f.activities) {
      if (a.program !== undefined && f.programs.has(a.program)) {
        let list = byProgram.get(a.program);
        if (!list) byProgram.set(a.program, (list = []));
        list.push(a);
      } else {
        alone.push(a);
      }
    }
    for (const program of f.programs.values()) {
      const list = byProgram.get(program.id);
      if (!list) continue;
      const sorted = [...list].sort((x, y) => x.date.start - y.date.start);
      out.push({
        id: program.id,
        title: program.name,
        description: story(sorted),
        activities: sorted,
        program,
        start: Math.min(...sorted.map((a) => a.date.start)),
        end: Math.max(...sorted.map((a) => (a.endDate ?? a.date).end)),
      });
    }
    for (const a of alone) out.push(activityUnit(a));
    return out;
  }

  /** A program's activities as its story: per language, each one's date, title and summary. */
  function story(list: readonly Activity[]): LocalizedText {
    const out: Record<string, string> = {};
    for (const lang of languages) {
      const parts: string[] = [];
      for (const a of list) {
        const title = a.title[lang];
        if (title === undefined) continue;
        const date = a.endDate ? `${a.date.text} – ${a.endDate.text}` : a.date.text;
        const summary = a.summary?.[lang];
        parts.push(`${date}: ${title}${summary ? `\n${summary}` : ''}`);
      }
      if (parts.length > 0) out[lang] = parts.join('\n\n');
    }
    return out;
  }

  // ---- writing ------------------------------------------------------------------------------

  function narratives(text: LocalizedText | undefined): void {
    if (!text) return;
    for (const [lang, value] of Object.entries(text))
      w.leaf('narrative', [['xml:lang', lang]], value);
  }

  function labelled(get: (lang: string) => string | undefined): LocalizedText {
    const out: Record<string, string> = {};
    for (const lang of labelIn) {
      const text = get(lang.split('-')[0]!.toLowerCase());
      if (text !== undefined) out[lang] = text;
    }
    return out;
  }

  function writeUnit(unit: Unit): void {
    if (IDENTIFIER_FORBIDDEN.test(unit.id)) notes.add('identifier-characters', unit.id);
    w.open('iati-activity', [
      ['last-updated-datetime', feed.updated ? new Date(feed.updated).toISOString() : undefined],
      ['xml:lang', feed.language],
    ]);
    w.leaf('iati-identifier', [], `${org.ref}-${unit.id}`);
    w.open('reporting-org', [
      ['ref', org.ref],
      ['type', org.type],
    ]);
    narratives(feed.organization.name);
    w.close('reporting-org');

    w.open('title');
    narratives(unit.title);
    w.close('title');
    if (!unit.program && unit.activities[0]!.summary === undefined) {
      notes.add('description-from-title', unit.id);
    }
    w.open('description', [['type', '1']]);
    narratives(unit.description);
    w.close('description');

    writeParticipants(unit);

    const started = unit.start <= reference;
    const ended = unit.end < reference;
    w.leaf('activity-status', [
      ['code', !started ? STATUS.pipeline : ended ? STATUS.closed : STATUS.implementation],
    ]);
    w.leaf('activity-date', [
      ['type', started ? DATE_TYPES.actualStart : DATE_TYPES.plannedStart],
      ['iso-date', isoDay(unit.start)],
    ]);
    w.leaf('activity-date', [
      ['type', ended ? DATE_TYPES.actualEnd : DATE_TYPES.plannedEnd],
      ['iso-date', isoDay(unit.end)],
    ]);

    writePlaces(unit);
    writeSectors(unit);
    writeTags(unit);
    writeLinks(unit);
    writeResults(unit);
    w.close('iati-activity');
  }

  function writeParticipants(unit: Unit): void {
    w.open('participating-org', [
      ['ref', org.ref],
      ['type', org.type],
      ['role', ROLE_CODES.implementing],
    ]);
    narratives(feed.organization.name);
    w.close('participating-org');
    const seen = new Set<string>();
    for (const a of unit.activities) {
      for (const { id, role } of a.partners) {
        const partner = feed.partners.get(id);
        if (!partner || !role || seen.has(`${id}\u0000${role}`)) continue;
        seen.add(`${id}\u0000${role}`);
        writeParticipant(partner, role);
      }
    }
  }

  function writeParticipant(partner: Partner, role: PartnerRole): void {
    const mapped = options.partners?.[partner.id];
    const type = mapped?.type ?? options.types?.[partner.type] ?? TYPE_CODES[partner.type];
    if (type === undefined) notes.add('partner-no-type', `${partner.id} (${partner.type})`);
    w.open('participating-org', [
      ['ref', mapped?.ref],
      ['type', type],
      ['role', ROLE_CODES[role]],
    ]);
    narratives(partner.name);
    w.close('participating-org');
  }

  function writePlaces(unit: Unit): void {
    const locations: Location[] = [];
    const seen = new Set<string>();
    for (const a of unit.activities) {
      if (!a.location) continue;
      const key = JSON.stringify(a.location);
      if (seen.has(key)) continue;
      seen.add(key);
      locations.push(a.location);
    }
    const countries = new Set<string>();
    if (feed.country) countries.add(feed.country);
    for (const l of locations) {
      const code = l.region?.code;
      if (code) countries.add(code.slice(0, 2).toUpperCase());
    }
    if (countries.size === 0) notes.add('expects-country', unit.id);
    if (countries.size > 1) notes.add('country-split', unit.id);
    const list = [...countries];
    const share = Math.floor(10000 / list.length) / 100;
    list.forEach((code, i) => {
      const percentage =
        list.length > 1
          ? i === list.length - 1
            ? Math.round((100 - share * (list.length - 1)) * 100) / 100
            : share
          : undefined;
      w.leaf('recipient-country', [
        ['code', code],
        ['percentage', percentage],
      ]);
    });
    for (const l of locations) writeLocation(l);
  }

  function writeLocation(l: Location): void {
    const code = l.region?.code?.toUpperCase();
    w.open('location', [['ref', code]]);
    w.leaf('location-reach', [['code', '1']]);
    const name =
      l.name ?? (code ? labelled((lang) => options.labels.region(code, lang)) : undefined);
    if (name && Object.keys(name).length > 0) {
      w.open('name');
      narratives(name);
      w.close('name');
    }
    if (l.region?.text) {
      w.open('description');
      narratives(l.region.text);
      w.close('description');
    }
    if (code) {
      w.leaf('administrative', [
        ['vocabulary', ISO_COUNTRY_VOCABULARY],
        ['level', 0],
        ['code', code.slice(0, 2)],
      ]);
    }
    if (l.lat !== undefined && l.lon !== undefined) {
      w.open('point', [['srsName', WGS84]]);
      w.leaf('pos', [], `${l.lat} ${l.lon}`);
      w.close('point');
    }
    w.close('location');
  }

  function writeSectors(unit: Unit): void {
    const codes: string[] = [];
    const add = (code: string | undefined) => {
      if (code !== undefined && sectorVocabulary(code) && !codes.includes(code)) codes.push(code);
    };
    const programs = options.sectors?.programs ?? {};
    const tags = options.sectors?.tags ?? {};
    for (const a of unit.activities) {
      if (a.program !== undefined) add(programs[a.program]);
      for (const t of a.tags) add(tags[t]);
    }
    if (codes.length === 0) {
      notes.add('expects-sector', unit.id);
      return;
    }
    for (const vocabulary of ['1', '2'] as const) {
      const list = codes.filter((c) => sectorVocabulary(c) === vocabulary);
      if (list.length > 1) notes.add('sector-split', unit.id);
      const share = Math.floor(10000 / list.length) / 100;
      list.forEach((code, i) => {
        const percentage =
          i === list.length - 1 ? Math.round((100 - share * (list.length - 1)) * 100) / 100 : share;
        w.leaf('sector', [
          ['vocabulary', vocabulary],
          ['code', code],
          ['percentage', list.length > 1 ? percentage : undefined],
        ]);
      });
    }
  }

  function writeTags(unit: Unit): void {
    const tags = new Set<string>();
    for (const a of unit.activities) for (const t of a.tags) tags.add(t);
    for (const t of tags) {
      w.open('tag', [
        ['vocabulary', OWN_VOCABULARY],
        ['code', t],
      ]);
      w.leaf('narrative', [], t);
      w.close('tag');
    }
  }

  function absolute(url: string, id: string): string | undefined {
    if (/^https?:\/\//i.test(url)) return url;
    notes.add('link-not-absolute', id);
    return undefined;
  }

  function writeLinks(unit: Unit): void {
    for (const a of unit.activities) {
      const url = a.url === undefined ? undefined : absolute(a.url, a.id);
      if (url) {
        w.open('document-link', [
          ['format', 'text/html'],
          ['url', url],
        ]);
        w.open('title');
        narratives(a.title);
        w.close('title');
        w.leaf('category', [['code', DOCUMENT_CATEGORY.webPage]]);
        w.close('document-link');
      }
      for (const image of a.images) writeImage(image, a);
    }
  }

  function writeImage(image: Image, a: Activity): void {
    const url = absolute(image.src, a.id);
    if (!url) return;
    const format = imageFormat(url);
    if (!format) {
      notes.add('image-format', a.id);
      return;
    }
    w.open('document-link', [
      ['format', format],
      ['url', url],
    ]);
    w.open('title');
    narratives(image.alt ?? a.title);
    w.close('title');
    if (image.credit) {
      w.open('description');
      narratives(image.credit);
      w.close('description');
    }
    w.leaf('category', [['code', DOCUMENT_CATEGORY.results]]);
    w.close('document-link');
  }

  // ---- results ------------------------------------------------------------------------------

  interface Period {
    readonly start: number;
    readonly end: number;
    readonly actual?: Readonly<Record<string, number>>;
    readonly target?: number;
  }

  function writeResults(unit: Unit): void {
    // Indicator key → periods. Breakdown keys (women, men, girls, boys) are dimensions of
    // people reached, not indicators of their own.
    const indicators = new Map<string, Period[]>();
    const periodsOf = (key: string) => {
      let list = indicators.get(key);
      if (!list) indicators.set(key, (list = []));
      return list;
    };
    for (const a of unit.activities) {
      const keys = Object.keys(a.counts);
      if (keys.length === 0) continue;
      const start = a.date.start;
      const end = (a.endDate ?? a.date).end;
      const people: Record<string, number> = {};
      for (const key of keys) {
        if (key === PEOPLE_KEY || (BREAKDOWN_KEYS as string[]).includes(key)) {
          people[key] = a.counts[key]!;
        } else {
          periodsOf(key).push({ start, end, actual: { [key]: a.counts[key]! } });
        }
      }
      if (Object.keys(people).length > 0)
        periodsOf(PEOPLE_KEY).push({ start, end, actual: people });
    }
    if (per === 'program') {
      for (const t of feed.targets) {
        if (t.program === undefined || t.program !== unit.program?.id) continue;
        if (t.metric === 'activities' || (BREAKDOWN_KEYS as string[]).includes(t.metric)) continue;
        periodsOf(t.metric).push({
          start: t.from?.start ?? unit.start,
          end: (t.to ?? t.from)?.end ?? unit.end,
          target: t.value,
        });
      }
    }
    if (indicators.size === 0) return;
    w.open('result', [['type', RESULT_OUTPUT]]);
    w.open('title');
    narratives(labelled((lang) => options.labels.result(lang)));
    w.close('title');
    for (const [key, periods] of indicators) writeIndicator(key, periods);
    w.close('result');
  }

  function indicatorTitle(key: string): LocalizedText {
    const custom = feed.metrics.get(key)?.label;
    if (custom) return custom;
    const builtIn = labelled((lang) => options.labels.count(key, lang));
    return Object.keys(builtIn).length > 0 ? builtIn : { [feed.language]: key };
  }

  function writeIndicator(key: string, periods: readonly Period[]): void {
    w.open('indicator', [
      ['measure', MEASURE_UNIT],
      ['ascending', '1'],
    ]);
    w.open('title');
    narratives(indicatorTitle(key));
    w.close('title');
    w.leaf('reference', [
      ['vocabulary', OWN_VOCABULARY],
      ['code', key],
    ]);
    for (const p of periods) {
      w.open('period');
      w.leaf('period-start', [['iso-date', isoDay(p.start)]]);
      w.leaf('period-end', [['iso-date', isoDay(p.end)]]);
      if (p.target !== undefined) w.leaf('target', [['value', p.target]]);
      if (p.actual) {
        const total = p.actual[key];
        if (total !== undefined) w.leaf('actual', [['value', total]]);
        if (key === PEOPLE_KEY) {
          for (const part of BREAKDOWN_KEYS) {
            const value = p.actual[part];
            if (value === undefined) continue;
            w.open('actual', [['value', value]]);
            w.leaf('dimension', [
              ['name', 'sex'],
              ['value', BREAKDOWN[part].sex],
            ]);
            w.leaf('dimension', [
              ['name', 'age'],
              ['value', BREAKDOWN[part].age],
            ]);
            w.close('actual');
          }
        }
      }
      w.close('period');
    }
    w.close('indicator');
  }
}

/** Targets the file leaves out: all in per-activity mode; in per-program mode, the ones no program holds. */
export function targetsLeftOut(feed: Feed, per: Per): number {
  if (per === 'activity') return feed.targets.length;
  return feed.targets.filter(
    (t) =>
      t.program === undefined ||
      t.metric === 'activities' ||
      (BREAKDOWN_KEYS as string[]).includes(t.metric) ||
      !feed.activities.some((a) => a.program === t.program),
  ).length;
}
