// The batching writer against a sink that can be made to fail: nothing waits on record(), batches
// are bounded, a failing database keeps turns queued (then gives them up), a full queue drops the
// oldest, and every failure and drop is reported.
import { describe, expect, it } from 'vitest';
import { TurnRecorder } from '../../src/insights/recording/recorder.js';
import type { TurnRecord } from '../../src/insights/recording/turn.js';
import { record } from './support.js';

class FakeSink {
  batches: TurnRecord[][] = [];
  failing = false;
  async insertTurns(records: TurnRecord[]): Promise<void> {
    if (this.failing) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    this.batches.push(records);
  }
  get written(): string[] {
    return this.batches.flat().map((t) => t.id);
  }
}

function recorderWith(sink: FakeSink, options: ConstructorParameters<typeof TurnRecorder>[1] = {}) {
  const seen = { written: 0, failures: 0, dropped: [] as Array<[number, string]> };
  const recorder = new TurnRecorder(sink, {
    ...options,
    events: {
      onWritten: (n) => (seen.written += n),
      onFailure: () => seen.failures++,
      onDropped: (n, reason) => seen.dropped.push([n, reason]),
    },
  });
  return { recorder, seen };
}

describe('turn recorder', () => {
  it('only queues on record(); a flush writes in batches of batchSize, in order', async () => {
    const sink = new FakeSink();
    const { recorder, seen } = recorderWith(sink, { batchSize: 2 });
    const turns = ['a', 'b', 'c'].map((q) => record(q));
    recorder.record(turns[0]);
    expect(sink.batches).toEqual([]);
    recorder.record(turns[1]);
    recorder.record(turns[2]);
    await recorder.flush();
    expect(sink.batches.map((b) => b.length)).toEqual([2, 1]);
    expect(sink.written).toEqual(turns.map((t) => t.id));
    expect(seen.written).toBe(3);
  });

  it('hands the records to the sink as they were queued: conversion is the sink’s work, off the request path', async () => {
    const sink = new FakeSink();
    const { recorder } = recorderWith(sink);
    const queued = record('mail me at someone@example.org');
    recorder.record(queued);
    await recorder.flush();
    expect(sink.batches[0][0]).toBe(queued);
  });

  it('attaches a verdict to a turn still queued, so that it is written with it, and not to one already written', async () => {
    const sink = new FakeSink();
    const { recorder } = recorderWith(sink);
    const turn = record('queued');
    recorder.record(turn);
    const verdict = { rating: 'down' as const, comment: 'wrong', at: Date.parse('2025-03-10T12:01:00Z') };
    expect(recorder.attachFeedback(turn.id, verdict)).toBe(true);
    await recorder.flush();
    expect(sink.batches[0][0]).toMatchObject({ id: turn.id, feedback: verdict });
    expect(recorder.attachFeedback(turn.id, verdict)).toBe(false);
  });

  it('keeps a failed batch queued, reports the failure, and writes it once the database is back', async () => {
    const sink = new FakeSink();
    const { recorder, seen } = recorderWith(sink);
    const turn = record('asked while down');
    sink.failing = true;
    recorder.record(turn);
    await recorder.flush();
    expect(seen.failures).toBe(1);
    expect(recorder.isPending(turn.id)).toBe(true);
    sink.failing = false;
    await recorder.flush();
    expect(sink.written).toEqual([turn.id]);
    expect(recorder.isPending(turn.id)).toBe(false);
  });

  it('gives a batch up after maxAttempts failed flushes, and says so', async () => {
    const sink = new FakeSink();
    const { recorder, seen } = recorderWith(sink, { maxAttempts: 3 });
    sink.failing = true;
    recorder.record(record('never written'));
    for (let i = 0; i < 3; i++) await recorder.flush();
    expect(seen.failures).toBe(3);
    expect(seen.dropped).toEqual([[1, 'gave_up']]);
    expect(recorder.pending).toBe(0);
  });

  it('holds at most maxPending turns: the oldest are dropped and counted', async () => {
    const sink = new FakeSink();
    const { recorder, seen } = recorderWith(sink, { maxPending: 3, batchSize: 100 });
    const turns = ['1', '2', '3', '4', '5'].map((q) => record(q));
    for (const t of turns) recorder.record(t);
    expect(recorder.pending).toBe(3);
    expect(seen.dropped).toEqual([
      [1, 'queue_full'],
      [1, 'queue_full'],
    ]);
    expect(recorder.isPending(turns[0].id)).toBe(false);
    await recorder.flush();
    expect(sink.written).toEqual(turns.slice(2).map((t) => t.id));
  });

  it('does not retry on every answer after a failure: only the timer flushes again', async () => {
    const sink = new FakeSink();
    let attempts = 0;
    const counting = {
      insertTurns: (records: TurnRecord[]) => {
        attempts++;
        return sink.insertTurns(records);
      },
    };
    const recorder = new TurnRecorder(counting, { batchSize: 1 });
    sink.failing = true;
    recorder.record(record('first'));
    await recorder.flush();
    const afterFirst = attempts;
    for (let i = 0; i < 5; i++) recorder.record(record(`more ${i}`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(attempts).toBe(afterFirst);
  });

  it('flushes on its timer, and stop() writes what is left', async () => {
    const sink = new FakeSink();
    const { recorder } = recorderWith(sink, { flushIntervalMs: 20 });
    recorder.start();
    recorder.record(record('timer'));
    await expect.poll(() => sink.written.length, { timeout: 2000 }).toBe(1);
    recorder.record(record('on stop'));
    await recorder.stop();
    expect(sink.written.length).toBe(2);
  });
});
