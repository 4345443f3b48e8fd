// Runs a question set through the same code path as the API (Assistant.answer) and measures
// retrieval (hit@1, hit@3 per language) and answers (grounding, facts, refusals, markers).
import type { Assistant } from '../answer/assistant.js';
import type { ChatAnswer } from '../answer/types.js';
import { citedIds } from '../answer/validate.js';
import type { Language } from '../types.js';
import { containsPhrase, goldFound, type Question } from './questionSet.js';

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
  answer: ChatAnswer;
  ok: boolean;
}

export interface LanguageSummary {
  questions: number;
  hit1: number;
  hit3: number;
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
  ok: number;
}

/** Every marker names a citation, every citation is used, and a grounded answer cites something. */
export function markersAreValid(answer: ChatAnswer): boolean {
  const ids = new Set(answer.citations.map((c) => c.id));
  const cited = citedIds(answer.answer);
  if (!answer.grounded) return cited.length === 0;
  return cited.length > 0 && cited.every((id) => ids.has(id)) && [...ids].every((id) => cited.includes(id));
}

export async function evaluateQuestion(assistant: Assistant, q: Question): Promise<QuestionResult> {
  const passages = await assistant.retriever.search(q.q, 3, { language: q.lang });
  const texts = passages.map((p) => p.text);
  const answer = await assistant.answer({ message: q.q, lang: q.lang });
  const answerable = !q.unanswerable;
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
    answer,
  };
  const ok = answerable
    ? result.grounded && result.goldCited && result.factsFound && result.markersValid && !forbiddenFound.length
    : result.refused && !forbiddenFound.length;
  return { ...result, ok };
}

export function summarize(results: QuestionResult[]): EvalSummary {
  const answerable = results.filter((r) => r.answerable);
  const byLanguage = (lang: Language): LanguageSummary => {
    const rs = answerable.filter((r) => r.lang === lang);
    return { questions: rs.length, hit1: rs.filter((r) => r.hit1).length, hit3: rs.filter((r) => r.hit3).length };
  };
  const count = (rs: QuestionResult[], f: (r: QuestionResult) => boolean) => rs.filter(f).length;
  return {
    answerable: answerable.length,
    unanswerable: results.length - answerable.length,
    byLanguage: { fr: byLanguage('fr'), en: byLanguage('en') },
    grounded: count(answerable, (r) => r.grounded),
    goldCited: count(answerable, (r) => r.goldCited),
    factsFound: count(answerable, (r) => r.factsFound),
    markersValid: count(results, (r) => r.markersValid),
    refused: count(results, (r) => !r.answerable && r.refused),
    forbidden: count(results, (r) => r.forbiddenFound.length > 0),
    ok: count(results, (r) => r.ok),
  };
}

export async function runEval(assistant: Assistant, questions: Question[]): Promise<{ results: QuestionResult[]; summary: EvalSummary }> {
  const results: QuestionResult[] = [];
  for (const q of questions) results.push(await evaluateQuestion(assistant, q));
  return { results, summary: summarize(results) };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function formatReport({ results, summary }: { results: QuestionResult[]; summary: EvalSummary }): string {
  const mark = (b: boolean) => (b ? 'yes' : 'no');
  const rows = results.map((r) =>
    r.answerable
      ? `| ${r.id} | ${r.lang} | ${mark(r.hit1)} | ${mark(r.hit3)} | ${mark(r.grounded)} | ${mark(r.goldCited)} | ${mark(r.factsFound)} | ${mark(r.markersValid)} | ${r.ok ? 'ok' : 'FAIL'} |`
      : `| ${r.id} | ${r.lang} | – | – | ${mark(r.grounded)} | – | – | ${mark(r.markersValid)} | ${r.ok ? 'ok (refused)' : 'FAIL (answered)'} |`,
  );
  const lang = (l: Language) => {
    const s = summary.byLanguage[l];
    return `| ${l} | ${s.questions} | ${pct(s.hit1, s.questions)} | ${pct(s.hit3, s.questions)} |`;
  };
  return [
    '| id | lang | hit@1 | hit@3 | grounded | gold cited | facts | markers | result |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| language | answerable | hit@1 | hit@3 |',
    '|---|---|---|---|',
    lang('fr'),
    lang('en'),
    '',
    `answerable grounded: ${summary.grounded}/${summary.answerable} · gold in cited passages: ${summary.goldCited}/${summary.answerable} · facts in answer: ${summary.factsFound}/${summary.answerable}`,
    `unanswerable refused: ${summary.refused}/${summary.unanswerable} · markers valid: ${summary.markersValid}/${results.length} · forbidden strings: ${summary.forbidden} · all checks: ${summary.ok}/${results.length}`,
  ].join('\n');
}
