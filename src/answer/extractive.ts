// The offline answer: quoted sentences of the organisation's text, each followed by the marker of
// the passage it comes from, under a short lead-in in the user's language that names the language
// of the quotes. Nothing else is said. A pure function of the question's reading, the passages
// found for it and the corpus's vocabulary.
import type { Retrieval } from '../retrieve/hybrid.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import type { Passage } from '../types.js';
import { toCitation } from './citations.js';
import { decideGrounding, type GroundingDecision, type GroundingFacts, groundingFacts } from './grounding.js';
import { asOf, leadIn, ownTranslation, refusal } from './messages.js';
import { ownTranslationOf } from './ownTranslation.js';
import { relatedPages } from './related.js';
import { type ScoredUnit, selectUnits } from './select.js';
import type { ChatAnswer, Citation } from './types.js';

export interface ExtractiveResult {
  answer: ChatAnswer;
  facts: GroundingFacts;
  decision: GroundingDecision;
}

export function refusalAnswer(retrieval: Retrieval, vocabulary: Vocabulary): ChatAnswer {
  const { language } = retrieval.reading;
  const pages = relatedPages(retrieval.passages, language, vocabulary, retrieval.reading);
  return { answer: refusal(language, pages), grounded: false, citations: [], language, mode: 'extractive' };
}

/**
 * One quoted line: the sentence, its marker, as of when when its figure was chosen over other
 * dates', and the organisation's own sentence in the asker's language when the page has one.
 */
function quoteLine(unit: ScoredUnit, passage: Passage, id: number, figureDate: string | null, retrieval: Retrieval): string {
  const { language } = retrieval.reading;
  const dated = figureDate !== null && passage.date === figureDate ? ` ${asOf(figureDate, language)}` : '';
  const translation = passage.language && passage.language !== language ? ownTranslationOf(passage, unit.text, language) : null;
  return `${unit.text} [${id}]${dated}${translation ? `\n${ownTranslation(translation, language)}` : ''}`;
}

export function extractiveAnswer(retrieval: Retrieval, vocabulary: Vocabulary): ExtractiveResult {
  const { reading, passages } = retrieval;
  const selection = selectUnits(reading, passages, vocabulary);
  const facts = groundingFacts(
    reading,
    passages,
    selection,
    (g) => vocabulary.isPervasive(g),
    (w) => vocabulary.isProperName(w),
  );
  const decision = decideGrounding(facts);
  if (!decision.grounded || !selection.units.length) return { answer: refusalAnswer(retrieval, vocabulary), facts, decision };
  // Citations are numbered in the order their passages are first quoted.
  const ids = new Map<number, number>();
  for (const u of selection.units) if (!ids.has(u.passage)) ids.set(u.passage, ids.size + 1);
  const citations: Citation[] = [...ids].map(([p, id]) =>
    toCitation(
      passages[p],
      id,
      selection.units.filter((u) => u.passage === p),
    ),
  );
  const lines = selection.units.map((u) => quoteLine(u, passages[u.passage], ids.get(u.passage)!, selection.asOf, retrieval));
  const quoted = selection.units.map((u) => passages[u.passage].language);
  return {
    answer: {
      answer: `${leadIn(reading.language, quoted)}\n${lines.join('\n')}`,
      grounded: true,
      citations,
      language: reading.language,
      mode: 'extractive',
    },
    facts,
    decision,
  };
}
