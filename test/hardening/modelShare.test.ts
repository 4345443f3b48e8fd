// A fair share of the model (issue 13, point 4): one address saturating the model cannot lock the
// others out, a full queue or a spent budget gives the offline answer marked as such (never a 503),
// and the fact checker draws on the same per-minute budget. Behind a trusted proxy (TRUST_PROXY=1)
// the visitors' addresses come from X-Forwarded-For, as a reverse proxy reports them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectChatAnswer, metricValue, postChat, scrape } from './support.js';

const QUESTION = { message: 'Combien d’États membres compte l’OIM ?' };
const MODEL_REPLY = "L'OIM compte 175 États Membres [1].";
/** Long enough for the whole flood to arrive while the first two calls still hold the model, on a loaded machine too. */
const HELD_MS = 5000;

interface Answered {
  status: number;
  body: Record<string, unknown>;
  ms: number;
}

async function ask(url: string, address: string, stream = false): Promise<Answered> {
  const started = Date.now();
  const res = await postChat(url, QUESTION, { 'X-Forwarded-For': address, ...(stream ? { Accept: 'text/event-stream' } : {}) });
  const text = await res.text();
  const body = stream ? JSON.parse(/event: done\ndata: (.*)\n/.exec(text)?.[1] ?? '{}') : JSON.parse(text);
  return { status: res.status, body, ms: Date.now() - started };
}

describe('one address saturating the model', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    server = await startTestServer({
      env: {
        OPENAI_BASE_URL: fake.baseURL,
        MODEL_MAX_RETRIES: '0',
        MODEL_TIMEOUT_MS: '10000',
        TRUST_PROXY: '1',
        MAX_CONCURRENT_MODEL_CALLS: '4',
        MAX_MODEL_QUEUE: '4',
        MODEL_SHARE_PER_ADDRESS: '2',
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('gives another visitor a model answer, and the flooder offline answers marked busy, never a 503', async () => {
    // The first two calls (the flooder's) hold the model; any later call is answered at once.
    const held = { kind: 'delay', ms: HELD_MS, then: { kind: 'reply', content: MODEL_REPLY } } as const;
    fake.setChat(held, held, { kind: 'reply', content: MODEL_REPLY });
    // Twenty questions at once from one address, JSON and SSE alike (below its rate limit).
    const flood = Array.from({ length: 20 }, (_, i) => ask(server.url, '198.51.100.1', i % 2 === 1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const other = await ask(server.url, '198.51.100.2');
    const flooded = await Promise.all(flood);

    expect(other.status).toBe(200);
    expectChatAnswer(other.body);
    expect(other.body).toMatchObject({ mode: 'llm', grounded: true });
    expect(other.body.fallback).toBeUndefined();

    expect(flooded.map((r) => r.status)).toEqual(Array(20).fill(200));
    const byModel = flooded.filter((r) => r.body.mode === 'llm');
    const offline = flooded.filter((r) => r.body.fallback === true);
    // The address's share: two places at the model; every other question answered offline at once.
    expect(byModel).toHaveLength(2);
    expect(offline).toHaveLength(18);
    for (const r of offline) {
      expectChatAnswer(r.body);
      expect(r.body).toMatchObject({ mode: 'extractive', grounded: true, fallbackReason: 'model_busy' });
      expect(r.body.answer).toMatch(/175/);
      // Refused at once: answered while the model still held the flooder's two questions.
      expect(r.ms).toBeLessThan(Math.min(...byModel.map((m) => m.ms)));
    }
    const metrics = await scrape(server.url);
    expect(metricValue(metrics, 'oim_model_refused_total', { reason: 'share' })).toBe(18);
    expect(metricValue(metrics, 'oim_http_requests_total', { route: '/api/chat', status: '503' })).toBe(0);
  });

  it('answers offline, marked busy, when the whole queue is full', async () => {
    fake.setChat({ kind: 'delay', ms: HELD_MS, then: { kind: 'reply', content: MODEL_REPLY } });
    // Five addresses × 2 places = 10 > 4 running + 4 waiting: two are refused as busy.
    const asks = Array.from({ length: 10 }, (_, i) => ask(server.url, `203.0.113.${Math.floor(i / 2) + 1}`));
    const results = await Promise.all(asks);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const busy = results.filter((r) => r.body.fallbackReason === 'model_busy');
    expect(busy).toHaveLength(2);
    const slowest = Math.min(...results.filter((r) => r.body.mode === 'llm').map((r) => r.ms));
    for (const r of busy) expect(r.ms).toBeLessThan(slowest);
    expect(metricValue(await scrape(server.url), 'oim_model_refused_total', { reason: 'busy' })).toBe(2);
  });
});

describe('per-minute model budgets', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI({
      chat: [
        {
          kind: 'reply',
          // The fact checker asks for structured JSON, the chat for prose with markers.
          content: (body) =>
            body?.response_format
              ? JSON.stringify({ verdict: 'supported', explanation: 'Le texte indique 175 États Membres.', quote: 1 })
              : MODEL_REPLY,
        },
      ],
    });
    server = await startTestServer({
      env: {
        OPENAI_BASE_URL: fake.baseURL,
        MODEL_MAX_RETRIES: '0',
        TRUST_PROXY: '1',
        MODEL_CALLS_PER_MINUTE: '5',
        MODEL_CALLS_PER_MINUTE_PER_ADDRESS: '3',
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const verify = async (address: string) => {
    const res = await fetch(`${server.url}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ claim: "L'OIM compte 175 États membres" }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { mode: string; verdict: string };
  };

  it('spends one address’s budget with the fact checker and the chat together, then answers it offline', async () => {
    const a = '192.0.2.10';
    expect((await ask(server.url, a)).body.mode).toBe('llm');
    expect((await verify(a)).mode).toBe('llm');
    expect((await ask(server.url, a)).body.mode).toBe('llm');
    const calls = fake.chatCalls();
    const spent = await ask(server.url, a);
    expect(spent.status).toBe(200);
    expect(spent.body).toMatchObject({ mode: 'extractive', fallback: true, fallbackReason: 'model_budget', grounded: true });
    expect(await verify(a)).toMatchObject({ mode: 'extractive', verdict: 'supported' });
    expect(fake.chatCalls()).toBe(calls);
  });

  it('keeps the global budget for the whole service: the sixth call of the minute is answered offline', async () => {
    const b = '192.0.2.20';
    const c = '192.0.2.30';
    expect((await ask(server.url, b)).body.mode).toBe('llm');
    expect((await ask(server.url, b)).body.mode).toBe('llm');
    // 3 (a) + 2 (b) = 5: spent for everyone, c included, although c has its own allowance left.
    const third = await ask(server.url, c);
    expect(third.body).toMatchObject({ fallback: true, fallbackReason: 'model_budget' });
    const metrics = await scrape(server.url);
    expect(metricValue(metrics, 'oim_model_refused_total', { reason: 'address_budget' })).toBe(2);
    expect(metricValue(metrics, 'oim_model_refused_total', { reason: 'budget' })).toBe(1);
    expect(metricValue(metrics, 'oim_http_requests_total', { route: '/api/chat', status: '503' })).toBe(0);
  });
});
