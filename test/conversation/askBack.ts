// Asking back what the assistant offered, as the widget does (after the exchange, in the same
// language): shared by the suggestion property tests over the dev set and the multi-document fixture.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import type { ChatAnswer, HistoryTurn } from '../../src/answer/types.js';
import type { Question } from '../../src/evaluation/questionSet.js';
import type { Language } from '../../src/types.js';

const OPENERS: Record<Language, string[]> = { fr: ['', 'Bonjour, ', 'Merci ! '], en: ['', 'Hello! ', 'Thanks. '] };

/** Asks each suggestion of `answer` back after the exchange; returns those not answered grounded. */
export async function unanswered(assistant: Assistant, answer: ChatAnswer, history: HistoryTurn[], lang: Language): Promise<string[]> {
  const failed: string[] = [];
  for (const suggestion of answer.suggestions ?? []) {
    const asked = await assistant.answer({ message: suggestion, history, lang });
    if (!asked.grounded || asked.kind !== 'answer' || asked.language !== answer.language) failed.push(suggestion);
  }
  return failed;
}

export function suggestionProperty(assistant: () => Assistant, questions: () => Question[]) {
  const scenario = fc
    .record({ q: fc.nat(), previous: fc.option(fc.nat(), { nil: null }), opener: fc.nat({ max: 2 }) })
    .map(({ q, previous, opener }) => {
      const list = questions();
      const question = list[q % list.length];
      return { question, previous: previous === null ? null : list[previous % list.length], opener: OPENERS[question.lang][opener] };
    });
  return fc.asyncProperty(scenario, async ({ question, previous, opener }) => {
    const history: HistoryTurn[] = [];
    if (previous) {
      const before = await assistant().answer({ message: previous.q, lang: previous.lang });
      history.push({ role: 'user', content: previous.q }, { role: 'assistant', content: before.answer });
    }
    const answer = await assistant().answer({ message: `${opener}${question.q}`, lang: question.lang, history });
    history.push({ role: 'user', content: `${opener}${question.q}` }, { role: 'assistant', content: answer.answer });
    expect(await unanswered(assistant(), answer, history, question.lang)).toEqual([]);
  });
}

export async function examplesUnanswered(assistant: Assistant): Promise<string[]> {
  const failed: string[] = [];
  for (const [lang, greeting] of [
    ['fr', 'Bonjour'],
    ['en', 'Hello'],
  ] as const) {
    const reply = await assistant.answer({ message: greeting, lang });
    expect(reply.kind).toBe('smalltalk');
    const history: HistoryTurn[] = [
      { role: 'user', content: greeting },
      { role: 'assistant', content: reply.answer },
    ];
    failed.push(...(await unanswered(assistant, reply, history, lang)));
  }
  return failed;
}
