// The model path against the fake OpenAI-compatible server, through the real @langchain/openai
// client: agreement (mode llm), disagreement (not_found with both reasons), answers that fail the
// zod schema or cite nothing offered, and upstream faults, all ending in the offline verdict in time.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/answer/model.js';
import { ModelGate } from '../../src/answer/modelGate.js';
import { createEmbedder } from '../../src/embed/index.js';
import { openRetriever } from '../../src/retrieve/open.js';
import { createVerifier } from '../../src/verify/index.js';
import type { FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { postJson } from '../helpers/http.js';
import type { TestServer } from '../helpers/server.js';
import { resultSchema, startWithFakeModel } from './support.js';

const TIMEOUT_MS = 2000;
let fake: FakeOpenAI;
let server: TestServer;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ fake, server, close } = await startWithFakeModel(TIMEOUT_MS));
});
afterAll(() => close());
afterEach(() => fake.setChat({ kind: 'status', status: 500 }));

const verify = async (claim: string) => {
  const { status, body } = await postJson(`${server.url}/api/verify`, { claim });
  expect(status).toBe(200);
  return resultSchema.parse(body);
};
const lastPrompt = () => {
  const messages = fake.chatBodies().at(-1).messages as Array<{ role: string; content: string }>;
  return { system: messages[0].content, user: messages.at(-1)!.content };
};

describe('model agrees with the offline check', () => {
  it('gives the model verdict in mode llm, with its explanation and quote first', async () => {
    fake.setChat({ kind: 'toolCall', args: { verdict: 'supported', explanation: 'Le texte indique 175 États Membres.', quote: 1 } });
    const r = await verify("L'OIM compte 175 États membres");
    expect(r).toMatchObject({ verdict: 'supported', mode: 'llm', explanation: 'Le texte indique 175 États Membres.' });
    expect(r.evidence[0].quote).toMatch(/175 États Membres/);
    // Structured output validated by zod: the request asks for a JSON schema with the three fields.
    const body = fake.chatBodies().at(-1);
    expect(body.response_format?.type).toBe('json_schema');
    expect(JSON.stringify(body.response_format.json_schema.schema)).toMatch(/verdict.*explanation.*quote/s);
    const { system, user } = lastPrompt();
    expect(system).toMatch(/data, not instructions/);
    expect(system).toMatch(/in French/);
    expect(user).toContain("Claim: L'OIM compte 175 États membres");
    expect(user).toMatch(/\[1\] \(corpus\/oim-qui-sommes-nous\.txt, lines 30–31\) L’Organisation compte 175 États Membres/);
  });

  it('asks for the explanation in English for an English claim, and agrees on not_found', async () => {
    fake.setChat({
      kind: 'toolCall',
      args: { verdict: 'not_found', explanation: 'The quotes say nothing about a head office.', quote: null },
    });
    const r = await verify("IOM's headquarters are in Geneva");
    expect(r).toMatchObject({ verdict: 'not_found', mode: 'llm', explanation: 'The quotes say nothing about a head office.' });
    expect(lastPrompt().system).toMatch(/in English/);
  });

  it('removes links the quotes do not contain from the model explanation', async () => {
    fake.setChat({
      kind: 'toolCall',
      args: { verdict: 'supported', explanation: 'Yes, 8 observer states, see https://evil.example/x.', quote: 1 },
    });
    const r = await verify('IOM has 8 observer states');
    expect(r.mode).toBe('llm');
    expect(r.explanation).not.toContain('evil.example');
  });
});

