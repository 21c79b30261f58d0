/**
 * `stats`: what a feed adds up to, so an author can check the numbers before publishing —
 * activities per year, programs, regions, partners with their roles, count totals, targets.
 * Computed from the parsed feed with the widgets' own query helpers, so it shows what the
 * widgets will show (skipped activities are not counted).
 */
import type { Feed } from '../feed/types.js';
import { filterActivities, groupByYear, sortActivities, sumCount } from '../feed/query.js';
import { resolveText } from '../feed/text.js';
import { WELL_KNOWN_COUNTS } from '../feed/schema.js';
import { formatNumber } from '../i18n/format.js';
import { countName } from '../i18n/messages.js';
import { regionName } from '../i18n/regions.js';
import type { LocalizedText } from '../feed/types.js';
import { clean, type Style } from './terminal.js';
import { activityCount, listSeparator, ofTarget, roleName, statsLabels } from './messages.js';

export interface FeedStats {
  readonly organization: { readonly id: string; readonly name: string };
  readonly activities: number;
  readonly skipped: number;
  readonly first?: string;
  readonly last?: string;
  readonly years: { year: number; activities: number }[];
  readonly programs: { id: string | null; name: string | null; activities: number }[];
  readonly regions: { code: string | null; name: string | null; activities: number }[];
  readonly partners: {
    id: string;
    name: string;
    activities: number;
    /** Activities per IATI role; `none` for a bare id. */
    roles: Record<string, number>;
  }[];
  readonly totals: Record<string, number>;
  /** The name of each count key in `totals` and `targets`, as the widgets show it in `lang`. */
  readonly metrics: Record<string, string>;
  readonly targets: {
    metric: string;
    value: number;
    achieved: number;
    from?: string;
    to?: string;
    program?: string;
  }[];
}

const WELL_KNOWN_ORDER: readonly string[] = WELL_KNOWN_COUNTS;

/** Figures of a parsed feed. Names are picked for `lang` as the widgets pick them. */
export function feedStats(feed: Feed, lang: string): FeedStats {
  const text = (t: LocalizedText | undefined) =>
    t ? (resolveText(t, lang, feed.language)?.text ?? '') : '';
  const activities = feed.activities;
  const oldestFirst = sortActivities(activities, 'oldest');
  const years = groupByYear(sortActivities(activities, 'newest')).map((g) => ({
    year: g.year,
    activities: g.activities.length,
  }));

  const programs = new Map<string | null, number>();
  const regions = new Map<
    string,
    { code: string | null; name: string | null; activities: number }
  >();
  const keys = new Set<string>();
  for (const a of activities) {
    programs.set(a.program ?? null, (programs.get(a.program ?? null) ?? 0) + 1);
    const region = a.location?.region;
    const regionKey = region ? (region.code ?? `text:${text(region.text)}`) : '';
    const entry = regions.get(regionKey) ?? {
      code: region?.code ?? null,
      name: region ? (region.code ? (regionName(region.code) ?? null) : text(region.text)) : null,
      activities: 0,
    };
    entry.activities++;
    regions.set(regionKey, entry);
    for (const key of Object.keys(a.counts)) keys.add(key);
  }

  const partners = [...feed.partners.values()].map((p) => {
    const roles: Record<string, number> = {};
    let count = 0;
    for (const a of activities) {
      const refs = a.partners.filter((ref) => ref.id === p.id);
      if (refs.length === 0) continue;
      count++;
      for (const role of new Set(refs.map((ref) => ref.role ?? 'none')))
        roles[role] = (roles[role] ?? 0) + 1;
    }
    return { id: p.id, name: text(p.shortName) || text(p.name), activities: count, roles };
  });

  const ordered = [
    ...WELL_KNOWN_ORDER.filter((k) => keys.has(k)),
    ...[...keys].filter((k) => !WELL_KNOWN_ORDER.includes(k)).sort(),
  ];
  const totals = Object.fromEntries(ordered.map((k) => [k, sumCount(activities, k)]));

  const targets = feed.targets.map((t) => {
    const matching = filterActivities(activities, {
      ...(t.from ? { from: t.from.text } : {}),
      ...(t.to ? { to: t.to.text } : {}),
      ...(t.program ? { program: [t.program] } : {}),
    });
    return {
      metric: t.metric,
      value: t.value,
      achieved: sumCount(matching, t.metric),
      ...(t.from ? { from: t.from.text } : {}),
      ...(t.to ? { to: t.to.text } : {}),
      ...(t.program ? { program: t.program } : {}),
    };
  });

  const stats: FeedStats = {
    organization: { id: feed.organization.id, name: text(feed.organization.name) },
    activities: activities.length,
    skipped: feed.skipped,
    years,
    programs: [...programs].map(([id, n]) => ({
      id,
      name: id === null ? null : text(feed.programs.get(id)?.name) || id,
      activities: n,
    })),
    regions: [...regions.values()],
    partners,
    totals,
    metrics: Object.fromEntries(
      [...Object.keys(totals), ...targets.map((t) => t.metric)].map((key) => [
        key,
        countName(key, lang, feed),
      ]),
    ),
    targets,
  };
  const first = oldestFirst[0]?.date.text;
  const last = oldestFirst.at(-1)?.date.text;
  return first && last ? { ...stats, first, last } : stats;
}

