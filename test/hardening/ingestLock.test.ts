// The ingestion lock under a long build (issue 13, point 5): a second `npm run ingest` started
// while a long build runs is refused with a clear message and the first completes; a build whose
// lock is lost (taken over after a stall, or removed) stops before publishing with a LockError —
// never the uncaught ECOMPROMISED that used to kill the first build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/bench/syntheticCorpus.js';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { loadIndex } from '../../src/index/diskIndex.js';
import { ingest } from '../../src/ingest/ingest.js';
import { LockError } from '../../src/ingest/lock.js';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/server.js';

/** Passages in the synthetic corpus: enough for a build of several seconds. */
const PASSAGES = 3000;

let root: string;
let corpusDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'oim-ingest-lock-'));
  corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  const pages = new Map<string, string[]>();
  for (const chunk of syntheticCorpus(PASSAGES, 0).chunks) pages.set(chunk.source, [...(pages.get(chunk.source) ?? []), chunk.text]);
  for (const [source, texts] of pages) writeFileSync(path.join(corpusDir, path.basename(source)), `${texts.join('\n\n')}\n`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function runIngest(indexDir: string): { done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/ingest.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, USE_DICTIONARY: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
}

describe('two concurrent long ingestions', () => {
  it('refuses the second with a clear message while the first completes and publishes', async () => {
    const indexDir = path.join(root, 'index-concurrent');
    const first = runIngest(indexDir);
    // The second starts once the first holds the lock, i.e. in the middle of its build.
    const deadline = Date.now() + 120_000;
    while (!existsSync(`${indexDir}.lock`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const second = await runIngest(indexDir).done;
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/Another ingestion is already building .*index-concurrent \(lock .*\.lock\): wait for it to finish/);
    const done = await first.done;
    expect(done.out).not.toMatch(/ECOMPROMISED|Unable to update lock/);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/built .*index-concurrent/);
    const config = loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, USE_DICTIONARY: 'false' });
    const loaded = await loadIndex(indexDir, { embedderId: createEmbedder(config).id, efSearch: 50 });
    expect(loaded.chunks.length).toBe(loaded.manifest.chunkCount);
    expect(existsSync(`${indexDir}.lock`)).toBe(false);
  }, 300_000);
});

describe('a build whose lock is lost', () => {
  it('stops before publishing with a LockError, without an uncaught exception', async () => {
    const indexDir = path.join(root, 'index-lost');
    // The real corpus: the build need not be long, only the lock's refresh must come during it.
    const config = loadConfig({ CORPUS_DIR: CORPUS_DIR, INDEX_DIR: indexDir, USE_DICTIONARY: 'false' });
    const real = createEmbedder(config);
    let removed = false;
    // An embedder slow enough for the lock's refresh (every 5 s) to run while the build goes on.
    const slow = {
      ...real,
      embeddings: {
        embedQuery: (text: string) => real.embeddings.embedQuery(text),
        embedDocuments: async (texts: string[]) => {
          if (!removed) {
            // What a takeover does to the holder: its lock is no longer its own.
            rmSync(`${indexDir}.lock`, { recursive: true, force: true });
            removed = true;
            await new Promise((r) => setTimeout(r, 7000));
          }
          return real.embeddings.embedDocuments(texts);
        },
      },
    };
    const failed = await ingest({ config, embedder: slow as typeof real }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(LockError);
    expect(String((failed as Error).message)).toMatch(/lock on .*index-lost was lost during this build .*nothing was published/);
    expect(existsSync(indexDir)).toBe(false);
    expect(() => realpathSync(indexDir)).toThrow();
  }, 120_000);
});
