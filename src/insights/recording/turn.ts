// One answered question as the chat route hands it over. The record is a few references (the
// question, the fields of the answer that are kept, a timestamp): nothing is copied, redacted,
// hashed or serialised on the request path. The rows a batch of them becomes are built where the
// batch is written (rows.ts), in the writer thread or the flush.
import { createHash } from 'node:crypto';
import type { ChatAnswer, Citation } from '../../contract/api.js';

/**
 * What is kept of an answer: the rest (signature, suggestions) is not stored, and not carried
 * to the writer thread either (each batch is copied there).
 */
export type RecordedAnswer = Pick<ChatAnswer, 'answer' | 'grounded' | 'citations' | 'language' | 'mode' | 'fallback' | 'kind'>;

// The answer cache hands the same answer to every visitor who asks the same question, but each
// visitor's copy is a new object (the server signs it, the conversational layer adds its kind and
// suggestions), sharing the cached answer's text and citations array. Its recorded part is made
// once per citations array and shared by every copy whose kept fields are the same, so that the
// copy of a batch to the writer thread carries each distinct answer once, not its text once per
// turn (keyed by the copy itself, a bench:chat batch of 500 turns carried 500).
const recordedOnce = new WeakMap<Citation[], RecordedAnswer>();

function keeps(recorded: RecordedAnswer, given: ChatAnswer): boolean {
  return (
    recorded.answer === given.answer &&
    recorded.grounded === given.grounded &&
    recorded.language === given.language &&
    recorded.mode === given.mode &&
    recorded.fallback === given.fallback &&
    recorded.kind === given.kind
  );
}

export function recordedAnswer(given: ChatAnswer): RecordedAnswer {
  const known = recordedOnce.get(given.citations);
  if (known && keeps(known, given)) return known;
  const { answer, grounded, citations, language, mode, fallback, kind } = given;
  const recorded = { answer, grounded, citations, language, mode, fallback, kind };
  recordedOnce.set(citations, recorded);
  return recorded;
}

export interface TurnRecord {
  /** The answerId given to the visitor. */
  id: string;
  /** When the answer was given, in milliseconds since the epoch. */
  at: number;
  /** The visitor's message as received (redacted before it is written). */
  question: string;
  answer: RecordedAnswer;
  latencyMs: number;
  indexBuildId: string | null;
  /** A visitor's verdict given while the turn was still queued: written with it. */
  feedback?: { rating: 'up' | 'down'; comment: string | null; at: number };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** ISO day (UTC) of an ISO timestamp. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
