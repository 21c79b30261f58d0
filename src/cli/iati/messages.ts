/**
 * The words of `to-iati` and `from-iati`: the report's lines, errors, and the few titles written
 * into an IATI file that are not feed text. Translated in locales/cli/ar.xlf. Call inside
 * `withLocale`; values from files are passed in after `clean`.
 */
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/format.js';
import type { FromIatiNoteCode, IatiReadErrorCode } from './from-iati.js';
import type { Note, ToIatiNoteCode } from './to-iati.js';

/** "ihec, unami, undp" — the first few ids a note concerns, then "…". */
function list(items: readonly string[] | undefined): string {
  if (!items || items.length === 0) return '';
  const shown = items.slice(0, 6).join(', ');
  return items.length > 6 ? `${shown}, …` : shown;
}

// ---- titles written into the file ---------------------------------------------------------------

/** Indicator titles for well-known count keys (the breakdown keys are dimensions, not titles). */
export function indicatorTitle(key: string): string | undefined {
  switch (key) {
    case 'participants':
      return msg('Participants', {
        id: 'iati.indicator.participants',
        desc: 'IATI file: title of the indicator counting people who took part.',
      });
    case 'beneficiaries':
      return msg('Beneficiaries', {
        id: 'iati.indicator.beneficiaries',
        desc: 'IATI file: indicator title.',
      });
    case 'youth':
      return msg('Young people', {
        id: 'iati.indicator.youth',
        desc: 'IATI file: indicator title.',
      });
    case 'volunteers':
      return msg('Volunteers', {
        id: 'iati.indicator.volunteers',
        desc: 'IATI file: indicator title.',
      });
    case 'sessions':
      return msg('Sessions held', {
        id: 'iati.indicator.sessions',
        desc: 'IATI file: indicator title.',
      });
    case 'women':
      return msg('Women', { id: 'iati.indicator.women', desc: 'IATI file: indicator title.' });
    case 'men':
      return msg('Men', { id: 'iati.indicator.men', desc: 'IATI file: indicator title.' });
    case 'girls':
      return msg('Girls', { id: 'iati.indicator.girls', desc: 'IATI file: indicator title.' });
    case 'boys':
      return msg('Boys', { id: 'iati.indicator.boys', desc: 'IATI file: indicator title.' });
    default:
      return undefined;
  }
}

export function resultTitle(): string {
  return msg('Outputs', {
    id: 'iati.result',
    desc: 'IATI file: title of the result that groups the counts of an activity.',
  });
}

// ---- to-iati ------------------------------------------------------------------------------------

export function needsOrganisation(): string {
  return msg(
    'to-iati needs your organisation\'s IATI identifier and organisation type: --org-ref (e.g. --org-ref IQ-XXX-123, as registered with IATI) and --org-type (an IATI OrganisationType code, e.g. --org-type 22 for a national NGO), or "organisation": { "ref": …, "type": … } in a --mapping file. They are never made up: see docs/iati.md.',
    {
      desc: 'Command line: a usage error. Keep the options (--x), JSON and file names as they are.',
    },
  );
}

export function badOrgType(value: string): string {
  return msg(
    str`--org-type ${value} is not an IATI OrganisationType code (10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90)`,
    {
      desc: 'Command line: a usage error. Keep the option as it is.',
    },
  );
}

export function badOrgRef(value: string): string {
  return msg(
    str`--org-ref ${value} cannot be an IATI identifier: it may not contain spaces, /, &, | or ?`,
    {
      desc: 'Command line: a usage error. Keep the option as it is.',
    },
  );
}

export function badPer(value: string): string {
  return msg(str`--per must be activity or program, not ${value}`, {
    desc: 'Command line: a usage error. Keep the option and its values as they are.',
  });
}

export function badMapping(file: string, path: string, reason: string): string {
  return msg(str`${file}: ${path}: ${reason}`, {
    desc: 'Command line: a problem in the IATI mapping file. Values: the file, the JSON path, the reason.',
  });
}

