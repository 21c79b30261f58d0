/** `ishraqat-feed schema [--out FILE | --check FILE]`: the JSON Schema of feed v1. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { COMMON, EXIT, line, type Context, type Options, type Values } from '../context.js';
import { feedJsonSchema } from '../json-schema.js';
import * as m from '../messages.js';
import { clean, toJson } from '../terminal.js';

export const options = {
  ...COMMON,
  out: { type: 'string', short: 'o' },
  check: { type: 'string' },
} as const satisfies Options;

export async function run(
  ctx: Context,
  _positionals: string[],
  values: Values<typeof options>,
): Promise<number> {
  const text = `${toJson(feedJsonSchema())}\n`;
  const { io } = ctx;
  const { check, out } = values;
  if (check !== undefined) {
    let current: string | undefined;
    try {
      current = await readFile(resolve(io.cwd, check), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) {
      line(
        io.stdout,
        ctx.t(() => m.schemaFresh(clean(check))),
      );
      return EXIT.ok;
    }
    line(io.stderr, ctx.out.red(ctx.t(() => m.schemaStale(clean(check)))));
    return EXIT.problems;
  }
  if (out !== undefined) {
    const file = resolve(io.cwd, out);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    line(
      io.stderr,
      ctx.t(() => m.schemaWritten(clean(out))),
    );
    return EXIT.ok;
  }
  io.stdout.write(text);
  return EXIT.ok;
}
