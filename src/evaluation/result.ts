// The outcome of one question of a set, as the summary and the report read it.
import type { ChatAnswer } from '../answer/types.js';
import type { Language } from '../types.js';

export interface QuestionResult {
  id: string;
  lang: Language;
  question: string;
  answerable: boolean;
  hit1: boolean;
  hit3: boolean;
  grounded: boolean;
  /** Answerable: every gold phrase in the cited passages. */
  goldCited: boolean;
  factsFound: boolean;
  markersValid: boolean;
  /** Unanswerable: refused (grounded false). */
  refused: boolean;
  forbiddenFound: string[];
  /** The right documents the set names (empty when it names none). */
  sources: string[];
  /** First citation from a right document; null when the set names none or the question is unanswerable. */
  pageAt1: boolean | null;
  /** A right document among the first three citations; null as pageAt1. */
  pageAt3: boolean | null;
  /** Two citations of the answer carry the same text. */
  repeatedCitation: boolean;
  /** Questions offered with the answer, and how many of them, asked back after it, were answered grounded. */
  suggestions: string[];
  suggestionsAnswered: number;
  answer: ChatAnswer;
  ok: boolean;
}
