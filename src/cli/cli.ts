/**
 * `ishraqat-feed`: validate, schema, from-csv, stats. `run` takes the arguments and an `Io` and
 * resolves to the exit code; it never calls `process.exit`, so output is flushed and tests run
 * it in-process.
 *
 * Exit codes: 0 success (warnings allowed), 1 problems found, 2 wrong usage, 3 an input could not
 * be read.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { extendCatalogue, loadCatalogue, withLocale } from '../i18n/localize.js';
import { templates as cliArabic } from '../generated/cli-locales/ar.js';
import { countFindings, type Finding } from './findings.js';
import { commandHelp, COMMANDS, generalHelp, type Command } from './help.js';
import {
  decode,
  EncodingError,
  InputError,
  isEncoding,
  readSource,
  type Io,
  type Source,
} from './io.js';
import * as m from './messages.js';
import { clean, style, toJson, wantsColour, type Style } from './terminal.js';
import { validateFeedText } from './validate.js';
import { convert, localizedOption, type Sheet } from './from-csv.js';
import { feedJsonSchema } from './json-schema.js';
import { feedStats, numberLocale, renderStats } from './stats.js';
import { isPlainObject } from '../feed/walk.js';
import * as toIati from './commands/to-iati.js';
import * as fromIati from './commands/from-iati.js';
import * as render from './commands/render.js';

declare const __VERSION__: string | undefined;

export const EXIT = { ok: 0, problems: 1, usage: 2, input: 3, internal: 4 } as const;

export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

class UsageError extends Error {}

/** --lang, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else English. */
function uiLanguage(option: string | undefined, env: Io['env']): UiLanguage {
  if (option !== undefined) {
    const lang = option.toLowerCase().split(/[-_]/)[0];
    if (lang === 'ar' || lang === 'en') return lang;
    throw new UsageError(withLocale('en', () => m.badLanguage(clean(option))));
  }
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return fromEnv.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
  validate: { ...COMMON, 'no-files': { type: 'boolean' } },
  schema: { ...COMMON, out: { type: 'string', short: 'o' }, check: { type: 'string' } },
  'from-csv': {
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
    out: { type: 'string', short: 'o' },
  },
  stats: COMMON,
  'to-iati': toIati.options,
  'from-iati': fromIati.options,
  render: render.options,
} as const satisfies Record<Command, ParseArgsConfig['options']>;

interface Context {
  readonly io: Io;
  readonly ui: UiLanguage;
  /** Runs `fn` with messages in the user's language. */
  t<T>(fn: () => T): T;
  readonly out: Style;
}

function line(output: Io['stdout'], text = '') {
  output.write(`${text}\n`);
}

