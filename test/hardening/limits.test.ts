// Abuse limits: body size, per-client rate limits (and which address counts as the client), and
// CORS only for the configured origins. The model's fair share is in modelShare.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_AUTH, startTestServer, type TestServer } from '../helpers/server.js';
import { expectChatAnswer, expectJsonClientError, metricValue, postChat, rawRequest, scrape } from './support.js';

const QUESTION = { message: 'Quels sont les objectifs de l’OIM ?' };

describe('request size', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 413 with a JSON error for a body over 32 KB', async () => {
    const body = JSON.stringify({ message: 'x'.repeat(33 * 1024) });
    const res = await rawRequest(server.url, {
      method: 'POST',
      target: '/api/chat',
      headers: [['Content-Type', 'application/json']],
      body,
    });
    expect(res.status).toBe(413);
    expectJsonClientError(res);
    expect((res.json as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('accepts a body just under the limit (then judges its content)', async () => {
    const res = await postChat(server.url, {
      message: 'Quels sont les objectifs ?',
      history: [{ role: 'user', content: 'y'.repeat(3000) }],
    });
    expect(res.status).toBe(200);
    expectChatAnswer(await res.json());
  });
});

describe('per-client rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000', TRUST_PROXY: '0' } });
  });
  afterAll(() => server.close());

  it('answers a flood from one client with 429, a JSON error and Retry-After', async () => {
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 8; i++) {
      const res = await postChat(server.url, QUESTION);
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
      else await res.arrayBuffer();
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited!.headers.get('ratelimit-policy')).toMatch(/q=5; w=60/);
    const json = (await limited!.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('rate_limited');
    expect(json.error.message).toMatch(/Too many requests/);
    const metrics = await scrape(server.url);
    expect(metricValue(metrics, 'oim_rate_limited_total', { route: '/api/chat' })).toBe(3);
    expect(metricValue(metrics, 'oim_http_requests_total', { route: '/api/chat', status: '429' })).toBe(3);
    expect(server.logs.filter((l) => l.msg === 'rate limited')).toHaveLength(3);
  });

  it('gives search its own allowance, and does not limit health, metrics or pages', async () => {
    const search = await fetch(`${server.url}/api/search?q=objectifs`);
    expect(search.status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`, { headers: METRICS_AUTH })).status).toBe(200);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a spoofed address gets no fresh allowance', async () => {
    const res = await postChat(server.url, QUESTION, { 'X-Forwarded-For': '203.0.113.77' });
    expect(res.status).toBe(429);
  });
});

describe('the fact checker has its own, larger allowance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_VERIFY_MAX: '4', RATE_LIMIT_WINDOW_MS: '60000' } });
  });
  afterAll(() => server.close());

  it('lets staff check more claims than the chat allows questions, and still limits them', async () => {
    const verify = async () => {
      const res = await fetch(`${server.url}/api/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ claim: "L'OIM compte 175 États membres" }),
      });
      await res.arrayBuffer();
      return res.status;
    };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await verify());
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('rate limit behind a trusted proxy (TRUST_PROXY=1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '2', TRUST_PROXY: '1' } });
  });
  afterAll(() => server.close());

  it('counts each client address the proxy reports, and only the hop it appended', async () => {
    const as = (chain: string) => postChat(server.url, QUESTION, { 'X-Forwarded-For': chain }).then((r) => r.status);
    expect([await as('198.51.100.1'), await as('198.51.100.1'), await as('198.51.100.1')]).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own allowance.
    expect(await as('198.51.100.2')).toBe(200);
    // A client that prepends a forged address still counts as the address the proxy saw (the last one).
    expect(await as('10.9.9.9, 198.51.100.1')).toBe(429);
  });
});

describe('CORS', () => {
  let server: TestServer;
  const allowed = 'https://www.iom.int';
  beforeAll(async () => {
    server = await startTestServer({ env: { ALLOWED_ORIGINS: `${allowed},https://partner.example` } });
  });
  afterAll(() => server.close());

  it('gives an allowed origin Access-Control-Allow-Origin, on the answer and the preflight', async () => {
    const res = await postChat(server.url, QUESTION, { Origin: allowed });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    const preflight = await fetch(`${server.url}/api/chat`, {
      method: 'OPTIONS',
      headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('gives a disallowed origin no CORS header at all', async () => {
    for (const origin of ['https://evil.example', 'https://www.iom.int.evil.example', 'null']) {
      const res = await postChat(server.url, QUESTION, { Origin: origin });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const search = await fetch(`${server.url}/api/search?q=objectifs`, { headers: { Origin: origin } });
      expect(search.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('token guessing on the guarded routes', () => {
  let server: TestServer;
  const tokens = { STAFF_TOKEN: 'staff-secret-token', ADMIN_TOKEN: 'admin-secret-token', METRICS_TOKEN: 'metrics-secret-token' };
  beforeAll(async () => {
    server = await startTestServer({ env: { ...tokens, RATE_LIMIT_AUTH_MAX: '5', TRUST_PROXY: '1' } });
  });
  afterAll(() => server.close());

  const attempt = (path: string, token: string, address: string, method = 'GET') =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'X-Forwarded-For': address,
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      ...(method === 'POST' ? { body: JSON.stringify({ claim: "L'OIM compte 175 États membres" }) } : {}),
    });

  it('answers guesses with 401 until the allowance is spent, then 429 with Retry-After, right token or not', async () => {
    const guesser = '198.51.100.66';
    const routes: Array<[string, string]> = [
      ['/staff', 'GET'],
      ['/admin/reload', 'POST'],
      ['/metrics', 'GET'],
      ['/api/verify', 'POST'],
      ['/staff/app.js', 'GET'],
    ];
    for (const [path, method] of routes) expect((await attempt(path, `guess-${path}`, guesser, method)).status).toBe(401);
    const limited = await attempt('/admin/reload', 'another-guess', guesser, 'POST');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Even the right token: guessing on is pointless for the rest of the window.
    expect((await attempt('/metrics', tokens.METRICS_TOKEN, guesser)).status).toBe(429);
    expect(metricValue(await scrapeWith(server.url, tokens.METRICS_TOKEN), 'oim_rate_limited_total', { route: '/metrics' })).toBe(1);
  });

  it('counts only failed attempts: staff with the token load the page and check claims freely', async () => {
    const staff = '198.51.100.7';
    for (let i = 0; i < 8; i++) expect((await attempt('/staff', tokens.STAFF_TOKEN, staff)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await attempt('/api/verify', tokens.STAFF_TOKEN, staff, 'POST')).status).toBe(200);
    // Its successes were never counted: a wrong token is still a plain 401, not a 429.
    expect((await attempt('/staff', 'nope', staff)).status).toBe(401);
  });
});

async function scrapeWith(url: string, token: string): Promise<string> {
  return (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}`, 'X-Forwarded-For': '192.0.2.250' } })).text();
}
