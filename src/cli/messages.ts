/**
 * The command line's own texts, through the same `msg` as the widgets (translated in
 * locales/ar.xlf). Call inside `withLocale`. Texts from feeds and spreadsheets are never part
 * of a template here: they are passed as values, after `clean`.
 */
import { msg, str } from '../i18n/localize.js';
import { plural } from '../i18n/format.js';
import { problemReason } from '../i18n/problem-reasons.js';
import type { Severity } from '../feed/problems.js';
import { isProblemCode, type CliCode, type Finding } from '../convert/findings.js';
import type { JsonSyntaxCode } from './json-positions.js';
import type { DateGuess } from '../convert/dates.js';

export function severityWord(severity: Severity): string {
  return severity === 'error'
    ? msg('error', {
        id: 'cli.severity.error',
        desc: 'Command line: severity of a problem found in a feed.',
      })
    : msg('warning', {
        id: 'cli.severity.warning',
        desc: 'Command line: severity of a problem found in a feed.',
      });
}

function jsonSyntax(code: string): string {
  switch (code as JsonSyntaxCode) {
    case 'unexpected-character':
      return msg('unexpected character', { desc: 'Command line: a JSON syntax error.' });
    case 'unexpected-end':
      return msg('the text ends too early', { desc: 'Command line: a JSON syntax error.' });
    case 'unterminated-string':
      return msg('a string is never closed', { desc: 'Command line: a JSON syntax error.' });
    case 'control-character':
      return msg('a control character (such as a line break) inside a string', {
        desc: 'Command line: a JSON syntax error.',
      });
    case 'bad-escape':
      return msg('an invalid escape after a backslash', {
        desc: 'Command line: a JSON syntax error.',
      });
    case 'bad-number':
      return msg('an invalid number', { desc: 'Command line: a JSON syntax error.' });
    case 'trailing-text':
      return msg('more text after the end of the JSON value', {
        desc: 'Command line: a JSON syntax error.',
      });
    default:
      return code;
  }
}

function dateGuessName(guess: string): string {
  switch (guess as DateGuess) {
    case 'dmy':
      return msg('day/month/year', { desc: 'Spreadsheet dates: how "1/2/2021" was read.' });
    case 'mdy':
      return msg('month/day/year', { desc: 'Spreadsheet dates: how "1/2/2021" was read.' });
    case 'serial':
      return msg('Excel day numbers', {
        desc: 'Spreadsheet dates: a number such as 44927 read as a date (Excel counts days from 1900).',
      });
    case 'month-name':
      return msg('month names', { desc: 'Spreadsheet dates: "15 January 2021" read as a date.' });
    default:
      return guess;
  }
}

