/**
 * `ishraqat-feed from-iati activities.xml [-o feed.json]`: the glue between the command line and
 * src/cli/iati/from-iati.ts. A local file is read as a stream, in chunks, straight into the
 * streaming reader; the feed is written only once the whole file has been read without error.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { msg } from '../../i18n/localize.js';
import { parseFeed } from '../../feed/parse.js';
import { EXIT, line, type Context } from '../context.js';
import { InputError, readSource, writeWhole } from '../io.js';
import * as m from '../messages.js';
import { numberLocale } from '../stats.js';
import { clean, style, toJson, wantsColour } from '../terminal.js';
import { IatiReadError, IatiReader, type FromIatiResult } from '../iati/from-iati.js';
import * as im from '../iati/messages.js';
import { loadLabelCatalogues, regionNames } from './iati-support.js';

export const options = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const satisfies ParseArgsConfig['options'];

/** The parsed options, typed by `parseArgs` itself. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
>['values'];

export function help(): string {
  return [
    'ishraqat-feed from-iati activities.xml [-o feed.json]',
    '',
    msg(
      'Reads an IATI activity file (versions 2.01 to 2.03, one or many activities, any size) into a feed: titles and descriptions in every language, dates (actual before planned), participating organisations as partners with their roles and types, places and regions, and results counted in people. The report lists everything else, which is not carried over. Broken XML writes nothing (exit 1).',
      { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' },
    ),
    '',
    `  --out FILE, -o FILE  ${msg('write the feed to FILE (default: standard output)', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
    `  -                    ${msg('read the file from standard input', { desc: 'Command-line help. Keep command names, options (--x), FILE and URL as they are.' })}`,
  ].join('\n');
}

/** Reads `name` chunk by chunk into the reader. UTF-8 only (as IATI requires). */
async function readInto(reader: IatiReader, name: string, ctx: Context): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const feed = (bytes: Uint8Array, last: boolean) => {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      throw new IatiReadError('encoding');
    }
    if (text) reader.write(text);
  };
  if (name === '-' || /^https?:\/\//i.test(name)) {
    const { bytes } = await readSource(name, ctx.io);
    const size = 1 << 16;
    for (let at = 0; at < bytes.length; at += size) feed(bytes.subarray(at, at + size), false);
    feed(new Uint8Array(), true);
    return;
  }
  const path = resolve(ctx.io.cwd, name);
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream) feed(chunk as Buffer, false);
  } catch (error) {
    if (error instanceof IatiReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', name);
    throw new InputError('unreadable', name, code ?? (error as Error).message);
  } finally {
    stream.destroy();
  }
  feed(new Uint8Array(), true);
}

/** Runs `from-iati`; resolves to the exit code. */
export async function run(ctx: Context, files: string[], values: Values): Promise<number> {
  const { io } = ctx;
  const err = style(wantsColour(io.stderr.isTTY, io.env));
  const failure = (name: string, text: string, code: number) => {
    line(
      io.stderr,
      `${err.bold(clean(name))}: ${err.red(ctx.t(() => m.severityWord('error')))}: ${text}`,
    );
    return code;
  };
  if (files.length !== 1) {
    line(
      io.stderr,
      `ishraqat-feed: ${err.red(ctx.t(() => (files.length === 0 ? m.missingArgument('activities.xml') : m.badOption(`${files.length} files`))))}`,
    );
    line(io.stderr, ctx.t(m.seeHelp));
    return EXIT.usage;
  }
  const name = files[0]!;
  await loadLabelCatalogues();
  const reader = new IatiReader({ regionNames });
  let result: FromIatiResult;
  try {
    await readInto(reader, name, ctx);
    result = reader.close();
  } catch (error) {
    if (error instanceof InputError) {
      return failure(
        name,
        ctx.t(() => m.inputError(error.code, clean(error.detail))),
        EXIT.input,
      );
    }
    if (error instanceof IatiReadError) {
      const where =
        error.line !== undefined ? `${clean(name)}:${error.line}:${error.column}` : clean(name);
      line(
        io.stderr,
        `${err.bold(where)}: ${err.red(ctx.t(() => m.severityWord('error')))}: ${ctx.t(() => im.readError(error.code, clean(error.detail)))}`,
      );
      return EXIT.problems;
    }
    throw error;
  }

  const text = `${toJson(result.feed)}\n`;
  // What is written must be a feed the widgets show whole: check it with the same parser.
  const problems = parseFeed(result.feed).problems.filter((p) => p.severity === 'error');
  if (values.out !== undefined) await writeWhole(io, values.out, text);
  else io.stdout.write(text);

  const locale = numberLocale(ctx.ui);
  const target = values.out !== undefined ? clean(values.out) : ctx.t(m.standardOutput);
  line(
    io.stderr,
    err.green(`✔ ${ctx.t(() => m.converted(m.activityCount(result.activities, locale), target))}`),
  );
  if (result.notes.length > 0) {
    line(io.stderr);
    line(io.stderr, ctx.t(im.notCarriedHeading));
    for (const note of result.notes)
      line(io.stderr, `  - ${clean(ctx.t(() => im.fromIatiNote(note)))}`);
  }
  for (const p of problems)
    line(io.stderr, err.red(`${m.severityWord('error')}: ${clean(p.message)}`));
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}
