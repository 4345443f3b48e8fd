// Property-based hostile input: fast-check generates request bodies, headers and query strings
// (wrong types, huge strings, deep nesting, invalid UTF-8, NUL bytes, __proto__/constructor keys,
// odd content types and encodings) and sends them as raw HTTP to the server composed as in
// main.ts. Every answer must be a 4xx JSON error or a valid answer: never a 5xx, never a hang,
// never a crash, and never a polluted Object.prototype.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectChatAnswer, expectJsonClientError, type RawRequest, type RawResponse, rawRequest } from './support.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const RUNS = 500;
const TIMEOUT = 240_000;

// ------------------------------------------------------------------ generators

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), fc.integer({ min: 500, max: 40_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const nullish = fc.constantFrom('\u0000', 'a\u0000b', '\u0000'.repeat(100), 'Quels sont les objectifs ?\u0000');

const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__');

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary' }),
  hugeString,
  nullish,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.string(), pollutionKey), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** A chat-like object: right or wrong field types, hostile keys, long histories. */
const chatLike = fc.record(
  {
    message: fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), hostileValue),
    history: fc.oneof(
      fc.array(
        fc.record({
          role: fc.oneof(fc.constantFrom('user', 'assistant', 'system', '__proto__'), hostileValue),
          content: fc.oneof(fc.string(), hostileValue),
        }),
        { maxLength: 25 },
      ),
      hostileValue,
    ),
    lang: fc.oneof(fc.constantFrom('fr', 'en', 'de', '', 'FR'), hostileValue),
    text: fc.oneof(fc.string({ maxLength: 300 }), hostileValue),
  },
  { requiredKeys: [] },
);

/** Raw JSON text with prototype-pollution keys placed where a merge would honour them. */
const pollutingJson = fc
  .tuple(pollutionKey, fc.constantFrom('message', 'history', 'text', 'lang'))
  .map(
    ([key, field]) =>
      `{"${field}":"Quels sont les objectifs ?","${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},"history":[{"role":"user","content":"x","${key}":{"polluted":"yes"}}]}`,
  );

const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 15_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
  .map(([depth, open, wrap]) => {
    const close = open === '[' ? ']' : '}';
    const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
    return wrap ? `{"message":${nested}}` : nested;
  });

const invalidUtf8 = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.constantFrom(0xff, 0xfe, 0xc0, 0xc1, 0xed, 0xf5, 0x80))
  .map(([bytes, bad]) =>
    Buffer.concat([
      Buffer.from('{"message":"Quels sont les objectifs '),
      Buffer.from([bad, ...bytes.filter((b) => b !== 0x22 && b !== 0x5c)]),
      Buffer.from('"}'),
    ]),
  );

const jsonBody: fc.Arbitrary<Buffer | string> = fc.oneof(
  { weight: 4, arbitrary: chatLike.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: pollutingJson },
  { weight: 2, arbitrary: deepNesting },
  { weight: 2, arbitrary: invalidUtf8 },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"message":',
      'null',
      '[]',
      '"x"',
      '{"message":"\\ud800"}',
      '{"message":"\\u0000"}',
      '{"message":"a"}'.repeat(3),
    ),
  },
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=""',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json, text/plain',
      '*/*',
      'application/vnd.api+json',
      '',
    ),
  },
);

/** Header values as raw bytes: visible ASCII, tabs and obs-text (0x80–0xff), which HTTP allows. */
const headerValue = fc.oneof(
  fc.string({ maxLength: 200, unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b.map((x) => (x < 0x20 || x === 0x7f ? 0x41 : x)))),
  fc.integer({ min: 100, max: 8000 }).map((n) => 'a'.repeat(n)),
);

const headerName = fc.constantFrom(
  'Accept',
  'Origin',
  'X-Forwarded-For',
  'X-Request-Id',
  'Authorization',
  'Cookie',
  'Content-Encoding',
  'Accept-Encoding',
  'Accept-Language',
  'If-None-Match',
  'Range',
  'Referer',
  'User-Agent',
  'X-Forwarded-Proto',
  'Forwarded',
  'Expect',
  '__proto__',
  'Constructor',
);

const specialHeaders = fc.constantFrom<Array<[string, string]>>(
  [['Accept', 'text/event-stream']],
  [['Content-Encoding', 'gzip']],
  [['Content-Encoding', 'deflate']],
  [['Content-Encoding', 'br']],
  [['Content-Encoding', 'identity']],
  [['Content-Encoding', 'x-unknown']],
  [['Authorization', 'Basic ###not-base64###']],
  [['Authorization', `Bearer ${'x'.repeat(4000)}`]],
  [['X-Forwarded-For', 'not an ip, , ::ffff:1.2.3.4, 999.1.1.1']],
  [['Origin', 'null']],
  [],
);

const headers = fc
  .tuple(fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }), specialHeaders)
  .map(([random, special]) => [...special, ...random.filter(([name]) => !special.some(([s]) => s.toLowerCase() === name.toLowerCase()))]);

/** Percent-encodes every byte (encodeURIComponent throws on lone surrogates). */
const percentBytes = (bytes: Uint8Array): string => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const queryPart = fc.oneof(
  fc.string({ maxLength: 80 }).map(encodeURIComponent),
  fc.string({ maxLength: 80, unit: 'binary' }).map((s) => percentBytes(Buffer.from(s, 'utf8'))),
  // Invalid UTF-8 once decoded.
  fc.uint8Array({ maxLength: 60 }).map(percentBytes),
  hugeString.map((s) => percentBytes(Buffer.from(s.slice(0, 1200), 'utf8'))),
  fc.constantFrom('%', '%zz', '%C0%AF', '%00', '%ED%A0%80', '%FF%FE', '%u0041', '+', '%2', '..%2F..%2F'),
);

