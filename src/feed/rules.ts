/**
 * Feed v1 as plain data: the rules that `scripts/generate-rules.mjs` derives from the Valibot
 * definition in `schema.ts` (into `src/generated/feed-rules.ts`), and a strict checker for
 * them. The browser validates with these, so it never downloads Valibot, and the definition
 * stays one: change `schema.ts`, and `npm run generate` rewrites the rules.
 */
import { CHECKS, type CheckName } from './vocabulary.js';
import { PROBLEM_CODES, type ProblemCode } from './problems.js';
import { isSafeText } from './unicode.js';

/** A check on a value that already has the right base type. `m` is the problem code. */
export type Check =
  | { readonly c: 'regex'; readonly r: string; readonly f: string; readonly m?: string }
  | { readonly c: 'fn'; readonly n: CheckName; readonly m?: string }
  | { readonly c: 'min' | 'max'; readonly v: number; readonly m?: string }
  | { readonly c: 'int'; readonly m?: string };

/** One node of the format; `m` is the problem code reported when the base type is wrong. */
export type Rule =
  | { readonly t: 'opt'; readonly of: Rule }
  | { readonly t: 'obj'; readonly e: Readonly<Record<string, Rule>>; readonly m?: string }
  | { readonly t: 'arr'; readonly of: Rule; readonly m?: string }
  | {
      readonly t: 'rec';
      readonly k: Rule;
      readonly v: Rule;
      readonly p?: readonly Check[];
      readonly m?: string;
    }
  | { readonly t: 'or'; readonly of: readonly Rule[]; readonly m?: string }
  | { readonly t: 'str' | 'num' | 'any'; readonly p?: readonly Check[]; readonly m?: string }
  | { readonly t: 'lit'; readonly v: unknown; readonly m?: string }
  | { readonly t: 'enum'; readonly v: readonly unknown[]; readonly m?: string };

export interface Issue {
  readonly code: ProblemCode;
  /** For `type`: the JSON type that was expected. */
  readonly expected?: string;
  /** The base type matched and a check failed (unions report such an option's issue). */
  readonly typed: boolean;
}

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const regexes = new Map<string, RegExp>();

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON type a rule expects, for `type` problems. */
export function expectedType(rule: Rule): string {
  switch (rule.t) {
    case 'opt':
      return expectedType(rule.of);
    case 'obj':
    case 'rec':
      return 'object';
    case 'arr':
      return 'array';
    case 'num':
      return 'number';
    default:
      return 'string';
  }
}

function issue(message: string | undefined, rule: Rule, typed: boolean): Issue {
  if (message !== undefined && CODES.has(message)) return { code: message as ProblemCode, typed };
  return { code: 'type', expected: expectedType(rule), typed };
}

function runChecks(checks: readonly Check[] | undefined, value: unknown, rule: Rule) {
  for (const check of checks ?? []) {
    let ok: boolean;
    switch (check.c) {
      case 'regex': {
        const key = `${check.f}/${check.r}`;
        let regex = regexes.get(key);
        if (!regex) regexes.set(key, (regex = new RegExp(check.r, check.f)));
        ok = regex.test(value as string);
        break;
      }
      case 'fn':
        ok = (CHECKS[check.n] as (v: unknown) => boolean)(value);
        break;
      case 'min':
        ok = (value as number) >= check.v;
        break;
      case 'max':
        ok = (value as number) <= check.v;
        break;
      case 'int':
        ok = Number.isInteger(value);
        break;
    }
    if (!ok) return issue(check.m, rule, true);
  }
  return undefined;
}

/** Checks `value` against `rule` strictly; the first issue, or undefined when valid. */
export function checkRule(rule: Rule, value: unknown): Issue | undefined {
  switch (rule.t) {
    case 'opt':
      return value === undefined ? undefined : checkRule(rule.of, value);
    case 'any':
      return runChecks(rule.p, value, rule);
    case 'str':
      return typeof value === 'string'
        ? runChecks(rule.p, value, rule)
        : issue(rule.m, rule, false);
    case 'num':
      return typeof value === 'number' && !Number.isNaN(value)
        ? runChecks(rule.p, value, rule)
        : issue(rule.m, rule, false);
    case 'lit':
      return value === rule.v ? undefined : issue(rule.m, rule, false);
    case 'enum':
      return rule.v.includes(value) ? undefined : issue(rule.m, rule, typeof value === 'string');
    case 'arr': {
      if (!Array.isArray(value)) return issue(rule.m, rule, false);
      for (const item of value) {
        const found = checkRule(rule.of, item);
        if (found) return { ...found, typed: true };
      }
      return undefined;
    }
    case 'obj': {
      if (!isPlainObject(value)) return issue(rule.m, rule, false);
      for (const [key, entry] of Object.entries(rule.e)) {
        if (value[key] === undefined && entry.t !== 'opt') return { code: 'required', typed: true };
        const found = checkRule(entry, value[key]);
        if (found) return { ...found, typed: true };
      }
      return undefined;
    }
    case 'rec': {
      if (!isPlainObject(value)) return issue(rule.m, rule, false);
      for (const [key, item] of Object.entries(value)) {
        const found = checkRule(rule.k, key) ?? checkRule(rule.v, item);
        if (found) return { ...found, typed: true };
      }
      return runChecks(rule.p, value, rule);
    }
    case 'or': {
      let typed: Issue | undefined;
      for (const option of rule.of) {
        const found = checkRule(option, value);
        if (!found) return undefined;
        if (found.typed && !typed) typed = found;
      }
      return typed ?? issue(rule.m, rule, false);
    }
  }
}

