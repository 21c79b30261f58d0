/**
 * A forgiving reader driven by the schema in `schema.ts`: it keeps every valid value, drops
 * invalid optional ones and reports each problem with its JSON path, instead of rejecting
 * the whole document on the first issue as a plain `safeParse` would.
 *
 * Structure (objects, optional fields, arrays, records, unions of a string and an object)
 * is walked here; every other schema is a leaf checked with `safeParse`.
 */
import * as v from 'valibot';
import { PROBLEM_CODES, problem, type Problem, type ProblemCode } from './problems.js';

type AnySchema = v.GenericSchema;
type Result = { ok: true; value: unknown } | { ok: false };

interface SchemaShape {
  type: string;
  pipe?: unknown[];
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  key?: AnySchema;
  value?: AnySchema;
  options?: AnySchema[];
}

export interface WalkContext {
  readonly problems: Problem[];
  /** Report keys that the schema does not know (as warnings). */
  readonly unknownFields: boolean;
}

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const FAIL: Result = { ok: false };

const shape = (schema: AnySchema) => schema as unknown as SchemaShape;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `activities[3].title`, or `counts["two words"]` for keys that are not identifiers. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (!path) return segment;
  return segment.startsWith('"') ? `${path}[${segment}]` : `${path}.${segment}`;
}

function leaf(schema: AnySchema, value: unknown, path: string, ctx: WalkContext): Result {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  let code: ProblemCode = CODES.has(issue.message) ? (issue.message as ProblemCode) : 'type';
  // Valibot's record takes an array's indices for keys, so `["Title"]` as text would be
  // reported as a bad language tag: an array is only ever the wrong type here.
  if (Array.isArray(value) && shape(schema).type !== 'array') code = unionCode(schema) ?? 'type';
  ctx.problems.push(
    problem({
      path,
      code,
      value,
      ...(code === 'type' ? { expected: expectedName(schema) } : {}),
    }),
  );
  return FAIL;
}

/** A union's own message (`text`, `partner-ref`) when it is a problem code. */
function unionCode(schema: AnySchema): ProblemCode | undefined {
  const { type, message } = schema as unknown as { type: string; message?: unknown };
  return type === 'union' && typeof message === 'string' && CODES.has(message)
    ? (message as ProblemCode)
    : undefined;
}

function expectedName(schema: AnySchema): string {
  const s = shape(schema);
  if (s.type === 'union') return 'string';
  if (s.type === 'record') return 'object';
  return s.type;
}

function walkObject(schema: AnySchema, value: unknown, path: string, ctx: WalkContext): Result {
  if (!isPlainObject(value)) {
    ctx.problems.push(problem({ path, code: 'type', value, expected: 'object' }));
    return FAIL;
  }
  const entries = shape(schema).entries ?? {};
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [key, entry] of Object.entries(entries)) {
    const optional = shape(entry).type === 'optional';
    const field = value[key];
    const fieldPath = joinPath(path, key);
    if (field === undefined || field === null) {
      if (!optional) {
        ctx.problems.push(problem({ path: fieldPath, code: 'required' }));
        ok = false;
      } else if (field === null) {
        ctx.problems.push(problem({ path: fieldPath, code: 'type', value: null }));
      }
      continue;
    }
    const result = walk(optional ? shape(entry).wrapped! : entry, field, fieldPath, ctx);
    if (result.ok) out[key] = result.value;
    else if (!optional) ok = false;
  }
  if (ctx.unknownFields) {
    for (const key of Object.keys(value)) {
      if (!(key in entries)) {
        ctx.problems.push(problem({ path: joinPath(path, key), code: 'unknown-field' }));
      }
    }
  }
  return ok ? { ok: true, value: out } : FAIL;
}

/** Walks `value` against `schema`, pushing problems to `ctx`. */
export function walk(schema: AnySchema, value: unknown, path: string, ctx: WalkContext): Result {
  const s = shape(schema);
  // A pipe holds checks that apply to the whole value: treat it as a leaf.
  if (s.pipe) return leaf(schema, value, path, ctx);
  switch (s.type) {
    case 'optional':
      return value === undefined ? { ok: true, value } : walk(s.wrapped!, value, path, ctx);
    case 'object':
      return walkObject(schema, value, path, ctx);
    case 'array': {
      if (!Array.isArray(value)) {
        ctx.problems.push(problem({ path, code: 'type', value, expected: 'array' }));
        return FAIL;
      }
      const items: unknown[] = [];
      value.forEach((item, i) => {
        const result = walk(s.item!, item, joinPath(path, i), ctx);
        if (result.ok) items.push(result.value);
      });
      return { ok: true, value: items };
    }
    case 'record': {
      if (!isPlainObject(value)) {
        ctx.problems.push(problem({ path, code: 'type', value, expected: 'object' }));
        return FAIL;
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const keyPath = joinPath(path, key);
        if (!leaf(s.key!, key, keyPath, ctx).ok) continue;
        const result = walk(s.value!, item, keyPath, ctx);
        if (result.ok) out[key] = result.value;
      }
      return { ok: true, value: out };
    }
    case 'union': {
      // `"ihec"` or `{ "id": "ihec", "role": "funding" }`: walk the object form field by field.
      const objectOption = s.options?.find((option) => shape(option).type === 'object');
      if (objectOption && isPlainObject(value)) return walkObject(objectOption, value, path, ctx);
      // Localized text `{ "en": "Title", "ar": "" }`: drop the bad languages one by one (the
      // English is valid and must not be lost), then check what is left as a whole.
      const recordOption = s.options?.find((option) => shape(option).type === 'record');
      if (recordOption && isPlainObject(value)) {
        const record = (shape(recordOption).pipe?.[0] as AnySchema | undefined) ?? recordOption;
        const kept = walk(record, value, path, ctx);
        return kept.ok ? leaf(recordOption, kept.value, path, ctx) : FAIL;
      }
      return leaf(schema, value, path, ctx);
    }
    default:
      return leaf(schema, value, path, ctx);
  }
}
