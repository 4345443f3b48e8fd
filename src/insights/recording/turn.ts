// One answered question as the chat route hands it over, and the rows a batch of them becomes.
// The record is a few references (the question, the fields of the answer that are kept, a
// timestamp): nothing is copied, redacted, hashed or serialised on the request path. The rows are
// built where the batch is written, in the writer thread or the flush. Answers repeat (the answer
// cache hands the same answer to every visitor asking the same question): a batch converts each
// distinct answer once, and the database keeps each distinct answer once, named by its hash.
import { createHash } from 'node:crypto';
import type { ChatAnswer, Citation } from '../../contract/api.js';
import type { AnswerCitationsTable, AnswersTable, PassagesTable, TurnsTable } from '../db/schema.js';
import { groupKey } from '../grouping.js';
import { memoizeText } from '../memo.js';
import { redactText } from '../redaction/redact.js';

/**
 * What is kept of an answer: the rest (signature, suggestions) is not stored, and not carried
 * to the writer thread either (each batch is copied there).
 */
export type RecordedAnswer = Pick<ChatAnswer, 'answer' | 'grounded' | 'citations' | 'language' | 'mode' | 'fallback' | 'kind'>;

// The answer cache hands the same answer object to every visitor who asks the same question: its
// recorded part is made once and shared by their turns, so that the copy of a batch to the writer
// thread (a structured clone, which copies a shared object once) carries each distinct answer once
// rather than its text once per turn (a batch of 50 turns over the bench's 4 answers: 64 KB).
const recordedOnce = new WeakMap<ChatAnswer, RecordedAnswer>();

export function recordedAnswer(given: ChatAnswer): RecordedAnswer {
  let recorded = recordedOnce.get(given);
  if (!recorded) {
    const { answer, grounded, citations, language, mode, fallback, kind } = given;
    recorded = { answer, grounded, citations, language, mode, fallback, kind };
    recordedOnce.set(given, recorded);
  }
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

/** What one batch writes: each distinct answer once (with its citations and passages), then one row per turn. */
export interface BatchRows {
  answers: AnswerRows[];
  turns: TurnsTable[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// The same passages are cited again and again: their hash is remembered, not computed per answer.
const passageHash = memoizeText(sha256, 5_000);

/** ISO day (UTC) of an ISO timestamp. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

// Passages are the organisation's published text, kept verbatim (their hash must match the index's);
// only what a visitor wrote, or an answer that may repeat it, is redacted.
function citationRow(answerHash: string, citation: Citation, textHash: string): AnswerCitationsTable {
  return {
    answer_hash: answerHash,
    position: citation.id,
    source: citation.source,
    title: citation.title,
    heading: citation.heading,
    line_start: citation.lines[0],
    line_end: citation.lines[1],
    page: typeof citation.page === 'number' && Number.isInteger(citation.page) ? citation.page : null,
    url: citation.url ?? null,
    text_hash: textHash,
    score: citation.score,
  };
}

export interface AnswerRows {
  answer: AnswersTable;
  citations: AnswerCitationsTable[];
  passages: PassagesTable[];
}

/** An answer as stored: its redacted text, and its citations with their passages, all named by one hash. */
export function answerRows(answer: RecordedAnswer): AnswerRows {
  const text = redactText(answer.answer);
  // A citation number appears once per answer; a duplicate would break the primary key.
  const cited = [...new Map(answer.citations.map((c) => [c.id, c])).values()];
  const passages = cited.map((c) => ({ hash: passageHash(c.text), text: c.text }));
  const unnamed = cited.map((c, i) => citationRow('', c, passages[i].hash));
  // The hash covers the text and every field of every citation: two answers share a row only when
  // they are the same answer, standing on the same passages at the same places.
  const hash = sha256(JSON.stringify([text, unnamed]));
  return { answer: { hash, text }, citations: unnamed.map((c) => ({ ...c, answer_hash: hash })), passages };
}

function turnRow(record: TurnRecord, answerHash: string): TurnsTable {
  const { answer, feedback } = record;
  const createdAt = new Date(record.at).toISOString();
  const question = redactText(record.question);
  return {
    id: record.id,
    created_at: createdAt,
    day: dayOf(createdAt),
    question,
    group_key: groupKey(question, answer.language),
    language: answer.language,
    answer_hash: answerHash,
    grounded: answer.grounded ? 1 : 0,
    mode: answer.mode,
    fallback: answer.fallback ? 1 : 0,
    kind: answer.kind ?? null,
    latency_ms: Math.max(0, Math.round(record.latencyMs)),
    index_build_id: record.indexBuildId,
    rating: feedback?.rating ?? null,
    comment: feedback?.comment ? redactText(feedback.comment) : null,
    rated_at: feedback ? new Date(feedback.at).toISOString() : null,
  };
}

/**
 * The rows of a batch. Each answer's rows are built once per distinct answer in the batch: records
 * are new objects (each carries its own answerId's copy), but the same answer shares its citations
 * array (the answer cache hands it out, and a copy to the writer thread keeps shared references
 * shared), so the answer's text and that array name it without hashing anything.
 */
export function batchRows(records: TurnRecord[]): BatchRows {
  const byContent = new Map<Citation[], Map<string, string>>();
  const seen = new Set<string>();
  const rows: BatchRows = { answers: [], turns: [] };
  for (const record of records) {
    const { citations, answer: text } = record.answer;
    let byText = byContent.get(citations);
    if (!byText) {
      byText = new Map();
      byContent.set(citations, byText);
    }
    let hash = byText.get(text);
    if (hash === undefined) {
      const stored = answerRows(record.answer);
      hash = stored.answer.hash;
      byText.set(text, hash);
      // Two answers with the same content from different objects (a cache reload, a model that answered alike) are written once.
      if (!seen.has(hash)) rows.answers.push(stored);
      seen.add(hash);
    }
    rows.turns.push(turnRow(record, hash));
  }
  return rows;
}
