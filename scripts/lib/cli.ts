// Shared command-line plumbing: argument parsing and turning known errors into one clear line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../../src/config.js';
import { CorpusError } from '../../src/corpus/load.js';
import { IndexError } from '../../src/index/diskIndex.js';
import { LockError } from '../../src/ingest/lock.js';
import { CrawlError } from '../../src/sources/errors.js';

export class UsageError extends Error {}

const KNOWN_ERRORS = [ConfigError, CorpusError, IndexError, LockError, CrawlError, UsageError];

/** Run a command; known errors print their message (no stack) and exit non-zero. */
export function runCli(main: () => Promise<void>): void {
  // `npm run search -- … | head` closes the pipe early: that ends the command, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`Cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  main().catch((error: unknown) => {
    if (KNOWN_ERRORS.some((E) => error instanceof E)) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    }
    process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

export function parseCli<T extends ParseArgsConfig['options']>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: ${usage}`);
  }
}

/** Where a passage is: "p. 12" in a paginated source (PDF), else its line range. */
export function placeOf(passage: { lines: [number, number]; page?: number }): string {
  return passage.page !== undefined ? `p. ${passage.page}` : `lines ${passage.lines[0]}–${passage.lines[1]}`;
}

/** Ingestion's warnings on stderr, each naming the file (and the line, for text addressed to an AI). */
export function printIngestWarnings(result: {
  warnings: Array<{ source: string; message: string }>;
  leftOut: Array<{ source: string; line: number }>;
}): void {
  for (const { source, message } of result.warnings) process.stderr.write(`warning: ${source}: ${message}\n`);
  for (const { source, line } of result.leftOut)
    process.stderr.write(`warning: ${source} line ${line} gives instructions to an AI assistant; it was left out of the index\n`);
}
