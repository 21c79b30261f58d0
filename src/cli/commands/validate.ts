/** `ishraqat-feed validate FILE|URL… [--json] [--no-files]`: every problem of a feed, with its place. */
import { countFindings } from '../../convert/findings.js';
import {
  COMMON,
  EXIT,
  line,
  UsageError,
  type Context,
  type Options,
  type Values,
} from '../context.js';
import { decode, EncodingError, InputError, readSource, type Source } from '../io.js';
import * as m from '../messages.js';
import { inputErrorText, jsonFinding, renderFinding, summary } from '../report.js';
import { clean, toJson } from '../terminal.js';
import { validateFeedText } from '../validate.js';

export const options = {
  ...COMMON,
  'no-files': { type: 'boolean' },
} as const satisfies Options;

interface FileReport {
  readonly errors: number;
  readonly warnings: number;
  readonly [key: string]: unknown;
}

export async function run(
  ctx: Context,
  files: string[],
  values: Values<typeof options>,
): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t(() => m.missingArgument('FILE|URL')));
  const { io, out } = ctx;
  const json = values.json === true;
  const reports: FileReport[] = [];
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
    const errors = reports.reduce((n, r) => n + r.errors, 0);
    const warnings = reports.reduce((n, r) => n + r.warnings, 0);
    line(io.stdout, toJson({ valid: code === EXIT.ok, errors, warnings, files: reports }));
  }
  return code;
}
