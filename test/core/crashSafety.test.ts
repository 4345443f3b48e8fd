// Crash safety of ingestion: the real `scripts/ingest.ts`, in a child process, SIGKILLed at random
// points of its work, again and again, alternating between two corpora. After every kill the index
// path must be absent (nothing was ever published) or load cleanly as exactly one complete build.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/load.js';
import { createEmbedder } from '../../src/embed/index.js';
import { buildsDirOf } from '../../src/index/atomicDir.js';
import { loadIndex } from '../../src/index/diskIndex.js';
import { chunkFiles } from '../../src/ingest/ingest.js';
import { readRealCorpus, REPO_ROOT, workspace, type Workspace } from './support.js';

const CHILD = path.join(REPO_ROOT, 'test/core/crashChild.ts');
const FIRST_BUILD_RUNS = 4;
const REBUILD_RUNS = 16;
/** Copies of the page per corpus: enough for a few hundred ms of work per build. */
const COPIES = { a: 30, b: 38 };
/**
 * Only a guard against a hung child: a run is a child start plus a build, and on a loaded machine
 * (2 cores shared by several suites) sixteen of them took more than the 90 s this once allowed.
 */
const HANG_GUARD_MS = 300_000;

type Variant = keyof typeof COPIES;

let ws: Workspace;
const corpusDirs = {} as Record<Variant, string>;
const expectedHashes = {} as Record<Variant, string[]>;

/** The real page, made distinct per copy so that every passage must be embedded. */
async function writeCorpus(variant: Variant): Promise<string> {
  const raw = await readRealCorpus();
  const dir = path.join(ws.root, `corpus-${variant}`);
  mkdirSync(dir);
  for (let i = 0; i < COPIES[variant]; i++) {
    const text = raw.replace(/OIM/g, `OIM-${variant}${i}`).replace(/Directrice/g, `Directrice ${variant}${i}`);
    writeFileSync(path.join(dir, `page-${String(i).padStart(3, '0')}.txt`), text);
  }
  return dir;
}

async function passageHashes(variant: Variant): Promise<string[]> {
  const config = ws.config({ CORPUS_DIR: corpusDirs[variant] });
  // The corpus as a whole: its 30-odd copies of one page share menus, which ingestion keeps once.
  return chunkFiles(await readCorpus(config.CORPUS_DIR), config).chunks.map((c) => c.hash);
}

