/**
 * Why a spreadsheet row or a feed value was reported, in the active locale: shared by the
 * command line and the embed builder's spreadsheet step (translated in locales/cli/ar.xlf;
 * load that catalogue with `extendCatalogue('ar', …)`), through the same `msg` as the widgets.
 * Call inside `withLocale`. Texts from feeds and spreadsheets are never part of a template
 * here: they are passed as values (the command line `clean`s them first; the builder sets
 * them as textContent).
 */
import { msg, str } from '../i18n/localize.js';
import { problemReason } from '../i18n/problem-reasons.js';
import type { Severity } from '../feed/problems.js';
import { isProblemCode, type CliCode, type Finding } from './findings.js';
import type { JsonSyntaxCode } from '../cli/json-positions.js';
import type { DateGuess } from './dates.js';

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
    case 'xlsx-unreadable':
      return msg(
        'is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or as CSV UTF-8',
        { desc: 'Spreadsheet files: a broken .xlsx file. Keep .xlsx and CSV UTF-8 as they are.' },
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
