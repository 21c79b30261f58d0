/**
 * A forgiving reader driven by the feed rules (generated from `schema.ts`): it keeps every
 * valid value, drops invalid optional ones and reports each problem with its JSON path,
 * instead of rejecting the whole document on the first issue as a strict check would.
 *
 * Structure (objects, optional fields, arrays, records, unions of a string and an object or
 * a record) is walked here; every other rule is a leaf checked with `checkRule`.
 */
import type { Problem } from './problems.js';
import { problem } from './problem.js';
import { joinPath } from './path.js';
import { checkRule, expectedType, isPlainObject, type Rule } from './rules.js';
import { isSafeText, safeText } from './unicode.js';

export { isPlainObject, joinPath };

type Result = { ok: true; value: unknown } | { ok: false };

export interface WalkContext {
  readonly problems: Problem[];
  /** Report keys that the rules do not know (as warnings). */
  readonly unknownFields: boolean;
}

const FAIL: Result = { ok: false };

function leaf(rule: Rule, input: unknown, path: string, ctx: WalkContext): Result {
  let value = input;
  if (typeof input === 'string' && !isSafeText(input)) {
    const safe = safeText(input);
    if (safe.repaired) ctx.problems.push(problem({ path, code: 'surrogate', value: input }));
    value = safe.text;
  }
  const found = checkRule(rule, value);
  if (!found) return { ok: true, value };
  ctx.problems.push(
    problem({
      path,
      code: found.code,
      value,
      ...(found.code === 'type' ? { expected: found.expected ?? expectedType(rule) } : {}),
    }),
  );
  return FAIL;
}

/**
 * The valid fields of an object (what walking it keeps), whether or not a required one is
 * missing or invalid: `ok` says whether the object as a whole is valid.
 */
export function walkFields(
  rule: Extract<Rule, { t: 'obj' }>,
  value: Record<string, unknown>,
  path: string,
  ctx: WalkContext,
): { ok: boolean; fields: Record<string, unknown> } {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const key of Object.keys(rule.e)) {
    const entry = rule.e[key]!;
    const optional = entry.t === 'opt';
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
    const result = walk(entry.t === 'opt' ? entry.of : entry, field, fieldPath, ctx);
    if (result.ok) out[key] = result.value;
    else if (!optional) ok = false;
  }
  if (ctx.unknownFields) {
    for (const key of Object.keys(value)) {
      // Own keys only: "constructor" or "__proto__" are unknown fields like any other.
      if (!Object.hasOwn(rule.e, key)) {
        ctx.problems.push(problem({ path: joinPath(path, key), code: 'unknown-field' }));
      }
    }
  }
  return { ok, fields: out };
}

function walkObject(
  rule: Extract<Rule, { t: 'obj' }>,
  value: unknown,
  path: string,
  ctx: WalkContext,
): Result {
  if (!isPlainObject(value)) {
    ctx.problems.push(problem({ path, code: 'type', value, expected: 'object' }));
    return FAIL;
  }
  const { ok, fields } = walkFields(rule, value, path, ctx);
  return ok ? { ok: true, value: fields } : FAIL;
}

/** Walks `value` against `rule`, pushing problems to `ctx`. */
export function walk(rule: Rule, value: unknown, path: string, ctx: WalkContext): Result {
  switch (rule.t) {
    case 'opt':
      return value === undefined ? { ok: true, value } : walk(rule.of, value, path, ctx);
    case 'obj':
      return walkObject(rule, value, path, ctx);
    case 'arr': {
      if (!Array.isArray(value)) {
        ctx.problems.push(problem({ path, code: 'type', value, expected: 'array' }));
        return FAIL;
      }
      const items: unknown[] = [];
      value.forEach((item, i) => {
        const result = walk(rule.of, item, joinPath(path, i), ctx);
        if (result.ok) items.push(result.value);
      });
      return { ok: true, value: items };
    }
    case 'rec': {
      if (!isPlainObject(value)) {
        ctx.problems.push(problem({ path, code: 'type', value, expected: 'object' }));
        return FAIL;
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const keyPath = joinPath(path, key);
        const checked = leaf(rule.k, key, keyPath, ctx);
        if (!checked.ok) continue;
        const result = walk(rule.v, item, keyPath, ctx);
        // Defined, not assigned: a `__proto__` key (a count key may be any id) stays an own
        // property instead of hitting the prototype setter and silently vanishing.
        if (result.ok) {
          Object.defineProperty(out, checked.value as string, {
            value: result.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      // Checks on the whole record (e.g. "not empty") apply to what was kept.
      return rule.p
        ? leaf({ t: 'any', p: rule.p, m: rule.m }, out, path, ctx)
        : { ok: true, value: out };
    }
    case 'or': {
      if (isPlainObject(value)) {
        // `{ "id": "ihec", "role": "funding" }`: walk the object form field by field.
        const object = rule.of.find((option) => option.t === 'obj');
        if (object) return walk(object, value, path, ctx);
        // Localized text `{ "en": "Title", "ar": "" }`: drop the bad languages one by one (the
        // English is valid and must not be lost), then check what is left as a whole.
        const record = rule.of.find((option) => option.t === 'rec');
        if (record) return walk(record, value, path, ctx);
      }
      if (Array.isArray(value) && !rule.of.some((option) => option.t === 'arr')) {
        ctx.problems.push(
          problem({
            path,
            code: rule.m === 'text' ? 'text' : 'type',
            value,
            expected: expectedType(rule),
          }),
        );
        return FAIL;
      }
      return leaf(rule, value, path, ctx);
    }
    default:
      return leaf(rule, value, path, ctx);
  }
}
