/**
 * `ishraqat-feed`: the dispatcher (validate, schema, from-csv, stats, to-iati, from-iati, render). `run` takes the arguments and an `Io` and resolves to the
 * exit code; it never calls `process.exit`, so output is flushed and tests run it in-process.
 *
 * Exit codes (EXIT in context.ts): 0 success (warnings allowed), 1 problems found, 2 wrong
 * usage, 3 an input could not be read, 4 a bug.
 *
 * ## Adding a command
 *
 * One file under src/cli/commands/, exporting:
 *
 * ```ts
 * export const options = { ...COMMON, out: { type: 'string', short: 'o' } } as const satisfies Options;
 * export async function run(ctx: Context, positionals: string[], values: Values<typeof options>) {
 *   // values.out is `string | undefined`, typed by parseArgs itself; return an EXIT code.
 * }
 * ```
 *
 * then one entry in COMMAND_MODULES and one `case` in `run` below (each case calls
 * `dispatch`, which parses with the command's own options so `values` keeps its type), its
 * name in COMMANDS and its `--help` text in help.ts. `ctx` (context.ts) gives the Io, the user's language (`ctx.t(() => m.x())` runs a
 * message in it) and terminal styles; throw `UsageError` for wrong usage (exit 2); report
 * findings with report.ts. Anything else thrown is exit 4 with the stack.
 */
import { extendCatalogue, loadCatalogue, withLocale } from '../i18n/localize.js';
import { templates as cliArabic } from '../generated/cli-locales/ar.js';
import * as fromCsv from './commands/from-csv.js';
import * as fromIati from './commands/from-iati.js';
import * as render from './commands/render.js';
import * as schema from './commands/schema.js';
import * as stats from './commands/stats.js';
import * as toIati from './commands/to-iati.js';
import * as validate from './commands/validate.js';
import {
  EXIT,
  line,
  parseCommandArgs,
  uiLanguage,
  UsageError,
  type Command as CommandModule,
  type Context,
  type Options,
  type UiLanguage,
} from './context.js';
import { commandHelp, COMMANDS, generalHelp, type Command } from './help.js';
import type { Io } from './io.js';
import * as m from './messages.js';
import { clean, style, wantsColour } from './terminal.js';

export { EXIT, UI_LANGUAGES, type UiLanguage } from './context.js';

/** Every command, by the name the user types. */
const COMMAND_MODULES = {
  validate,
  schema,
  'from-csv': fromCsv,
  stats,
  'to-iati': toIati,
  'from-iati': fromIati,
  render,
} as const satisfies Record<Command, unknown>;

/** Parses a command's arguments with its own options and runs it. */
async function dispatch<O extends Options>(
  ctx: Context,
  name: Command,
  command: CommandModule<O>,
  args: readonly string[],
  usage: (message: string) => number,
): Promise<number> {
  let parsed: ReturnType<typeof parseCommandArgs<O>>;
  try {
    parsed = parseCommandArgs(command.options, [...args]);
  } catch (error) {
    return usage(ctx.t(() => m.badOption(clean((error as Error).message))));
  }
  if ((parsed.values as { help?: boolean }).help) {
    line(
      ctx.io.stdout,
      ctx.t(() => commandHelp(name)),
    );
    return EXIT.ok;
  }
  return command.run(ctx, parsed.positionals, parsed.values);
}

/** Runs the command line. Resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const first = argv[0];
  // The language is needed for usage errors too: look for --lang before anything else.
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langOption =
    langIndex < 0
      ? undefined
      : argv[langIndex]!.includes('=')
        ? argv[langIndex]!.split('=')[1]
        : argv[langIndex + 1];
  let ui: UiLanguage;
  try {
    ui = uiLanguage(langOption, io.env, (value) => m.badLanguage(clean(value)));
  } catch (error) {
    line(io.stderr, `ishraqat-feed: ${(error as Error).message}`);
    return EXIT.usage;
  }
  await loadCatalogue(ui);
  // The command line's own messages live in their own catalogue (locales/cli/), so browsers
  // never download them; problem reasons come from the widgets' catalogue.
  if (ui === 'ar') extendCatalogue('ar', cliArabic);
  const ctx: Context = {
    io,
    ui,
    t: (fn) => withLocale(ui, fn),
    out: style(wantsColour(io.stdout.isTTY, io.env)),
  };
  const usage = (message: string) => {
    const err = style(wantsColour(io.stderr.isTTY, io.env));
    line(io.stderr, `ishraqat-feed: ${err.red(message)}`);
    line(io.stderr, ctx.t(m.seeHelp));
    return EXIT.usage;
  };

  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv[1] : undefined;
    if (topic && (COMMANDS as readonly string[]).includes(topic)) {
      line(
        io.stdout,
        ctx.t(() => commandHelp(topic as Command)),
      );
    } else {
      line(first === undefined ? io.stderr : io.stdout, ctx.t(generalHelp));
    }
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    line(io.stdout, typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0');
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    return usage(ctx.t(() => m.unknownCommand(clean(first))));
  }
  const name = first as Command;
  const args = argv.slice(1);
  try {
    switch (name) {
      case 'validate':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'schema':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'from-csv':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'stats':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'to-iati':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'from-iati':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
      case 'render':
        return await dispatch(ctx, name, COMMAND_MODULES[name], args, usage);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    line(
      io.stderr,
      `ishraqat-feed: ${ctx.t(() => m.unexpectedError(clean(String((error as Error)?.stack ?? error))))}`,
    );
    return EXIT.internal;
  }
}

declare const __VERSION__: string | undefined;
