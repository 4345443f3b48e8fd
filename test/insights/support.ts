// Builders for insights tests: answers and turn records of the chat API's shape, written here (no
// corpus text), and the two database engines the store suite runs against.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChatAnswer, Citation } from '../../src/contract/api.js';
import { openDatabase, type Database } from '../../src/insights/db/open.js';
import type { TurnRecord } from '../../src/insights/recording/turn.js';

export function citation(id: number, overrides: Partial<Citation> = {}): Citation {
  return {
    id,
    source: `corpus/notes-${id}.txt`,
    title: `Notes ${id}`,
    heading: id % 2 ? `Section ${id}` : null,
    lines: [10 * id, 10 * id + 3],
    text: `Passage ${id}: the organisation runs programme ${id} in partnership with local offices.`,
    score: 0.5 + id / 100,
    ...overrides,
  };
}

export function answer(overrides: Partial<ChatAnswer> = {}): ChatAnswer {
  return {
    answer: 'The organisation runs these programmes [1] with partners [2].',
    grounded: true,
    citations: [citation(1), citation(2)],
    language: 'en',
    mode: 'extractive',
    ...overrides,
  };
}

export function refusal(language: 'fr' | 'en' = 'en'): ChatAnswer {
  return { answer: 'The documents do not answer this.', grounded: false, citations: [], language, mode: 'extractive' };
}

/** A turn record; its time may be given as a Date for readability. */
export function record(question: string, overrides: Partial<Omit<TurnRecord, 'at'>> & { at?: Date | number } = {}): TurnRecord {
  const { at = new Date('2025-03-10T12:00:00Z'), ...rest } = overrides;
  return {
    id: randomUUID(),
    question,
    answer: answer(),
    latencyMs: 12,
    indexBuildId: 'build-a',
    ...rest,
    at: typeof at === 'number' ? at : at.getTime(),
  };
}

/** A temp folder removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function sqliteDatabase(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir('oim-insights-');
  const database = openDatabase({ sqliteFile: path.join(dir, 'sub', 'insights.sqlite') });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await cleanup();
    },
  };
}
