// The offline answer: quoted sentences of the organisation's text, each followed by the marker of
// the passage it comes from, under a short lead-in in the user's language. Nothing else is said.
import type { HybridRetriever, SearchAnalysis } from '../retrieve/hybrid.js';
import { toPassageView } from '../types.js';
import { groundingFacts, isGrounded, type GroundingFacts } from './grounding.js';
import { leadIn, refusal } from './messages.js';
import { selectUnits } from './select.js';
import type { ChatAnswer, Citation } from './types.js';

export interface ExtractiveResult {
  answer: ChatAnswer;
  facts: GroundingFacts;
}

export function refusalAnswer(analysis: SearchAnalysis, topics: string[]): ChatAnswer {
  return { answer: refusal(analysis.language, topics), grounded: false, citations: [], language: analysis.language, mode: 'extractive' };
}

export function extractiveAnswer(
  question: string,
  analysis: SearchAnalysis,
  retriever: HybridRetriever,
  topics: string[],
): ExtractiveResult {
  const selection = selectUnits(question, analysis, retriever);
  const facts = groundingFacts(question, analysis, selection, retriever);
  if (!isGrounded(facts) || !selection.units.length) return { answer: refusalAnswer(analysis, topics), facts };
  // Citations are numbered in the order their passages are first quoted.
  const ids = new Map<number, number>();
  for (const u of selection.units) if (!ids.has(u.passage)) ids.set(u.passage, ids.size + 1);
  const citations: Citation[] = [...ids].map(([p, id]) => ({ id, ...toPassageView(analysis.passages[p]) }));
  const lines = selection.units.map((u) => `${u.text} [${ids.get(u.passage)}]`);
  return {
    answer: {
      answer: `${leadIn(analysis.language)}\n${lines.join('\n')}`,
      grounded: true,
      citations,
      language: analysis.language,
      mode: 'extractive',
    },
    facts,
  };
}
