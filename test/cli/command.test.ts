// The command as a user runs it: the built file with its shebang, help, version, exit codes,
// language from the environment, colours only on a terminal without NO_COLOR.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bin, cli, LANGS, readText, spawnCli, tempDir } from './support.js';

const ESC = '\u001b[';

describe('command: the built file', () => {
  it('is an executable ES module for Node with a shebang, and package.json points at it', () => {
    const text = readFileSync(bin, 'utf8');
    assert.ok(text.startsWith('#!/usr/bin/env node\n'));
    assert.ok(statSync(bin).mode & 0o111, 'executable');
    const pkg = JSON.parse(readText('package.json')) as {
      bin: Record<string, string>;
      files?: string[];
    };
    assert.equal(pkg.bin['ishraqat-feed'], 'dist/cli/ishraqat-feed.js');
  });

  it('runs on its own, with no node_modules next to it', async () => {
    const dir = tempDir();
    copyFileSync(bin, `${dir}/ishraqat-feed.mjs`);
    const version = JSON.parse(readText('package.json')).version as string;
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [`${dir}/ishraqat-feed.mjs`, '--version'],
        { cwd: dir },
        (error, stdout) => resolve({ code: error ? 1 : 0, stdout }),
      ),
    );
    assert.deepEqual(result, { code: 0, stdout: `${version}\n` });
  });

  it('exit codes: 0 valid, 1 errors, 2 usage, 3 unreadable input', async () => {
    assert.equal((await spawnCli(['validate', 'demo/feeds/ishraqat.json'])).code, 0);
    assert.equal((await spawnCli(['validate', 'demo/feeds/broken-10.json'])).code, 1);
    assert.equal((await spawnCli(['frobnicate'])).code, 2);
    assert.equal((await spawnCli(['validate', '--frobnicate', 'x.json'])).code, 2);
    assert.equal((await spawnCli(['validate'])).code, 2);
    assert.equal((await spawnCli([])).code, 2);
    assert.equal((await spawnCli(['validate', 'no-such-file.json'])).code, 3);
  });

  it('a closed pipe ends the command quietly', async () => {
    const result = await new Promise<{ stderr: string }>((resolve) =>
      execFile('sh', ['-c', `"${bin}" schema | head -c 10`], (_error, _stdout, stderr) =>
        resolve({ stderr }),
      ),
    );
    assert.equal(result.stderr, '');
  });
});

describe('command: help and usage', () => {
  for (const lang of LANGS) {
    it(`--help lists the commands and exit codes [${lang}]`, async () => {
      const { code, stdout } = await cli(['--help', '--lang', lang]);
      assert.equal(code, 0);
      for (const command of [
        'validate FILE|URL',
        'schema',
        'from-csv FILE.csv',
        'stats FILE|URL',
      ]) {
        assert.ok(stdout.includes(`ishraqat-feed ${command}`), command);
      }
      assert.match(stdout, /^ {2}4 {2}/m);
      if (lang === 'ar') assert.match(stdout, /[\u0600-\u06ff]/);
    });

    it(`each command has its own help [${lang}]`, async () => {
      for (const command of ['validate', 'schema', 'from-csv', 'stats']) {
        const { code, stdout } = await cli([command, '--help', '--lang', lang]);
        assert.equal(code, 0);
        assert.ok(stdout.startsWith(`ishraqat-feed ${command}`), stdout);
      }
    });

    it(`usage errors say what is wrong and where to look (exit 2) [${lang}]`, async () => {
      const { code, stdout, stderr } = await cli(['frobnicate', '--lang', lang]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      const [what, hint] = stderr.trimEnd().split('\n');
      assert.equal(
        what,
        lang === 'en'
          ? 'ishraqat-feed: unknown command: frobnicate'
          : 'ishraqat-feed: أمر غير معروف: frobnicate',
      );
      assert.match(hint!, /ishraqat-feed --help/);
    });
  }

  it('--lang accepts ar and en only', async () => {
    const { code, stderr } = await cli(['validate', '--lang', 'fr', 'x.json']);
    assert.equal(code, 2);
    assert.equal(stderr, 'ishraqat-feed: --lang must be ar or en, not fr\n');
  });

  it('the language comes from LANG or LC_ALL when --lang is not given', async () => {
    const arabic = await cli(['validate', 'demo/feeds/ishraqat.json'], {
      env: { LANG: 'ar_IQ.UTF-8' },
    });
    assert.equal(arabic.stdout, 'demo/feeds/ishraqat.json: ✔ صالح (نشاطان (2))\n');
    const english = await cli(['validate', 'demo/feeds/ishraqat.json'], {
      env: { LANG: 'ar_IQ.UTF-8', LC_ALL: 'C' },
    });
    assert.equal(english.stdout, 'demo/feeds/ishraqat.json: ✔ valid (2 activities)\n');
  });
});

describe('command: colours', () => {
  const run = (env: Record<string, string>, tty: boolean) =>
    cli(['validate', 'demo/feeds/broken-10.json'], { env, tty });

  it('on a terminal, errors and warnings are coloured', async () => {
    const { stdout } = await run({}, true);
    assert.ok(stdout.includes(`${ESC}31merror${ESC}39m`));
    assert.ok(stdout.includes(`${ESC}33mwarning${ESC}39m`));
  });

  it('not on a terminal, or with NO_COLOR set, there is no colour', async () => {
    assert.ok(!(await run({}, false)).stdout.includes(ESC));
    assert.ok(!(await run({ NO_COLOR: '1' }, true)).stdout.includes(ESC));
  });

  it('an empty NO_COLOR does not turn colours off (no-color.org)', async () => {
    assert.ok((await run({ NO_COLOR: '' }, true)).stdout.includes(ESC));
  });
});
