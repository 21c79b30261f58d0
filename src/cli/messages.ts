/**
 * The command line's own texts, through the same `msg` as the widgets (translated in
 * locales/cli/ar.xlf). Call inside `withLocale`. Texts from feeds and spreadsheets are never
 * part of a template here: they are passed as values, after `clean`. Reasons for findings are
 * in src/convert/messages.ts (the embed builder shows them too).
 */
import { msg, str } from '../i18n/localize.js';
import { plural } from '../i18n/format.js';

export * from '../convert/messages.js';

export function errorCount(n: number, locale: string): string {
  return plural(n, locale, {
    zero: msg(str`${n} errors`, { id: 'cli.errors.zero' }),
    one: msg(str`${n} error`, { id: 'cli.errors.one' }),
    two: msg(str`${n} errors`, { id: 'cli.errors.two' }),
    few: msg(str`${n} errors`, { id: 'cli.errors.few' }),
    many: msg(str`${n} errors`, { id: 'cli.errors.many' }),
    other: msg(str`${n} errors`, { id: 'cli.errors.other' }),
  });
}

/** "1 warning" */
export function warningCount(n: number, locale: string): string {
  return plural(n, locale, {
    zero: msg(str`${n} warnings`, { id: 'cli.warnings.zero' }),
    one: msg(str`${n} warning`, { id: 'cli.warnings.one' }),
    two: msg(str`${n} warnings`, { id: 'cli.warnings.two' }),
    few: msg(str`${n} warnings`, { id: 'cli.warnings.few' }),
    many: msg(str`${n} warnings`, { id: 'cli.warnings.many' }),
    other: msg(str`${n} warnings`, { id: 'cli.warnings.other' }),
  });
}

/** "2 activities" */
export function activityCount(n: number, locale: string): string {
  return plural(n, locale, {
    zero: msg(str`${n} activities`, { id: 'cli.activities.zero' }),
    one: msg(str`${n} activity`, { id: 'cli.activities.one' }),
    two: msg(str`${n} activities`, { id: 'cli.activities.two' }),
    few: msg(str`${n} activities`, { id: 'cli.activities.few' }),
    many: msg(str`${n} activities`, { id: 'cli.activities.many' }),
    other: msg(str`${n} activities`, { id: 'cli.activities.other' }),
  });
}

/** "4 rows" */
export function rowCount(n: number, locale: string): string {
  return plural(n, locale, {
    zero: msg(str`${n} rows`, { id: 'cli.rows.zero' }),
    one: msg(str`${n} row`, { id: 'cli.rows.one' }),
    two: msg(str`${n} rows`, { id: 'cli.rows.two' }),
    few: msg(str`${n} rows`, { id: 'cli.rows.few' }),
    many: msg(str`${n} rows`, { id: 'cli.rows.many' }),
    other: msg(str`${n} rows`, { id: 'cli.rows.other' }),
  });
}

export function validSummary(activities: string): string {
  return msg(str`valid (${activities})`, {
    desc: 'Command line: a feed passed validation. The value is e.g. "2 activities".',
  });
}

export function invalidSummary(errors: string, warnings: string): string {
  return msg(str`${errors}, ${warnings}`, {
    desc: 'Command line: validation result, e.g. "3 errors, 1 warning".',
  });
}

export function validWithWarnings(activities: string, warnings: string): string {
  return msg(str`valid (${activities}), ${warnings}`, {
    desc: 'Command line: a feed passed validation with warnings, e.g. "valid (2 activities), 1 warning".',
  });
}

export function converted(activities: string, target: string): string {
  return msg(str`${activities} written to ${target}`, {
    desc: 'Command line: a spreadsheet was converted. e.g. "2 activities written to feed.json".',
  });
}

export function standardOutput(): string {
  return msg('standard output', {
    id: 'cli.standard-output',
    desc: 'Command line: where a feed is written when no file is given.',
  });
}

export function rowsSkipped(rows: string): string {
  return msg(str`${rows} skipped`, {
    desc: 'Command line: spreadsheet rows left out of the feed, e.g. "2 rows skipped".',
  });
}

export function schemaStale(file: string): string {
  return msg(str`${file} is out of date: run npm run schema`, {
    desc: 'Command line: the JSON Schema file differs from the schema generated from the code.',
  });
}

export function schemaFresh(file: string): string {
  return msg(str`${file} is up to date`, { desc: 'Command line: the JSON Schema file.' });
}

export function schemaWritten(file: string): string {
  return msg(str`JSON Schema written to ${file}`, { desc: 'Command line.' });
}

