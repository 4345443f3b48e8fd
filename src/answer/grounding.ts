// Decides whether the retrieved text answers the question. Two ways to be grounded:
// - the question's terms are mostly known to the corpus and a good passage covers them;
// - the question asks for a number or a year, and one sentence holds such a value together with
//   everything of the question that the corpus knows (synonyms like fondée/créée stay unknown).
// And two ways to fail whatever the scores: a question asking for a number, a year or a name that the
// chosen sentences do not hold, or a number in the question ("in 2022") that they do not contain.
// When the corpus knows the question's focus (focus.ts), more unknown words elsewhere are tolerated:
// they are then more often verbs or paraphrase than a missing topic.
// Refused whatever the scores, too: a question naming something the documents never mention (a
// place, a person, an organisation: names have no paraphrase), and a message that tries to take the
// assistant over rather than ask about the documents.
// Anything else is refused: a polite "not in the documents" beats an invented answer.
import type { HybridRetriever, SearchAnalysis } from '../retrieve/hybrid.js';
import { triesToTakeOver } from '../ingest/safety.js';
import { analyze, isStopWord, words } from '../retrieve/analyzer.js';
import { expectedValue, holdsExpected, numbersIn } from './questionType.js';
import { focusGroup } from './focus.js';
import type { Selection } from './select.js';

/** Least hybrid score of the best passage. */
export const MIN_TOP_SCORE = 0.25;
/** Largest idf-weighted share of question terms that the corpus never mentions. */
export const MAX_UNKNOWN_SHARE = 0.4;
/** The same, when the corpus knows the question's focus. */
export const MAX_UNKNOWN_SHARE_KNOWN_FOCUS = 0.65;
/** Least share of the question that the best sentence must cover. */
export const MIN_SENTENCE_COVERAGE = 0.2;

/** A typed answer tolerates this many question words the corpus never uses (one synonym). */
export const MAX_UNKNOWN_WORDS_TYPED = 1;

export interface GroundingFacts {
  topScore: number;
  unknownShare: number;
  bestCoverage: number;
  typedAnswer: boolean;
  /** The question asks for a number or year and the chosen sentences hold one. */
  valuePresent: boolean;
  /** Every number written in the question is in the chosen sentences. */
  numbersPresent: boolean;
  /** The corpus knows what the question is about (its focus word). */
  focusKnown: boolean;
  /** A name in the question (a capitalised word inside a sentence) that the corpus never mentions. */
  unknownName: string | null;
  /** The message tries to give the assistant new instructions or a new role. */
  takeover: boolean;
}

function typedAnswer(question: string, analysis: SearchAnalysis, selection: Selection, retriever: HybridRetriever): boolean {
  const expected = expectedValue(question);
  const best = selection.best;
  if (expected === 'any' || !best || !holdsExpected(best.text, expected)) return false;
  const knownGroups = analysis.groups.filter((g) => retriever.unknownShare([g]) === 0);
  const unknownWords = analysis.groups.length - knownGroups.length;
  return (
    knownGroups.length > 0 &&
    unknownWords <= MAX_UNKNOWN_WORDS_TYPED &&
    retriever.coverageOf(knownGroups, new Set(analyze(best.text))) === 1
  );
}

function focusKnown(question: string, analysis: SearchAnalysis, retriever: HybridRetriever): boolean {
  const focus = focusGroup(question, analysis.groups, retriever);
  return focus !== null && retriever.unknownShare([focus]) === 0;
}

function valuePresent(question: string, selection: Selection): boolean {
  const expected = expectedValue(question);
  if (expected !== 'count' && expected !== 'year' && expected !== 'name') return true;
  return selection.units.some((u) => holdsExpected(u.text, expected));
}

function numbersPresent(question: string, selection: Selection): boolean {
  const quoted = selection.units.map((u) => u.text).join(' ');
  return numbersIn(question).every((n) => new RegExp(`\\b${n}\\b`).test(quoted));
}

/**
 * Capitalised words inside a sentence of the question: its names (acronyms aside). A question in Title Case
 * ("What Are The Goals Of IOM") capitalises its function words too, and then says nothing of names.
 */
function namesIn(question: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of question.split(/[.!?:;]+/)) {
    const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    for (const token of tokens.slice(1)) {
      // An acronym is left out: it often abbreviates common words the corpus spells out (NGO, ONG).
      if (!/^\p{Lu}/u.test(token) || /^\p{Lu}{2,}s?$/u.test(token)) continue;
      if (isStopWord(token.toLowerCase(), 'en')) return new Set();
      for (const w of words(token)) names.add(w);
    }
  }
  return names;
}

function unknownName(question: string, analysis: SearchAnalysis, retriever: HybridRetriever): string | null {
  const names = namesIn(question);
  return analysis.groups.find((g) => names.has(g.word) && retriever.unknownShare([g]) === 1)?.word ?? null;
}

export function groundingFacts(
  question: string,
  analysis: SearchAnalysis,
  selection: Selection,
  retriever: HybridRetriever,
): GroundingFacts {
  return {
    topScore: analysis.passages[0]?.score ?? 0,
    unknownShare: retriever.unknownShare(analysis.groups),
    bestCoverage: selection.best?.coverage ?? 0,
    typedAnswer: typedAnswer(question, analysis, selection, retriever),
    valuePresent: valuePresent(question, selection),
    numbersPresent: numbersPresent(question, selection),
    focusKnown: focusKnown(question, analysis, retriever),
    unknownName: unknownName(question, analysis, retriever),
    takeover: triesToTakeOver(question),
  };
}

export function isGrounded(facts: GroundingFacts): boolean {
  if (!facts.valuePresent || !facts.numbersPresent || facts.unknownName !== null || facts.takeover) return false;
  const maxUnknown = facts.focusKnown ? MAX_UNKNOWN_SHARE_KNOWN_FOCUS : MAX_UNKNOWN_SHARE;
  const covered = facts.topScore >= MIN_TOP_SCORE && facts.unknownShare < maxUnknown && facts.bestCoverage >= MIN_SENTENCE_COVERAGE;
  return covered || facts.typedAnswer;
}