/** Runs the command line. Resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const first = argv[0];
  // The language is needed for usage errors too: look for --lang before anything else.
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langOption =
    langIndex < 0
      ? undefined
      : argv[langIndex]!.includes('=')
        ? argv[langIndex]!.split('=')[1]
        : argv[langIndex + 1];
  let ui: UiLanguage;
  try {
    ui = uiLanguage(langOption, io.env);
  } catch (error) {
    line(io.stderr, `ishraqat-feed: ${(error as Error).message}`);
    return EXIT.usage;
  }
  await loadCatalogue(ui);
  // The command line's own messages live in their own catalogue (locales/cli/), so browsers
  // never download them; problem reasons come from the widgets' catalogue.
  if (ui === 'ar') extendCatalogue('ar', cliArabic);
  const ctx: Context = {
    io,
    ui,
    t: (fn) => withLocale(ui, fn),
    out: style(wantsColour(io.stdout.isTTY, io.env)),
  };
  const usage = (message: string) => {
    const err = style(wantsColour(io.stderr.isTTY, io.env));
    line(io.stderr, `ishraqat-feed: ${err.red(message)}`);
    line(io.stderr, ctx.t(m.seeHelp));
    return EXIT.usage;
  };

  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv[1] : undefined;
    if (topic && (COMMANDS as readonly string[]).includes(topic)) {
      line(
        io.stdout,
        ctx.t(() => commandHelp(topic as Command)),
      );
    } else {
      line(first === undefined ? io.stderr : io.stdout, ctx.t(generalHelp));
    }
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    line(io.stdout, typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0');
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    return usage(ctx.t(() => m.unknownCommand(clean(first))));
  }
  const command = first as Command;
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv.slice(1) as string[],
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    return usage(ctx.t(() => m.badOption(clean((error as Error).message))));
  }
  if (parsed.values.help) {
    line(
      io.stdout,
      ctx.t(() => commandHelp(command)),
    );
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(ctx, parsed.positionals, parsed.values);
      case 'schema':
        return await schemaCommand(ctx, parsed.values);
      case 'from-csv':
        return await fromCsvCommand(ctx, parsed.positionals, parsed.values);
      case 'stats':
        return await statsCommand(ctx, parsed.positionals, parsed.values);
      case 'to-iati':
        return await toIati.run(ctx, parsed.positionals, parsed.values);
      case 'from-iati':
        return await fromIati.run(ctx, parsed.positionals, parsed.values);
      case 'render':
        return await render.run(ctx, parsed.positionals, parsed.values);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    line(
      io.stderr,
      `ishraqat-feed: ${ctx.t(() => m.unexpectedError(clean(String((error as Error)?.stack ?? error))))}`,
    );
    return EXIT.internal;
  }
}

// ---- rendering findings -------------------------------------------------------------------------

/** One finding as a line: `feed.json:45:15: error: activities[3].date: "2023-13-40" is not a valid date (activity skipped)`. */
function renderFinding(ctx: Context, source: string, f: Finding): string {
  const s = ctx.out;
  return ctx.t(() => {
    const file = clean(f.file ?? source);
    const where =
      f.line !== undefined
        ? `${file}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`
        : file;
    const severity =
      f.severity === 'error' ? s.red(m.severityWord('error')) : s.yellow(m.severityWord('warning'));
    let subject: string;
    if (f.row !== undefined) {
      subject = [m.rowLabel(f.row), f.field ? m.columnLabel(clean(f.field)) : '']
        .filter(Boolean)
        .join(m.listSeparator());
    } else {
      subject = f.path ? clean(f.path) : '';
    }
    const skipped = f.skipped
      ? ` (${f.row !== undefined ? m.rowSkipped() : m.activitySkipped()})`
      : '';
    return `${s.dim(where)}: ${severity}: ${subject ? `${s.bold(subject)}: ` : ''}${clean(m.reason(f))}${skipped}`;
  });
}

/** The finding for --json: the English message, and the same in the user's language. */
function jsonFinding(ctx: Context, f: Finding): Record<string, unknown> {
  const text = ctx.t(() => {
    const where =
      f.row !== undefined
        ? `${m.rowLabel(f.row)}${f.field ? `${m.listSeparator()}${m.columnLabel(f.field)}` : ''}`
        : f.path;
    return `${where ? `${where}: ` : ''}${m.reason(f)}`;
  });
  return { ...f, text };
}

function summary(
  ctx: Context,
  findings: readonly Finding[],
  activities: number | undefined,
): string {
  const { errors, warnings } = countFindings(findings);
  const locale = numberLocale(ctx.ui);
  return ctx.t(() => {
    if (errors > 0) {
      return ctx.out.red(
        `✖ ${m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale))}`,
      );
    }
    const count = m.activityCount(activities ?? 0, locale);
    return ctx.out.green(
      `✔ ${warnings > 0 ? m.validWithWarnings(count, m.warningCount(warnings, locale)) : m.validSummary(count)}`,
    );
  });
}

function inputErrorText(ctx: Context, error: InputError | EncodingError): string {
  return ctx.t(() =>
    error instanceof EncodingError
      ? m.reason({ code: 'encoding', severity: 'error', message: '', detail: error.encoding })
      : m.inputError(error.code, clean(error.detail)),
  );
}

// ---- validate -----------------------------------------------------------------------------------

