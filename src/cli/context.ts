/**
 * What every command is given, and the shape of a command: the contract between the
 * dispatcher (cli.ts) and the files of src/cli/commands/.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { withLocale } from '../i18n/localize.js';
import type { Io } from './io.js';
import type { Style } from './terminal.js';

export const EXIT = { ok: 0, problems: 1, usage: 2, input: 3, internal: 4 } as const;

export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Wrong usage (exit code 2): the dispatcher prints the message and a pointer to --help. */
export class UsageError extends Error {}

export interface Context {
  readonly io: Io;
  readonly ui: UiLanguage;
  /** Runs `fn` with messages in the user's language. */
  t<T>(fn: () => T): T;
  /** Styles for standard output (colours only on a terminal, never with NO_COLOR). */
  readonly out: Style;
}

/** Options every command takes. */
export const COMMON = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed config of a command: strict, with positionals. */
type Config<O extends Options> = {
  args?: string[];
  options: O;
  allowPositionals: true;
  strict: true;
};

/** The values `parseArgs` gives for these options (its own types: `string | undefined`, `string[]` …). */
export type Values<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>['values'];

/** One command: its options, and what it does with the parsed arguments. Resolves to an exit code. */
export interface Command<O extends Options = Options> {
  readonly options: O;
  run(ctx: Context, positionals: string[], values: Values<O>): Promise<number>;
}

/** Parses `args` with a command's options (throws parseArgs' own errors on bad usage). */
export function parseCommandArgs<O extends Options>(
  options: O,
  args: string[],
): { values: Values<O>; positionals: string[] } {
  return parseArgs<Config<O>>({ args, options, allowPositionals: true, strict: true });
}

export function line(output: Io['stdout'], text = '') {
  output.write(`${text}\n`);
}

/** `--lang`, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function uiLanguage(
  option: string | undefined,
  env: Io['env'],
  badLanguage: (value: string) => string,
): UiLanguage {
  if (option !== undefined) {
    const lang = option.toLowerCase().split(/[-_]/)[0];
    if (lang === 'ar' || lang === 'en') return lang;
    throw new UsageError(withLocale('en', () => badLanguage(option)));
  }
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return fromEnv.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
