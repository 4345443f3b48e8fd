// The offline answer: quoted sentences of the organisation's text, each followed by the marker of
// the passage it comes from, under a short lead-in in the user's language. Nothing else is said.
// A pure function of the question's reading and the passages found for it.
import type { Retrieval } from '../retrieve/hybrid.js';
import { toPassageView } from '../types.js';
import { decideGrounding, type GroundingDecision, type GroundingFacts, groundingFacts } from './grounding.js';
import { leadIn, refusal } from './messages.js';
import { selectUnits } from './select.js';
import type { ChatAnswer, Citation } from './types.js';

export interface ExtractiveResult {
  answer: ChatAnswer;
  facts: GroundingFacts;
  decision: GroundingDecision;
}

export function refusalAnswer(retrieval: Retrieval, topics: string[]): ChatAnswer {
  const { language } = retrieval.reading;
  return { answer: refusal(language, topics), grounded: false, citations: [], language, mode: 'extractive' };
}

export function extractiveAnswer(retrieval: Retrieval, topics: string[]): ExtractiveResult {
  const { reading, passages } = retrieval;
  const selection = selectUnits(reading, passages);
  const facts = groundingFacts(reading, passages, selection);
  const decision = decideGrounding(facts);
  if (!decision.grounded || !selection.units.length) return { answer: refusalAnswer(retrieval, topics), facts, decision };
  // Citations are numbered in the order their passages are first quoted.
  const ids = new Map<number, number>();
  for (const u of selection.units) if (!ids.has(u.passage)) ids.set(u.passage, ids.size + 1);
  const citations: Citation[] = [...ids].map(([p, id]) => ({ id, ...toPassageView(passages[p]) }));
  const lines = selection.units.map((u) => `${u.text} [${ids.get(u.passage)}]`);
  return {
    answer: {
      answer: `${leadIn(reading.language)}\n${lines.join('\n')}`,
      grounded: true,
      citations,
      language: reading.language,
      mode: 'extractive',
    },
    facts,
    decision,
  };
}