async function validateCommand(ctx: Context, files: string[], values: Record<string, unknown>) {
  if (files.length === 0) throw new UsageError(ctx.t(() => m.missingArgument('FILE|URL')));
  const { io, out } = ctx;
  const json = values.json === true;
  const reports: Record<string, unknown>[] = [];
  let code: number = EXIT.ok;
  for (const name of files) {
    let source: Source;
    let text: string;
    try {
      source = await readSource(name, io);
      text = decode(source.bytes);
    } catch (error) {
      if (!(error instanceof InputError || error instanceof EncodingError)) throw error;
      const isInput = error instanceof InputError;
      code = Math.max(code, isInput ? EXIT.input : EXIT.problems);
      const message = inputErrorText(ctx, error);
      if (json) {
        reports.push({
          file: name,
          valid: false,
          error: { code: isInput ? error.code : 'encoding', message: error.message, text: message },
          errors: 1,
          warnings: 0,
          problems: [],
        });
      } else {
        line(
          io.stdout,
          `${out.bold(clean(name))}: ${out.red(ctx.t(() => m.severityWord('error')))}: ${message}`,
        );
      }
      continue;
    }
    const report = ctx.t(() =>
      validateFeedText(
        text,
        {
          name: source.name,
          ...(source.url ? { url: source.url } : {}),
          local: source.path !== undefined,
        },
        { files: values['no-files'] !== true },
      ),
    );
    const { errors, warnings } = countFindings(report.findings);
    if (errors > 0) code = Math.max(code, EXIT.problems);
    if (json) {
      reports.push({
        file: source.name,
        valid: errors === 0,
        errors,
        warnings,
        ...(report.feed
          ? { activities: report.feed.activities.length, skipped: report.feed.skipped }
          : {}),
        problems: report.findings.map((f) => jsonFinding(ctx, f)),
      });
      continue;
    }
    for (const f of report.findings) line(io.stdout, renderFinding(ctx, source.name, f));
    line(
      io.stdout,
      `${out.bold(clean(source.name))}: ${summary(ctx, report.findings, report.feed?.activities.length)}`,
    );
  }
  if (json) {
    const errors = reports.reduce((n, r) => n + (r.errors as number), 0);
    const warnings = reports.reduce((n, r) => n + (r.warnings as number), 0);
    line(io.stdout, toJson({ valid: code === EXIT.ok, errors, warnings, files: reports }));
  }
  return code;
}

// ---- schema -------------------------------------------------------------------------------------

