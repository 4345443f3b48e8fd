// A real Redis for the tests that share state between processes: Debian's redis-server, started
// on a free loopback port with a temp folder and no persistence, stopped (and its folder removed)
// by the test. Without redis-server these suites are skipped, except in CI, where they fail loudly:
// scripts/system-deps.sh --test installs it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/process.js';

function findRedisServer(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const REDIS_SERVER = findRedisServer();
if (!REDIS_SERVER && process.env.CI)
  throw new Error('redis-server is missing: these tests need it in CI (apt-get install redis-server; scripts/system-deps.sh --test does)');

export interface TestRedis {
  url: string;
  port: number;
  /** A client for the test's own checks. */
  client(): Redis;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (!REDIS_SERVER) throw new Error('redis-server is not installed');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-redis-'));
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const clients: Redis[] = [];
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ok = await probe.connect().then(
      () => probe.ping(),
      () => null,
    );
    if (ok === 'PONG') break;
    if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  probe.disconnect();
  return {
    url,
    port,
    client() {
      const client = new Redis(url, { maxRetriesPerRequest: 0 });
      client.on('error', () => undefined);
      clients.push(client);
      return client;
    },
    async stop() {
      for (const client of clients) client.disconnect();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
