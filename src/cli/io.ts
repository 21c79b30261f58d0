/**
 * Everything the command touches outside itself, in one object, so tests run it in-process
 * with captured output, a chosen environment and a fake terminal.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Output {
  write(text: string): void;
  /** True when this is a terminal (colours are allowed). */
  readonly isTTY?: boolean;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative file names are resolved against. */
  readonly cwd: string;
  /** Standard input, read whole (for the file name `-`). */
  readStdin(): Promise<Uint8Array>;
  readonly fetch: typeof fetch;
}

/** The real process. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    fetch: globalThis.fetch,
  };
}

/** An input that could not be read at all (exit code 3). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'network' | 'http' | 'timeout',
    readonly source: string,
    readonly detail: string = '',
  ) {
    super(`${source}: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

export interface Source {
  /** As the user wrote it, for messages. */
  readonly name: string;
  /** Absolute path, for local files. */
  readonly path?: string;
  /** The URL relative links resolve against: file: for local files, the final http(s) URL. */
  readonly url?: string;
  readonly bytes: Uint8Array;
}

const isHttp = (name: string) => /^https?:\/\//i.test(name);

/** Reads a file name, an http(s) URL or `-` (standard input). */
export async function readSource(name: string, io: Io, timeout = 30_000): Promise<Source> {
  if (name === '-') return { name: '<stdin>', bytes: await io.readStdin() };
  if (isHttp(name)) {
    let response: Response;
    try {
      response = await io.fetch(name, {
        signal: AbortSignal.timeout(timeout),
        headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      const e = error as Error;
      if (e.name === 'TimeoutError') throw new InputError('timeout', name);
      throw new InputError('network', name, (e.cause as Error | undefined)?.message ?? e.message);
    }
    if (!response.ok) throw new InputError('http', name, String(response.status));
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { name, url: response.url || name, bytes };
  }
  const path = resolve(io.cwd, name);
  try {
    const bytes = await readFile(path);
    return { name, path, url: pathToFileURL(path).href, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', name);
    throw new InputError('unreadable', name, code ?? (error as Error).message);
  }
}

export { decode, EncodingError, isEncoding } from '../convert/decode.js';

/**
 * Writes `text` to `name` (relative to the working directory) through a temporary file in the
 * same folder and a rename, so that a reader never sees half a file and a failure leaves no file.
 */
export async function writeWhole(io: Io, name: string, text: string): Promise<void> {
  const file = resolve(io.cwd, name);
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
