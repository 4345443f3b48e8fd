// The retention purge runs once a round for the deployment, not in every worker and replica: two
// processes (here two stores, each with its own connection and RetentionJob) on one SQLite file
// and on one PostgreSQL database; one purges, the other skips the round until the lease expires,
// or until the holder stops cleanly and gives it up.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/insights/db/open.js';
import { RetentionJob } from '../../src/insights/recording/retention.js';
import { TurnStore } from '../../src/insights/store/turnStore.js';
import { pgBinOrSkip, startPgCluster } from './pgCluster.js';
import { record, tempDir } from './support.js';

interface Engine {
  name: string;
  /** Opens a connection to the shared database; each call is another "process". */
  start(): Promise<{ connect: () => Database; stop: () => Promise<void> }>;
}

const engines: Engine[] = [
  {
    name: 'sqlite',
    async start() {
      const { dir, cleanup } = await tempDir('oim-lease-');
      return { connect: () => openDatabase({ sqliteFile: path.join(dir, 'insights.sqlite') }), stop: cleanup };
    },
  },
];
const pgBin = pgBinOrSkip('purge lease suite');
if (pgBin)
  engines.push({
    name: 'postgresql',
    async start() {
      const cluster = await startPgCluster(pgBin);
      return { connect: () => openDatabase({ databaseUrl: cluster.url, sqliteFile: 'unused' }), stop: () => cluster.stop() };
    },
  });

const HOUR = 60 * 60 * 1000;
const INTERVAL = 6 * HOUR;

describe.each(engines)('retention purge lease on $name', (engine) => {
  let stop: () => Promise<void>;
  let connect: () => Database;
  const opened: Database[] = [];
  let clock = new Date('2025-06-30T12:00:00Z');
  const purges: string[] = [];

  /** A process of the deployment: its own connection, store and purge job, on the shared clock. */
  function replica(name: string, retentionDays = 90): { store: TurnStore; job: RetentionJob } {
    const database = connect();
    opened.push(database);
    const store = new TurnStore(database);
    const onPurged = () => purges.push(name);
    return { store, job: new RetentionJob(store, { retentionDays, intervalMs: INTERVAL, now: () => clock, holder: name, onPurged }) };
  }

  /** Each test from a clean slate: no lease held, one turn, asked 60 days before the clock. */
  async function freshRound(): Promise<{ store: TurnStore; turnId: string }> {
    const { store } = replica('setup');
    await store.database.db.deleteFrom('leases').execute();
    await store.database.db.deleteFrom('turns').execute();
    const turn = record('asked sixty days ago', { at: new Date(clock.getTime() - 60 * 24 * HOUR) });
    await store.insertTurns([turn]);
    return { store, turnId: turn.id };
  }

  beforeAll(async () => {
    ({ connect, stop } = await engine.start());
  });
  afterAll(async () => {
    for (const database of opened) await database.close();
    await stop?.();
  });

  it('purges a round in one process only, the holder again at its next round, another once the holder is gone', async () => {
    const a = replica('a');
    const b = replica('b');
    const ages = ['2025-03-01T12:00:00Z', '2025-04-01T11:00:00Z', '2025-04-01T15:00:00Z', '2025-06-29T12:00:00Z'];
    const turns = ages.map((iso) => record(`asked ${iso}`, { at: new Date(iso) }));
    await a.store.insertTurns(turns);
    const kept = async () => {
      const rows = await a.store.database.db.selectFrom('turns').select('created_at').orderBy('created_at').execute();
      return rows.map((r) => r.created_at);
    };

    // Both start at once: one takes the round, the other skips it.
    const first = await Promise.all([a.job.purgeNow(), b.job.purgeNow()]);
    expect(first.filter((n) => n !== null)).toEqual([2]);
    expect(purges).toHaveLength(1);
    const [holder, other] = purges[0] === 'a' ? [a, b] : [b, a];
    // Exactly what 90 days before 2025-06-30T12:00 says: the turn of 11:00 on the cutoff's day goes, the one of 15:00 stays (until the next round).
    expect(await kept()).toEqual(['2025-04-01T15:00:00.000Z', '2025-06-29T12:00:00.000Z']);

    // Half a period later the round is still held.
    clock = new Date(clock.getTime() + INTERVAL / 2);
    expect(await other.job.purgeNow()).toBeNull();
    // The holder's next round renews its lease, even a little early, and purges.
    clock = new Date(clock.getTime() + INTERVAL / 2 - 1000);
    expect(await holder.job.purgeNow()).toBe(1);
    expect(await other.job.purgeNow()).toBeNull();
    expect(purges).toHaveLength(2);

    // The holder dies with its lease: once the lease expires, the other process takes over.
    clock = new Date(clock.getTime() + INTERVAL - 1000);
    expect(await other.job.purgeNow()).toBeNull();
    clock = new Date(clock.getTime() + 1000);
    expect(await other.job.purgeNow()).toBe(0);
    expect(purges.at(-1)).toBe(purges[0] === 'a' ? 'b' : 'a');
    expect(await holder.job.purgeNow()).toBeNull();
    expect(await kept()).toEqual(['2025-06-29T12:00:00.000Z']);
  });

  it('a holder stopped cleanly gives its round up: the next process to start purges at once, with its own RETENTION_DAYS', async () => {
    const { store, turnId } = await freshRound();
    const a = replica('stopped');
    const b = replica('running');
    expect(await a.job.purgeNow()).toBe(0);
    expect(await b.job.purgeNow()).toBeNull();
    await a.job.stop();
    // A minute later the restarted process (retention lowered to 30 days) takes the round.
    clock = new Date(clock.getTime() + 60_000);
    const restarted = replica('restarted', 30);
    expect(await restarted.job.purgeNow()).toBe(1);
    expect(await store.hasTurn(turnId)).toBe(false);
    expect(await b.job.purgeNow()).toBeNull();
  });

  it('a holder that did not stop keeps its round until its lease expires', async () => {
    const { store, turnId } = await freshRound();
    const crashed = replica('crashed');
    expect(await crashed.job.purgeNow()).toBe(0);
    // Its process died: no stop(), the lease stays until the end of its period.
    clock = new Date(clock.getTime() + 60_000);
    const restarted = replica('restarted', 30);
    expect(await restarted.job.purgeNow()).toBeNull();
    expect(await store.hasTurn(turnId)).toBe(true);
    clock = new Date(clock.getTime() + INTERVAL - 60_000);
    expect(await restarted.job.purgeNow()).toBe(1);
  });

  it("stopping never gives up another process's lease", async () => {
    await freshRound();
    const late = replica('late');
    expect(await late.job.purgeNow()).toBe(0);
    // Its lease expired and another took the round; the first process, which last held it, stops.
    clock = new Date(clock.getTime() + INTERVAL);
    const holder = replica('holder');
    expect(await holder.job.purgeNow()).toBe(0);
    await late.job.stop();
    // A process that never held the round stops too.
    const bystander = replica('bystander');
    expect(await bystander.job.purgeNow()).toBeNull();
    await bystander.job.stop();
    expect(await replica('next').job.purgeNow()).toBeNull();
    const rows = await holder.store.database.db.selectFrom('leases').select('holder').execute();
    expect(rows.map((r) => r.holder)).toEqual(['holder']);
    // The holder's own clean stop gives it up.
    await holder.job.stop();
    expect(await replica('after').job.purgeNow()).toBe(0);
  });
});
