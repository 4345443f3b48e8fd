// bench:tail's command line: two checkout folders, each built (dist/serve/main.js), then the
// optional pairs and seconds. Bad input names the problem in one line with the usage (exit 2),
// never a stack trace: a git revision given for a folder used to end in spawn ENOENT.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli.js';

export const TAIL_USAGE = 'npm run bench:tail -- <checkoutA> <checkoutB> [pairs] [seconds]';

/** What the server is started from in each checkout, as `npm start` runs it. */
const SERVER_ENTRY = path.join('dist', 'serve', 'main.js');

export interface TailArgs {
  checkouts: [string, string];
  pairs: number;
  seconds: number;
}

function usage(problem: string): UsageError {
  return new UsageError(`${problem}\nUsage: ${TAIL_USAGE}`);
}

function checkout(given: string): string {
  const dir = path.resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw usage(
      `${given}: not a folder. bench:tail compares two checkout folders, not git revisions: ` +
        `for a revision, make a worktree (git worktree add <folder> <revision>) and build it there (node scripts/build.mjs).`,
    );
  if (!existsSync(path.join(dir, SERVER_ENTRY)))
    throw usage(`${given}: no ${SERVER_ENTRY} in this folder: build the checkout first (node scripts/build.mjs in it).`);
  return dir;
}

function positiveNumber(given: string | undefined, name: string, fallback: number, integer: boolean): number {
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    throw usage(`${name} must be a positive ${integer ? 'whole number' : 'number'}, not "${given}".`);
  return value;
}

export function parseTailArgs(argv: readonly string[], defaults: { pairs: number; seconds: number }): TailArgs {
  if (argv.length < 2) throw usage('Give two checkout folders to compare.');
  if (argv.length > 4) throw usage(`Too many arguments: ${argv.slice(4).join(' ')}`);
  const [a, b, pairs, seconds] = argv;
  return {
    checkouts: [checkout(a), checkout(b)],
    pairs: positiveNumber(pairs, 'pairs', defaults.pairs, true),
    seconds: positiveNumber(seconds, 'seconds', defaults.seconds, false),
  };
}
