// One answered question as the chat route hands it over, and the rows it becomes. The conversion
// (redaction, hashing, the group key) runs when the batch is written, off the request path.
import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { ChatAnswer, Citation } from '../../contract/api.js';
import type { CitationsTable, PassagesTable, TurnsTable } from '../db/schema.js';
import { groupKey } from '../grouping.js';
import { memoizeText } from '../memo.js';
import { redactText } from '../redaction/redact.js';

export interface TurnRecord {
  /** The answerId given to the visitor. */
  id: string;
  at: Date;
  /** The visitor's message as received (redacted before it is written). */
  question: string;
  answer: ChatAnswer;
  latencyMs: number;
  indexBuildId: string | null;
  /** A visitor's verdict given while the turn was still queued: written with it. */
  feedback?: { rating: 'up' | 'down'; comment: string | null; at: Date };
}

export interface StoredTurn {
  turn: Insertable<TurnsTable>;
  citations: Insertable<CitationsTable>[];
  passages: PassagesTable[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// The same passages are cited again and again: their hash is remembered, not computed per answer.
const passageHash = memoizeText(sha256, 5_000);

/** ISO day (UTC) of a timestamp. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

// Passages are the organisation's published text, kept verbatim (their hash must match the index's);
// only what a visitor wrote, or an answer that may repeat it, is redacted.
function citationRow(turnId: string, citation: Citation, hash: string): Insertable<CitationsTable> {
  const page = (citation as Citation & { page?: unknown }).page;
  return {
    turn_id: turnId,
    position: citation.id,
    source: citation.source,
    title: citation.title,
    heading: citation.heading,
    line_start: citation.lines[0],
    line_end: citation.lines[1],
    page: typeof page === 'number' && Number.isInteger(page) ? page : null,
    url: citation.url ?? null,
    text_hash: hash,
    score: citation.score,
  };
}

export function toStoredTurn(record: TurnRecord): StoredTurn {
  const { answer } = record;
  const question = redactText(record.question);
  const cited = [...new Map(answer.citations.map((c) => [c.id, c])).values()];
  const passages = cited.map((c) => ({ hash: passageHash(c.text), text: c.text }));
  return {
    turn: {
      id: record.id,
      created_at: record.at.toISOString(),
      day: dayOf(record.at),
      question,
      group_key: groupKey(question, answer.language),
      language: answer.language,
      answer: redactText(answer.answer),
      grounded: answer.grounded ? 1 : 0,
      mode: answer.mode,
      fallback: answer.fallback ? 1 : 0,
      latency_ms: Math.max(0, Math.round(record.latencyMs)),
      index_build_id: record.indexBuildId,
      rating: record.feedback?.rating ?? null,
      comment: record.feedback?.comment ? redactText(record.feedback.comment) : null,
      rated_at: record.feedback?.at.toISOString() ?? null,
    },
    // A citation number appears once per answer; a duplicate would break the primary key.
    citations: cited.map((c, i) => citationRow(record.id, c, passages[i].hash)),
    passages,
  };
}
