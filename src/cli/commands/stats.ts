/** `ishraqat-feed stats FILE|URL… [--json]`: what a feed adds up to, as the widgets show it. */
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
import { inputErrorText, jsonFinding, renderFinding } from '../report.js';
import { feedStats, numberLocale, renderStats } from '../stats.js';
import { clean, toJson } from '../terminal.js';
import { validateFeedText } from '../validate.js';

export const options = { ...COMMON } as const satisfies Options;

export async function run(
  ctx: Context,
  files: string[],
  values: Values<typeof options>,
): Promise<number> {
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
