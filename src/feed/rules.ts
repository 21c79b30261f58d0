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
const regexes = new WeakMap<Check, RegExp>();

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

/** What `clean` checks find beyond a strict check: the walk works out the problem. */
const UNCLEAN: Issue = { code: 'type', typed: true };
const REQUIRED: Issue = { code: 'required', typed: true };

function runChecks(checks: readonly Check[] | undefined, value: unknown, rule: Rule) {
  for (const check of checks ?? []) {
    let ok: boolean;
    switch (check.c) {
      case 'regex': {
        let regex = regexes.get(check);
        if (!regex) regexes.set(check, (regex = new RegExp(check.r, check.f)));
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

const typedIssue = (found: Issue): Issue => (found.typed ? found : { ...found, typed: true });

/**
 * Checks `value` against `rule` strictly; the first issue, or undefined when valid.
 *
 * `clean` also fails what the forgiving walk would report or change though it is valid: an
 * unknown field, a `null` optional field, text that `unicode.ts` makes safe. Valid data that
 * is clean needs no walk at all: the parser's fast path (no problem paths built, no copies).
 */
export function checkRule(rule: Rule, value: unknown, clean = false): Issue | undefined {
  switch (rule.t) {
    case 'opt':
      return value === undefined ? undefined : checkRule(rule.of, value, clean);
    case 'any':
      return runChecks(rule.p, value, rule);
    case 'str':
      if (typeof value !== 'string') return issue(rule.m, rule, false);
      return clean && !isSafeText(value) ? UNCLEAN : runChecks(rule.p, value, rule);
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
        const found = checkRule(rule.of, item, clean);
        if (found) return typedIssue(found);
      }
      return undefined;
    }
    case 'obj': {
      if (!isPlainObject(value)) return issue(rule.m, rule, false);
      for (const key in rule.e) {
        const entry = rule.e[key]!;
        const field = value[key];
        if (field === undefined) {
          if (entry.t !== 'opt') return REQUIRED;
        } else {
          if (clean && field === null) return UNCLEAN;
          const found = checkRule(entry, field, clean);
          if (found) return typedIssue(found);
        }
      }
      if (clean) {
        for (const key in value) {
          if (!Object.hasOwn(rule.e, key) && Object.hasOwn(value, key)) return UNCLEAN;
        }
      }
      return undefined;
    }
    case 'rec': {
      if (!isPlainObject(value)) return issue(rule.m, rule, false);
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const found = checkRule(rule.k, key, clean) ?? checkRule(rule.v, value[key], clean);
        if (found) return typedIssue(found);
      }
      return runChecks(rule.p, value, rule);
    }
    case 'or': {
      let typed: Issue | undefined;
      for (const option of rule.of) {
        const found = checkRule(option, value, clean);
        if (!found) return undefined;
        if (found.typed && !typed) typed = found;
      }
      return typed ?? issue(rule.m, rule, false);
    }
  }
}

/** True when walking `value` would report no problem and keep it whole (see `checkRule`). */
export const isClean = (rule: Rule, value: unknown): boolean => !checkRule(rule, value, true);