/** The numbers' locale: Latin digits in both languages, to compare with spreadsheets. */
export const numberLocale = (ui: string) => (ui === 'ar' ? 'ar-u-nu-latn' : 'en');

/** The human-readable summary, one line per fact, every name from the feed cleaned. */
export function renderStats(stats: FeedStats, ui: string, s: Style): string[] {
  const locale = numberLocale(ui);
  const n = (value: number) => formatNumber(value, locale);
  const year = (value: number) => formatNumber(value, locale, { useGrouping: false });
  const L = statsLabels();
  const named = (name: string | null, id: string | null) =>
    name && id && name !== id ? `${clean(name)} (${clean(id)})` : clean(name ?? id ?? '');
  const lines: string[] = [];
  const heading = (label: string) => lines.push('', s.bold(label));
  const item = (label: string, value = '') =>
    lines.push(value ? `  ${label}  ${value}` : `  ${label}`);
  const comma = listSeparator();

  lines.push(s.bold(named(stats.organization.name, stats.organization.id)));
  const range = stats.first && stats.last ? `  ${clean(stats.first)} – ${clean(stats.last)}` : '';
  lines.push(`${L.activities}: ${n(stats.activities)}${range}`);

  heading(L.byYear);
  if (stats.years.length === 0) item(L.none);
  for (const y of stats.years) item(year(y.year), n(y.activities));

  if (stats.programs.some((p) => p.id !== null)) {
    heading(L.programs);
    for (const p of stats.programs)
      item(p.id === null ? s.dim(L.noProgram) : named(p.name, p.id), n(p.activities));
  }

  if (stats.regions.some((r) => r.code !== null || r.name !== null)) {
    heading(L.regions);
    for (const r of stats.regions) {
      const label =
        r.code === null && r.name === null ? s.dim(L.noLocation) : named(r.name, r.code);
      item(label, n(r.activities));
    }
  }

  heading(`${L.partners} (${n(stats.partners.length)})`);
  if (stats.partners.length === 0) item(L.none);
  for (const p of stats.partners) {
    if (p.activities === 0) {
      item(named(p.name, p.id), s.yellow(L.unused));
      continue;
    }
    const roles = Object.entries(p.roles)
      .map(([role, count]) => `${role === 'none' ? L.noRole : roleName(role)}: ${n(count)}`)
      .join(comma);
    item(named(p.name, p.id), `${activityCount(p.activities, locale)} · ${roles}`);
  }

  heading(L.totals);
  const totals = Object.entries(stats.totals);
  if (totals.length === 0) item(L.none);
  /** "Participants", "Kits handed out (kits)": the key too where the name does not say it. */
  const metric = (key: string) => {
    const name = stats.metrics[key] ?? key;
    return name.toLowerCase() === key.toLowerCase() ? clean(name) : named(name, key);
  };
  for (const [key, value] of totals) item(metric(key), n(value));

  if (stats.targets.length) {
    heading(L.targets);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    for (const t of stats.targets) {
      const scope = [
        t.from && t.to && t.from !== t.to ? `${t.from} – ${t.to}` : (t.from ?? t.to),
        t.program,
      ]
        .filter(Boolean)
        .map((x) => clean(x!))
        .join(comma);
      const share = t.value > 0 ? percent.format(t.achieved / t.value) : '—';
      item(
        `${clean(stats.metrics[t.metric] ?? t.metric)}${scope ? ` (${scope})` : ''}`,
        ofTarget(n(t.achieved), n(t.value), share),
      );
    }
  }
  return lines;
}
