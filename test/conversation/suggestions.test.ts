// Every question the assistant offers is one it answers: a property test over the dev set and the
// multi-document fixture, fast-check picking the question, how it is opened (plain, after a greeting)
// and what was asked before; each suggestion is then asked back as the widget asks it (after the
// exchange, in the same language) and must be answered grounded. Refusals on the fixture, a site
// export with menus on every page, must never quote a menu label.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import type { ChatAnswer, HistoryTurn } from '../../src/answer/types.js';
import { normalizeForMatch, type Question, readQuestionSet } from '../../src/evaluation/questionSet.js';
import { loadAssistant } from '../../src/serve/services.js';
import type { Language } from '../../src/types.js';
import { REPO_ROOT, testConfig } from '../helpers/server.js';
import { CORPUS_DIR as MULTIDOC_CORPUS, chromeLines, corpusFiles, QUESTIONS_FILE, textOf } from '../multidoc/support.js';

const DEV_SET = path.resolve(REPO_ROOT, '../shared/eval/dev.jsonl');
const OPENERS: Record<Language, string[]> = { fr: ['', 'Bonjour, ', 'Merci ! '], en: ['', 'Hello! ', 'Thanks. '] };

/** Asks each suggestion of `answer` back after the exchange; returns those not answered grounded. */
async function unanswered(assistant: Assistant, answer: ChatAnswer, history: HistoryTurn[], lang: Language): Promise<string[]> {
  const failed: string[] = [];
  for (const suggestion of answer.suggestions ?? []) {
    const asked = await assistant.answer({ message: suggestion, history, lang });
    if (!asked.grounded || asked.kind !== 'answer' || asked.language !== answer.language) failed.push(suggestion);
  }
  return failed;
}

function suggestionProperty(assistant: () => Assistant, questions: () => Question[]) {
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

async function examplesUnanswered(assistant: Assistant): Promise<string[]> {
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

describe.skipIf(!existsSync(DEV_SET))('suggestions on the real corpus (dev set)', () => {
  let assistant: Assistant;
  let questions: Question[];
  beforeAll(async () => {
    ({ assistant } = await loadAssistant(await testConfig()));
    questions = await readQuestionSet(DEV_SET);
  });

  it('answers grounded every example question a greeting offers', async () => {
    expect(await examplesUnanswered(assistant)).toEqual([]);
  });

  it('answers grounded every suggestion offered after a dev question, asked back', async () => {
    await fc.assert(
      suggestionProperty(
        () => assistant,
        () => questions,
      ),
      { numRuns: 30 },
    );
  });
});

describe('suggestions and refusals on the multi-document fixture', () => {
  let assistant: Assistant;
  let questions: Question[];
  let menuLabels: string[];
  beforeAll(async () => {
    ({ assistant } = await loadAssistant(await testConfig({ corpusDir: MULTIDOC_CORPUS })));
    questions = await readQuestionSet(QUESTIONS_FILE);
    const texts = new Map(corpusFiles().map((f) => [f, textOf(f)]));
    // Lines three or more pages repeat (menus, footers, banners), as labels: bullets and link syntax off.
    menuLabels = [
      ...new Set(
        chromeLines(texts)
          .map((l) => l.replace(/^[-*]\s+/, '').replace(/^\[(.*)\]\(.*\)$/, '$1'))
          .filter((l) => /\p{L}/u.test(l)),
      ),
    ];
  });
  afterAll(() => undefined);

  it('answers grounded every example question a greeting offers', async () => {
    expect(await examplesUnanswered(assistant)).toEqual([]);
  });

  it('answers grounded every suggestion offered after a fixture question, asked back', async () => {
    await fc.assert(
      suggestionProperty(
        () => assistant,
        () => questions,
      ),
      { numRuns: 40 },
    );
  });

  it('never quotes a menu label in a refusal, and offers questions, not labels', async () => {
    const refusals = [
      ...questions.filter((q) => q.unanswerable).map((q) => ({ message: q.q, lang: q.lang })),
      { message: 'Quel temps fera-t-il demain à Genève ?', lang: 'fr' as const },
      { message: 'Who won the football world cup?', lang: 'en' as const },
    ];
    const quoted: string[] = [];
    let withSuggestions = 0;
    for (const request of refusals) {
      const answer = await assistant.answer(request);
      if (answer.grounded) continue;
      const text = ` ${normalizeForMatch(answer.answer).replace(/[^\p{L}\p{N}' -]+/gu, ' ')} `;
      for (const label of menuLabels) if (text.includes(` ${label} `)) quoted.push(`${request.message} → "${label}"`);
      if (answer.suggestions?.length) withSuggestions++;
      for (const suggestion of answer.suggestions ?? [])
        if (!/^(Parlez-moi |Tell me about )|\?$/.test(suggestion)) quoted.push(`${request.message} → suggestion "${suggestion}"`);
    }
    expect(menuLabels.length).toBeGreaterThan(20);
    expect(quoted).toEqual([]);
    // The takeover attempts get none; the other refusals offer something to ask instead.
    expect(withSuggestions).toBeGreaterThan(refusals.length / 2);
  });
});
