/**
 * `ishraqat-feed to-iati FEED.json [-o activities.xml]`: the glue between the command line and
 * src/cli/iati/to-iati.ts — options, reading, the report, writing the file whole.
 */
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { msg } from '../../i18n/localize.js';
import { countFindings } from '../../convert/findings.js';
import { EXIT, line, type Context } from '../context.js';
import { inputErrorText } from '../report.js';
import { decode, EncodingError, InputError, readSource, writeWhole } from '../io.js';
import * as m from '../messages.js';
import { numberLocale } from '../stats.js';
import { clean, style, wantsColour } from '../terminal.js';
import { validateFeedText } from '../validate.js';
import { isOrganisationType } from '../iati/codes.js';
import { isIatiRef, readMapping, type Mapping } from '../iati/mapping.js';
import * as im from '../iati/messages.js';
import { PER, toIati, type Note, type Per } from '../iati/to-iati.js';
import { iatiLabels, loadLabelCatalogues } from './iati-support.js';

export const options = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'org-ref': { type: 'string' },
  'org-type': { type: 'string' },
  mapping: { type: 'string' },
  per: { type: 'string' },
  'base-url': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The parsed options, typed by `parseArgs` itself. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
>['values'];

export function help(): string {
  return [
    'ishraqat-feed to-iati FEED.json --org-ref REF --org-type CODE [options]',
    '',
    msg(
      'Writes the feed as an IATI 2.03 activity file: titles and descriptions in every language, dates (actual or planned, from the feed\'s "updated"), status, participating organisations with their IATI roles, country, places, counts as results, links and images. The report on standard error lists what IATI cannot hold and what it will still ask for. Guide: docs/iati.md.',
      { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' },
    ),
    '',
    `  --org-ref REF          ${msg("your organisation's IATI identifier (never made up: as registered)", { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --org-type CODE        ${msg('its IATI organisation type, e.g. 22 (national NGO)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --mapping FILE.json    ${msg("what you fill in once: those two, partners' identifiers and types, DAC sectors of programs and tags", { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --per activity|program ${msg('one IATI activity per feed activity (default), or per program with its activities as its story', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --base-url URL         ${msg('the address the feed is published at, for its relative links', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --out FILE, -o FILE    ${msg('write the file to FILE (default: standard output)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
  ].join('\n');
}

/** Runs `to-iati`; resolves to the exit code. */
export async function run(ctx: Context, files: string[], values: Values): Promise<number> {
  const { io } = ctx;
  const err = style(wantsColour(io.stderr.isTTY, io.env));
  const usage = (text: string) => {
    line(io.stderr, `ishraqat-feed: ${err.red(text)}`);
    line(io.stderr, ctx.t(m.seeHelp));
    return EXIT.usage;
  };
  const failure = (name: string, text: string, code: number) => {
    line(
      io.stderr,
      `${err.bold(clean(name))}: ${err.red(ctx.t(() => m.severityWord('error')))}: ${text}`,
    );
    return code;
  };
  if (files.length !== 1) {
    return usage(
      ctx.t(() =>
        files.length === 0 ? m.missingArgument('FEED.json') : m.badOption(`${files.length} files`),
      ),
    );
  }
  const per = (values.per ?? 'activity') as Per;
  if (!(PER as readonly string[]).includes(per)) return usage(ctx.t(() => im.badPer(clean(per))));

  let mapping: Mapping | undefined;
  if (values.mapping !== undefined) {
    let text: string;
    try {
      text = decode((await readSource(values.mapping, io)).bytes);
    } catch (error) {
      if (error instanceof InputError) {
        return failure(
          values.mapping,
          ctx.t(() => m.inputError(error.code, clean(error.detail))),
          EXIT.input,
        );
      }
      if (error instanceof EncodingError) {
        return failure(
          values.mapping,
          ctx.t(() =>
            m.reason({ code: 'encoding', severity: 'error', message: '', detail: error.encoding }),
          ),
          EXIT.usage,
        );
      }
      throw error;
    }
    const read = readMapping(text);
    for (const p of read.problems) {
      const word = ctx.t(() => m.severityWord(p.severity));
      const reason = ctx.t(() =>
        im.badMapping(clean(values.mapping!), p.path || '(file)', im.mappingReason(p.code)),
      );
      line(io.stderr, `${p.severity === 'error' ? err.red(word) : err.yellow(word)}: ${reason}`);
    }
    if (!read.mapping || read.problems.some((p) => p.severity === 'error')) return EXIT.usage;
    mapping = read.mapping;
  }

  const ref = values['org-ref']?.trim() ?? mapping?.organisation?.ref;
  const type = values['org-type']?.trim() ?? mapping?.organisation?.type;
  if (!ref || !type) return usage(ctx.t(im.needsOrganisation));
  if (!isIatiRef(ref)) return usage(ctx.t(() => im.badOrgRef(clean(ref))));
  if (!isOrganisationType(type)) return usage(ctx.t(() => im.badOrgType(clean(type))));

  const name = files[0]!;
  let text: string;
  let sourceName: string;
  let sourceUrl: string | undefined;
  try {
    const source = await readSource(name, io);
    sourceName = source.name;
    sourceUrl = source.url;
    text = decode(source.bytes);
  } catch (error) {
    if (error instanceof InputError || error instanceof EncodingError) {
      const exit = error instanceof InputError ? EXIT.input : EXIT.problems;
      return failure(name, inputErrorText(ctx, error), exit);
    }
    throw error;
  }
  const baseUrl = values['base-url'] ?? sourceUrl;
  const report = ctx.t(() =>
    validateFeedText(
      text,
      { name: sourceName, ...(baseUrl ? { url: baseUrl } : {}) },
      { files: false },
    ),
  );
  const { errors, warnings } = countFindings(report.findings);
  const locale = numberLocale(ctx.ui);
  if (!report.feed) {
    for (const f of report.findings.filter((x) => x.fatal || x.code === 'json-syntax')) {
      line(io.stderr, `${clean(sourceName)}: ${ctx.t(() => m.reason(f))}`);
    }
    line(
      io.stderr,
      err.red(
        `✖ ${ctx.t(() => im.feedProblems(m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale))))}`,
      ),
    );
    return EXIT.problems;
  }
  if (report.feed.activities.length === 0)
    return failure(sourceName, ctx.t(im.noActivities), EXIT.problems);

  await loadLabelCatalogues();
  const result = toIati(report.feed, {
    organisation: { ref, type },
    per,
    labels: iatiLabels,
    ...(mapping
      ? { partners: mapping.partners, types: mapping.types, sectors: mapping.sectors }
      : {}),
  });
  if (values.out !== undefined) await writeWhole(io, values.out, result.xml);
  else io.stdout.write(result.xml);

  const target = values.out !== undefined ? clean(values.out) : ctx.t(m.standardOutput);
  line(
    io.stderr,
    err.green(
      `✔ ${ctx.t(() => im.iatiWritten(im.iatiActivityCount(result.activities, locale), target))}`,
    ),
  );
  printNotes(ctx, result.notes);
  if (errors > 0) {
    line(
      io.stderr,
      err.red(
        `✖ ${ctx.t(() => im.feedProblems(m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale))))}`,
      ),
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}

const ADDED = new Set([
  'description-from-title',
  'reporting-org-implementing',
  'sector-split',
  'country-split',
]);

function printNotes(ctx: Context, notes: readonly Note[]): void {
  const out = ctx.io.stderr;
  const groups: [() => string, Note[]][] = [
    [
      im.notExpressedHeading,
      notes.filter((n) => !n.code.startsWith('expects-') && !ADDED.has(n.code)),
    ],
    [im.addedHeading, notes.filter((n) => ADDED.has(n.code))],
    [im.expectsHeading, notes.filter((n) => n.code.startsWith('expects-'))],
  ];
  for (const [heading, list] of groups) {
    if (list.length === 0) continue;
    line(out);
    line(out, ctx.t(heading));
    const locale = numberLocale(ctx.ui);
    for (const note of list) {
      const text = ctx.t(() => im.toIatiNote(note, m.activityCount(note.count, locale)));
      line(out, `  - ${clean(text)}`);
    }
  }
}
