// What an operator sees: JSON logs with the request id on every request line (and in X-Request-Id),
// no visitor text unless LOG_CONTENT is on, and Prometheus metrics at /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_AUTH, startTestServer, type TestServer } from '../helpers/server.js';
import { metricValue, postChat, scrape } from './support.js';

const SECRET_QUESTION = 'Quels sont les objectifs de l’OIM selon mon dossier 4471-ZEBRA ?';

/** The request id a log line carries (src/serve/http/logger.ts binds the request to every line). */
function lineRequestId(line: Record<string, unknown>): unknown {
  return (line.req as { id?: unknown } | undefined)?.id;
}

describe('logs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('returns X-Request-Id and puts it on every line the request logs, the chat line included', async () => {
    const res = await postChat(server.url, { message: 'Quels sont les objectifs de l’OIM ?' }, { Accept: 'text/event-stream' });
    await res.text();
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[\w.-]{8,64}$/);
    const lines = server.logs.filter((l) => lineRequestId(l) === id);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['chat answered', 'request completed']));
    const chat = lines.find((l) => l.msg === 'chat answered')!;
    expect(chat.level).toBe(30);
    expect(chat.chat).toMatchObject({ language: 'fr', mode: 'extractive', grounded: true, fallback: false, stream: true, historyTurns: 0 });
    expect((chat.chat as { citations: number }).citations).toBeGreaterThan(0);
    expect(typeof (chat.chat as { ms: number }).ms).toBe('number');
  });

  it('keeps a plain caller-supplied request id, and replaces a hostile one', async () => {
    const kept = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': 'edge-proxy.1234' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-proxy.1234');
    const replaced = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': '"><script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every request-scoped line a request id (nothing logged about a request without one)', async () => {
    await postChat(server.url, { message: 'Combien de membres ?' });
    await fetch(`${server.url}/api/search?q=${encodeURIComponent(SECRET_QUESTION)}`);
    await fetch(`${server.url}/nope`);
    const requestLines = server.logs.filter((l) => l.req || l.res || l.chat);
    expect(requestLines.length).toBeGreaterThan(4);
    for (const line of requestLines) expect(lineRequestId(line), JSON.stringify(line)).toBeTruthy();
  });

  it('never writes visitors\u2019 text (message, query string) at info level by default', async () => {
    await postChat(server.url, { message: SECRET_QUESTION, history: [{ role: 'user', content: 'ZEBRA-HISTORY' }] });
    await fetch(`${server.url}/api/search?q=4471-ZEBRA`);
    const all = JSON.stringify(server.logs);
    expect(all).not.toContain('4471-ZEBRA');
    expect(all).not.toContain('ZEBRA-HISTORY');
  });
});

describe('logs at LOG_LEVEL=warn', () => {
  it('writes nothing about an answered request, and the refused one as a warning carrying its request id', async () => {
    const server = await startTestServer({ env: { LOG_LEVEL: 'warn' } });
    try {
      const answered = await postChat(server.url, { message: 'Quels sont les objectifs de l’OIM ?' });
      const answeredId = answered.headers.get('x-request-id');
      await answered.json();
      const refused = await postChat(server.url, { message: 42 });
      const refusedId = refused.headers.get('x-request-id');
      await refused.json();
      // The line is written when the response has finished on the server's side.
      for (let tries = 0; tries < 50 && !server.logs.some((l) => lineRequestId(l) === refusedId); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(answeredId).toBeTruthy();
      expect(server.logs.filter((l) => lineRequestId(l) === answeredId)).toEqual([]);
      const lines = server.logs.filter((l) => lineRequestId(l) === refusedId);
      expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'request completed', res: { statusCode: 400 } })]);
      expect(lines[0].req).toEqual({ id: refusedId, method: 'POST', path: '/api/chat' });
    } finally {
      await server.close();
    }
  });
});

describe('logs with LOG_CONTENT=true', () => {
  it('adds the visitor\u2019s message to the chat line', async () => {
    const server = await startTestServer({ env: { LOG_CONTENT: 'true' } });
    try {
      const res = await postChat(server.url, { message: SECRET_QUESTION });
      const id = res.headers.get('x-request-id');
      await res.json();
      const chat = server.logs.find((l) => l.msg === 'chat answered' && lineRequestId(l) === id)!;
      expect((chat.content as { message: string }).message).toBe(SECRET_QUESTION);
    } finally {
      await server.close();
    }
  });
});

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves the Prometheus text format with requests, latency, answers, refusals and process figures', async () => {
    await (await postChat(server.url, { message: 'Quels sont les objectifs de l’OIM ?' })).json();
    await (await postChat(server.url, { message: 'Quelle est la recette de la ratatouille niçoise ?' })).json();
    await (await postChat(server.url, { message: 42 })).json();
    await fetch(`${server.url}/definitely/not/here/${'x'.repeat(50)}`);
    const res = await fetch(`${server.url}/metrics`, { headers: METRICS_AUTH });
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP oim_http_requests_total /m);
    expect(text).toMatch(/^# TYPE oim_http_request_duration_seconds histogram$/m);
    expect(metricValue(text, 'oim_http_requests_total', { route: '/api/chat', status: '200' })).toBe(2);
    expect(metricValue(text, 'oim_http_requests_total', { route: '/api/chat', status: '400' })).toBe(1);
    // Unknown paths share one label: a scan cannot grow the series.
    expect(metricValue(text, 'oim_http_requests_total', { route: 'other', status: '404' })).toBe(1);
    expect(text).not.toContain('definitely');
    expect(metricValue(text, 'oim_http_request_duration_seconds_count', { route: '/api/chat' })).toBe(3);
    expect(metricValue(text, 'oim_chat_answers_total', { mode: 'extractive', grounded: 'true' })).toBe(1);
    expect(metricValue(text, 'oim_chat_refusals_total', { language: 'fr' })).toBe(1);
    expect(metricValue(text, 'oim_chat_fallbacks_total')).toBe(0);
    expect(text).toMatch(/^# TYPE oim_model_errors_total counter$/m);
    expect(text).toMatch(/^# TYPE oim_rate_limited_total counter$/m);
    expect(metricValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(10e6);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('needs the bearer token, and does not exist without METRICS_TOKEN or METRICS_PORT', async () => {
    const refused = await fetch(`${server.url}/metrics`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(`${server.url}/metrics`, { headers: METRICS_AUTH })).status).toBe(200);
    const open = await startTestServer({ env: { METRICS_TOKEN: '' } });
    try {
      const res = await fetch(`${open.url}/metrics`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/oim_http_requests_total/);
    } finally {
      await open.close();
    }
  });

  it('counts itself like any route, so scrapes are visible too', async () => {
    const text = await scrape(server.url);
    expect(metricValue(text, 'oim_http_requests_total', { route: '/metrics', status: '200' })).toBeGreaterThan(0);
  });
});
