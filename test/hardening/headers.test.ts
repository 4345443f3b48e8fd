// Security headers and access: a strict CSP on the pages, the widget script loadable by any site,
// the staff routes behind STAFF_TOKEN while the public chat stays open, and unparseable HTTP
// answered with a JSON 4xx by the hardened server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectJsonClientError, postChat, rawRequest } from './support.js';

function cspOf(res: Response): Map<string, string> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves the demo page under a CSP without inline or eval scripts, not frameable', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = cspOf(res);
    expect(csp.get('script-src')).toBe("'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('lets any site load /widget.js: CORP cross-origin, no embedder policy in the way', async () => {
    const res = await fetch(`${server.url}/widget.js`, { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
    // The revalidation answer keeps the same policy.
    const again = await fetch(`${server.url}/widget.js`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('gives API answers a CSP that allows nothing, and never an embedder policy', async () => {
    const res = await postChat(server.url, { message: 'Quels sont les objectifs ?' });
    expect(cspOf(res).get('default-src')).toBe("'none'");
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('gives the staff page a page CSP without inline scripts', async () => {
    const res = await fetch(`${server.url}/staff`);
    const csp = cspOf(res);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('script-src-attr')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('staff routes restricted by STAFF_TOKEN', () => {
  const token = 's3cret-staff-token-\u00e9';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { STAFF_TOKEN: token } });
  });
  afterAll(() => server.close());

  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

  it.each([
    ['GET', '/staff'],
    ['GET', '/staff/'],
    ['GET', '/staff/app.js'],
    ['GET', '/staff/base.css'],
    ['GET', '/STAFF'],
    ['POST', '/api/verify'],
  ])('refuses %s %s without the token: 401 JSON with WWW-Authenticate', async (method, path) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{"text":"x"}' : undefined,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer realm="OIM staff"/);
    expect(res.headers.get('www-authenticate')).toMatch(/Basic realm="OIM staff"/);
    const json = (await res.json()) as { error: { code: string } };
    expect(json.error.code).toBe('unauthorized');
  });

  it.each([
    ['a wrong bearer token', 'Bearer nope'],
    ['the token with a different case', `Bearer ${token.toUpperCase()}`],
    ['a prefix of the token', `Bearer ${token.slice(0, -1)}`],
    ['the token as basic user name', basic(token, 'x')],
    ['basic auth without a colon', `Basic ${Buffer.from(token).toString('base64')}`],
    ['another scheme', `Token ${token}`],
    ['an empty bearer', 'Bearer '],
  ])('refuses %s', async (_name, authorization) => {
    const res = await fetch(`${server.url}/staff`, { headers: { authorization } });
    expect(res.status).toBe(401);
  });

  it('lets the token through as a bearer token or as the basic-auth password', async () => {
    for (const authorization of [`Bearer ${token}`, `bearer ${token}`, basic('staff', token), basic('', token)]) {
      const page = await fetch(`${server.url}/staff`, { headers: { authorization } });
      expect(page.status, authorization).not.toBe(401);
      const verify = await fetch(`${server.url}/api/verify`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(verify.status, authorization).not.toBe(401);
    }
  });

  it('keeps the public chat, search, widget and demo page open', async () => {
    expect((await postChat(server.url, { message: 'Quels sont les objectifs ?' })).status).toBe(200);
    expect((await fetch(`${server.url}/api/search?q=objectifs`)).status).toBe(200);
    expect((await fetch(`${server.url}/widget.js`)).status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('never logs the Authorization header', async () => {
    await fetch(`${server.url}/staff`, { headers: { authorization: `Bearer ${token}` } });
    expect(JSON.stringify(server.logs)).not.toContain(token);
  });
});

describe('staff routes without STAFF_TOKEN', () => {
  it('stay open (no 401)', async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/staff`)).status).not.toBe(401);
      expect(
        (await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
      ).not.toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe('hardened HTTP server (composed as in main.ts)', () => {
  let hardened: TestServer;
  let url: string;
  beforeAll(async () => {
    hardened = await startTestServer({ load: false });
    url = hardened.url;
  });
  afterAll(() => hardened.close());

  it.each([
    ['a request line with spaces in the target', { method: 'GET', target: '/api/search?q=a b' }],
    ['a NUL byte in a header value', { method: 'GET', target: '/healthz', headers: [['X-Test', 'a\u0000b']] as Array<[string, string]> }],
    ['a header name with a space', { method: 'GET', target: '/healthz', headers: [['Bad Name', 'x']] as Array<[string, string]> }],
    ['an unknown method token', { method: 'G{T', target: '/healthz' }],
    [
      'both Content-Length and chunked',
      {
        method: 'POST',
        target: '/api/chat',
        headers: [
          ['Transfer-Encoding', 'chunked'],
          ['Content-Length', '3'],
        ] as Array<[string, string]>,
        body: '0\r\n\r\n',
      },
    ],
  ])('answers %s with a JSON 400', async (_name, request) => {
    const res = await rawRequest(url, request);
    expectJsonClientError(res);
  });

  it('answers oversized headers with a JSON 431', async () => {
    const res = await rawRequest(url, { method: 'GET', target: '/healthz', headers: [['X-Big', 'a'.repeat(20_000)]] });
    expect(res.status).toBe(431);
    expectJsonClientError(res);
  });

  it('logs a refused unparseable request as a warning', async () => {
    await rawRequest(url, { method: 'GET', target: '/x y' });
    expect(hardened.logs.some((l) => l.msg === 'unparseable request refused')).toBe(true);
  });
});
