/**
 * `--help` texts. Command names, options and placeholders stay in English in every language:
 * they are what the user types. Call inside `withLocale`.
 */
import { msg } from '../i18n/localize.js';
import { help as toIatiHelp } from './commands/to-iati.js';
import { help as fromIatiHelp } from './commands/from-iati.js';
import { help as renderHelp } from './commands/render.js';

export const COMMANDS = [
  'validate',
  'schema',
  'from-csv',
  'stats',
  'to-iati',
  'from-iati',
  'render',
] as const;
export type Command = (typeof COMMANDS)[number];

export function generalHelp(): string {
  return [
    msg('ishraqat-feed: tools for the activity feed of the Ishraqat widgets.', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
    '',
    msg('Usage:', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
    '  ishraqat-feed validate FILE|URL… [--json] [--no-files] [--lang ar|en]',
    '  ishraqat-feed schema [--out FILE | --check FILE]',
    '  ishraqat-feed from-csv FILE.csv|FILE.xlsx [--partners partners.csv] [--base base.json] [--out feed.json] …',
    '  ishraqat-feed stats FILE|URL… [--json] [--lang ar|en]',
    '  ishraqat-feed to-iati FEED.json --org-ref REF --org-type CODE [--mapping FILE.json] [-o activities.xml] …',
    '  ishraqat-feed from-iati activities.xml [-o feed.json]',
    '  ishraqat-feed render ELEMENT FEED.json [--lang ar|en] [--attr name=value …] [--page] [-o out.html]',
    '',
    msg('Commands:', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
    `  validate  ${msg('check feeds: every problem, with its JSON path, line and column', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  schema    ${msg('print the JSON Schema of feed v1 (for editors)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  from-csv  ${msg('turn a spreadsheet (CSV, or HXL-tagged CSV) into a feed', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  stats     ${msg('summarise a feed: activities per year, partners, totals', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  to-iati   ${msg('write the feed as an IATI 2.03 activity file, for donors', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  from-iati ${msg('read an IATI activity file into a feed', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  render    ${msg('an element as HTML that reads without JavaScript, or a whole page (--page)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    '',
    msg('Options for every command:', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
    `  --lang ar|en  ${msg('language of the messages (default: from LANG, else English)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --help, -h    ${msg('this help; ishraqat-feed COMMAND --help for a command', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --version     ${msg('the version of this tool', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    '',
    msg('Exit codes:', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
    `  0  ${msg('success (warnings allowed)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  1  ${msg('problems found: a feed has errors, or spreadsheet rows were skipped', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  2  ${msg('wrong usage: unknown command or option, missing argument', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  3  ${msg('an input could not be read: missing file, network or HTTP error', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  4  ${msg('a bug in this tool (please report it with its message)', {
      desc: 'Command-line help: exit code 4.',
    })}`,
    '',
    msg('Guide: docs/feed-tools.md in the @ishraqat/widgets package.', {
      desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
    }),
  ].join('\n');
}

export function commandHelp(command: Command): string {
  switch (command) {
    case 'to-iati':
      return toIatiHelp();
    case 'from-iati':
      return fromIatiHelp();
    case 'render':
      return renderHelp();
    case 'validate':
      return [
        'ishraqat-feed validate FILE|URL… [--json] [--no-files] [--lang ar|en]',
        '',
        msg(
          'Checks each feed as the widgets read it, and strictly: every problem in one run, each with its JSON path, line and column. Errors fail (exit 1); warnings (unknown fields, unused partners, keys written twice) do not.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
        msg(
          'For a local file, relative logo, image and next-page links must name files that exist.',
          {
            desc: 'Command-line help.',
          },
        ),
        '',
        `  --json      ${msg('one JSON report on standard output, for programs', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --no-files  ${msg('do not check that linked files exist', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  -           ${msg('read the feed from standard input', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
      ].join('\n');
    case 'schema':
      return [
        'ishraqat-feed schema [--out FILE | --check FILE]',
        '',
        msg(
          'Prints the JSON Schema (draft-07) of feed v1, generated from the same definition the widgets use. Point "$schema" in a feed at it for autocompletion in editors.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
        '',
        `  --out FILE    ${msg('write it to FILE instead', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --check FILE  ${msg('exit 1 if FILE differs from it (for CI)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
      ].join('\n');
    case 'from-csv':
      return [
        'ishraqat-feed from-csv FILE.csv|FILE.xlsx [options]',
        '',
        msg(
          'One row an activity. Columns: id, date, end_date, title_ar, title_en, summary_ar, summary_en, program, tags, location_ar, location_en, region, lat, lon, partners, partners_funding, partners_implementing …, people_ar, people_en, people_role_ar, people_role_en, count_participants, count_women …, image, image_alt_ar, url. HXL-tagged sheets (#date, #activity+title+ar, #org+funder, #adm1+code, #reached+f …) are read too.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
        msg(
          'UTF-8 with or without BOM, commas or semicolons (Excel), quoted cells with line breaks. Each broken row is reported with its number and skipped; the rest are converted.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
        '',
        `  --partners FILE.csv   ${msg('partners: id, name_ar, name_en, short_name_en, type, logo, url', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --programs FILE.csv   ${msg('programs: id, name_ar, name_en', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --metrics FILE.csv    ${msg('labels of custom counts: id, label_ar, label_en', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --base FILE.json      ${msg('a feed to add the rows to: organization, language, country, targets …', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --org-id ID           ${msg('the organization id (instead of --base)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --org-name [LANG=]NAME  ${msg('its name; repeat for each language: --org-name ar=… --org-name en=…', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --language TAG        ${msg('language of columns without a language suffix (default en)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --country CODE        ${msg('ISO 3166-1 country, e.g. IQ', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --encoding NAME       ${msg('for files that are not UTF-8, e.g. windows-1256', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --date-order dmy|mdy|ymd  ${msg('how numeric dates are written (default: day first, as 16/10/2008)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --sheet NAME          ${msg('the sheet of an .xlsx workbook to read (default: the first)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --out FILE, -o FILE   ${msg('write the feed to FILE (default: standard output)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        `  --json                ${msg('the report as JSON', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
        '',
        msg(
          'The report goes to standard output when --out is given, else to standard error, so that the feed alone goes to standard output.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
      ].join('\n');
    case 'stats':
      return [
        'ishraqat-feed stats FILE|URL… [--json] [--lang ar|en]',
        '',
        msg(
          'Sums up a feed as the widgets will show it: activities per year, programs, regions, partners with their roles, count totals and targets. Skipped activities are not counted.',
          {
            desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.',
          },
        ),
        '',
        `  --json  ${msg('the figures as JSON', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
      ].join('\n');
  }
}