/** A compiled test: true when a value needs no forgiving at all (see `cleanCheck`). */
export type CleanCheck = (value: unknown) => boolean;

const compiled = new WeakMap<Rule, CleanCheck>();

function compileChecks(checks: readonly Check[] | undefined): CleanCheck | undefined {
  if (!checks?.length) return undefined;
  const tests = checks.map((check): CleanCheck => {
    switch (check.c) {
      case 'regex': {
        const regex = new RegExp(check.r, check.f);
        return (v) => regex.test(v as string);
      }
      case 'fn':
        return CHECKS[check.n] as CleanCheck;
      case 'min': {
        const min = check.v;
        return (v) => (v as number) >= min;
      }
      case 'max': {
        const max = check.v;
        return (v) => (v as number) <= max;
      }
      case 'int':
        return Number.isInteger;
    }
  });
  if (tests.length === 1) return tests[0];
  return (v) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(v)) return false;
    return true;
  };
}

function compile(rule: Rule): CleanCheck {
  switch (rule.t) {
    case 'opt': {
      const of = cleanCheck(rule.of);
      return (v) => v === undefined || of(v);
    }
    case 'any':
      return compileChecks(rule.p) ?? (() => true);
    case 'str': {
      const checks = compileChecks(rule.p);
      // A string the walk would repair (see unicode.ts) is not clean.
      return checks
        ? (v) => typeof v === 'string' && isSafeText(v) && checks(v)
        : (v) => typeof v === 'string' && isSafeText(v);
    }
    case 'num': {
      const checks = compileChecks(rule.p);
      return (v) => typeof v === 'number' && !Number.isNaN(v) && (!checks || checks(v));
    }
    case 'lit': {
      const literal = rule.v;
      return (v) => v === literal;
    }
    case 'enum': {
      const options = new Set(rule.v);
      return (v) => options.has(v);
    }
    case 'arr': {
      const of = cleanCheck(rule.of);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!of(v[i])) return false;
        return true;
      };
    }
    case 'obj': {
      const keys = Object.keys(rule.e);
      const known = new Set(keys);
      const optional = keys.map((key) => rule.e[key]!.t === 'opt');
      const checks = keys.map((key) => {
        const entry = rule.e[key]!;
        return cleanCheck(entry.t === 'opt' ? entry.of : entry);
      });
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (let i = 0; i < keys.length; i++) {
          const field = v[keys[i]!];
          if (field === undefined) {
            if (!optional[i]) return false;
          } else if (field === null || !checks[i]!(field)) return false;
        }
        // An unknown field is worth a warning: the forgiving walk reports it.
        for (const key in v) if (!known.has(key) && Object.hasOwn(v, key)) return false;
        return true;
      };
    }
    case 'rec': {
      const key = cleanCheck(rule.k);
      const item = cleanCheck(rule.v);
      // "Not empty" (localized text) is counted on the way, instead of listing the keys again.
      const nonEmpty =
        rule.p?.length === 1 && rule.p[0]!.c === 'fn' && rule.p[0]!.n === 'hasEntries';
      const whole = nonEmpty ? undefined : compileChecks(rule.p);
      return (v) => {
        if (!isPlainObject(v)) return false;
        let entries = 0;
        for (const k in v) {
          if (!Object.hasOwn(v, k)) continue;
          if (!(key(k) && item(v[k]))) return false;
          entries++;
        }
        if (nonEmpty) return entries > 0;
        return !whole || whole(v);
      };
    }
    case 'or': {
      const options = rule.of.map(cleanCheck);
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
  }
}

/**
 * The rule as one compiled test, for the fast path of the forgiving reader: true exactly when
 * walking `value` would report no problem and keep it whole (no invalid value, no `null`, no
 * unknown field). Valid data then costs no problem paths and no copies; anything else is walked
 * for its problems. Compiled once per rule.
 */
export function cleanCheck(rule: Rule): CleanCheck {
  let check = compiled.get(rule);
  if (!check) compiled.set(rule, (check = compile(rule)));
  return check;
}
