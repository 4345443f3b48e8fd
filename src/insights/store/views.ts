// What the store hands out: turns and citations in the API's shapes (camelCase, booleans, line
// ranges), never the rows themselves.
import type { Selectable } from 'kysely';
import type { Language } from '../../types.js';
import type { CitationsTable, TurnsTable } from '../db/schema.js';

export type Rating = 'up' | 'down';

export interface StoredCitation {
  id: number;
  source: string;
  title: string;
  heading: string | null;
  lines: [number, number];
  page?: number;
  url?: string;
  /** The full passage text as it was when the answer was given. */
  text: string;
  hash: string;
  score: number;
}

export interface Feedback {
  rating: Rating;
  comment: string | null;
  at: string;
}

export interface TurnView {
  answerId: string;
  createdAt: string;
  question: string;
  language: Language;
  answer: string;
  grounded: boolean;
  mode: 'extractive' | 'llm';
  fallback: boolean;
  latencyMs: number;
  indexBuildId: string | null;
  feedback: Feedback | null;
  citations: StoredCitation[];
}

export function citationView(row: Selectable<CitationsTable>): StoredCitation {
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

export function turnView(row: Selectable<TurnsTable>, citations: StoredCitation[]): TurnView {
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

/** Inclusive range of days, 'YYYY-MM-DD' (UTC). */
export interface DayRange {
  from: string;
  to: string;
}
