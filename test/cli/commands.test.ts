// The ingest and search commands as users run them: real processes (tsx), real corpus copy, exit
// codes and what they print. Spawning the tools costs seconds each, hence the slow tier.
import { execFile, spawn } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILES } from '../../src/index/manifest.js';
import { REPO_ROOT, workspace, type Workspace } from '../core/support.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
/** A guard against a hung command only: each tsx start costs about 4 s of CPU, and on 2 shared, loaded cores three took over 60 s. */
const SPAWN_GUARD_MS = 180_000;

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.cleanup());

const env = () => ({ ...process.env, CORPUS_DIR: ws.corpusDir, INDEX_DIR: ws.indexDir, USE_DICTIONARY: 'false' });

describe('npm run ingest / npm run search', () => {
  it(
    'npm run ingest builds, then says up to date; npm run search --json prints only the results',
    async () => {
      const first = await run(TSX, ['scripts/ingest.ts'], { cwd: REPO_ROOT, env: env() });
      expect(first.stdout.trim().split('\n')).toHaveLength(1);
      expect(first.stdout).toMatch(/1 files, \d+ passages, embedder local-hash/);
      const second = await run(TSX, ['scripts/ingest.ts'], { cwd: REPO_ROOT, env: env() });
      expect(second.stdout).toMatch(/up to date/);

      const search = await run(TSX, ['scripts/search.ts', '--json', '-k', '3', 'Combien d’États observateurs ?'], {
        cwd: REPO_ROOT,
        env: env(),
      });
      const { results } = JSON.parse(search.stdout);
      expect(results).toHaveLength(3);
      expect(Object.keys(results[0]).sort()).toEqual(['heading', 'lines', 'score', 'source', 'text', 'title']);
      expect(results[0].text).toContain('8 États observateurs');
      expect(results[0].score).toBeGreaterThan(0);
      expect(results[0].score).toBeLessThanOrEqual(1);
    },
    SPAWN_GUARD_MS,
  );

  it(
    'ends quietly (exit 0, no stack trace) when its reader closes the pipe, as `| head` does',
    async () => {
      await run(TSX, ['scripts/ingest.ts'], { cwd: REPO_ROOT, env: env() });
      const child = spawn(TSX, ['scripts/search.ts', '-k', '5', 'migration'], {
        cwd: REPO_ROOT,
        env: env(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy(); // closed before the command writes anything: its first write meets EPIPE
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((resolve) => child.once('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    SPAWN_GUARD_MS,
  );

  it(
    'stops on a bad variable with a message naming it',
    async () => {
      const failure = await run(TSX, ['scripts/ingest.ts'], { cwd: REPO_ROOT, env: { ...env(), CHUNK_SIZE: 'beaucoup' } }).then(
        () => null,
        (e) => e,
      );
      expect(failure?.code).toBe(1);
      expect(failure.stderr).toContain('CHUNK_SIZE');
      expect(failure.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    },
    SPAWN_GUARD_MS,
  );

  it(
    'makes npm run search print one clear line and exit 1 on a damaged index, not a stack trace',
    async () => {
      await run(TSX, ['scripts/ingest.ts'], { cwd: REPO_ROOT, env: env() });
      const chunks = path.join(realpathSync(ws.indexDir), INDEX_FILES.chunks);
      const bytes = readFileSync(chunks);
      const i = Math.floor(bytes.length / 2);
      bytes[i] = bytes[i] ^ 0x5a;
      writeFileSync(chunks, bytes);
      const failure = await run(TSX, ['scripts/search.ts', 'objectifs'], { cwd: REPO_ROOT, env: env() }).then(
        () => null,
        (e) => e,
      );
      expect(failure?.code).toBe(1);
      expect(failure.stderr.trim().split('\n')).toHaveLength(1);
      expect(failure.stderr).toMatch(/chunks\.json.*checksum.*npm run ingest/);
      expect(failure.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(failure.stdout).toBe('');
    },
    SPAWN_GUARD_MS,
  );
});
