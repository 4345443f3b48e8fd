// What the store hands out: turns and citations in the API's shapes (camelCase, booleans, line
// ranges), never the rows themselves.
import type { Selectable } from 'kysely';
import type { StoredCitation, TurnView } from '../../contract/insights.js';
import type { AnswerCitationsTable, TurnsTable } from '../db/schema.js';

export function citationView(row: Selectable<AnswerCitationsTable> & { text: string }): StoredCitation {
  const view: StoredCitation = {
    id: row.position,
    source: row.source,
    title: row.title,
    heading: row.heading,
    lines: [row.line_start, row.line_end],
    text: row.text,
    hash: row.text_hash,
    score: row.score,
  };
  if (row.page !== null) view.page = row.page;
  if (row.url !== null) view.url = row.url;
  return view;
}

/** A turn row with its answer's text (answers.text) and citations. */
export function turnView(row: Selectable<TurnsTable> & { answer: string }, citations: StoredCitation[]): TurnView {
  return {
    answerId: row.id,
    createdAt: row.created_at,
    question: row.question,
    language: row.language === 'en' ? 'en' : 'fr',
    answer: row.answer,
    grounded: row.grounded === 1,
    mode: row.mode === 'llm' ? 'llm' : 'extractive',
    fallback: row.fallback === 1,
    latencyMs: row.latency_ms,
    indexBuildId: row.index_build_id,
    feedback:
      row.rating === 'up' || row.rating === 'down'
        ? { rating: row.rating, comment: row.comment, at: row.rated_at ?? row.created_at }
        : null,
    citations,
  };
}
