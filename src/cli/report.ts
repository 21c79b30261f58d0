/** Findings as the commands print them: one line each, a summary, the --json shape. */
import { countFindings, type Finding } from '../convert/findings.js';
import type { Context } from './context.js';
import { EncodingError, type InputError } from './io.js';
import * as m from './messages.js';
import { numberLocale } from './stats.js';
import { clean } from './terminal.js';

/** One finding as a line: `feed.json:45:15: error: activities[3].date: "2023-13-40" is not a valid date (activity skipped)`. */
export function renderFinding(ctx: Context, source: string, f: Finding): string {
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
    } else if (f.field !== undefined && f.path === undefined) {
      subject = m.columnLabel(clean(f.field));
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
export function jsonFinding(ctx: Context, f: Finding): Record<string, unknown> {
  const text = ctx.t(() => {
    const where =
      f.row !== undefined
        ? `${m.rowLabel(f.row)}${f.field ? `${m.listSeparator()}${m.columnLabel(f.field)}` : ''}`
        : f.field !== undefined && f.path === undefined
          ? m.columnLabel(f.field)
          : f.path;
    return `${where ? `${where}: ` : ''}${m.reason(f)}`;
  });
  return { ...f, text };
}

export function summary(
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

export function inputErrorText(ctx: Context, error: InputError | EncodingError): string {
  return ctx.t(() =>
    error instanceof EncodingError
      ? m.reason({ code: 'encoding', severity: 'error', message: '', detail: error.encoding })
      : m.inputError(error.code, clean(error.detail)),
  );
}
