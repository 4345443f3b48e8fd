// With a SQLite file, answered questions are converted and written by the writer thread: what the
// server's own connection reads back is what the thread wrote, redacted; feedback, the report and
// a clean stop work across the two.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { InsightsService } from '../../src/insights/service.js';
import { answer, tempDir } from './support.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('oim-writer-'));
});
afterAll(async () => {
  await cleanup();
});

describe('writer thread (SQLite file)', () => {
  it('writes what the server records, redacted, and the server reads it back', async () => {
    const config = loadConfig({
      SQLITE_FILE: path.join(dir, 'data', 'insights.sqlite'),
      INDEX_DIR: path.join(dir, 'none'),
      CORPUS_DIR: dir,
    });
    const insights = new InsightsService(config);
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
});
