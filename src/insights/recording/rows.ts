// The rows a batch of turns becomes. Answers repeat (the answer cache hands the same answer to
// every visitor asking the same question), and so do popular questions: a batch converts each
// distinct answer and each distinct question once, and the database keeps each distinct answer
// once, named by its hash.
import type { Citation } from '../../contract/api.js';
import { memoByText } from '../../lib/memo.js';
import type { Insertable } from 'kysely';
import type { AnswerCitationsTable, AnswersTable, PassagesTable, TurnsTable } from '../db/schema.js';
import { groupKey } from '../grouping.js';
import { redactText } from '../redaction/redact.js';
import type { PackedTurns } from './packedTurns.js';
import { dayOf, type RecordedAnswer, sha256 } from './turn.js';

/** What one batch writes: each distinct answer once (with its citations and passages), then one row per turn. */
export interface BatchRows {
  answers: AnswerRows[];
  turns: TurnsTable[];
  /** How many of the batch's turns gave each answer, by its hash: added to its turn_count. */
  answerTurns: Map<string, number>;
}

// The same passages are cited again and again: their hash is remembered, not computed per answer.
// Up to 6 million characters of passage text: 5,000 passages of CHUNK_SIZE's default 1,200.
const passageHash = memoByText(sha256, 6_000_000);

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
  /** Written with a count of 0: the batch's turns add theirs (answerTurns). */
  answer: Insertable<AnswersTable>;
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

/** A batch's questions redacted, and their group keys in each language, each computed once per batch. */
class QuestionsOfBatch {
  private readonly redacted: string[];
  private readonly keys = { fr: [] as string[], en: [] as string[] };

  constructor(questions: string[]) {
    this.redacted = questions.map(redactText);
  }

  text(position: number): string {
    return this.redacted[position];
  }

  key(position: number, language: RecordedAnswer['language']): string {
    const keys = this.keys[language];
    keys[position] ??= groupKey(this.redacted[position], language);
    return keys[position];
  }
}

/**
 * The answers' hashes, each answer's rows built once per distinct answer in the batch. Packing keeps
 * each answer object once; two objects with the same text and citations array (a copy the recorded
 * part could not be shared with: other kept fields) are hashed once, and two with the same content
 * from different arrays (a cache reload, a model that answered alike) are written once.
 */
function answersOfBatch(answers: RecordedAnswer[], rows: BatchRows): string[] {
  const byContent = new Map<Citation[], Map<string, string>>();
  const seen = new Set<string>();
  return answers.map((answer) => {
    let byText = byContent.get(answer.citations);
    if (!byText) {
      byText = new Map();
      byContent.set(answer.citations, byText);
    }
    let hash = byText.get(answer.answer);
    if (hash === undefined) {
      const stored = answerRows(answer);
      hash = stored.answer.hash;
      byText.set(answer.answer, hash);
      if (!seen.has(hash)) rows.answers.push(stored);
      seen.add(hash);
    }
    return hash;
  });
}

/** The rows of a packed batch: each distinct answer's (once), then a row per turn. */
export function batchRows(batch: PackedTurns): BatchRows {
  const rows: BatchRows = { answers: [], turns: [], answerTurns: new Map() };
  const hashes = answersOfBatch(batch.answers, rows);
  const questions = new QuestionsOfBatch(batch.questions);
  const feedback = new Map(batch.feedback);
  const turnsOfAnswer = new Uint32Array(batch.answers.length);
  for (let i = 0; i < batch.ids.length; i++) {
    turnsOfAnswer[batch.answerOf[i]]++;
    const answer = batch.answers[batch.answerOf[i]];
    const given = feedback.get(i);
    const createdAt = new Date(batch.at[i]).toISOString();
    rows.turns.push({
      id: batch.ids[i],
      created_at: createdAt,
      day: dayOf(createdAt),
      question: questions.text(batch.questionOf[i]),
      group_key: questions.key(batch.questionOf[i], answer.language),
      language: answer.language,
      answer_hash: hashes[batch.answerOf[i]],
      grounded: answer.grounded ? 1 : 0,
      mode: answer.mode,
      fallback: answer.fallback ? 1 : 0,
      kind: answer.kind ?? null,
      latency_ms: Math.max(0, Math.round(batch.latencyMs[i])),
      index_build_id: batch.builds[batch.buildOf[i]],
      rating: given?.rating ?? null,
      comment: given?.comment ? redactText(given.comment) : null,
      rated_at: given ? new Date(given.at).toISOString() : null,
    });
  }
  for (let a = 0; a < hashes.length; a++) rows.answerTurns.set(hashes[a], (rows.answerTurns.get(hashes[a]) ?? 0) + turnsOfAnswer[a]);
  return rows;
}
