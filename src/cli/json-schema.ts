/**
 * The JSON Schema of feed v1, generated from src/feed/schema.ts — the one definition the widgets
 * parse with — by @valibot/to-json-schema. Editors use it for autocompletion and quick checks;
 * the command-line validator remains the full check (a JSON Schema cannot say "a real calendar
 * date" or "an http(s) or relative URL", and unknown fields are allowed, as the format says).
 *
 * Checks written as functions (`v.check`) have no JSON Schema form and are left out, except
 * where an exact equivalent exists: non-blank text, ids without surrounding spaces, non-empty
 * localized text objects. Regex patterns are kept.
 */
import type * as v from 'valibot';
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import * as feedSchema from '../feed/schema.js';

export const SCHEMA_ID = 'https://unpkg.com/@ishraqat/widgets/schema/feed-v1.schema.json';

/** Named definitions (`#/$defs/Activity` …): every exported schema of schema.ts but the feed. */
function definitions(): Record<string, v.GenericSchema> {
  const out: Record<string, v.GenericSchema> = {};
  for (const [name, value] of Object.entries(feedSchema)) {
    const candidate = value as { kind?: unknown };
    if (
      name !== 'Feed' &&
      typeof value === 'object' &&
      value !== null &&
      candidate.kind === 'schema'
    ) {
      out[name] = value as v.GenericSchema;
    }
  }
  return out;
}

/** JS `\s` and `trim()` agree on what whitespace is, and JSON Schema patterns are ECMA-262. */
const NOT_BLANK = '\\S';
const TRIMMED = '^\\S(?:[\\s\\S]*\\S)?$';
/** A stricter form of DATE_PATTERN: month 01–12, day 01–31 (the day-of-month check stays in code). */
const DATE = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type !== 'check') return undefined;
  const code = (valibotAction as { message?: unknown }).message;
  if (code === 'empty') {
    return jsonSchema.type === 'object'
      ? { ...jsonSchema, minProperties: 1 }
      : { ...jsonSchema, pattern: NOT_BLANK };
  }
  if (code === 'id') return { ...jsonSchema, pattern: TRIMMED };
  if (code === 'date') return { ...jsonSchema, pattern: DATE };
  return undefined;
};

/** The JSON Schema (draft-07) of feed v1. */
export function feedJsonSchema(): JsonSchema {
  const generated = toJsonSchema(feedSchema.Feed, {
    errorMode: 'ignore',
    definitions: definitions(),
    overrideAction,
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Ishraqat activity feed, version 1',
    description:
      'The JSON activity feed read by the @ishraqat/widgets elements (feed-v1.md). Generated from src/feed/schema.ts: do not edit by hand; run `npm run schema`. Validate with `npx ishraqat-feed validate`, which also checks what a JSON Schema cannot.',
    ...rest,
  };
}
