// A question goes down the pipeline once: its follow-ups are drawn from the passages its answer was
// chosen from, not from a second retrieval of the same question. With the answer cache off, nothing
// of an answer is kept, its follow-ups included: asked again, the question does all its work again.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { loadAssistant } from '../../src/serve/services.js';
import { testConfig } from '../helpers/server.js';

describe('follow-ups of an answer', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await loadAssistant(await testConfig({ env: { ANSWER_CACHE_SIZE: '0' } })));
  });
  afterEach(() => vi.restoreAllMocks());

  /** How many times the question itself was retrieved (the candidates' checks ask other questions). */
  async function retrievalsOf(question: string): Promise<{ times: number; suggestions: string[] }> {
    const spy = vi.spyOn(assistant.retriever, 'readAndRetrieve');
    const answer = await assistant.answer({ message: question });
    const times = spy.mock.calls.filter(([asked]) => asked === question).length;
    spy.mockRestore();
    return { times, suggestions: answer.suggestions ?? [] };
  }

  it.each([
    ['a grounded answer', 'Quels sont les objectifs de cette organisation ?'],
    ['a refusal', 'Quel temps fera-t-il demain à Genève ?'],
  ])('retrieves the question once for %s and its follow-ups, and again when asked again', async (_, question) => {
    const first = await retrievalsOf(question);
    expect(first.times).toBe(1);
    const again = await retrievalsOf(question);
    expect(again.times).toBe(1);
    expect(again.suggestions).toEqual(first.suggestions);
  });
});
