// The real `npm start` (src/serve/main.ts) in a child process on a free loopback port, for tests
// of what only a whole process does: binding before loading, rebuilding in the background, draining
// on SIGTERM, running several workers, sharing state with another replica through Redis.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './server.js';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Settings that must not leak from the developer's environment into a test's server. */
const SCRUBBED = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'ADMIN_TOKEN', 'STAFF_TOKEN', 'METRICS_TOKEN', 'REDIS_URL', 'WEB_CONCURRENCY'];

export interface MainProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every JSON line it wrote to stdout, and { stderr } for anything on stderr. */
  lines: Array<Record<string, unknown>>;
  startedAt: number;
  waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms?: number): Promise<T>;
  /** SIGTERM, then the exit code and how long it took to exit (ms). */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

/** `entry`: a compiled main.js (npm run build) to run with plain Node; default: the sources under tsx. */
export async function startMain(env: Record<string, string>, options: { port?: number; entry?: string } = {}): Promise<MainProcess> {
  const port = options.port ?? (await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SCRUBBED) delete childEnv[name];
  // Recorded questions stay in memory: the process leaves no database file in the repository.
  Object.assign(childEnv, {
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_CONCURRENCY: '1',
    USE_DICTIONARY: 'false',
    SQLITE_FILE: ':memory:',
    ...env,
  });
  const startedAt = Date.now();
  const args = options.entry ? [options.entry] : ['--import', 'tsx', path.join(REPO_ROOT, 'src/serve/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  let buffered = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const p of parts) if (p.trim()) lines.push(JSON.parse(p));
  });
  child.stderr!.on('data', (d: Buffer) => lines.push({ stderr: d.toString() }));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor: MainProcess['waitFor'] = async (what, probe, ms = 60_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await Promise.resolve(probe()).catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`timed out waiting for ${what}; the server said:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    lines,
    startedAt,
    waitFor,
    async stop(signal = 'SIGTERM') {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      return { code, ms: Date.now() - started };
    },
  };
}

/** GET a JSON route, or undefined when the server does not answer (yet). */
export async function getJson(url: string): Promise<{ status: number; body: any } | undefined> {
  try {
    const res = await fetch(url);
    return { status: res.status, body: await res.json() };
  } catch {
    return undefined;
  }
}
