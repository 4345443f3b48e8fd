// The insights database's tables, as Kysely sees them. Both engines store the same column types:
// text timestamps (ISO 8601, UTC, so they sort as text), integers 0/1 for booleans (SQLite has no
// boolean type), and the day of each turn ('YYYY-MM-DD', UTC) so that daily trends group alike.
//
// A turn (one answered question) is one row. What it answered is kept once per distinct answer:
// the answer cache and popular questions give the same answer, with the same citations, to many
// visitors, so the answer's text and citations are named by their sha256 (answers.hash) and each
// turn points to them, as each citation points to the passage text it stood on (passages.hash).
// Keeping them once loses nothing: the same hash is the same content.
import type { Generated, Kysely } from 'kysely';

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
  /** The answer as given, with its citations (answers.hash). */
  answer_hash: string;
  grounded: number;
  mode: string;
  fallback: number;
  /**
   * answer, refusal or smalltalk (a greeting, thanks…: not grounded, but nothing was asked of the
   * documents, so not a content gap); null when the answerer did not say.
   */
  kind: string | null;
  latency_ms: number;
  /** The index build that answered: with the citations' hashes, what the answer stood on. */
  index_build_id: string | null;
  rating: string | null;
  comment: string | null;
  rated_at: string | null;
}

/** An answer's text as given, redacted; its hash covers the text and every citation (see recording/rows.ts). */
export interface AnswersTable {
  hash: string;
  text: string;
  /**
   * How many turns gave this answer: the retention purge deletes an answer when its count falls to
   * 0 (counted by the writer, so that no index of turns by answer is updated per turn).
   */
  turn_count: Generated<number>;
}

/** One cited passage of an answer: where it was, and its text (in passages) as it was when the answer was given. */
export interface AnswerCitationsTable {
  answer_hash: string;
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

/** The full text of every passage cited, once per text (its sha256 names it exactly). */
export interface PassagesTable {
  hash: string;
  text: string;
}

/**
 * Who does a deployment's background work this round (store/lease.ts): one row per kind of work
 * (the retention purge), its holder (host, pid and a random part) and when the lease ends (ISO, UTC).
 */
export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

export interface InsightsTables {
  turns: TurnsTable;
  answers: AnswersTable;
  answer_citations: AnswerCitationsTable;
  passages: PassagesTable;
  leases: LeasesTable;
}

export type InsightsDb = Kysely<InsightsTables>;
