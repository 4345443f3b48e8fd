// Decides whether the retrieved text answers the question. Two ways to be grounded:
// - the question's terms are mostly known to the corpus and a good passage covers them;
// - the question asks for a number or a year, and one sentence holds such a value together with
//   everything of the question that the corpus knows (synonyms like fondée/créée stay unknown).
// Anything else is refused: a polite "not in the documents" beats an invented answer.
import type { HybridRetriever, SearchAnalysis } from '../retrieve/hybrid.js';
import { analyze } from '../retrieve/analyzer.js';
import { expectedValue, holdsExpected } from './questionType.js';
import type { Selection } from './select.js';

/** Least hybrid score of the best passage. */
export const MIN_TOP_SCORE = 0.25;
/** Largest idf-weighted share of question terms that the corpus never mentions. */
export const MAX_UNKNOWN_SHARE = 0.4;
/** Least share of the question that the best sentence must cover. */
export const MIN_SENTENCE_COVERAGE = 0.2;

export interface GroundingFacts {
  topScore: number;
  unknownShare: number;
  bestCoverage: number;
  typedAnswer: boolean;
}

function typedAnswer(question: string, analysis: SearchAnalysis, selection: Selection, retriever: HybridRetriever): boolean {
  const expected = expectedValue(question);
  const best = selection.best;
  if (expected === 'any' || !best || !holdsExpected(best.text, expected)) return false;
  const knownGroups = analysis.groups.filter((g) => retriever.unknownShare([g]) === 0);
  return knownGroups.length > 0 && retriever.coverageOf(knownGroups, new Set(analyze(best.text))) === 1;
}

export function groundingFacts(question: string, analysis: SearchAnalysis, selection: Selection, retriever: HybridRetriever): GroundingFacts {
  return {
    topScore: analysis.passages[0]?.score ?? 0,
    unknownShare: retriever.unknownShare(analysis.groups),
    bestCoverage: selection.best?.coverage ?? 0,
    typedAnswer: typedAnswer(question, analysis, selection, retriever),
  };
}

export function isGrounded(facts: GroundingFacts): boolean {
  const covered = facts.topScore >= MIN_TOP_SCORE && facts.unknownShare < MAX_UNKNOWN_SHARE && facts.bestCoverage >= MIN_SENTENCE_COVERAGE;
  return covered || facts.typedAnswer;
}
