// Upstream faults: the model provider rate-limits, fails, hangs, cuts its stream or sends garbage.
// Every chat still gets a valid answer within MODEL_TIMEOUT_MS + 1 s, and the logs and metrics
// count the fallback. The real @langchain/openai client talks to the fake server over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAnswer } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { startFakeOpenAI, type ChatBehaviour, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectChatAnswer, metricValue, postChat, scrape } from './support.js';

const MODEL_TIMEOUT_MS = 3000;
const ADMIN_TOKEN = 'admin-for-fault-tests';
const QUESTION = 'Quels sont les objectifs de l’OIM ?';
const GOOD_REPLY = "L'OIM œuvre pour des migrations humaines et ordonnées [1].";

/** The final answer of a JSON or SSE chat, with the wall time it took. */
async function ask(url: string, stream: boolean): Promise<{ answer: ChatAnswer; ms: number; requestId: string }> {
  const started = performance.now();
  const res = await postChat(url, { message: QUESTION }, stream ? { Accept: 'text/event-stream' } : {});
  expect(res.status).toBe(200);
  const requestId = res.headers.get('x-request-id')!;
  if (!stream) return { answer: (await res.json()) as ChatAnswer, ms: performance.now() - started, requestId };
  const text = await res.text();
  const done = /event: done\ndata: (.*)\n/.exec(text);
  expect(done, text.slice(0, 500)).not.toBeNull();
  expect(text).not.toMatch(/^event: error$/m);
  return { answer: JSON.parse(done![1]) as ChatAnswer, ms: performance.now() - started, requestId };
}

function expectGroundedFallback(answer: ChatAnswer): void {
  expectChatAnswer(answer);
  expect(answer).toMatchObject({ mode: 'extractive', fallback: true, grounded: true });
  expect(answer.citations.length).toBeGreaterThan(0);
  const ids = new Set(answer.citations.map((c) => c.id));
  const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers.length).toBeGreaterThan(0);
  for (const m of markers) expect(ids.has(m)).toBe(true);
}

