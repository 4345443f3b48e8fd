// The insights database's tables, as Kysely sees them. Both engines store the same column types:
// text timestamps (ISO 8601, UTC, so they sort as text), integers 0/1 for booleans (SQLite has no
// boolean type), and the day of each turn ('YYYY-MM-DD', UTC) so that daily trends group alike.
import type { Kysely } from 'kysely';

export interface TurnsTable {
  /** The answerId given to the visitor (a UUID). */
  id: string;
  created_at: string;
  day: string;
  /** The visitor's message, redacted. */
  question: string;
  /** Questions with the same key ask the same thing (see grouping.ts). */
  group_key: string;
  language: string;
  /** The answer as given, redacted. */
  answer: string;
  grounded: number;
  mode: string;
  fallback: number;
  latency_ms: number;
  /** The index build that answered: with the citations' hashes, what the answer stood on. */
  index_build_id: string | null;
  rating: string | null;
  comment: string | null;
  rated_at: string | null;
}

/**
 * The full text of every passage ever cited, once per text: a passage is cited by many answers, and
 * its sha256 names it exactly (the same text, the same hash), so keeping it once loses nothing.
 */
export interface PassagesTable {
  hash: string;
  text: string;
}

/** One cited passage of a turn: where it was, and its text (in passages) as it was when the answer was given. */
export interface CitationsTable {
  turn_id: string;
  /** The citation's number in the answer ([1], [2]…). */
  position: number;
  source: string;
  title: string;
  heading: string | null;
  line_start: number;
  line_end: number;
  page: number | null;
  url: string | null;
  /** sha256 of the passage text (passages.hash), as the index records it for each passage. */
  text_hash: string;
  score: number;
}

export interface InsightsTables {
  turns: TurnsTable;
  citations: CitationsTable;
  passages: PassagesTable;
}

export type InsightsDb = Kysely<InsightsTables>;