export function mappingReason(code: string): string {
  switch (code) {
    case 'json':
      return msg('is not valid JSON', {
        id: 'iati.mapping.json',
        desc: 'Command line: the IATI mapping file.',
      });
    case 'object':
      return msg('must be a JSON object', {
        id: 'iati.mapping.object',
        desc: 'Command line: a value in the IATI mapping file.',
      });
    case 'string':
      return msg('must be text', {
        id: 'iati.mapping.string',
        desc: 'Command line: a value in the IATI mapping file.',
      });
    case 'org-type':
      return msg('is not an IATI OrganisationType code', {
        id: 'iati.mapping.org-type',
        desc: 'Command line: a value in the IATI mapping file.',
      });
    case 'ref':
      return msg('cannot be an IATI identifier (no spaces, /, &, | or ?)', {
        id: 'iati.mapping.ref',
        desc: 'Command line: a value in the IATI mapping file.',
      });
    case 'sector':
      return msg('is not a DAC sector code (5 digits, or 3 for a DAC sector category)', {
        id: 'iati.mapping.sector',
        desc: 'Command line: a value in the IATI mapping file.',
      });
    case 'partner-type':
      return msg(
        'is not a partner type of the feed (donor, government, un, ngo, private, academic, media, other)',
        {
          id: 'iati.mapping.partner-type',
          desc: 'Command line: a key in the IATI mapping file. Keep the words in English.',
        },
      );
    default:
      return msg('is not a field of the mapping file (ignored)', {
        id: 'iati.mapping.unknown',
        desc: 'Command line: a key in the IATI mapping file.',
      });
  }
}

export function noActivities(): string {
  return msg(
    'the feed has no activities: there is nothing to publish (an IATI file needs at least one activity)',
    {
      desc: 'Command line: to-iati on an empty feed.',
    },
  );
}

export function iatiWritten(count: string, target: string): string {
  return msg(str`${count} written to ${target} (IATI 2.03)`, {
    desc: 'Command line: e.g. "2 IATI activities written to activities.xml (IATI 2.03)".',
  });
}

export function feedProblems(summary: string): string {
  return msg(
    str`The feed has problems (${summary}): the activities it skips are not in the file. Run ishraqat-feed validate for details.`,
    {
      desc: 'Command line: to-iati. Keep the command as it is. The value is e.g. "3 errors, 1 warning".',
    },
  );
}

export function notExpressedHeading(): string {
  return msg(
    'Not in the IATI file (IATI has no place for it, or it needs what the feed does not say):',
    {
      desc: 'Command line: heading of the to-iati report.',
    },
  );
}

export function addedHeading(): string {
  return msg('Written in the IATI file though the feed does not say it in so many words:', {
    desc: 'Command line: heading of the to-iati report.',
  });
}

export function expectsHeading(): string {
  return msg('IATI will still ask for (add them in your IATI tool, or before publishing):', {
    desc: 'Command line: heading of the to-iati report.',
  });
}

