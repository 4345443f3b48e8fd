// With a model configured (the fake OpenAI-compatible server through the real client): conversational
// turns never reach the model, a question after a greeting reaches it without the greeting, and the
// suggestions offered with a model answer are still checked offline, so each is answered grounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { postJson } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let fake: FakeOpenAI;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.setChat({ kind: 'reply', content: "L'OIM compte 175 États Membres [1]." });
  server = await startTestServer({ env: { OPENAI_BASE_URL: fake.baseURL, MODEL_TIMEOUT_MS: '1500', MODEL_MAX_RETRIES: '0' } });
});
afterAll(async () => {
  await server.close();
  await fake.close();
});

const chat = async (body: unknown) => (await postJson(`${server.url}/api/chat`, body)).body;

describe('conversation with a model configured', () => {
  it('replies to conversational turns without calling the model', async () => {
    const before = fake.chatBodies().length;
    for (const message of ['Bonjour !', 'Merci', 'Who are you?', 'Are you a bot?', 'Help'])
      expect(await chat({ message, lang: 'fr' })).toMatchObject({ kind: 'smalltalk', mode: 'llm', citations: [] });
    expect(fake.chatBodies().length).toBe(before);
  });

  it('sends the model the question without the greeting, and offers suggestions checked offline', async () => {
    const answer = await chat({ message: 'Bonjour, combien d’États membres compte l’OIM ?' });
    expect(answer).toMatchObject({ kind: 'answer', mode: 'llm', grounded: true, language: 'fr' });
    const prompt = (fake.chatBodies().at(-1).messages as Array<{ content: string }>).at(-1)?.content ?? '';
    expect(prompt).toContain('Question: combien d’États membres compte l’OIM ?');
    expect(prompt).not.toContain('Bonjour');
    expect(answer.suggestions.length).toBeGreaterThan(0);
    const calls = fake.chatBodies().length;
    for (const suggestion of answer.suggestions) {
      const asked = await chat({ message: suggestion, lang: 'fr' });
      expect(asked, suggestion).toMatchObject({ grounded: true, kind: 'answer' });
    }
    // Asked back, the suggestions are answered by the model, as any question is.
    expect(fake.chatBodies().length).toBe(calls + answer.suggestions.length);
  });
});
