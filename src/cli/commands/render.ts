/**
 * `ishraqat-feed render ELEMENT FEED.json [--lang ar|en] [--attr name=value …] [--page] [-o out.html]`:
 * an element's ready state as HTML with declarative shadow DOM and the feed inline (src/ssr/),
 * or, with `--page`, a complete standalone page around it (src/cli/page.ts).
 */
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { extendCatalogue, loadCatalogue, msg, str } from '../../i18n/localize.js';
import { templates as widgetArabic } from '../../generated/locales/ar.js';
import { directionOf } from '../../i18n/locale.js';
import { countFindings } from '../../convert/findings.js';
import { EXIT, line, type Context } from '../context.js';
import { inputErrorText } from '../report.js';
import { decode, EncodingError, InputError, readSource, writeWhole } from '../io.js';
import * as m from '../messages.js';
import { numberLocale } from '../stats.js';
import { clean, style, wantsColour } from '../terminal.js';
import { validateFeedText } from '../validate.js';
import {
  RenderError,
  renderToString,
  SSR_ELEMENTS,
  ssrAttributes,
  ssrTag,
  type SsrTag,
} from '../../ssr/render.js';
import { page } from '../page.js';

export const options = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  attr: { type: 'string', multiple: true },
  page: { type: 'boolean' },
  script: { type: 'string' },
  'base-url': { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const satisfies ParseArgsConfig['options'];

/** The parsed options, typed by `parseArgs` itself. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
>['values'];

export function help(): string {
  return [
    'ishraqat-feed render ELEMENT FEED.json [--lang ar|en] [--attr name=value …] [--page] [-o out.html]',
    '',
    msg(
      "Prints an element's ready state as HTML (declarative shadow DOM), with the feed inside it: readable without JavaScript, and taken over in place by the hydrating script (cdn/ishraqat-hydrate.js) with no second request. Elements: timeline, partners, counts, chart, impact. Guide: docs/embedding.md.",
      { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' },
    ),
    '',
    `  --lang ar|en           ${msg('language and direction of the element (and of these messages)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --attr NAME=VALUE      ${msg("one of the element's attributes, as on a page (layout, limit, from, to, program, partner, tag, region, numerals, calendar …); repeat it for more", { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --page                 ${msg('a complete page around it: lang and dir, a Content-Security-Policy, styles inline (to print or archive)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --script URL           ${msg('with --page: the page loads this hydrating script (cdn/ishraqat-hydrate.js), and the policy allows it', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --base-url URL         ${msg('the address the feed is published at, for its relative links and images', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  --out FILE, -o FILE    ${msg('write the file to FILE (default: standard output)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
  ].join('\n');
}

/** The page's title: the organisation, then what the element shows. */
function pageTitle(tag: SsrTag, organization: string): string {
  const what = {
    'ishraqat-timeline': () =>
      msg('Activities', {
        id: 'cli.render.title.timeline',
        desc: 'Title of a rendered page: the timeline.',
      }),
    'ishraqat-partners': () =>
      msg('Partners', {
        id: 'cli.render.title.partners',
        desc: 'Title of a rendered page: the partners.',
      }),
    'ishraqat-counts': () =>
      msg('Key figures', {
        id: 'cli.render.title.counts',
        desc: 'Title of a rendered page: the counts.',
      }),
    'ishraqat-chart': () =>
      msg('Chart', { id: 'cli.render.title.chart', desc: 'Title of a rendered page: the chart.' }),
    'ishraqat-impact': () =>
      msg('Impact summary', {
        id: 'cli.render.title.impact',
        desc: 'Title of a rendered page: the impact summary.',
      }),
  }[tag]();
  return msg(str`${organization} – ${what}`, {
    desc: 'Title of a rendered page: organisation, then what the page shows.',
  });
}

function unknownElement(name: string): string {
  const names = Object.keys(SSR_ELEMENTS).join(', ');
  return msg(str`unknown element "${name}" (one of: ${names})`, {
    desc: 'Error of ishraqat-feed render.',
  });
}

function unknownAttribute(name: string, tag: string, known: string): string {
  return msg(str`${tag} has no attribute "${name}" (it has: ${known})`, {
    desc: 'Error of ishraqat-feed render: the element (ishraqat-impact …), the attribute, the attributes it has.',
  });
}

function badAttr(value: string): string {
  return msg(str`--attr wants NAME=VALUE, not "${value}"`, {
    desc: 'Error of ishraqat-feed render. Keep --attr, NAME and VALUE as they are.',
  });
}

function badUrl(value: string): string {
  return msg(str`"${value}" is not an absolute http(s) URL`, {
    desc: 'Error of ishraqat-feed render: --base-url.',
  });
}

function scriptNeedsPage(): string {
  return msg('--script needs --page', {
    desc: 'Error of ishraqat-feed render. Keep --script and --page as they are.',
  });
}

function rendered(tag: string, target: string): string {
  return msg(str`${tag} rendered to ${target}`, {
    desc: 'Success of ishraqat-feed render: the element (ishraqat-impact …), then the file.',
  });
}

/** Runs `render`; resolves to the exit code. */
export async function run(ctx: Context, args: string[], values: Values): Promise<number> {
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
  if (args.length < 2) {
    return usage(ctx.t(() => m.missingArgument(args.length === 0 ? 'ELEMENT' : 'FEED.json')));
  }
  if (args.length > 2) return usage(ctx.t(() => m.badOption(clean(args.slice(2).join(' ')))));
  const [element, name] = args as [string, string];
  const tag = ssrTag(element);
  if (!tag) return usage(ctx.t(() => unknownElement(clean(element))));
  const known = ssrAttributes(tag);
  const attributes: Record<string, string> = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    const key = (at < 0 ? pair : pair.slice(0, at)).trim().toLowerCase();
    if (!key) return usage(ctx.t(() => badAttr(clean(pair))));
    if (!known.includes(key)) {
      return usage(ctx.t(() => unknownAttribute(clean(key), tag, known.join(', '))));
    }
    // `--attr show-table` is a boolean attribute, as `show-table` alone is in HTML.
    attributes[key] = at < 0 ? '' : pair.slice(at + 1);
  }
  if (values.script !== undefined && !values.page) return usage(ctx.t(scriptNeedsPage));
  const baseOption = values['base-url'];
  if (baseOption !== undefined && !/^https?:\/\/./i.test(baseOption)) {
    return usage(ctx.t(() => badUrl(clean(baseOption))));
  }

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
  // A feed read from the web keeps its links working; a local file's relative links stay
  // relative to the page (put the page beside the feed, or say where it is published).
  const baseUrl = baseOption ?? (sourceUrl && /^https?:/i.test(sourceUrl) ? sourceUrl : undefined);
  const report = ctx.t(() =>
    validateFeedText(
      text,
      { name: sourceName, ...(baseUrl ? { url: baseUrl } : {}) },
      { files: false },
    ),
  );
  const { errors, warnings } = countFindings(report.findings);
  const locale = numberLocale(ctx.ui);
  const summary = () =>
    m.invalidSummary(m.errorCount(errors, locale), m.warningCount(warnings, locale));
  if (!report.feed) {
    for (const f of report.findings.filter((x) => x.fatal || x.code === 'json-syntax')) {
      line(io.stderr, `${clean(sourceName)}: ${ctx.t(() => m.reason(f))}`);
    }
    line(io.stderr, err.red(`✖ ${ctx.t(summary)}`));
    return EXIT.problems;
  }

  const lang = ctx.ui;
  // The command line's catalogue holds the widgets' strings too (lit-localize extracts what its
  // code imports), possibly older or untranslated: the widgets' own catalogue wins for them.
  await loadCatalogue('ar');
  extendCatalogue('ar', widgetArabic);
  let html: string;
  try {
    html = await renderToString(tag, text, {
      lang,
      attributes,
      ...(baseUrl ? { baseUrl } : {}),
    });
  } catch (error) {
    if (error instanceof RenderError) return failure(sourceName, clean(error.message), EXIT.usage);
    throw error;
  }
  if (values.page) {
    const names = report.feed.organization.name;
    const organization = names[lang] ?? names.en ?? Object.values(names)[0] ?? '';
    html = page(html, {
      lang,
      dir: directionOf(lang),
      title: ctx.t(() => pageTitle(tag, organization)),
      ...(values.script !== undefined ? { script: values.script } : {}),
    });
  } else {
    html += '\n';
  }
  if (values.out !== undefined) await writeWhole(io, values.out, html);
  else io.stdout.write(html);
  const target = values.out !== undefined ? clean(values.out) : ctx.t(m.standardOutput);
  line(io.stderr, err.green(`✔ ${ctx.t(() => rendered(tag, target))}`));
  if (errors > 0) {
    line(io.stderr, err.red(`✖ ${ctx.t(summary)}`));
    return EXIT.problems;
  }
  return EXIT.ok;
}
