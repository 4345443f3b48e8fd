// A throwaway PostgreSQL for tests: initdb in a temp folder, started on a free loopback port with
// its socket in that folder, stopped and deleted at the end. Debian's `postgresql` package provides
// the binaries (scripts/system-deps.sh --test installs it). PostgreSQL refuses to run as root, so
// under root the commands run as the `postgres` system user the package creates, and the cluster's
// folder is made in that user's home: the test run's temp folder (TMPDIR) is private to root.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
const SYSTEM_USER = 'postgres';
const DB_USER = 'oim_test';

export interface PgCluster {
  url: string;
  /** Stops the server at once; the data folder stays (start() it again). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder, or null when none is installed. */
export function findPgBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')) && existsSync(path.join(PG_ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_ROOT, versions[0], 'bin') : null;
}

export const PG_MISSING_MESSAGE =
  'PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): run `bash scripts/system-deps.sh --test` (it installs the Debian package postgresql).';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function systemUser(): Promise<{ uid: number; gid: number; home: string }> {
  const { stdout } = await run('getent', ['passwd', SYSTEM_USER]);
  const [, , uid, gid, , home] = stdout.trim().split(':');
  return { uid: Number(uid), gid: Number(gid), home };
}

export async function startPgCluster(bin: string): Promise<PgCluster> {
  const root = process.getuid?.() === 0;
  const user = root ? await systemUser() : null;
  const dir = await mkdtemp(path.join(user?.home ?? os.tmpdir(), 'oim-pg-'));
  const data = path.join(dir, 'data');
  if (user) await chown(dir, user.uid, user.gid);
  const pg = (tool: string, args: string[]) =>
    root ? run('runuser', ['-u', SYSTEM_USER, '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () => pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  const halt = () => pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).then(() => undefined);
  try {
    await pg('initdb', ['-D', data, '-A', 'trust', '-U', DB_USER, '-E', 'UTF8', '--locale=C', '--no-sync']);
    await start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgresql://${DB_USER}@127.0.0.1:${port}/postgres`,
    pause: halt,
    resume: () => start().then(() => undefined),
    async stop() {
      await halt().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a suite that needs PostgreSQL: the binaries, or null to skip. In CI (CI set) a missing
 * PostgreSQL is an error, never a silent skip; locally the skip is said out loud.
 */
export function pgBinOrSkip(suite: string): string | null {
  const bin = findPgBin();
  if (bin) return bin;
  if (process.env.CI) throw new Error(`${suite}: ${PG_MISSING_MESSAGE}`);
  console.warn(`SKIPPED ${suite} against PostgreSQL: ${PG_MISSING_MESSAGE}`);
  return null;
}