/** A child that has loaded the ingestion code and waits to be told which corpus to ingest. */
interface WarmChild {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function warmChild(indexDir: string): WarmChild {
  const env = { ...process.env, INDEX_DIR: indexDir, USE_DICTIONARY: 'false' };
  // node --import tsx, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.resume();
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', () => reject(new Error('child exited before it was ready')));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, ready, exited };
}

interface RunOutcome {
  killed: boolean;
  ms: number;
}

/** Start ingesting `variant`, SIGKILL it after killAfterMs unless it finished first. */
async function runAndKill(warm: WarmChild, variant: Variant, killAfterMs: number): Promise<RunOutcome> {
  await warm.ready;
  const started = performance.now();
  warm.child.stdin!.write(`${corpusDirs[variant]}\n`);
  const timer = setTimeout(() => warm.child.kill('SIGKILL'), killAfterMs);
  const { code, signal } = await warm.exited;
  clearTimeout(timer);
  if (signal !== 'SIGKILL') expect(code, 'an ingestion that was not killed must succeed').toBe(0);
  return { killed: signal === 'SIGKILL', ms: performance.now() - started };
}

/** Children started ahead of time, so one loads its code while another is being killed. */
function childPool(indexDir: (run: number) => string, size: number): () => WarmChild {
  const queue: WarmChild[] = [];
  let spawned = 0;
  const top = () => {
    while (queue.length < size) queue.push(warmChild(indexDir(spawned++)));
  };
  return () => {
    top();
    const next = queue.shift()!;
    top();
    return next;
  };
}

/** What the index path holds now: nothing, or the variant whose complete build it is. */
async function publishedBuild(indexDir: string): Promise<Variant | 'absent'> {
  if (!existsSync(indexDir)) return 'absent';
  const index = await loadIndex(indexDir, { embedderId: createEmbedder(ws.config()).id, efSearch: 100 });
  const hashes = index.chunks.map((c) => c.hash);
  const match = (['a', 'b'] as const).find((v) => JSON.stringify(hashes) === JSON.stringify(expectedHashes[v]));
  if (!match)
    throw new Error(
      `index holds ${hashes.length} passages matching neither build (a: ${expectedHashes.a.length}, b: ${expectedHashes.b.length})`,
    );
  expect(index.hnsw.getCurrentCount()).toBe(hashes.length);
  return match;
}

/** The holder was SIGKILLed: its lock stays fresh for 10 s, so the harness clears it as an operator would. */
function clearDeadLock(indexDir: string): void {
  rmSync(`${indexDir}.lock`, { recursive: true, force: true });
}

/** Kill points spread uniformly over a whole build and a little after it, so some land while it is written and published. */
function killPoint(typicalMs: number): number {
  return Math.random() * typicalMs * 1.2;
}

describe('ingestion killed with SIGKILL at random points', () => {
  beforeAll(async () => {
    ws = workspace({ empty: true });
    corpusDirs.a = await writeCorpus('a');
    corpusDirs.b = await writeCorpus('b');
    expectedHashes.a = await passageHashes('a');
    expectedHashes.b = await passageHashes('b');
  });
  afterAll(() => ws.cleanup());

  /** How long an uninterrupted build of each corpus took most recently. */
  const buildMs: Record<Variant, number> = { a: 0, b: 0 };
  const outcomes: string[] = [];
  let killedRuns = 0;

  async function run(warm: WarmChild, variant: Variant, indexDir: string, label: string, before: Variant | 'absent') {
    const outcome = await runAndKill(warm, variant, killPoint(buildMs[variant]));
    clearDeadLock(indexDir);
    const state = await publishedBuild(indexDir);
    expect(state === before || state === variant, `${label}: ${before} → ${variant} gave ${state}`).toBe(true);
    if (!outcome.killed) {
      expect(state).toBe(variant);
      buildMs[variant] = outcome.ms;
    } else killedRuns++;
    outcomes.push(`${label} ${before}→${variant}: ${outcome.killed ? `killed at ${Math.round(outcome.ms)} ms` : 'finished'} → ${state}`);
    return state;
  }

  it(
    'first builds: the index path is absent or one complete build',
    async () => {
      expect(expectedHashes.a.length).not.toBe(expectedHashes.b.length);
      const dirOf = (n: number) => path.join(ws.root, `first-${n}`, 'default');
      const next = childPool(dirOf, 1);
      // An uninterrupted build measures how long a build takes on this machine now.
      const calibration = await runAndKill(next(), 'a', 60_000);
      expect(calibration.killed).toBe(false);
      expect(await publishedBuild(dirOf(0))).toBe('a');
      buildMs.a = calibration.ms;
      for (let n = 1; n <= FIRST_BUILD_RUNS; n++) await run(next(), 'a', dirOf(n), `first#${n}`, 'absent');
    },
    HANG_GUARD_MS,
  );

  it(
    'rebuilds: the index always loads, as the previous or the new build, never a mix',
    async () => {
      const next = childPool(() => ws.indexDir, 1);
      const calibration = await runAndKill(next(), 'b', 60_000);
      buildMs.b = calibration.ms;
      let published = await publishedBuild(ws.indexDir);
      expect(published).toBe('b');
      for (let n = 0; n < REBUILD_RUNS; n++) {
        const target: Variant = published === 'a' ? 'b' : 'a';
        published = (await run(next(), target, ws.indexDir, `rebuild#${n}`, published)) as Variant;
      }
      console.log(`crash safety (builds ≈ a ${Math.round(buildMs.a)} ms, b ${Math.round(buildMs.b)} ms):\n  ${outcomes.join('\n  ')}`);
      // Every planned run really ran and was checked, and at least half of them were cut short.
      expect(outcomes).toHaveLength(FIRST_BUILD_RUNS + REBUILD_RUNS);
      expect(killedRuns).toBeGreaterThanOrEqual(outcomes.length / 2);
    },
    HANG_GUARD_MS,
  );

  it(
    'leaves nothing that blocks or pollutes the next build',
    async () => {
      const published = await publishedBuild(ws.indexDir);
      const other: Variant = published === 'a' ? 'b' : 'a';
      const final = await runAndKill(warmChild(ws.indexDir), other, 60_000);
      expect(final.killed).toBe(false);
      expect(await publishedBuild(ws.indexDir)).toBe(other);
      expect(readdirSync(buildsDirOf(ws.indexDir)).filter((e) => e.endsWith('.partial'))).toEqual([]);
    },
    HANG_GUARD_MS,
  );
});