describe('model faults', () => {
  let fake: FakeOpenAI;
  let server: TestServer;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    server = await startTestServer({
      env: { OPENAI_BASE_URL: fake.baseURL, MODEL_TIMEOUT_MS: String(MODEL_TIMEOUT_MS), MODEL_MAX_RETRIES: '1', ADMIN_TOKEN },
    });
    // Serve the assistant the way main.ts does: loaded by the app's own reloader, so its events
    // (model errors) are wired to this app's metrics and logs.
    const reload = await fetch(`${server.url}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(reload.status).toBe(200);
    // One good answer first: the deadline measured below is the model's, not a cold server's first
    // request (the suggestions a first answer checks took 2.4 s on a loaded CI machine).
    fake.setChat({ kind: 'reply', content: GOOD_REPLY });
    await ask(server.url, false);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const faults: Array<[string, ChatBehaviour[], string]> = [
    ['500 on every call', [{ kind: 'status', status: 500 }], 'server_error'],
    ['a call that never answers', [{ kind: 'hang' }], 'timeout'],
    ['a stream closed in the middle', [{ kind: 'cutStream', after: 2 }], 'connection'],
    ['malformed JSON', [{ kind: 'malformed' }], 'malformed'],
    ['429 on every call', [{ kind: 'status', status: 429, headers: { 'retry-after': '0' } }], 'rate_limited'],
  ];

  for (const [name, behaviours, kind] of faults) {
    for (const stream of [false, true]) {
      it(`${name} (${stream ? 'SSE' : 'JSON'}): a grounded extractive answer within the timeout + 1 s, counted in logs and metrics`, async () => {
        fake.setChat(...behaviours);
        const before = await scrape(server.url);
        const { answer, ms, requestId } = await ask(server.url, stream);
        expect(ms).toBeLessThan(MODEL_TIMEOUT_MS + 1000);
        expectGroundedFallback(answer);
        const after = await scrape(server.url);
        expect(metricValue(after, 'oim_chat_fallbacks_total') - metricValue(before, 'oim_chat_fallbacks_total')).toBe(1);
        expect(metricValue(after, 'oim_model_errors_total', { kind }) - metricValue(before, 'oim_model_errors_total', { kind })).toBe(1);
        const lines = server.logs.filter((l) => (l.req as { id?: string } | undefined)?.id === requestId);
        expect(lines.find((l) => l.msg === 'chat answered')?.chat).toMatchObject({ fallback: true, mode: 'extractive' });
        const warning = lines.find((l) => l.msg === 'model failed: answering with the extractive fallback');
        expect(warning?.model).toMatchObject({ kind });
      });
    }
  }

  it('429 then 200: the client retries once and the model answers (no fallback)', async () => {
    fake.setChat({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, { kind: 'reply', content: GOOD_REPLY });
    const calls = fake.chatCalls();
    const { answer, ms } = await ask(server.url, false);
    expect(ms).toBeLessThan(MODEL_TIMEOUT_MS + 1000);
    expectChatAnswer(answer);
    expect(answer).toMatchObject({ mode: 'llm', grounded: true });
    expect(answer.fallback).toBeUndefined();
    expect(answer.answer).toContain('[1]');
    expect(fake.chatCalls() - calls).toBe(2);
  });

  it('429 then 200 over SSE streams the model answer', async () => {
    fake.setChat({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, { kind: 'reply', content: GOOD_REPLY });
    const { answer } = await ask(server.url, true);
    expect(answer).toMatchObject({ mode: 'llm', grounded: true });
  });

  it('a model that always fails still answers every question of a burst, grounded', async () => {
    fake.setChat({ kind: 'status', status: 500 });
    const questions = ['Quels sont les objectifs de l’OIM ?', 'Combien d’États membres compte l’OIM ?', 'What are the objectives of IOM?'];
    const answers = await Promise.all(
      questions.map((message) => postChat(server.url, { message }).then((r) => r.json() as Promise<ChatAnswer>)),
    );
    for (const answer of answers) {
      expectChatAnswer(answer);
      expect(answer.mode).toBe('extractive');
      expect(answer.fallback).toBe(true);
    }
    expectGroundedFallback(answers[0]);
  });
});

describe('embedding faults at query time (EMBEDDINGS=openai)', () => {
  const TIMEOUT_MS = 1000;
  let fake: FakeOpenAI;
  let server: TestServer;
  let indexRoot: string;

  beforeAll(async () => {
    indexRoot = mkdtempSync(path.join(os.tmpdir(), 'oim-embed-faults-'));
    // The chat model works: what is measured here is the query embedding alone.
    fake = await startFakeOpenAI({ chat: [{ kind: 'reply', content: GOOD_REPLY }] });
    const env = {
      EMBEDDINGS: 'openai',
      OPENAI_BASE_URL: fake.baseURL,
      MODEL_TIMEOUT_MS: String(TIMEOUT_MS),
      MODEL_MAX_RETRIES: '1',
      ADMIN_TOKEN,
      INDEX_DIR: path.join(indexRoot, 'index'),
    };
    const config = loadConfig({ ...env, USE_DICTIONARY: 'false' });
    await ingest({ config, embedder: createEmbedder(config) });
    server = await startTestServer({ env });
    // As in main.ts: the assistant loaded by the app's reloader, its events wired to the metrics.
    expect(
      (await fetch(`${server.url}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    rmSync(indexRoot, { recursive: true, force: true });
  });

  async function askTimed(): Promise<{ answer: ChatAnswer; ms: number }> {
    const started = performance.now();
    const res = await postChat(server.url, { message: QUESTION });
    expect(res.status).toBe(200);
    return { answer: (await res.json()) as ChatAnswer, ms: performance.now() - started };
  }

  it('answers with working embeddings', async () => {
    fake.setEmbeddings({ kind: 'vectors' });
    const { answer } = await askTimed();
    expect(answer).toMatchObject({ mode: 'llm', grounded: true });
  });

  for (const behaviour of [{ kind: 'status', status: 500 }, { kind: 'malformed' }, { kind: 'hang' }] as const) {
    it(`a query embedding that fails (${behaviour.kind}) still gets a grounded answer, search still answers, and the fault is counted`, async () => {
      fake.setEmbeddings(behaviour);
      const before = await scrape(server.url);
      const { answer, ms } = await askTimed();
      expectChatAnswer(answer);
      expect(answer.grounded).toBe(true);
      expect(answer.citations.length).toBeGreaterThan(0);
      // Today's bound: one retry, each attempt limited to the timeout, plus the client's backoff.
      expect(ms).toBeLessThan(2 * TIMEOUT_MS + 2000);
      const search = await fetch(`${server.url}/api/search?q=objectifs`);
      expect(search.status).toBe(200);
      expect(((await search.json()) as { results: unknown[] }).results.length).toBeGreaterThan(0);
      const after = await scrape(server.url);
      expect(metricValue(after, 'oim_model_errors_total') - metricValue(before, 'oim_model_errors_total')).toBeGreaterThanOrEqual(1);
    });
  }

  // The query embedding is raced against one deadline of MODEL_TIMEOUT_MS, retries included.
  it('a hanging query embedding costs at most the timeout + 1 s', async () => {
    fake.setEmbeddings({ kind: 'hang' });
    const { ms } = await askTimed();
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
  });
});