function cliReason(code: CliCode, value: string, detail: string, expected: string): string {
  switch (code) {
    case 'json-syntax':
      return msg(str`is not valid JSON (${jsonSyntax(detail)})`, {
        desc: 'Command line: the feed file. The value explains the syntax error.',
      });
    case 'encoding':
      return msg(str`is not valid ${detail || 'UTF-8'} text`, {
        desc: 'Command line: a file. The value is an encoding name such as UTF-8.',
      });
    case 'not-object':
      return msg('is not a JSON object', { desc: 'Command line: the feed file.' });
    case 'version':
      return msg(str`version ${value} is not 1, the version this tool reads`, {
        desc: 'Command line: the feed format version.',
      });
    case 'organization':
      return msg(
        'has no valid "organization" (it needs an "id" and a "name"); nothing can be shown',
        { desc: 'Command line: a fatal problem in a feed. Keep the JSON field names in English.' },
      );
    case 'activities':
      return msg('has no "activities" list; nothing can be shown', {
        desc: 'Command line: a fatal problem in a feed. Keep the JSON field name in English.',
      });
    case 'missing-file':
      return msg(str`${value} does not exist next to the feed`, {
        desc: 'Command line: a logo or image file named in the feed is missing.',
      });
    case 'duplicate-key':
      return msg('appears more than once in the same object (only the last one counts)', {
        desc: 'Command line: a field written twice in the feed JSON.',
      });
    case 'csv-unterminated-quote':
      return msg('a quoted cell is never closed (reading goes on from the next line)', {
        desc: 'Command line: a broken row in a CSV spreadsheet file.',
      });
    case 'csv-text-after-quote':
      return msg('has text after the closing quote of a cell', {
        desc: 'Command line: a broken row in a CSV spreadsheet file.',
      });
    case 'csv-cell-count':
      return msg(str`has ${value} cells where the header has ${detail}`, {
        desc: 'Command line: a row of a CSV spreadsheet has the wrong number of cells.',
      });
    case 'csv-unknown-column':
      return msg(str`column ${value} is not one this tool knows; it is ignored`, {
        desc: 'Command line: a CSV spreadsheet column header. The value is the header.',
      });
    case 'csv-duplicate-column':
      return msg(str`column ${value} appears more than once; only the first one is read`, {
        desc: 'Command line: a CSV spreadsheet column header. The value is the header.',
      });
    case 'csv-missing-column':
      return msg(str`has no ${value} column`, {
        desc: 'Command line: a CSV spreadsheet lacks a required column. The value is a column name such as "date".',
      });
    case 'csv-list-mismatch':
      return msg(
        str`does not line up with the other lists of the row (${value} expected, ${detail} here)`,
        {
          desc: 'Command line: a CSV cell listing people (or their roles, or image texts) has more or fewer items than the names (or images) of the same row.',
        },
      );
    case 'csv-no-rows':
      return msg('has no data rows', { desc: 'Command line: an empty CSV spreadsheet.' });
    case 'csv-no-organization':
      return msg('the feed needs an organization: give --base FILE, or --org-id and --org-name', {
        desc: 'Command line. Keep the options (--base, --org-id, --org-name) as they are.',
      });
    case 'csv-date-two-digit-year':
      return msg(
        str`${value} has a two-digit year, which could be 19xx or 20xx: write the year in full`,
        {
          desc: 'Spreadsheet dates: a date such as 1/2/21 is refused. The value is the date as written.',
        },
      );
    case 'csv-date-guess': {
      const forms = detail.split(',').map(dateGuessName).join(listSeparator());
      return msg(
        str`dates read as ${forms} (${value} → ${expected}); give --date-order if the order is wrong`,
        {
          desc: 'Spreadsheet dates: said once per column. The first value names the forms (day/month/year …), then an example as written and as converted. Keep --date-order as it is.',
        },
      );
    }
    case 'csv-date-month-first':
      return msg(
        str`dates read month first (${value} only makes sense so); give --date-order dmy to refuse them instead`,
        {
          desc: 'Spreadsheet dates: a column with dates such as 12/25/2021. Keep --date-order dmy as it is.',
        },
      );
    case 'csv-date-mixed-order':
      return msg(
        str`has dates that only make sense month first (${value}) and others day first (${detail}): read day first, so the month-first ones are left out; give --date-order to choose`,
        {
          desc: 'Spreadsheet dates: a column mixing 12/25/2021 and 25/12/2021. Keep --date-order as it is.',
        },
      );
  }
}

/** Why this was reported, in the active locale. */
export function reason(finding: Finding): string {
  if (isProblemCode(finding.code))
    return problemReason(finding as Parameters<typeof problemReason>[0]);
  return cliReason(finding.code, finding.value ?? '', finding.detail ?? '', finding.expected ?? '');
}

/** ", " between items ("row 3, column date"); Arabic writes "، ". */
export function listSeparator(): string {
  return msg(', ', {
    id: 'cli.separator.list',
    desc: 'Command line: between the items of a list, e.g. "row 3, column date". Keep the space after it.',
  });
}

/** "; " between clauses of a summary; Arabic writes "؛ ". */
export function clauseSeparator(): string {
  return msg('; ', {
    id: 'cli.separator.clause',
    desc: 'Command line: between parts of a summary, e.g. "2 activities written; 1 row skipped". Keep the space after it.',
  });
}

export function activitySkipped(): string {
  return msg('activity skipped', {
    id: 'cli.activity-skipped',
    desc: 'Command line: added after a problem that made the widgets leave an activity out.',
  });
}

export function rowSkipped(): string {
  return msg('row skipped', {
    id: 'cli.row-skipped',
    desc: 'Command line: added after a problem that made a spreadsheet row be left out of the feed.',
  });
}

export function rowLabel(row: number): string {
  return msg(str`row ${row}`, { desc: 'Command line: a spreadsheet row number.' });
}

export function columnLabel(name: string): string {
  return msg(str`column ${name}`, { desc: 'Command line: a spreadsheet column header.' });
}

/** "3 errors" */
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
