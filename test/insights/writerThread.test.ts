// With a SQLite file, answered questions are converted and written by the writer thread: what the
// server's own connection reads back is what the thread wrote, redacted; feedback, the report and
// a clean stop work across the two. The retention purge runs there too, in one service of those on a
// file, and its lease is given up there at a clean stop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/insights/db/open.js';
import { WorkerSink } from '../../src/insights/recording/workerSink.js';
import { WRITER_NICE } from '../../src/insights/recording/writerWorker.js';
import { type InsightsDeps, InsightsService } from '../../src/insights/service.js';
import { TurnStore } from '../../src/insights/store/turnStore.js';
import { answer, record, tempDir } from './support.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('oim-writer-'));
});
afterAll(async () => {
  await cleanup();
});

/** Threads of this process whose nice value is `nice` (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadsAtNice(nice: number): number {
  let count = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) === nice) count++;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return count;
}

/** An insights service writing to its own SQLite file under the test's folder. */
function serviceWithFile(folder: string, deps: InsightsDeps = {}): InsightsService {
  return new InsightsService(
    loadConfig({ SQLITE_FILE: path.join(dir, folder, 'insights.sqlite'), INDEX_DIR: path.join(dir, 'none'), CORPUS_DIR: dir }),
    deps,
  );
}

describe('writer thread (SQLite file)', () => {
  it('writes what the server records, redacted, and the server reads it back', async () => {
    const insights = serviceWithFile('data');
    try {
      const ids = ['Mail jane@example.org', 'Second question', 'Third question'].map((question) =>
        insights.record({ question, answer: answer(), latencyMs: 4, indexBuildId: 'build-a' }),
      );
      await insights.flush();
      const first = await insights.store.findTurn(ids[0]!);
      expect(first).toMatchObject({ question: 'Mail [email]', indexBuildId: 'build-a' });
      expect(first?.citations).toHaveLength(2);
      for (const id of ids) expect(await insights.store.hasTurn(id!)).toBe(true);
      expect(await insights.feedback(ids[1]!, 'down', 'call +33 6 12 34 56 78')).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      const report = await insights.report({ from: today, to: today });
      expect(report.totals).toMatchObject({ questions: 3, down: 1 });
      expect(report.negativeFeedback[0].comment).toBe('call [phone]');
    } finally {
      await insights.stop();
    }
  });

  it.runIf(process.platform === 'linux')(
    'runs at the lowest priority (nice 19), below the thread that answers, and ends with the service',
    async () => {
      const before = threadsAtNice(WRITER_NICE);
      const insights = serviceWithFile('nice');
      try {
        insights.record({ question: 'A question', answer: answer(), latencyMs: 3, indexBuildId: null });
        await insights.flush();
        expect(threadsAtNice(WRITER_NICE)).toBe(before + 1);
      } finally {
        await insights.stop();
      }
      expect(threadsAtNice(WRITER_NICE)).toBe(before);
    },
  );

  it('runs the retention purge in the thread, in one of two services started on the same file', async () => {
    const purged: number[] = [];
    const deps = { now: () => new Date('2025-06-30T12:00:00Z'), events: { onPurged: (n: number) => purged.push(n) } };
    const services = [serviceWithFile('purge', deps), serviceWithFile('purge', deps)];
    const old = record('Old question', { at: new Date('2025-01-01T00:00:00Z') });
    const recent = record('Recent question', { at: new Date('2025-06-29T00:00:00Z') });
    await services[0].store.insertTurns([old, recent]);
    const onServerThread = services.map((s) => vi.spyOn(s.store, 'purgeRound'));
    const rounds = vi.spyOn(WorkerSink.prototype, 'purgeRound');
    for (const service of services) service.start();
    // Both rounds answered before either stops: a clean stop gives the lease up, and a round
    // still on its way would then take it.
    await expect.poll(() => rounds.mock.results.length).toBe(2);
    await Promise.all(rounds.mock.results.map((r) => r.value));
    for (const service of services) await service.stop();
    expect(purged).toEqual([1]);
    for (const spy of onServerThread) expect(spy).not.toHaveBeenCalled();
    // The holder's clean stop gave the round up (through its thread): a restarted service purges at once.
    const restarted = serviceWithFile('purge', deps);
    restarted.start();
    await restarted.stop();
    expect(purged).toEqual([1, 0]);
    rounds.mockRestore();
    const database = openDatabase({ sqliteFile: path.join(dir, 'purge', 'insights.sqlite') });
    const store = new TurnStore(database);
    try {
      expect([await store.hasTurn(old.id), await store.hasTurn(recent.id)]).toEqual([false, true]);
    } finally {
      await database.close();
    }
  });
});
