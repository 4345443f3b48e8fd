// Runs a question set through the same code path as the API (Assistant.answer) and measures
// retrieval (hit@1, hit@3 per language), the documents cited, and answers (grounding, facts,
// refusals, markers).
import type { Assistant } from '../answer/assistant.js';
import type { ChatAnswer } from '../answer/types.js';
import { citedIds } from '../answer/validate.js';
import { citesRightDocument, citesSameTextTwice } from './citations.js';
import { containsPhrase, goldFound, sourcesOf, type Question } from './questionSet.js';
import type { QuestionResult } from './result.js';
import { summarize, type EvalSummary } from './summary.js';

export type { QuestionResult } from './result.js';
export type { EvalSummary, LanguageSummary } from './summary.js';
export { summarize } from './summary.js';
export { formatReport } from './report.js';

/** Citations counted for "the right page among the first few". */
const PAGE_AT_K = 3;

/** Every marker names a citation, every citation is used, and a grounded answer cites something. */
export function markersAreValid(answer: ChatAnswer): boolean {
  const ids = new Set(answer.citations.map((c) => c.id));
  const cited = citedIds(answer.answer);
  if (!answer.grounded) return cited.length === 0;
  return cited.length > 0 && cited.every((id) => ids.has(id)) && [...ids].every((id) => cited.includes(id));
}

/**
 * Each suggestion asked back as the widget asks it (after the question and its answer, in the same
 * language): how many the assistant answers grounded. Every one must be.
 */
async function suggestionsAnswered(assistant: Assistant, q: Question, answer: ChatAnswer): Promise<number> {
  const history = [
    { role: 'user' as const, content: q.q },
    { role: 'assistant' as const, content: answer.answer },
  ];
  let grounded = 0;
  for (const suggestion of answer.suggestions ?? [])
    if ((await assistant.answer({ message: suggestion, lang: q.lang, history })).grounded) grounded++;
  return grounded;
}

export async function evaluateQuestion(assistant: Assistant, q: Question): Promise<QuestionResult> {
  const passages = await assistant.retriever.search(q.q, 3, { language: q.lang });
  const texts = passages.map((p) => p.text);
  const answer = await assistant.answer({ message: q.q, lang: q.lang });
  const answerable = !q.unanswerable;
  const sources = sourcesOf(q);
  const judgesPages = answerable && sources.length > 0;
  const forbiddenFound = q.forbidden.filter((f) => containsPhrase(answer.answer, f));
  const result = {
    id: q.id,
    lang: q.lang,
    question: q.q,
    answerable,
    hit1: answerable && goldFound(q, texts.slice(0, 1)),
    hit3: answerable && goldFound(q, texts),
    grounded: answer.grounded,
    goldCited:
      answerable &&
      goldFound(
        q,
        answer.citations.map((c) => c.text),
      ),
    factsFound: q.facts.every((f) => containsPhrase(answer.answer, f)),
    markersValid: markersAreValid(answer),
    refused: !answer.grounded,
    forbiddenFound,
    sources,
    pageAt1: judgesPages ? citesRightDocument(answer.citations, sources, 1) : null,
    pageAt3: judgesPages ? citesRightDocument(answer.citations, sources, PAGE_AT_K) : null,
    repeatedCitation: citesSameTextTwice(answer.citations),
    suggestions: answer.suggestions ?? [],
    suggestionsAnswered: await suggestionsAnswered(assistant, q, answer),
    answer,
  };
  const ok = answerable
    ? result.grounded && result.goldCited && result.factsFound && result.markersValid && !forbiddenFound.length
    : result.refused && !forbiddenFound.length;
  return { ...result, ok };
}

export async function runEval(assistant: Assistant, questions: Question[]): Promise<{ results: QuestionResult[]; summary: EvalSummary }> {
  const results: QuestionResult[] = [];
  for (const q of questions) results.push(await evaluateQuestion(assistant, q));
  return { results, summary: summarize(results) };
}