/** `activities` is the note's count as words: "2 activities". */
export function toIatiNote(note: Note<ToIatiNoteCode>, activities: string): string {
  const n = String(note.count);
  const items = list(note.items);
  switch (note.code) {
    case 'people':
      return msg(
        str`people named on activities (${activities}): IATI has no place for them (its contact-info is for a contact point), and names of people are not published in IATI`,
        { desc: 'Command line: to-iati report line. The value is a number.' },
      );
    case 'partner-no-role':
      return msg(
        str`partners named without a role (${items}): IATI lists an organisation only with one of its roles (funding, accountable, extending, implementing); give them a role in the feed`,
        { desc: 'Command line: to-iati report line. Keep the role words in English.' },
      );
    case 'partner-no-type':
      return msg(
        str`organisation types the feed's word does not decide (${items}): left out; give them in the mapping file ("types" or "partners")`,
        { desc: 'Command line: to-iati report line. Keep the JSON names in quotes as they are.' },
      );
    case 'organisation-links':
      return msg(
        'web sites and logos of the organisation and its partners: IATI has no place for them',
        { desc: 'Command line: to-iati report line.' },
      );
    case 'targets':
      return msg(
        str`targets (${n}): IATI holds targets in an activity's results; with --per program a program's targets go into its results`,
        { desc: 'Command line: to-iati report line. Keep the option as it is.' },
      );
    case 'programs':
      return msg(
        str`the program of activities (${activities}; as a sector only with a mapping file; --per program makes each program an IATI activity)`,
        { desc: 'Command line: to-iati report line. Keep the option as it is.' },
      );
    case 'link-not-absolute':
      return msg(
        str`links that are not full http(s) addresses (${items}): give --base-url, the address the feed is published at`,
        { desc: 'Command line: to-iati report line. Keep the option as it is.' },
      );
    case 'image-format':
      return msg(str`images whose file type is not known from their name (${items})`, {
        desc: 'Command line: to-iati report line.',
      });
    case 'characters-removed':
      return msg(str`control characters that XML cannot hold, removed from texts: ${n}`, {
        desc: 'Command line: to-iati report line.',
      });
    case 'identifier-characters':
      return msg(
        str`activity ids with characters IATI does not allow in an identifier (spaces, /, &, |, ?): ${items}`,
        { desc: 'Command line: to-iati report line.' },
      );
    case 'next-page':
      return msg('the older pages of the feed (next): only this page is in the file', {
        desc: 'Command line: to-iati report line. Keep "next" as it is.',
      });
    case 'description-from-title':
      return msg(
        str`activities without a summary (${activities}): IATI requires a description, so their title is used`,
        { desc: 'Command line: to-iati report line.' },
      );
    case 'reporting-org-implementing':
      return msg(
        str`your organisation is listed as implementing (role 4) on every activity (${activities})`,
        { desc: 'Command line: to-iati report line.' },
      );
    case 'sector-split':
      return msg(
        str`activities with several sectors share 100% equally (${items}); adjust the percentages if they differ`,
        { desc: 'Command line: to-iati report line.' },
      );
    case 'country-split':
      return msg(str`activities in several countries share 100% equally (${items})`, {
        desc: 'Command line: to-iati report line.',
      });
    case 'expects-budget':
      return msg('budgets (budget), or a reason why there is none (budget-not-provided)', {
        desc: 'Command line: to-iati report line. Keep the IATI element names in parentheses.',
      });
    case 'expects-transactions':
      return msg('transactions: money received and spent (transaction)', {
        desc: 'Command line: to-iati report line. Keep the IATI element name in parentheses.',
      });
    case 'expects-sector':
      return msg(
        str`a sector (sector) on ${activities}: give DAC codes for programs or tags in the mapping file`,
        { desc: 'Command line: to-iati report line. Keep the IATI element name in parentheses.' },
      );
    case 'expects-country':
      return msg(
        str`a recipient country (recipient-country) on ${activities}: set "country" in the feed`,
        { desc: 'Command line: to-iati report line. Keep the names in parentheses and quotes.' },
      );
    case 'expects-contact':
      return msg('a contact point (contact-info)', {
        desc: 'Command line: to-iati report line. Keep the IATI element name in parentheses.',
      });
    case 'expects-scope':
      return msg('the geographic scope (activity-scope)', {
        desc: 'Command line: to-iati report line. Keep the IATI element name in parentheses.',
      });
    case 'expects-defaults':
      return msg(
        'how the work is financed: default-aid-type, default-finance-type, default-flow-type, default-tied-status, collaboration-type',
        { desc: 'Command line: to-iati report line. Keep the IATI element names.' },
      );
  }
}

