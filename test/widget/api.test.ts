import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatError, parseRetryAfter, streamChat, type ChatResponse, type Citation } from '../../src/widget/api.js';

const citation = { id: 1, source: 'corpus/oim.txt', title: 'Qui sommes nous', heading: null, lines: [3, 4], text: 'OIM…', score: 0.8 };
const done = { answer: 'Founded in 1951 [1].', grounded: true, citations: [citation], language: 'en', mode: 'extractive' };

function sseBody(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

function sse(text: string): Response {
  return new Response(sseBody([text]), { headers: { 'content-type': 'text/event-stream' } });
}

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function run(signal = new AbortController().signal) {
  const seen = { citations: [] as Citation[], tokens: [] as string[], done: null as ChatResponse | null };
  await streamChat(
    'http://api.test/api/chat',
    { message: 'When?', history: [{ role: 'user', content: 'Hi' }] },
    {
      onCitations: (c) => (seen.citations = c),
      onToken: (t) => seen.tokens.push(t),
      onDone: (r) => (seen.done = r),
    },
    signal,
  );
  return seen;
}

async function failureOf(promise: Promise<unknown>): Promise<ChatError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChatError);
  return error as ChatError;
}

afterEach(() => vi.unstubAllGlobals());

describe('streamChat', () => {
  it('posts the question and history asking for SSE, then delivers citations, tokens and the final response', async () => {
    const text = `event: citations\ndata: ${JSON.stringify([citation])}\n\nevent: token\ndata: {"text":"Founded "}\n\nevent: token\ndata: {"text":"in 1951 [1]."}\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n`;
    // Splitting inside a multi-byte character checks that bytes are decoded as a stream.
    const bytes = new TextEncoder().encode(text.replace('Founded ', 'Fondée é '));
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    const fetchMock = stubFetch(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const seen = await run();
    expect(seen.citations.map((c) => c.id)).toEqual([1]);
    expect(seen.tokens).toEqual(['Fondée é ', 'in 1951 [1].']);
    expect(seen.done?.answer).toBe(done.answer);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://api.test/api/chat');
    expect(new Headers(init.headers).get('accept')).toBe('text/event-stream');
    expect(JSON.parse(String(init.body))).toEqual({ message: 'When?', history: [{ role: 'user', content: 'Hi' }] });
  });

  it('accepts the JSON form of the response when the server ignores Accept', async () => {
    stubFetch(Response.json(done));
    const seen = await run();
    expect(seen.citations).toHaveLength(1);
    expect(seen.done?.grounded).toBe(true);
  });

  it("delivers the answer's signature, which the widget sends back with that turn of history", async () => {
    const signature = 'a'.repeat(43);
    stubFetch(sse(`event: done\ndata: ${JSON.stringify({ ...done, signature })}\n\n`));
    expect((await run()).done?.signature).toBe(signature);
    stubFetch(sse(`event: done\ndata: ${JSON.stringify({ ...done, signature: 42 })}\n\n`));
    expect((await run()).done?.signature).toBeUndefined();
  });

  it('drops malformed citations and unexpected fields', async () => {
    const bad = [
      { ...citation, id: 'x' },
      { ...citation, id: 2, url: 'https://iom.int', extra: '<b>' },
    ];
    stubFetch(sse(`event: citations\ndata: ${JSON.stringify(bad)}\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n`));
    const seen = await run();
    expect(seen.citations).toEqual([{ ...citation, id: 2, url: 'https://iom.int' }]);
  });

  it('reads kind, suggestions and the contact page, keeping only well-formed suggestions', async () => {
    const suggestions = ['When was IOM founded?', '', 42, 'x'.repeat(301), 'How many offices?', 'A', 'B', 'C'];
    stubFetch(Response.json({ ...done, kind: 'refusal', suggestions, contactUrl: 'https://example.org/contact' }));
    const seen = await run();
    expect(seen.done).toMatchObject({ kind: 'refusal', contactUrl: 'https://example.org/contact' });
    expect(seen.done?.suggestions).toEqual(['When was IOM founded?', 'How many offices?', 'A', 'B']);
  });

  it('reads a server that predates kinds and suggestions as offering none', async () => {
    stubFetch(Response.json({ ...done, kind: 'joke', suggestions: 'ask me' }));
    const seen = await run();
    expect(seen.done?.kind).toBeUndefined();
    expect(seen.done?.suggestions).toEqual([]);
  });

  it('reports 429 as a rate limit with its Retry-After', async () => {
    stubFetch(Response.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '12' } }));
    const error = await failureOf(run());
    expect(error.kind).toBe('rate_limit');
    expect(error.retryAfterSeconds).toBe(12);
  });

  it('reports 503 as busy with its Retry-After', async () => {
    stubFetch(Response.json({ error: { code: 'overloaded', message: 'busy' } }, { status: 503, headers: { 'retry-after': '5' } }));
    const error = await failureOf(run());
    expect(error.kind).toBe('busy');
    expect(error.retryAfterSeconds).toBe(5);
  });

  it.each([
    [400, 'invalid'],
    [413, 'invalid'],
    [404, 'server'],
    [500, 'server'],
    [503, 'busy'],
  ] as const)('maps status %i to %s', async (status, kind) => {
    stubFetch(Response.json({ error: { code: 'x', message: 'y' } }, { status }));
    expect((await failureOf(run())).kind).toBe(kind);
  });

  it('reports a rejected fetch (offline, refused CORS) as a network error', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    expect((await failureOf(run())).kind).toBe('network');
  });

  it('reports an error event and a stream that ends without done', async () => {
    stubFetch(sse('event: token\ndata: {"text":"a"}\n\nevent: error\ndata: {"code":"internal","message":"boom"}\n\n'));
    expect((await failureOf(run())).kind).toBe('server');
    stubFetch(sse('event: token\ndata: {"text":"a"}\n\n'));
    expect((await failureOf(run())).kind).toBe('interrupted');
  });

  it('reports an abort by the user as aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    stubFetch(new DOMException('aborted', 'AbortError'));
    expect((await failureOf(run(controller.signal))).kind).toBe('aborted');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThanOrEqual(58);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
