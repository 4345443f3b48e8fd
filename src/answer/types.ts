// The chat API's answer shape (issue contract): answerers produce it, routes and CLIs print it.
import type { Language, PassageView } from '../types.js';

export interface Citation extends PassageView {
  id: number;
  /** Date of the document quoted (ISO: YYYY-MM-DD or YYYY-MM). */
  date?: string;
  /** Language of the passage quoted. */
  language?: string;
  /** Other documents holding the same text. */
  alternates?: string[];
  /** The live page, opened at the sentence quoted (a URL text fragment). */
  link?: string;
}

export interface ChatAnswer {
  answer: string;
  grounded: boolean;
  citations: Citation[];
  language: Language;
  mode: 'extractive' | 'llm';
  /** Present and true when a configured model failed and the extractive answer was given instead. */
  fallback?: boolean;
}

export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  message: string;
  history?: HistoryTurn[];
  lang?: Language;
}
