/**
 * `ishraqat-feed from-csv FILE.csv|FILE.xlsx …`: a spreadsheet becomes a feed. This file reads the files
 * (node:fs, URLs, encodings) and prints the report; the conversion itself is src/convert/,
 * which the embed builder runs in the browser too.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { convert, type Sheet } from '../../convert/convert.js';
import { DATE_ORDERS, type DateOrder } from '../../convert/dates.js';
import { isZip, readXlsx, XlsxError } from '../../convert/xlsx.js';
import { countFindings, type Finding } from '../../convert/findings.js';
import { isPlainObject } from '../../feed/walk.js';
import {
  COMMON,
  EXIT,
  line,
  UsageError,
  type Context,
  type Options,
  type Values,
} from '../context.js';
import { decode, EncodingError, InputError, isEncoding, readSource } from '../io.js';
import * as m from '../messages.js';
import { inputErrorText, jsonFinding, renderFinding } from '../report.js';
import { numberLocale } from '../stats.js';
import { clean, style, toJson, wantsColour } from '../terminal.js';
import { validateFeedText } from '../validate.js';

export const options = {
  ...COMMON,
  partners: { type: 'string' },
  programs: { type: 'string' },
  metrics: { type: 'string' },
  base: { type: 'string' },
  'org-id': { type: 'string' },
  'org-name': { type: 'string', multiple: true },
  language: { type: 'string' },
  country: { type: 'string' },
  encoding: { type: 'string' },
  'date-order': { type: 'string' },
  sheet: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const satisfies Options;

/** A localized name given on the command line: "text" (feed language) or "ar=text". */
export function localizedOption(
  values: readonly string[],
): string | Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, string> = {};
  let plain: string | undefined;
  for (const value of values) {
    const match = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)=(.*)$/s.exec(value);
    if (match) out[match[1]!] = match[2]!.trim();
    else plain = value.trim();
  }
  if (Object.keys(out).length === 0) return plain;
  return out;
}