async function schemaCommand(ctx: Context, values: Record<string, unknown>) {
  const text = `${toJson(feedJsonSchema())}\n`;
  const { io } = ctx;
  if (typeof values.check === 'string') {
    const file = resolve(io.cwd, values.check);
    let current: string | undefined;
    try {
      current = await readFile(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) {
      line(
        io.stdout,
        ctx.t(() => m.schemaFresh(clean(values.check as string))),
      );
      return EXIT.ok;
    }
    line(io.stderr, ctx.out.red(ctx.t(() => m.schemaStale(clean(values.check as string)))));
    return EXIT.problems;
  }
  if (typeof values.out === 'string') {
    const file = resolve(io.cwd, values.out);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    line(
      io.stderr,
      ctx.t(() => m.schemaWritten(clean(values.out as string))),
    );
    return EXIT.ok;
  }
  io.stdout.write(text);
  return EXIT.ok;
}

// ---- from-csv -----------------------------------------------------------------------------------

async function fromCsvCommand(ctx: Context, files: string[], values: Record<string, unknown>) {
  const { io } = ctx;
  if (files.length !== 1) {
    throw new UsageError(
      ctx.t(() =>
        files.length === 0 ? m.missingArgument('FILE.csv') : m.badOption(`${files.length} files`),
      ),
    );
  }
  const encoding = values.encoding as string | undefined;
  if (encoding !== undefined && !isEncoding(encoding)) {
    throw new UsageError(ctx.t(() => m.badEncoding(clean(encoding))));
  }
  const orgId = values['org-id'] as string | undefined;
  const orgName = localizedOption((values['org-name'] as string[] | undefined) ?? []);
  const report = typeof values.out === 'string' ? io.stdout : io.stderr;
  const s = style(wantsColour(report.isTTY, io.env));
  const c: Context = { ...ctx, out: s };

  const findings: Finding[] = [];
  const failures: { name: string; error: InputError | EncodingError }[] = [];
  const readText = async (name: string): Promise<Sheet | undefined> => {
    try {
      const source = await readSource(name, io);
      return { name: source.name, text: decode(source.bytes, encoding) };
    } catch (error) {
      if (!(error instanceof InputError || error instanceof EncodingError)) throw error;
      failures.push({ name, error });
      return undefined;
    }
  };
  const activities = await readText(files[0]!);
  const optional = async (key: string) =>
    typeof values[key] === 'string' ? readText(values[key] as string) : undefined;
  const partners = await optional('partners');
  const programs = await optional('programs');
  const metrics = await optional('metrics');
  const baseSheet = await optional('base');
  const base = baseSheet ? readBase(baseSheet, findings) : undefined;

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
    ...(typeof values.language === 'string' ? { language: values.language } : {}),
    ...(typeof values.country === 'string' ? { country: values.country } : {}),
    ...(organization ? { organization } : {}),
  });
  const all = [...findings, ...result.findings];
  const { errors, warnings } = countFindings(all);
  const skipped = result.rows - result.activities;

  if (result.feed) {
    const text = `${toJson(result.feed)}\n`;
    if (typeof values.out === 'string') {
      const file = resolve(io.cwd, values.out);
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
        ...(result.feed ? { out: typeof values.out === 'string' ? values.out : '-' } : {}),
        problems: all.map((f) => jsonFinding(c, f)),
      }),
    );
  } else {
    for (const f of all) line(report, renderFinding(c, f.file ?? '', f));
    if (result.feed) {
      const target = typeof values.out === 'string' ? clean(values.out) : ctx.t(m.standardOutput);
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
function readBase(sheet: Sheet, findings: Finding[]): Record<string, unknown> | undefined {
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

// ---- stats --------------------------------------------------------------------------------------

async function statsCommand(ctx: Context, files: string[], values: Record<string, unknown>) {
  if (files.length === 0) throw new UsageError(ctx.t(() => m.missingArgument('FILE|URL')));
  const { io, out } = ctx;
  const json = values.json === true;
  const results: Record<string, unknown>[] = [];
  let code: number = EXIT.ok;
  for (const [k, name] of files.entries()) {
    let source: Source;
    let text: string;
    try {
      source = await readSource(name, io);
      text = decode(source.bytes);
    } catch (error) {
      if (!(error instanceof InputError || error instanceof EncodingError)) throw error;
      code = Math.max(code, error instanceof InputError ? EXIT.input : EXIT.problems);
      const message = inputErrorText(ctx, error);
      if (json) results.push({ file: name, error: { message: error.message, text: message } });
      else
        line(
          io.stdout,
          `${out.bold(clean(name))}: ${out.red(ctx.t(() => m.severityWord('error')))}: ${message}`,
        );
      continue;
    }
    const report = ctx.t(() =>
      validateFeedText(
        text,
        { name: source.name, ...(source.url ? { url: source.url } : {}) },
        { files: false },
      ),
    );
    const { errors, warnings } = countFindings(report.findings);
    if (!report.feed) {
      code = Math.max(code, EXIT.problems);
      if (json) {
        results.push({
          file: source.name,
          errors,
          warnings,
          problems: report.findings.map((f) => jsonFinding(ctx, f)),
        });
      } else {
        for (const f of report.findings.filter((x) => x.fatal))
          line(io.stdout, renderFinding(ctx, source.name, f));
      }
      continue;
    }
    const feed = report.feed;
    const stats = ctx.t(() => feedStats(feed, ctx.ui));
    if (json) {
      results.push({ file: source.name, ...stats, problems: { errors, warnings } });
      continue;
    }
    if (k > 0) line(io.stdout);
    line(io.stdout, out.dim(clean(source.name)));
    for (const l of ctx.t(() => renderStats(stats, ctx.ui, out))) line(io.stdout, l);
    if (errors + warnings > 0) {
      const locale = numberLocale(ctx.ui);
      line(io.stdout);
      line(
        io.stdout,
        out.yellow(
          ctx.t(() =>
            m.problemsHint(
              m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale)),
            ),
          ),
        ),
      );
    }
  }
  if (json)
    line(io.stdout, toJson(files.length === 1 && results.length === 1 ? results[0] : results));
  return code;
}
