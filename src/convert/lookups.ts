/**
 * Lookups: the partners, programs and metrics sheets, and finding an id by id or by any of the
 * names a sheet writes it with. DOM-free and Node-free.
 */
import type { CsvRow } from '../feed/csv/read.js';
import { lookupColumn, type LookupField } from './columns.js';
import { cellText, compact, firstText, localized, slug, type Raw } from './cells.js';
import type { Finding } from './findings.js';
import { byField, readSheet } from './sheets.js';
import type { Sheet } from './convert.js';
import { isPlainObject } from '../feed/walk.js';

export interface Entry {
  readonly value: Raw;
  /** Where it came from: a sheet row (removable when broken), or the base feed. */
  readonly sheet?: string;
  readonly row?: CsvRow;
  readonly fields: ReadonlyMap<string, string>;
}

export type LookupKind = 'partners' | 'programs' | 'metrics';

const LOOKUP_ALLOWED: Record<LookupKind, ReadonlySet<LookupField>> = {
  partners: new Set(['id', 'name', 'shortName', 'type', 'logo', 'url']),
  programs: new Set(['id', 'name']),
  metrics: new Set(['id', 'label']),
};

export function readLookup(
  kind: LookupKind,
  sheet: Sheet,
  language: string,
  findings: Finding[],
): Entry[] {
  const allowed = LOOKUP_ALLOWED[kind];
  const read = readSheet<LookupField>(
    sheet,
    (header, index) => {
      const column = lookupColumn(header, index);
      return column && allowed.has(column.field) ? column : undefined;
    },
    undefined,
    findings,
  );
  const text = (field: LookupField) => byField(read.columns, field);
  const one = (row: CsvRow, field: LookupField) => {
    const column = text(field)[0];
    const value = column ? cellText(row.cells[column.index] ?? '') : '';
    return value || undefined;
  };
  const headersOf = (field: LookupField) =>
    text(field)
      .map((c) => c.header)
      .join(', ');
  const labelField: LookupField = kind === 'metrics' ? 'label' : 'name';
  // Which columns each field comes from: the same for every row of the sheet.
  const fields = new Map<string, string>([
    ['.id', headersOf('id') || headersOf(labelField)],
    [`.${labelField}`, headersOf(labelField)],
    ['.shortName', headersOf('shortName')],
    ['.type', headersOf('type')],
    ['.logo', headersOf('logo')],
    ['.url', headersOf('url')],
  ]);
  const entries: Entry[] = [];
  for (const row of read.rows) {
    const name = localized(text(labelField), row.cells, language);
    const shortName =
      kind === 'partners' ? localized(text('shortName'), row.cells, language) : undefined;
    const id = one(row, 'id') ?? slug(firstText(shortName) ?? firstText(name) ?? '');
    const value: Raw = { id: id || undefined, [labelField]: name };
    if (kind === 'partners') {
      value.shortName = shortName;
      value.type = one(row, 'type');
      value.logo = one(row, 'logo');
      value.url = one(row, 'url');
    }
    entries.push({ value: compact(value), sheet: read.name, row, fields });
  }
  return entries;
}

/** Finds an id by id, or by any of the names, ignoring case. */
export class Resolver {
  private readonly index = new Map<string, string>();
  readonly size: number;
  constructor(entries: readonly Entry[]) {
    const names: [string, string][] = [];
    for (const { value } of entries) {
      const id = value.id;
      if (typeof id !== 'string') continue;
      this.index.set(id.toLowerCase(), id);
      for (const field of ['name', 'shortName', 'label']) {
        const text = value[field];
        const all =
          typeof text === 'string' ? [text] : isPlainObject(text) ? Object.values(text) : [];
        for (const t of all) if (typeof t === 'string') names.push([t.trim().toLowerCase(), id]);
      }
    }
    // Ids win over names: a partner called "undp" is found by its id first.
    for (const [name, id] of names) if (!this.index.has(name)) this.index.set(name, id);
    this.size = entries.length;
  }
  find(text: string): string | undefined {
    return this.index.get(text.trim().toLowerCase());
  }
}