// ---- input and usage errors -----------------------------------------------------------------

export function inputError(code: string, detail: string): string {
  switch (code) {
    case 'not-found':
      return msg('file not found', { desc: 'Command line: a file given on the command line.' });
    case 'unreadable':
      return msg(str`cannot be read (${detail})`, {
        desc: 'Command line: a file. The value is a system error code such as EACCES.',
      });
    case 'network':
      return msg(str`could not be fetched (${detail})`, { desc: 'Command line: a feed URL.' });
    case 'http':
      return msg(str`the server answered ${detail}`, {
        desc: 'Command line: a feed URL. The value is an HTTP status code such as 404.',
      });
    case 'timeout':
      return msg('took too long to arrive', { desc: 'Command line: a feed URL.' });
    default:
      return code;
  }
}

export function unknownCommand(name: string): string {
  return msg(str`unknown command: ${name}`, { desc: 'Command line: a usage error.' });
}

export function badOption(detail: string): string {
  return msg(str`invalid option: ${detail}`, {
    desc: 'Command line: a usage error. The value is the technical reason, in English.',
  });
}

export function missingArgument(what: string): string {
  return msg(str`missing ${what}`, {
    desc: 'Command line: a usage error. The value is e.g. FILE.csv (kept as it is).',
  });
}

export function badLanguage(value: string): string {
  return msg(str`--lang must be ar or en, not ${value}`, { desc: 'Command line: a usage error.' });
}

export function badEncoding(value: string): string {
  return msg(str`unknown encoding: ${value}`, {
    desc: 'Command line: a usage error for --encoding.',
  });
}

export function seeHelp(): string {
  return msg('Run ishraqat-feed --help for usage.', {
    desc: 'Command line: after a usage error. Keep the command as it is.',
  });
}

export function unexpectedError(detail: string): string {
  return msg(str`unexpected error: ${detail}`, {
    desc: 'Command line: a bug in the tool. The value is the technical detail, in English.',
  });
}

// ---- stats --------------------------------------------------------------------------------------

export const statsLabels = () => ({
  activities: msg('Activities', {
    id: 'cli.stats.activities',
    desc: 'Command line stats: heading.',
  }),
  byYear: msg('By year', {
    id: 'cli.stats.by-year',
    desc: 'Command line stats: heading of activities per year.',
  }),
  partners: msg('Partners', { id: 'cli.stats.partners', desc: 'Command line stats: heading.' }),
  programs: msg('Programs', { id: 'cli.stats.programs', desc: 'Command line stats: heading.' }),
  regions: msg('Regions', { id: 'cli.stats.regions', desc: 'Command line stats: heading.' }),
  totals: msg('Totals', {
    id: 'cli.stats.totals',
    desc: 'Command line stats: heading of summed counts.',
  }),
  targets: msg('Targets', { id: 'cli.stats.targets', desc: 'Command line stats: heading.' }),
  noRole: msg('no role given', {
    id: 'cli.stats.no-role',
    desc: 'Command line stats: a partner named without an IATI role.',
  }),
  unused: msg('not used by any activity', {
    id: 'cli.stats.unused',
    desc: 'Command line stats: a partner.',
  }),
  noLocation: msg('no region', {
    id: 'cli.stats.no-region',
    desc: 'Command line stats: activities without a region.',
  }),
  noProgram: msg('no program', {
    id: 'cli.stats.no-program',
    desc: 'Command line stats: activities without a program.',
  }),
  none: msg('none', { id: 'cli.stats.none', desc: 'Command line stats: an empty list.' }),
});

export function ofTarget(achieved: string, target: string, percent: string): string {
  return msg(str`${achieved} of ${target} (${percent})`, {
    desc: 'Command line stats: achieved of target, e.g. "12,400 of 15,000 (83%)".',
  });
}

export function problemsHint(summary: string): string {
  return msg(str`Problems: ${summary}. Run ishraqat-feed validate for details.`, {
    desc: 'Command line stats. Keep the command as it is. The value is e.g. "3 errors, 1 warning".',
  });
}

export function roleName(role: string): string {
  switch (role) {
    case 'funding':
      return msg('funding', { id: 'cli.role.funding', desc: 'IATI organisation role.' });
    case 'accountable':
      return msg('accountable', { id: 'cli.role.accountable', desc: 'IATI organisation role.' });
    case 'extending':
      return msg('extending', { id: 'cli.role.extending', desc: 'IATI organisation role.' });
    case 'implementing':
      return msg('implementing', { id: 'cli.role.implementing', desc: 'IATI organisation role.' });
    default:
      return role;
  }
}
