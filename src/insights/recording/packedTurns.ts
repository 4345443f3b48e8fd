// A batch of turns as it crosses to the writer thread, packed: each distinct answer, question and
// index build once, and the per-turn numbers in typed arrays. postMessage copies a batch with a
// structured clone, which writes every object's property names and every string anew: as an array
// of records, the writer thread spent 1.2-2.0 µs a turn reading a batch of 500 (each question's
// text and six property names per turn), packed 0.3-0.4 µs; packing costs the server's thread
// about what it saves in writing the copy (scratch timing with node:v8 serialize, load 5-6).
// The rows are built from the packed form too (turn.ts: batchRows), each distinct question
// redacted and grouped once per batch.
import type { RecordedAnswer, TurnRecord } from './turn.js';

export type Feedback = NonNullable<TurnRecord['feedback']>;

export interface PackedTurns {
  /** Each distinct answer once, by object: recordedAnswer gives all copies of a cached answer one. */
  answers: RecordedAnswer[];
  /** Each distinct question text once (popular questions come back word for word). */
  questions: string[];
  /** Each distinct index build once (one per batch, two across a reload). */
  builds: (string | null)[];
  ids: string[];
  at: Float64Array;
  latencyMs: Float64Array;
  answerOf: Uint32Array;
  questionOf: Uint32Array;
  buildOf: Uint32Array;
  /** Verdicts given while their turn was still queued (rare), by the turn's position. */
  feedback: [number, Feedback][];
}

/** Values kept once each, in the order first seen. */
class Distinct<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<T, number>();

  positionOf(value: T): number {
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.values.push(value) - 1;
      this.positions.set(value, position);
    }
    return position;
  }
}

export function packTurns(records: TurnRecord[]): PackedTurns {
  const n = records.length;
  const answers = new Distinct<RecordedAnswer>();
  const questions = new Distinct<string>();
  const builds = new Distinct<string | null>();
  const packed: PackedTurns = {
    answers: answers.values,
    questions: questions.values,
    builds: builds.values,
    ids: new Array<string>(n),
    at: new Float64Array(n),
    latencyMs: new Float64Array(n),
    answerOf: new Uint32Array(n),
    questionOf: new Uint32Array(n),
    buildOf: new Uint32Array(n),
    feedback: [],
  };
  for (let i = 0; i < n; i++) {
    const record = records[i];
    packed.ids[i] = record.id;
    packed.at[i] = record.at;
    packed.latencyMs[i] = record.latencyMs;
    packed.answerOf[i] = answers.positionOf(record.answer);
    packed.questionOf[i] = questions.positionOf(record.question);
    packed.buildOf[i] = builds.positionOf(record.indexBuildId);
    if (record.feedback) packed.feedback.push([i, record.feedback]);
  }
  return packed;
}