const queryString = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(
            'q',
            'k',
            'q[]',
            'k[]',
            'q[a]',
            '__proto__',
            '__proto__[polluted]',
            'constructor[prototype][polluted]',
            'toString',
          ),
          queryPart,
        )
        .map(([k, v]) => `${k}=${v}`),
      fc
        .tuple(
          fc.constant('k'),
          fc.constantFrom('0', '-1', '21', '1e309', 'NaN', 'Infinity', '5.5', '0x10', ' 3', '', '99999999999999999999'),
        )
        .map(([k, v]) => `${k}=${v}`),
      queryPart,
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join('&'));

// ------------------------------------------------------------------ checks

function expectSafeResponse(res: RawResponse, request: RawRequest): void {
  const context = `${request.method} ${request.target.slice(0, 120)} → ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(200);
  expect(res.status, context).toBeLessThan(500);
  if (request.method === 'HEAD' || res.status === 304) return;
  if (res.status >= 400) {
    expectJsonClientError(res, context);
    return;
  }
  const route = `${request.method} ${request.target.split('?')[0].toLowerCase()}`;
  if (route === 'POST /api/chat') {
    if ((res.headers['content-type'] ?? '').includes('text/event-stream')) {
      expect(res.text, context).not.toMatch(/^event: error$/m);
      const done = /event: done\ndata: (.*)\n/.exec(res.text);
      expect(done, context).not.toBeNull();
      expectChatAnswer(JSON.parse(done![1]), context);
    } else expectChatAnswer(res.json, context);
  }
  if (route === 'GET /api/search') expect(Array.isArray((res.json as { results?: unknown })?.results), context).toBe(true);
}

function expectPrototypeClean(): void {
  for (const probe of [{}, [], Object.create(Object.prototype)]) {
    expect((probe as Record<string, unknown>).polluted).toBeUndefined();
  }
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

// ------------------------------------------------------------------ properties

describe('hostile input at every route', () => {
  let server: TestServer;
  let sent = 0;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '1000000' } });
  });
  afterAll(async () => {
    // Still alive and still answering properly after everything it was sent.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const chat = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Quels sont les objectifs de l’OIM ?' }),
    });
    expectChatAnswer(await chat.json());
    expectPrototypeClean();
    // Nothing was a server error: no "unhandled error" line was logged.
    expect(server.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(4 * RUNS);
    await server.close();
  });

  async function send(request: RawRequest): Promise<void> {
    sent++;
    const res = await rawRequest(server.url, request);
    expectSafeResponse(res, request);
  }

  it(
    `POST /api/chat: ${RUNS} generated bodies, content types and headers`,
    async () => {
      await fc.assert(
        fc.asyncProperty(jsonBody, contentType, headers, async (body, type, extra) => {
          await send({
            method: 'POST',
            target: '/api/chat',
            headers: [...(type ? [['Content-Type', type] as [string, string]] : []), ...extra],
            body,
          });
        }),
        { numRuns: RUNS },
      );
      expectPrototypeClean();
    },
    TIMEOUT,
  );

  it(
    `GET /api/search: ${RUNS} generated query strings and headers`,
    async () => {
      await fc.assert(
        fc.asyncProperty(queryString, headers, async (query, extra) => {
          await send({ method: 'GET', target: `/api/search?${query}`, headers: extra });
        }),
        { numRuns: RUNS },
      );
      expectPrototypeClean();
    },
    TIMEOUT,
  );

  it(
    `POST /api/verify: ${RUNS} generated bodies and headers`,
    async () => {
      await fc.assert(
        fc.asyncProperty(jsonBody, contentType, headers, async (body, type, extra) => {
          await send({
            method: 'POST',
            target: '/api/verify',
            headers: [...(type ? [['Content-Type', type] as [string, string]] : []), ...extra],
            body,
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  const otherRoutes = [
    '/',
    '/healthz',
    '/readyz',
    '/metrics',
    '/widget.js',
    '/widget-demo.js',
    '/widget-demo.css',
    '/staff',
    '/staff/x.js',
    '/admin/reload',
    '/api/chat',
    '/api/search',
    '/api/verify',
    '/api',
    '/nope',
  ];
  const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
  const target = fc.oneof(
    fc.tuple(fc.constantFrom(...otherRoutes), queryString).map(([route, q]) => (q ? `${route}?${q}` : route)),
    fc.constantFrom(
      '/%',
      '/%zz',
      '/..%2F..%2Fetc%2Fpasswd',
      '/api/chat/..',
      '//api//chat',
      '/api/chat%00',
      '/API/CHAT',
      '/staff/%2e%2e/api/verify',
      `/${'a'.repeat(6000)}`,
      '/\u00e9\u00ff',
      '/%C0%AE%C0%AE/',
      '*',
    ),
    fc.string({ maxLength: 60 }).map((s) => `/${encodeURIComponent(s)}`),
  );

  it(
    `every route and method: ${RUNS} generated targets, query strings, bodies and headers`,
    async () => {
      await fc.assert(
        fc.asyncProperty(method, target, fc.option(jsonBody, { nil: undefined }), contentType, headers, async (m, t, body, type, extra) => {
          const withBody = body !== undefined && m !== 'GET' && m !== 'HEAD';
          await send({
            method: m,
            target: t,
            headers: [...(withBody && type ? [['Content-Type', type] as [string, string]] : []), ...extra],
            body: withBody ? body : undefined,
          });
        }),
        { numRuns: RUNS },
      );
      expectPrototypeClean();
    },
    TIMEOUT,
  );
});
