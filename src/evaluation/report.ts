// The question-set report as Markdown tables: one row per question, then per-language totals.
import type { Language } from '../types.js';
import type { QuestionResult } from './result.js';
import type { EvalSummary } from './summary.js';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const mark = (b: boolean) => (b ? 'yes' : 'no');
const pageMark = (b: boolean | null) => (b === null ? '–' : mark(b));

function questionRow(r: QuestionResult): string {
  if (!r.answerable)
    return `| ${r.id} | ${r.lang} | – | – | – | ${mark(r.grounded)} | – | – | ${mark(r.markersValid)} | ${r.ok ? 'ok (refused)' : 'FAIL (answered)'} |`;
  return `| ${r.id} | ${r.lang} | ${mark(r.hit1)} | ${mark(r.hit3)} | ${pageMark(r.pageAt1)} | ${mark(r.grounded)} | ${mark(r.goldCited)} | ${mark(r.factsFound)} | ${mark(r.markersValid)} | ${r.ok ? 'ok' : 'FAIL'} |`;
}

function languageRow(summary: EvalSummary, lang: Language): string {
  const s = summary.byLanguage[lang];
  const page = (n: number) => (s.withSource ? pct(n, s.withSource) : '–');
  return `| ${lang} | ${s.questions} | ${pct(s.answered, s.questions)} | ${pct(s.hit1, s.questions)} | ${pct(s.hit3, s.questions)} | ${page(s.pageAt1)} | ${page(s.pageAt3)} | ${s.refused}/${s.unanswerable} |`;
}

export function formatReport({ results, summary }: { results: QuestionResult[]; summary: EvalSummary }): string {
  const lines = [
    '| id | lang | hit@1 | hit@3 | page@1 | grounded | gold cited | facts | markers | result |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(questionRow),
    '',
    '| language | answerable | answered | hit@1 | hit@3 | right page cited first | right page in first 3 citations | unanswerable refused |',
    '|---|---|---|---|---|---|---|---|',
    languageRow(summary, 'fr'),
    languageRow(summary, 'en'),
    '',
    `answerable grounded: ${summary.grounded}/${summary.answerable} · gold in cited passages: ${summary.goldCited}/${summary.answerable} · facts in answer: ${summary.factsFound}/${summary.answerable}`,
    `unanswerable refused: ${summary.refused}/${summary.unanswerable} · markers valid: ${summary.markersValid}/${results.length} · forbidden strings: ${summary.forbidden} · all checks: ${summary.ok}/${results.length}`,
  ];
  if (summary.withSource)
    lines.push(
      `right page cited first: ${summary.pageAt1}/${summary.withSource} (${pct(summary.pageAt1, summary.withSource)}) · in the first 3 citations: ${summary.pageAt3}/${summary.withSource} (${pct(summary.pageAt3, summary.withSource)})`,
    );
  lines.push(`answers citing the same text twice: ${summary.repeatedCitations}/${results.length}`);
  const refusals = results.length - summary.answers;
  lines.push(
    `suggestions: answers offering some ${summary.answersWithSuggestions}/${summary.answers} (${pct(summary.answersWithSuggestions, summary.answers)}) · refusals offering some ${summary.refusalsWithSuggestions}/${refusals} · answered grounded when asked back ${summary.suggestionsAnswered}/${summary.suggestions} (${pct(summary.suggestionsAnswered, summary.suggestions)})`,
  );
  return lines.join('\n');
}