export async function run(
  ctx: Context,
  files: string[],
  values: Values<typeof options>,
): Promise<number> {
  const { io } = ctx;
  if (files.length !== 1) {
    throw new UsageError(
      ctx.t(() =>
        files.length === 0 ? m.missingArgument('FILE.csv') : m.badOption(`${files.length} files`),
      ),
    );
  }
  const { encoding, out: outFile } = values;
  if (encoding !== undefined && !isEncoding(encoding)) {
    throw new UsageError(ctx.t(() => m.badEncoding(clean(encoding))));
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(ctx.t(() => m.badOption(`--date-order ${clean(dateOrder)}: dmy|mdy|ymd`)));
  }
  const orgId = values['org-id'];
  const orgName = localizedOption(values['org-name'] ?? []);
  const report = outFile !== undefined ? io.stdout : io.stderr;
  const s = style(wantsColour(report.isTTY, io.env));
  const c: Context = { ...ctx, out: s };

  const findings: Finding[] = [];
  const failures: { name: string; error: InputError | EncodingError }[] = [];
  const readText = async (name: string, workbook = false): Promise<Sheet | undefined> => {
    try {
      const source = await readSource(name, io);
      if (workbook && isZip(source.bytes)) {
        try {
          return { name: source.name, table: readXlsx(source.bytes, values.sheet).table };
        } catch (error) {
          if (!(error instanceof XlsxError)) throw error;
          if (error.code === 'no-sheet') {
            const list = error.sheets.map((s) => JSON.stringify(s)).join(', ');
            throw new UsageError(
              ctx.t(() => m.badOption(`--sheet ${clean(values.sheet ?? '')}: ${clean(list)}`)),
            );
          }
          throw new InputError('unreadable', name, error.message);
        }
      }
      return { name: source.name, text: decode(source.bytes, encoding) };
    } catch (error) {
      if (!(error instanceof InputError || error instanceof EncodingError)) throw error;
      failures.push({ name, error });
      return undefined;
    }
  };
  const optional = async (name: string | undefined) =>
    name !== undefined ? readText(name) : undefined;
  const activities = await readText(files[0]!, true);
  const partners = await optional(values.partners);
  const programs = await optional(values.programs);
  const metrics = await optional(values.metrics);
  const baseSheet = await optional(values.base);
  const base = baseSheet && 'text' in baseSheet ? readBase(baseSheet, findings) : undefined;

  if (failures.length > 0 || (baseSheet && !base)) {
    for (const { name, error } of failures) {
      const severity = s.red(ctx.t(() => m.severityWord('error')));
      line(report, `${s.bold(clean(name))}: ${severity}: ${inputErrorText(ctx, error)}`);
    }
    for (const f of findings) line(report, renderFinding(c, f.file ?? '', f));
    return failures.some((x) => x.error instanceof InputError) ? EXIT.input : EXIT.problems;
  }

  const organization =
    orgId !== undefined || orgName !== undefined
      ? {
          id: orgId ?? (isPlainObject(base?.organization) ? base.organization.id : undefined),
          name: orgName ?? (isPlainObject(base?.organization) ? base.organization.name : undefined),
        }
      : undefined;
  if (!organization && !isPlainObject(base?.organization)) {
    throw new UsageError(
      ctx.t(() => m.reason({ code: 'csv-no-organization', severity: 'error', message: '' })),
    );
  }

  const result = convert({
    activities: activities!,
    ...(partners ? { partners } : {}),
    ...(programs ? { programs } : {}),
    ...(metrics ? { metrics } : {}),
    ...(base ? { base, baseName: baseSheet!.name } : {}),
    ...(values.language !== undefined ? { language: values.language } : {}),
    ...(values.country !== undefined ? { country: values.country } : {}),
    ...(organization ? { organization } : {}),
    ...(dateOrder !== undefined ? { dateOrder: dateOrder as DateOrder } : {}),
  });
  const all = [...findings, ...result.findings];
  const { errors, warnings } = countFindings(all);
  const skipped = result.rows - result.activities;

  if (result.feed) {
    const text = `${toJson(result.feed)}\n`;
    if (outFile !== undefined) {
      const file = resolve(io.cwd, outFile);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    } else {
      io.stdout.write(text);
    }
  }

  const locale = numberLocale(ctx.ui);
  if (values.json === true) {
    line(
      report,
      toJson({
        valid: errors === 0,
        rows: result.rows,
        activities: result.activities,
        skipped,
        errors,
        warnings,
        ...(result.feed ? { out: outFile ?? '-' } : {}),
        problems: all.map((f) => jsonFinding(c, f)),
      }),
    );
  } else {
    for (const f of all) line(report, renderFinding(c, f.file ?? '', f));
    if (result.feed) {
      const target = outFile !== undefined ? clean(outFile) : ctx.t(m.standardOutput);
      const done = ctx.t(() => m.converted(m.activityCount(result.activities, locale), target));
      const parts = [done];
      if (skipped > 0) parts.push(ctx.t(() => m.rowsSkipped(m.rowCount(skipped, locale))));
      if (errors > 0 || warnings > 0) {
        parts.push(
          ctx.t(() =>
            m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale)),
          ),
        );
      }
      const text = parts.join(ctx.t(m.clauseSeparator));
      line(report, errors > 0 ? s.red(`✖ ${text}`) : s.green(`✔ ${text}`));
    } else {
      line(
        report,
        s.red(
          `✖ ${ctx.t(() => m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale)))}`,
        ),
      );
    }
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

/** The base feed must be a JSON object; its JSON syntax errors are reported with positions. */
function readBase(
  sheet: { name: string; text: string },
  findings: Finding[],
): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(sheet.text);
  } catch {
    const report = validateFeedText(sheet.text, { name: sheet.name });
    for (const f of report.findings)
      if (f.code === 'json-syntax') findings.push({ ...f, file: sheet.name });
    return undefined;
  }
  if (isPlainObject(value)) return value;
  findings.push({
    code: 'not-object',
    severity: 'error',
    file: sheet.name,
    path: '',
    message: `${sheet.name}: is not a JSON object`,
  });
  return undefined;
}
