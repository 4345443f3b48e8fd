// Totals of a question-set run, overall and per language of the question.
import type { Language } from '../types.js';
import type { QuestionResult } from './result.js';

export interface LanguageSummary {
  /** Answerable questions in this language. */
  questions: number;
  /** Answerable questions given a grounded answer (not refused). */
  answered: number;
  hit1: number;
  hit3: number;
  /** Answerable questions that name their right document(s). */
  withSource: number;
  /** First citation from a right document. */
  pageAt1: number;
  /** A right document among the first three citations. */
  pageAt3: number;
  unanswerable: number;
  refused: number;
}

export interface EvalSummary {
  answerable: number;
  unanswerable: number;
  byLanguage: Record<Language, LanguageSummary>;
  grounded: number;
  goldCited: number;
  factsFound: number;
  markersValid: number;
  refused: number;
  forbidden: number;
  withSource: number;
  pageAt1: number;
  pageAt3: number;
  /** Answers citing the same text twice. */
  repeatedCitations: number;
  /** Grounded answers, and those offering at least one suggested question. */
  answers: number;
  answersWithSuggestions: number;
  /** Refusals offering at least one suggested question. */
  refusalsWithSuggestions: number;
  /** Suggested questions offered, and those answered grounded when asked back. */
  suggestions: number;
  suggestionsAnswered: number;
  ok: number;
}

const count = (rs: QuestionResult[], f: (r: QuestionResult) => boolean) => rs.filter(f).length;

function languageSummary(results: QuestionResult[], lang: Language): LanguageSummary {
  const mine = results.filter((r) => r.lang === lang);
  const answerable = mine.filter((r) => r.answerable);
  const unanswerable = mine.filter((r) => !r.answerable);
  return {
    questions: answerable.length,
    answered: count(answerable, (r) => r.grounded),
    hit1: count(answerable, (r) => r.hit1),
    hit3: count(answerable, (r) => r.hit3),
    withSource: count(answerable, (r) => r.pageAt1 !== null),
    pageAt1: count(answerable, (r) => r.pageAt1 === true),
    pageAt3: count(answerable, (r) => r.pageAt3 === true),
    unanswerable: unanswerable.length,
    refused: count(unanswerable, (r) => r.refused),
  };
}

export function summarize(results: QuestionResult[]): EvalSummary {
  const answerable = results.filter((r) => r.answerable);
  return {
    answerable: answerable.length,
    unanswerable: results.length - answerable.length,
    byLanguage: { fr: languageSummary(results, 'fr'), en: languageSummary(results, 'en') },
    grounded: count(answerable, (r) => r.grounded),
    goldCited: count(answerable, (r) => r.goldCited),
    factsFound: count(answerable, (r) => r.factsFound),
    markersValid: count(results, (r) => r.markersValid),
    refused: count(results, (r) => !r.answerable && r.refused),
    forbidden: count(results, (r) => r.forbiddenFound.length > 0),
    withSource: count(answerable, (r) => r.pageAt1 !== null),
    pageAt1: count(answerable, (r) => r.pageAt1 === true),
    pageAt3: count(answerable, (r) => r.pageAt3 === true),
    repeatedCitations: count(results, (r) => r.repeatedCitation),
    answers: count(results, (r) => r.grounded),
    answersWithSuggestions: count(results, (r) => r.grounded && r.suggestions.length > 0),
    refusalsWithSuggestions: count(results, (r) => !r.grounded && r.suggestions.length > 0),
    suggestions: results.reduce((n, r) => n + r.suggestions.length, 0),
    suggestionsAnswered: results.reduce((n, r) => n + r.suggestionsAnswered, 0),
    ok: count(results, (r) => r.ok),
  };
}
