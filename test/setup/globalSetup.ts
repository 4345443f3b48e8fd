// Runs once per test run, in vitest's main process, before any worker starts:
// - a temp root for the whole run: TMPDIR points into it, so every os.tmpdir() of the workers and
//   of the processes they spawn lands there; at the end it is removed, and anything a test left
//   in it (besides the seed) is reported, so a leak is seen, then cleaned, never left in /tmp;
// - the seed index: the real corpus built once with the shipped settings, handed to the tests
//   (inject('seedIndexDir')) and shared read-only, instead of every test file building its own.
// Both tiers (projects) declare this file; the work is done once per run and torn down by the last.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real corpus's index, built once for the run: read it, never write into it. */
    seedIndexDir: string;
  }
}

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');
const SEED = 'seed';
/** What tools keep in the temp folder on their own (tsx's compile cache for the spawned commands): not a test's leftover. */
const TOOL_CACHE = /^tsx-/;

interface RunTemp {
  root: string;
  seedIndexDir: Promise<string>;
  users: number;
  previousTmpdir: string | undefined;
}

// The main process loads this file once per project: the run's state is kept on globalThis.
const shared = globalThis as typeof globalThis & { __oimTestRun?: RunTemp };

async function buildSeed(root: string): Promise<string> {
  const indexDir = path.join(root, SEED, 'index');
  const config = loadConfig({ CORPUS_DIR, INDEX_DIR: indexDir });
  await ingest({ config, embedder: createEmbedder(config) });
  return indexDir;
}

function startRun(): RunTemp {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-test-run-'));
  const run: RunTemp = { root, seedIndexDir: buildSeed(root), users: 0, previousTmpdir: process.env.TMPDIR };
  process.env.TMPDIR = root;
  return run;
}

function finishRun(run: RunTemp): void {
  if (run.previousTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = run.previousTmpdir;
  const left = readdirSync(run.root).filter((name) => name !== SEED && !TOOL_CACHE.test(name));
  rmSync(run.root, { recursive: true, force: true });
  if (left.length) process.stderr.write(`\ntests left ${left.length} entries in their temp folders (now removed): ${left.join(', ')}\n`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  shared.__oimTestRun ??= startRun();
  const run = shared.__oimTestRun;
  run.users++;
  project.provide('seedIndexDir', await run.seedIndexDir);
  return () => {
    if (--run.users > 0) return;
    shared.__oimTestRun = undefined;
    finishRun(run);
  };
}
