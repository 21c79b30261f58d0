/**
 * The mapping file of `to-iati` (docs/iati.md): what an organisation fills in once and the feed
 * cannot say — its IATI identifier and type, its partners' identifiers and types, and the DAC
 * sectors of its programs and tags.
 *
 * ```json
 * {
 *   "organisation": { "ref": "XX-TEST-1", "type": "22" },
 *   "partners": { "p1": { "ref": "XX-TEST-2", "type": "21" } },
 *   "types": { "ngo": "22" },
 *   "sectors": { "programs": { "elections": "15151" }, "tags": { "youth": "15150" } }
 * }
 * ```
 */
import { PARTNER_TYPES, type PartnerType } from '../../feed/vocabulary.js';
import { isPlainObject } from '../../feed/walk.js';
import { IDENTIFIER_FORBIDDEN, isOrganisationType, sectorVocabulary } from './codes.js';
import type { ToIatiOptions } from './to-iati.js';

export type MappingProblemCode =
  'json' | 'object' | 'string' | 'org-type' | 'ref' | 'sector' | 'partner-type' | 'unknown';

export interface MappingProblem {
  readonly path: string;
  readonly code: MappingProblemCode;
  /** Unknown keys are warnings; everything else stops the command. */
  readonly severity: 'error' | 'warning';
}

export interface Mapping {
  readonly organisation?: { readonly ref?: string; readonly type?: string };
  readonly partners: NonNullable<ToIatiOptions['partners']>;
  readonly types: NonNullable<ToIatiOptions['types']>;
  readonly sectors: NonNullable<ToIatiOptions['sectors']>;
}

export const isIatiRef = (ref: string): boolean =>
  ref.trim() !== '' && !IDENTIFIER_FORBIDDEN.test(ref);

export function readMapping(text: string): { mapping?: Mapping; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const error = (path: string, code: MappingProblemCode) =>
    problems.push({ path, code, severity: code === 'unknown' ? 'warning' : 'error' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    error('', 'json');
    return { problems };
  }
  if (!isPlainObject(data)) {
    error('', 'object');
    return { problems };
  }
  const object = (value: unknown, path: string): Record<string, unknown> | undefined => {
    if (value === undefined) return undefined;
    if (isPlainObject(value)) return value;
    error(path, 'object');
    return undefined;
  };
  const string = (value: unknown, path: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    error(path, 'string');
    return undefined;
  };
  const ref = (value: unknown, path: string) => {
    const s = string(value, path);
    if (s !== undefined && !isIatiRef(s)) return void error(path, 'ref');
    return s;
  };
  const type = (value: unknown, path: string) => {
    const s = string(value, path);
    if (s !== undefined && !isOrganisationType(s)) return void error(path, 'org-type');
    return s;
  };

  for (const key of Object.keys(data)) {
    if (!['$schema', 'organisation', 'partners', 'types', 'sectors'].includes(key)) {
      error(key, 'unknown');
    }
  }
  let organisation: Mapping['organisation'];
  const org = object(data.organisation, 'organisation');
  if (org) {
    const r = ref(org.ref, 'organisation.ref');
    const t = type(org.type, 'organisation.type');
    organisation = { ...(r ? { ref: r } : {}), ...(t ? { type: t } : {}) };
  }
  const partners: Record<string, { ref?: string; type?: string }> = {};
  for (const [id, value] of Object.entries(object(data.partners, 'partners') ?? {})) {
    const p = object(value, `partners.${id}`);
    if (!p) continue;
    const r = ref(p.ref, `partners.${id}.ref`);
    const t = type(p.type, `partners.${id}.type`);
    partners[id] = { ...(r ? { ref: r } : {}), ...(t ? { type: t } : {}) };
  }
  const types: Partial<Record<PartnerType, string>> = {};
  for (const [word, value] of Object.entries(object(data.types, 'types') ?? {})) {
    if (!(PARTNER_TYPES as readonly string[]).includes(word)) {
      error(`types.${word}`, 'partner-type');
      continue;
    }
    const t = type(value, `types.${word}`);
    if (t) types[word as PartnerType] = t;
  }
  const sectors: { programs: Record<string, string>; tags: Record<string, string> } = {
    programs: {},
    tags: {},
  };
  const s = object(data.sectors, 'sectors');
  for (const group of ['programs', 'tags'] as const) {
    for (const [key, value] of Object.entries(object(s?.[group], `sectors.${group}`) ?? {})) {
      const code = string(value, `sectors.${group}.${key}`);
      if (code === undefined) continue;
      if (!sectorVocabulary(code)) error(`sectors.${group}.${key}`, 'sector');
      else sectors[group][key] = code;
    }
  }
  if (s)
    for (const key of Object.keys(s))
      if (key !== 'programs' && key !== 'tags') error(`sectors.${key}`, 'unknown');
  return {
    mapping: { ...(organisation ? { organisation } : {}), partners, types, sectors },
    problems,
  };
}
