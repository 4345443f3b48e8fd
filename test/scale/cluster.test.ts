// Every core (issue 14): `npm start` with WEB_CONCURRENCY=2 runs two workers on one port. Without
// Redis the primary keeps their shared counters, so a visitor's limit holds across both; a scrape
// counts every worker's requests; a worker that dies is replaced while the other serves; SIGUSR2
// restarts them one at a time; SIGTERM drains them all within the bound. On a SQLite file, one
// worker purges a round, and a worker that stops cleanly gives the purge's lease up.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/insights/db/open.js';
import { TurnStore } from '../../src/insights/store/turnStore.js';
import { type MainProcess, startMain } from '../helpers/process.js';
import { CORPUS_DIR, testIndexDir } from '../helpers/server.js';
import { metricValue } from '../hardening/support.js';
import { record, tempDir } from '../insights/support.js';

const RATE_LIMIT = 8;
const METRICS_TOKEN = 'cluster-metrics-token';
const GRACE_MS = 3000;
const DAY = 24 * 60 * 60 * 1000;

/** The insights file, with two turns past the default retention (90 days) and one within it. */
async function seededInsights(sqliteFile: string): Promise<void> {
  const database = openDatabase({ sqliteFile });
  const ages = [200, 100, 10];
  await new TurnStore(database).insertTurns(
    ages.map((days) => record(`asked ${days} days ago`, { at: new Date(Date.now() - days * DAY) })),
  );
  await database.close();
}

/** The purge's lease left in the file, if any. */
async function leaseHolders(sqliteFile: string): Promise<string[]> {
  const database = openDatabase({ sqliteFile });
  try {
    return (await database.db.selectFrom('leases').select('holder').execute()).map((r) => r.holder);
  } finally {
    await database.close();
  }
}

describe('two workers on one port', () => {
  let main: MainProcess;
  let sqliteFile: string;
  let cleanup: () => Promise<void>;
  /** The worker that took the first purge round. */
  let purgerPid: number | null = null;
  const workersServing = () => main.lines.filter((l) => typeof l.msg === 'string' && /^worker \d+ serving$/.test(l.msg));

  beforeAll(async () => {
    const temp = await tempDir('oim-cluster-');
    cleanup = temp.cleanup;
    sqliteFile = path.join(temp.dir, 'insights.sqlite');
    await seededInsights(sqliteFile);
    main = await startMain({
      SQLITE_FILE: sqliteFile,
      LOG_LEVEL: 'info',
      WEB_CONCURRENCY: '2',
      CORPUS_DIR,
      INDEX_DIR: await testIndexDir(),
      INDEX_REBUILD_ON_START: 'false',
      RATE_LIMIT_MAX: String(RATE_LIMIT),
      METRICS_TOKEN,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    });
    await main.waitFor('two workers serving', () => (workersServing().length >= 2 ? true : undefined), 180_000);
  }, 240_000);

  afterAll(async () => {
    await main?.stop('SIGKILL');
    await cleanup?.();
  });

  it('purges the retention round in one worker', async () => {
    const purges = () => main.lines.filter((l) => l.msg === 'retention purge');
    await main.waitFor('a retention purge', () => (purges().length ? true : undefined));
    expect(purges().map((l) => l.retention)).toEqual([expect.objectContaining({ deleted: 2 })]);
    // Its lease names it: host, pid, a random part.
    const [holder] = await leaseHolders(sqliteFile);
    purgerPid = Number(holder?.split(':').at(-2));
    expect(workersServing().map((l) => Number(l.pid))).toContain(purgerPid);
  });

  const chat = () =>
    fetch(`${main.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ message: 'Combien d’États membres compte l’OIM ?' }),
    });

  it('holds a visitor’s rate limit across the workers, and a scrape counts them all', async () => {
    const statuses: number[] = [];
    // A fresh connection each time: the primary hands connections to the workers in turn.
    for (let i = 0; i <= RATE_LIMIT; i++) statuses.push((await chat()).status);
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(200), 429]);
    const text = await (await fetch(`${main.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metricValue(text, 'oim_http_requests_total', { route: '/api/chat', status: '200' })).toBe(RATE_LIMIT);
    expect(metricValue(text, 'oim_http_requests_total', { route: '/api/chat', status: '429' })).toBe(1);
  });

  it('replaces a worker that dies while the other keeps serving', async () => {
    // Not the purge's lease holder: that one is stopped cleanly by the rolling restart below.
    const victim = workersServing().find((l) => Number(l.pid) !== purgerPid)!;
    process.kill(Number(victim.pid), 'SIGKILL');
    // A connection the primary handed to the worker as it died is lost with it (node:cluster does not
    // hand it back); once the primary has seen the death, fresh connections go to the live worker.
    await main.waitFor('the death seen', () =>
      main.lines.some((l) => l.msg === `worker ${victim.worker} died (SIGKILL): replacing it in 250 ms`) ? true : undefined,
    );
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${main.url}/healthz`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
    }
    await main.waitFor('a replacement worker', () => (workersServing().length >= 3 ? true : undefined), 180_000);
  }, 200_000);

  it('restarts the workers one at a time on SIGUSR2, /healthz answering throughout', async () => {
    const before = workersServing().length;
    const probes: Array<number | string> = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        probes.push(
          // A bounded wait: a probe connection lost in a handover shows as a failed probe, not a hung test.
          await fetch(`${main.url}/healthz`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(10_000) }).then(
            (r) => r.status,
            (e: Error) => e.message,
          ),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    main.child.kill('SIGUSR2');
    await main.waitFor('the rolling restart', () => (main.lines.some((l) => l.msg === 'rolling restart done') ? true : undefined), 180_000);
    probing = false;
    await prober;
    // Two replacements, each serving before the worker it replaced was drained.
    expect(workersServing().length - before).toBe(2);
    expect(probes.length).toBeGreaterThan(5);
    expect(probes.filter((p) => p !== 200)).toEqual([]);
  }, 200_000);

  it('drains every worker and exits within the bound on SIGTERM', async () => {
    const stopped = await main.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(GRACE_MS + 3000);
    expect(main.lines.filter((l) => l.stderr)).toEqual([]);
    // One purge line from all the workers, replacements included (they found the round taken).
    expect(main.lines.filter((l) => l.msg === 'retention purge')).toHaveLength(1);
    // The purge's lease was never the killed worker's, and every worker that held it stopped cleanly
    // (the rolling restart, SIGTERM) and gave it up.
    expect(await leaseHolders(sqliteFile)).toEqual([]);
  });
});
