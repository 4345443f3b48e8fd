// Every question the assistant offers is one it answers: a property test over the dev set (the
// multi-document fixture's is in test/multidoc/conversation.test.ts), fast-check picking the question,
// how it is opened (plain, after a greeting) and what was asked before; each suggestion is then asked
// back as the widget asks it (after the exchange, in the same language) and must be answered grounded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { type Question, readQuestionSet } from '../../src/evaluation/questionSet.js';
import { loadAssistant } from '../../src/serve/services.js';
import { REPO_ROOT, testConfig } from '../helpers/server.js';
import { examplesUnanswered, suggestionProperty } from './askBack.js';

const DEV_SET = path.resolve(REPO_ROOT, '../shared/eval/dev.jsonl');
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