/** "2 IATI activities" */
export function iatiActivityCount(n: number, locale: string): string {
  return plural(n, locale, {
    zero: msg(str`${n} IATI activities`, { id: 'cli.iati-activities.zero' }),
    one: msg(str`${n} IATI activity`, { id: 'cli.iati-activities.one' }),
    two: msg(str`${n} IATI activities`, { id: 'cli.iati-activities.two' }),
    few: msg(str`${n} IATI activities`, { id: 'cli.iati-activities.few' }),
    many: msg(str`${n} IATI activities`, { id: 'cli.iati-activities.many' }),
    other: msg(str`${n} IATI activities`, { id: 'cli.iati-activities.other' }),
  });
}

// ---- from-iati ----------------------------------------------------------------------------------

export function readError(code: IatiReadErrorCode, detail: string): string {
  switch (code) {
    case 'xml':
      return msg(str`is not well-formed XML (${detail}); nothing was written`, {
        desc: "Command line: from-iati. The value is the parser's reason, in English.",
      });
    case 'not-iati':
      return msg(
        str`is not an IATI activity file (its root element is ${detail || 'missing'}, not iati-activities); nothing was written`,
        { desc: 'Command line: from-iati. Keep iati-activities as it is.' },
      );
    case 'version':
      return msg(
        str`is IATI version ${detail}; this tool reads versions 2.01 to 2.03; nothing was written`,
        { desc: 'Command line: from-iati.' },
      );
    case 'no-activities':
      return msg('holds no iati-activity; nothing was written', {
        desc: 'Command line: from-iati. Keep iati-activity as it is.',
      });
    case 'encoding':
      return msg('is not valid UTF-8 text; nothing was written', {
        desc: 'Command line: from-iati.',
      });
  }
}

export function notCarriedHeading(): string {
  return msg('Not carried over into the feed:', {
    desc: 'Command line: heading of the from-iati report.',
  });
}

export function fromIatiNote(note: Note<FromIatiNoteCode>): string {
  const n = String(note.count);
  const items = list(note.items);
  switch (note.code) {
    case 'not-carried':
      return msg(str`elements the feed has no place for: ${items}`, {
        desc: 'Command line: from-iati report line. The value lists IATI element names with how often they occur.',
      });
    case 'indicators':
      return msg(str`results not counted in people: ${items}`, {
        desc: 'Command line: from-iati report line. The value lists indicator titles.',
      });
    case 'targets':
      return msg(str`result targets (the feed's targets are set for the whole feed): ${n}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'no-date':
      return msg(
        str`activities without a start or end date (a feed activity needs a date): ${items}`,
        { desc: 'Command line: from-iati report line. The value lists IATI identifiers.' },
      );
    case 'no-title':
      return msg(str`activities without a title: ${items}`, {
        desc: 'Command line: from-iati report line. The value lists IATI identifiers.',
      });
    case 'duplicate':
      return msg(str`activities whose identifier appeared before (the first is kept): ${items}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'extra-locations':
      return msg(str`further locations (a feed activity has one place): ${n}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'other-descriptions':
      return msg(str`descriptions besides the general one (objectives, target groups …): ${n}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'documents':
      return msg(str`documents other than a web page or an image: ${n}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'several-countries':
      return msg(
        str`recipient countries differ between activities (${items}): the feed's "country" is left out`,
        { desc: 'Command line: from-iati report line. Keep "country" as it is.' },
      );
    case 'several-reporting-orgs':
      return msg(
        str`activities reported by other organisations (${items}): the feed's organization is the first one`,
        { desc: 'Command line: from-iati report line. Keep "organization" as it is.' },
      );
    case 'partner-no-role':
      return msg(
        str`organisations with a role that is not funding, accountable, extending or implementing, kept without a role: ${items}`,
        { desc: 'Command line: from-iati report line.' },
      );
    case 'unnamed-partner':
      return msg(str`participating organisations with neither a name nor an identifier: ${n}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'bad-value':
      return msg(str`values that are not what their element needs: ${items}`, {
        desc: 'Command line: from-iati report line.',
      });
    case 'newer-version':
      return msg(str`the file says IATI version ${items}; it was read as 2.03`, {
        desc: 'Command line: from-iati report line.',
      });
  }
}