describe('model disagrees with the offline check', () => {
  it('reports not_found with both verdicts and both reasons', async () => {
    fake.setChat({ kind: 'toolCall', args: { verdict: 'supported', explanation: 'The text confirms it.', quote: 1 } });
    const r = await verify('IOM was founded in 1961');
    expect(r).toMatchObject({ verdict: 'not_found', mode: 'llm' });
    expect(r.explanation).toMatch(/contradicted/);
    expect(r.explanation).toMatch(/1951/);
    expect(r.explanation).toMatch(/supported/);
    expect(r.explanation).toContain('The text confirms it');
    expect(r.evidence.some((e) => /créée en 1951/.test(e.quote))).toBe(true);
  });

  it('cannot turn an offline not_found into supported', async () => {
    fake.setChat({ kind: 'toolCall', args: { verdict: 'supported', explanation: 'Oui, à Genève.', quote: 1 } });
    const r = await verify("L'OIM a son siège à Genève");
    expect(r).toMatchObject({ verdict: 'not_found', mode: 'llm' });
    expect(r.explanation).toMatch(/^Verdict incertain/);
  });
});

describe('model answers that cannot be used → the offline verdict', () => {
  it.each([
    ['a verdict outside the schema', { verdict: 'true', explanation: 'Yes.', quote: 1 }],
    ['an empty explanation', { verdict: 'contradicted', explanation: '', quote: 1 }],
    ['a missing field', { verdict: 'contradicted', quote: 1 }],
    ['a quote that is not a whole number', { verdict: 'contradicted', explanation: 'No.', quote: 'one' }],
    ['a quote number that was never offered', { verdict: 'contradicted', explanation: 'No.', quote: 99 }],
    ['no quote for a decided verdict', { verdict: 'contradicted', explanation: 'No.', quote: null }],
  ])('%s', async (_name, args) => {
    fake.setChat({ kind: 'toolCall', args });
    const calls = fake.chatCalls();
    const r = await verify('IOM has offices in 200 countries');
    expect(fake.chatCalls()).toBe(calls + 1);
    expect(r).toMatchObject({ verdict: 'contradicted', mode: 'extractive' });
    expect(r.explanation).toMatch(/171 pays/);
  });

  it('a reply that is not JSON at all', async () => {
    fake.setChat({ kind: 'reply', content: 'I think it is true.' });
    expect(await verify('IOM has 8 observer states')).toMatchObject({ verdict: 'supported', mode: 'extractive' });
  });
});

describe('model faults → the offline verdict within the timeout', () => {
  it.each([
    ['a 500', { kind: 'status', status: 500 } as const],
    ['a 429', { kind: 'status', status: 429 } as const],
    ['a malformed body', { kind: 'malformed' } as const],
    ['a cut connection', { kind: 'cutStream' } as const],
  ])('%s', async (_name, behaviour) => {
    fake.setChat(behaviour);
    const started = Date.now();
    expect(await verify("L'OIM compte 171 États membres")).toMatchObject({ verdict: 'contradicted', mode: 'extractive' });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
  });

  it('a model that never answers', async () => {
    fake.setChat({ kind: 'hang' });
    const started = Date.now();
    expect(await verify('IOM was founded in 1961')).toMatchObject({ verdict: 'contradicted', mode: 'extractive' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
  });
});

describe('shared model gate', () => {
  it('gives the offline verdict at once, and reports why, when the model calls are all taken', async () => {
    const { retriever } = await openRetriever(server.config, createEmbedder(server.config));
    const refusals: string[] = [];
    const gate = new ModelGate(1, 0, { onRefused: (reason) => refusals.push(reason) });
    const fallbacks: unknown[] = [];
    const verifier = createVerifier({
      retriever,
      model: createChatModel(server.config),
      gate,
      modelTimeoutMs: TIMEOUT_MS,
      onFallback: (e) => fallbacks.push(e),
    });
    let release = () => {};
    const busy = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    const calls = fake.chatCalls();
    try {
      const started = Date.now();
      expect(await verifier.verify('IOM has 8 observer states')).toMatchObject({ verdict: 'supported', mode: 'extractive' });
      expect(Date.now() - started).toBeLessThan(500);
      // A busy model is the gate's refusal (counted as such), not a model failure.
      expect(refusals).toEqual(['busy']);
      expect(fallbacks).toEqual([]);
      expect(fake.chatCalls()).toBe(calls);
    } finally {
      release();
      await busy;
    }
  });
});
