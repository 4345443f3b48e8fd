// bench:tail's command line: two built checkout folders, then pairs and seconds; anything else is
// a one-line usage error naming the problem (a git revision given for a folder used to crash the
// run with spawn ENOENT and a stack trace).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTailArgs, TAIL_USAGE } from '../../scripts/bench/tailArgs.js';
import { UsageError } from '../../scripts/lib/cli.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'oim-tail-args-'));
const built = path.join(root, 'built');
const unbuilt = path.join(root, 'unbuilt');
mkdirSync(path.join(built, 'dist', 'serve'), { recursive: true });
writeFileSync(path.join(built, 'dist', 'serve', 'main.js'), '');
mkdirSync(unbuilt);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const defaults = { pairs: 8, seconds: 6 };

describe('bench:tail arguments', () => {
  it('takes two built folders, with the default pairs and seconds or the given ones', () => {
    expect(parseTailArgs([built, built], defaults)).toEqual({ checkouts: [built, built], pairs: 8, seconds: 6 });
    expect(parseTailArgs([built, built, '5', '2.5'], defaults)).toEqual({ checkouts: [built, built], pairs: 5, seconds: 2.5 });
  });

  it.each([
    ['a git revision', ['main', built], /main: not a folder\. .*git worktree add/],
    ['a folder not built', [built, unbuilt], /unbuilt: no dist\/serve\/main\.js .*node scripts\/build\.mjs/],
    ['one folder only', [built], /Give two checkout folders/],
    ['pairs not a whole number', [built, built, '2.5'], /pairs must be a positive whole number, not "2\.5"/],
    ['seconds not a number', [built, built, '3', 'six'], /seconds must be a positive number, not "six"/],
    ['an extra argument', [built, built, '3', '6', 'x'], /Too many arguments: x/],
  ])('names the problem for %s, with the usage', (_name, argv, message) => {
    let error: unknown;
    try {
      parseTailArgs(argv, defaults);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(`Usage: ${TAIL_USAGE}`);
  });
});
