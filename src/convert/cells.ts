/**
 * Cells: what one spreadsheet cell (or a group of language columns) means as a feed value.
 * Digits as Arabic writes them, counts with thousands separators, lists in a cell, ids from
 * names, localized text from `_ar`/`_en` columns. DOM-free and Node-free.
 */
import { unneutralize } from '../feed/csv/read.js';
import type { Column } from './columns.js';

export type Raw = Record<string, unknown>;
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII, Arabic decimal separator → `.`. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.');
}

/** A cell's text: line breaks as `\n`, spaces around removed, a neutralising apostrophe dropped. */
export const cellText = (value: string) => unneutralize(value.replace(/\r\n?/g, '\n').trim());

/** A whole number as spreadsheets write it ("1200", "1,200", "١٬٢٠٠"), else the text as it is. */
export function toCount(text: string): number | string {
  const ascii = asciiDigits(text).replace(/\u066c/g, ',');
  if (/^\d{1,3}(?:[, \u00a0\u202f]\d{3})+$/.test(ascii)) return Number(ascii.replace(/\D/g, ''));
  if (/^-?\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return text;
}

/** A decimal number ("33.3", "٣٣٫٣"), else the text as it is. */
export function toNumber(text: string): number | string {
  const ascii = asciiDigits(text);
  return /^[-+]?\d+(?:\.\d+)?$/.test(ascii) ? Number(ascii) : text;
}

/**
 * A cell listing several values: separated by `|` or line breaks (and `,` `;` `،` for ids).
 * (Attributes have their own rule, `splitList` in src/feed/query.ts: a cell is not an attribute.)
 */
export function cellList(text: string, ids: boolean): string[] {
  const separators = ids ? /[|\n,;،]/ : /[|\n]/;
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A readable id from a name: "Voter register conference" → "voter-register-conference". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Localized text from language columns: a plain string when only the feed's language is given. */
export function localized(
  columns: readonly Column<string>[],
  cells: readonly string[],
  language: string,
): string | Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let plainOnly = true;
  for (const column of columns) {
    const value = cellText(cells[column.index] ?? '');
    if (!value) continue;
    const lang = column.lang ?? language;
    if (column.lang) plainOnly = false;
    if (!(lang in out)) out[lang] = value;
  }
  const keys = Object.keys(out);
  if (keys.length === 0) return undefined;
  return plainOnly && keys.length === 1 ? out[keys[0]!] : out;
}

/** Per-language lists (people, roles, image texts), item k of each language → localized item k. */
export function localizedLists(
  columns: readonly Column<string>[],
  cells: readonly string[],
  language: string,
): { items: (string | Record<string, string>)[]; lengths: { header: string; length: number }[] } {
  const lists = columns.map((c) => ({
    column: c,
    list: cellList(cellText(cells[c.index] ?? ''), false),
  }));
  const n = Math.max(0, ...lists.map((l) => l.list.length));
  const items: (string | Record<string, string>)[] = [];
  for (let k = 0; k < n; k++) {
    const one = localized(
      lists.map(({ column }, index) => ({ ...column, index })),
      lists.map(({ list }) => list[k] ?? ''),
      language,
    );
    if (one !== undefined) items.push(one);
  }
  const lengths = lists
    .filter((l) => l.list.length > 0)
    .map((l) => ({ header: l.column.header, length: l.list.length }));
  return { items, lengths };
}

export function firstText(text: string | Record<string, string> | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0];
}

export function compact(value: Raw): Raw {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
