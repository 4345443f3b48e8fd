// A batch crosses to the writer thread packed (each distinct answer, question and index build once,
// the rest in columns) and copied as postMessage copies it: the rows built on the other side are
// each record's own — its id, time, question (redacted), answer, build and queued verdict.
import { describe, expect, it } from 'vitest';
import { packTurns } from '../../src/insights/recording/packedTurns.js';
import { batchRows } from '../../src/insights/recording/rows.js';
import { recordedAnswer } from '../../src/insights/recording/turn.js';
import { answer, record, refusal } from './support.js';

describe('packed batches', () => {
  const given = answer();
  const cached = recordedAnswer(given);
  const refused = recordedAnswer(refusal('fr'));
  const records = [
    record('Mail jane@example.org', { answer: cached, at: 1_741_600_000_000, latencyMs: 3.4 }),
    record("Qu'est-ce que l'OIM ?", { answer: refused, indexBuildId: 'build-b', at: 1_741_600_000_001 }),
    record('Mail jane@example.org', {
      answer: cached,
      at: 1_741_600_000_002,
      feedback: { rating: 'down', comment: 'call +33 6 12 34 56 78', at: 1_741_600_005_000 },
    }),
    record('Again', { answer: recordedAnswer({ ...given, signature: 'sig' }), indexBuildId: null }),
    // The same content from another object (a cache reload): carried apart, written once.
    record('Reloaded', { answer: recordedAnswer(answer()), indexBuildId: null }),
  ];

  it('carry each distinct answer, question and build once', () => {
    const packed = packTurns(records);
    expect(packed.answers).toHaveLength(3);
    expect(packed.questions).toEqual(['Mail jane@example.org', "Qu'est-ce que l'OIM ?", 'Again', 'Reloaded']);
    expect(packed.builds).toEqual(['build-a', 'build-b', null]);
  });

  it('give each record its own row once copied across threads', () => {
    const rows = batchRows(structuredClone(packTurns(records)));
    expect(rows.answers).toHaveLength(2);
    const [cachedHash, refusedHash] = rows.answers.map((a) => a.answer.hash);
    expect(rows.turns.map((t) => [t.id, t.created_at, t.question, t.answer_hash, t.language, t.grounded, t.index_build_id])).toEqual([
      [records[0].id, '2025-03-10T09:46:40.000Z', 'Mail [email]', cachedHash, 'en', 1, 'build-a'],
      [records[1].id, '2025-03-10T09:46:40.001Z', "Qu'est-ce que l'OIM ?", refusedHash, 'fr', 0, 'build-b'],
      [records[2].id, '2025-03-10T09:46:40.002Z', 'Mail [email]', cachedHash, 'en', 1, 'build-a'],
      [records[3].id, '2025-03-10T12:00:00.000Z', 'Again', cachedHash, 'en', 1, null],
      [records[4].id, '2025-03-10T12:00:00.000Z', 'Reloaded', cachedHash, 'en', 1, null],
    ]);
    expect(rows.turns[0].latency_ms).toBe(3);
    expect(rows.turns.map((t) => t.rating)).toEqual([null, null, 'down', null, null]);
    expect(rows.turns[2]).toMatchObject({ comment: 'call [phone]', rated_at: '2025-03-10T09:46:45.000Z' });
    expect(rows.turns[1].group_key).not.toBe(rows.turns[0].group_key);
  });
});
