// RETENTION_DAYS against a real SQLite store: what is older than the limit goes at start and on
// each period; a failing purge is reported and does not throw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/insights/db/open.js';
import { RetentionJob, retentionCutoff } from '../../src/insights/recording/retention.js';
import { TurnStore } from '../../src/insights/store/turnStore.js';
import { record, sqliteDatabase } from './support.js';

let database: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ database, cleanup } = await sqliteDatabase());
});
afterAll(async () => {
  await cleanup();
});

describe('retention', () => {
  it('computes the cutoff in whole days before now', () => {
    expect(retentionCutoff(new Date('2025-06-30T12:00:00Z'), 90).toISOString()).toBe('2025-04-01T12:00:00.000Z');
  });

  it('purges turns past RETENTION_DAYS at start, then again on its timer as time passes', async () => {
    const store = new TurnStore(database);
    const ages = { d100: '2025-03-22T12:00:00Z', d89: '2025-04-02T12:00:00Z', d10: '2025-06-20T12:00:00Z' };
    const turns = Object.values(ages).map((iso) => record(`asked ${iso}`, { at: new Date(iso) }));
    await store.insertTurns(turns);
    let now = new Date('2025-06-30T12:00:00Z');
    const purged: number[] = [];
    const job = new RetentionJob(store, { retentionDays: 90, intervalMs: 20, now: () => now, onPurged: (n) => purged.push(n) });
    job.start();
    await expect.poll(() => purged.length).toBeGreaterThan(0);
    expect(purged[0]).toBe(1);
    expect(await store.hasTurn(turns[0].id)).toBe(false);
    expect(await store.hasTurn(turns[1].id)).toBe(true);

    now = new Date('2025-07-05T12:00:00Z');
    await expect.poll(async () => store.hasTurn(turns[1].id)).toBe(false);
    expect(await store.hasTurn(turns[2].id)).toBe(true);
    await job.stop();
  });

  it('reports a failing purge instead of throwing, and stops without throwing when the lease cannot be given up', async () => {
    const failures: unknown[] = [];
    const down = () => Promise.reject(new Error('database is down'));
    const job = new RetentionJob({ purgeRound: down, releasePurgeLease: down }, { retentionDays: 90, onFailure: (e) => failures.push(e) });
    expect(await job.purgeNow()).toBe(0);
    expect(failures).toHaveLength(1);
    await expect(job.stop()).resolves.toBeUndefined();
  });
});
