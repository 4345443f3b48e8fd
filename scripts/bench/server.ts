// Starts the real server in a child process on a free loopback port, so that benchmarks load it
// from another process, as real clients would. It runs what `npm start` runs, the compiled dist/
// (built first when src/ changed, as bench:startup does): under the tsx loader every function
// defined inside another also paid esbuild's keepNames wrapper each time it was made, a cost the
// served code does not have (a local function in the stem matching was 2.9% of a chat's profile).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';

/** /metrics is served on the main port only with a token: bench servers get this one. */
export const BENCH_METRICS_TOKEN = `bench-${process.pid}-${Date.now()}`;

/** A bench server's /metrics text. */
export async function metricsText(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
  if (!res.ok) throw new Error(`GET /metrics answered ${res.status}`);
  return res.text();
}

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Resolves once `url` answers /readyz, throws when the child exits or `timeoutMs` passes first. */
export async function waitReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready in time');
}

/**
 * The server over the real corpus with a fresh insights database in a temp folder, and a fresh index
 * there too (built by the server itself) unless `INDEX_DIR` is given; the folder is removed when the
 * server stops. One process unless `WEB_CONCURRENCY` says otherwise; /metrics open to BENCH_METRICS_TOKEN.
 */
let built = false;

/** dist/ as `npm start` would run it: compiled now when a file under src/ is newer (scripts/build.mjs). */
function buildIfStale(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  built = true;
}

export async function startBenchServer(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oim-bench-'));
  const indexDir = path.join(dir, 'index');
  buildIfStale();
  const child = spawn(process.execPath, [...nodeArgs, 'dist/serve/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      INDEX_DIR: indexDir,
      WEB_CONCURRENCY: '1',
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000000',
      SQLITE_FILE: path.join(dir, 'insights.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => void rm(dir, { recursive: true, force: true }).then(() => resolve()));
        child.kill('SIGTERM');
      }),
  };
}

/** The real corpus's index, built once in a temp folder for several bench servers to share. */
export async function buildBenchIndex(): Promise<{ dir: string; remove(): void }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'oim-bench-index-'));
  const config = loadConfig({ ...process.env, INDEX_DIR: path.join(root, 'index') });
  await ingest({ config, embedder: createEmbedder(config) });
  return { dir: config.INDEX_DIR, remove: () => rmSync(root, { recursive: true, force: true }) };
}
