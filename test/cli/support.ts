/**
 * Helpers for the command-line tests (Node's test runner, bundled by scripts/build-cli.mjs).
 * `cli` runs the command in-process with captured output; `spawnCli` runs the built file as a
 * user would, to check the shebang, exit codes and real streams.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/cli.js';
import type { Io } from '../../src/cli/io.js';

declare const __REPO_ROOT__: string;
declare const __CLI_BIN__: string;

/** The repository, with a trailing slash. */
export const root: string = __REPO_ROOT__;
/** The built command (a copy of dist/cli/ishraqat-feed.js made for the tests). */
export const bin: string = __CLI_BIN__;

export const LANGS = ['en', 'ar'] as const;

/** Parsed JSON of a known shape (feeds, reports) that the tests look into freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Working directory (default: the repository). */
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string | Uint8Array;
  /** Pretend stdout (and stderr) is a terminal. */
  tty?: boolean;
  fetch?: typeof fetch;
}

/** Runs `ishraqat-feed ARGS` in this process. */
export async function cli(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (t: string) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => void (stderr += t), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? root,
    readStdin: async () =>
      typeof options.stdin === 'string'
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    fetch: options.fetch ?? globalThis.fetch,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs the built command in a child process. */
export function spawnCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return new Promise<Result>((resolve) => {
    execFile(
      bin,
      args as string[],
      {
        cwd: options.cwd ?? root,
        env: options.env ?? { PATH: process.env.PATH },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ishraqat-feed-'));
}

/** Writes `files` (name → text, or a value to write as JSON) into a new temporary directory. */
export function tempFiles(files: Record<string, string | Uint8Array | object>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      typeof content === 'string' || content instanceof Uint8Array
        ? content
        : `${JSON.stringify(content, null, 2)}\n`,
    );
  }
  return dir;
}

export const readText = (path: string) =>
  readFileSync(path.startsWith('/') ? path : `${root}${path}`, 'utf8');

/**
 * Compares with a golden file in test/cli/golden/. `UPDATE_GOLDEN=1 npm run test:cli` rewrites
 * them (then review the diff).
 */
export function golden(name: string, actual: string) {
  const path = `${root}test/cli/golden/${name}`;
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    assert.fail(
      `golden file test/cli/golden/${name} is missing: run UPDATE_GOLDEN=1 npm run test:cli`,
    );
  }
  assert.equal(actual, expected, `output differs from test/cli/golden/${name}`);
}

/** The text at `line:column` (1-based) of `text`. */
export function at(text: string, line: number, column: number): string {
  return text.split(/\r\n|\n|\r/)[line - 1]!.slice(column - 1);
}

/** A small valid feed with made-up content, to break one rule at a time. */
export function sampleFeed(): Json {
  return {
    version: 1,
    language: 'en',
    organization: {
      id: 'test-org',
      name: { en: 'Test organisation (fictitious)', ar: 'منظمة اختبار (وهمية)' },
    },
    partners: [
      {
        id: 'p1',
        name: { en: 'Partner one (fictitious)', ar: 'الشريك الأول (وهمي)' },
        type: 'ngo',
      },
      { id: 'p2', name: 'Partner two (fictitious)', type: 'donor' },
    ],
    programs: [{ id: 'prog', name: { en: 'Test program', ar: 'برنامج اختبار' } }],
    metrics: [{ id: 'kits', label: { en: 'Kits handed out', ar: 'حقائب موزعة' } }],
    targets: [{ metric: 'participants', value: 100, from: '2023', to: '2024', program: 'prog' }],
    activities: [
      {
        id: 'a1',
        date: '2023-05-14',
        title: { en: 'First test activity', ar: 'النشاط التجريبي الأول' },
        program: 'prog',
        location: { region: 'IQ-BG', lat: 33.3, lon: 44.4 },
        partners: ['p1', { id: 'p2', role: 'funding' }],
        counts: { participants: 40, women: 25, men: 15, kits: 12 },
      },
      {
        id: 'a2',
        date: '2024',
        title: 'Second test activity',
        partners: [{ id: 'p1', role: 'implementing' }],
        counts: { participants: 20 },
      },
    ],
  };
}
