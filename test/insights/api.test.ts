// The insights API through the real app: answerId in JSON and in the SSE done event, POST
// /api/feedback (201, 404, 400, rate limit, CORS), recording off, a database that is down, the
// staff-only report, export and evidence snapshot.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse, postJson, postSse } from '../helpers/http.js';
import { startInsightsServer, type InsightsServer } from './server.js';
import { citation } from './support.js';

// Version 7 (recording/answerId.ts): time-ordered.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STAFF = { authorization: 'Bearer staff-secret' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function getJson(url: string, headers: Record<string, string> = STAFF) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

describe('recording on (SQLite)', () => {
  let server: InsightsServer;
  beforeAll(async () => {
    server = await startInsightsServer({ env: { STAFF_TOKEN: 'staff-secret', ALLOWED_ORIGINS: 'https://partner.example' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('names every answer: answerId in the JSON and in the SSE done event, each recorded', async () => {
    const json = await postJson(`${server.url}/api/chat`, { message: 'What does the organisation do?' });
    expect(json.status).toBe(200);
    expect(json.body.answerId).toMatch(UUID);
    const sse = await postSse(`${server.url}/api/chat`, { message: 'What are its programmes?' });
    const done = sse.events.find((e) => e.event === 'done');
    expect(done?.data.answerId).toMatch(UUID);
    expect(done?.data.answerId).not.toBe(json.body.answerId);
    await server.insights.flush();
    for (const id of [json.body.answerId, done?.data.answerId]) expect(await server.insights.store.hasTurn(id)).toBe(true);
  });

  it('records feedback: 201 even before the turn is written, a later verdict with a comment replaces it', async () => {
    const { body } = await postJson(`${server.url}/api/chat`, { message: 'Where are the offices?' });
    const up = await postJson(`${server.url}/api/feedback`, { answerId: body.answerId, rating: 'up' });
    expect(up).toMatchObject({ status: 201, body: { answerId: body.answerId, rating: 'up' } });
    const down = await postJson(`${server.url}/api/feedback`, {
      answerId: body.answerId,
      rating: 'down',
      comment: 'Wrong city, mail me at a@b.org',
    });
    expect(down.status).toBe(201);
    // Verdicts are written with their turn, off the request path: wait for the writer before reading back.
    await server.insights.flush();
    const snapshot = await getJson(`${server.url}/a/${body.answerId}.json`);
    expect(snapshot.body.feedback).toMatchObject({ rating: 'down', comment: 'Wrong city, mail me at [email]' });
  });

  it('answers 404 for an unknown answer and 400 for anything else malformed', async () => {
    const unknown = await postJson(`${server.url}/api/feedback`, { answerId: UNKNOWN, rating: 'up' });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'unknown_answer' } } });
    const { body } = await postJson(`${server.url}/api/chat`, { message: 'Anything' });
    const bad: unknown[] = [
      {},
      { answerId: body.answerId },
      { answerId: body.answerId, rating: 'meh' },
      { answerId: 'not-an-id', rating: 'up' },
      { answerId: body.answerId, rating: 'up', comment: 'x'.repeat(501) },
      { answerId: body.answerId, rating: 'up', extra: true },
      { answerId: body.answerId, rating: 'up', comment: 42 },
      [],
      '{"answerId": ',
    ];
    for (const payload of bad) {
      const res = await postJson(`${server.url}/api/feedback`, payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error.code).toMatch(/^invalid_(request|json)$/);
    }
  });

  it('lets an allowed partner site send feedback (CORS preflight)', async () => {
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const stranger = await fetch(`${server.url}/api/feedback`, {
      method: 'OPTIONS',
      headers: { origin: 'https://stranger.example', 'access-control-request-method': 'POST' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the report, the export and the snapshot for staff only', async () => {
    for (const path of ['/api/insights', '/api/insights/export', `/a/${UNKNOWN}`, '/staff/insights']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(401);
    }
    expect((await getJson(`${server.url}/api/insights`)).status).toBe(200);
  });

  it('reports the period: grouped questions, unanswered ones, negative feedback with its answer and citations', async () => {
    const asked = async (message: string) => (await postJson(`${server.url}/api/chat`, { message })).body;
    await asked('How do I renew a visa?');
    const second = await asked('how do i renew a visa');
    await asked('What is the weather tomorrow?');
    await asked('what is the weather tomorrow?');
    await postJson(`${server.url}/api/feedback`, { answerId: second.answerId, rating: 'down', comment: 'Not about visas' });
    await server.insights.flush();
    const today = new Date().toISOString().slice(0, 10);
    const { status, body } = await getJson(`${server.url}/api/insights?from=${today}&to=${today}`);
    expect(status).toBe(200);
    expect(body.range).toEqual({ from: today, to: today });
    expect(body.topQuestions.find((g: { example: string }) => /visa/i.test(g.example))).toMatchObject({
      questions: 2,
      variants: 2,
      down: 1,
    });
    expect(body.unanswered).toEqual([expect.objectContaining({ questions: 2, unanswered: 2 })]);
    const negative = body.negativeFeedback.find((f: { answerId: string }) => f.answerId === second.answerId);
    expect(negative).toMatchObject({ question: 'how do i renew a visa', comment: 'Not about visas', answer: second.answer });
    expect(negative.citations.map((c: { source: string }) => c.source)).toEqual([citation(1).source, citation(2).source]);
    expect(body.trend).toEqual([expect.objectContaining({ day: today })]);
  });

  it('refuses a malformed or reversed period with 400', async () => {
    for (const query of ['from=2025-13-01', 'from=yesterday', 'from=2025-03-10&to=2025-03-01', 'from=2023-01-01&to=2025-01-01']) {
      const res = await getJson(`${server.url}/api/insights?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });

  it('exports the period as CSV and as JSON', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const csv = await fetch(`${server.url}/api/insights/export?from=${today}&to=${today}&format=csv`, { headers: STAFF });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="oim-questions-${today}-${today}.csv"`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows[0].slice(0, 2)).toEqual(['answer_id', 'created_at']);
    expect(rows.length).toBeGreaterThan(3);
    const json = await getJson(`${server.url}/api/insights/export?from=${today}&to=${today}&format=json`);
    expect(json.body.turns.map((t: { answerId: string }) => t.answerId)).toEqual(rows.slice(1).map((r) => r[0]));
  });

  it('shows the evidence snapshot: the question redacted, the passages in full, as a page and as JSON', async () => {
    const { body } = await postJson(`${server.url}/api/chat`, { message: 'Call me at +33 6 12 34 56 78 about <b>my file</b>' });
    await server.insights.flush();
    const json = await getJson(`${server.url}/a/${body.answerId}.json`);
    expect(json.body).toMatchObject({
      answerId: body.answerId,
      question: 'Call me at [phone] about <b>my file</b>',
      answer: body.answer,
      citations: [expect.objectContaining({ text: citation(1).text, current: 'source_missing' }), expect.objectContaining({ id: 2 })],
      unchanged: false,
    });
    const page = await fetch(`${server.url}/a/${body.answerId}?lang=en`, { headers: STAFF });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/style-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Call me at [phone] about &#60;b&#62;my file&#60;/b&#62;');
    expect(html).toContain(citation(1).text);
    expect(html).toContain('The corpus has changed since this answer: 2 of 2 cited passages are no longer the same.');
    expect((await fetch(`${server.url}/a/${UNKNOWN}`, { headers: STAFF })).status).toBe(404);
    expect((await fetch(`${server.url}/a/not-an-id`, { headers: STAFF })).status).toBe(404);
  });
});

describe('feedback rate limit', () => {
  it('limits feedback per client like chat, with its own allowance', async () => {
    const server = await startInsightsServer({ env: { RATE_LIMIT_MAX: '2' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await postJson(`${server.url}/api/feedback`, { answerId: UNKNOWN, rating: 'up' })).status);
      expect(statuses).toEqual([404, 404, 429]);
      expect((await postJson(`${server.url}/api/chat`, { message: 'still answered' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('RECORD_QUESTIONS=false', () => {
  it('answers without an answerId, stores nothing, and knows no answer for feedback', async () => {
    const server = await startInsightsServer({ env: { RECORD_QUESTIONS: 'false' } });
    try {
      const chat = await postJson(`${server.url}/api/chat`, { message: 'What does the organisation do?' });
      expect(chat.status).toBe(200);
      expect(chat.body).not.toHaveProperty('answerId');
      const sse = await postSse(`${server.url}/api/chat`, { message: 'What does the organisation do?' });
      expect(sse.events.find((e) => e.event === 'done')?.data).not.toHaveProperty('answerId');
      await server.insights.flush();
      const report = await getJson(`${server.url}/api/insights`, {});
      expect(report.body.totals.questions).toBe(0);
      expect((await postJson(`${server.url}/api/feedback`, { answerId: UNKNOWN, rating: 'up' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('database down during chat', () => {
  it('still answers, logs and counts the failed writes, keeps verdicts on queued answers, and says 503 to the rest', async () => {
    // A PostgreSQL URL where nothing listens: every connection is refused.
    // Tried every 50 ms and never given up during the test: the turns stay queued.
    const server = await startInsightsServer({
      env: { DATABASE_URL: 'postgresql://nobody@127.0.0.1:9/none' },
      recorder: { flushIntervalMs: 50, maxAttempts: Number.MAX_SAFE_INTEGER },
    });
    try {
      const answers = await Promise.all(
        ['one', 'two', 'three'].map((q) => postJson(`${server.url}/api/chat`, { message: `Question ${q}` })),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      const sse = await postSse(`${server.url}/api/chat`, { message: 'Streamed while down' });
      expect(sse.events.map((e) => e.event)).toContain('done');
      await server.insights.flush();
      const metrics = await server.metrics();
      expect(Number(/^oim_recording_failures_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
      expect(Number(/^oim_recording_queue (\d+)/m.exec(metrics)?.[1])).toBe(4);
      expect(server.logs.some((l) => String(l.msg).startsWith('recording failed'))).toBe(true);
      // Each answer waits in the queue (or is being tried again): its verdict is kept with it.
      const verdicts = await Promise.all(
        answers.map((a) => postJson(`${server.url}/api/feedback`, { answerId: a.body.answerId, rating: 'up' })),
      );
      expect(verdicts.map((v) => v.status)).toEqual([201, 201, 201]);
      const feedback = await postJson(`${server.url}/api/feedback`, { answerId: '00000000-0000-4000-8000-000000000000', rating: 'up' });
      expect(feedback).toMatchObject({ status: 503, body: { error: { code: 'insights_unavailable' } } });
      expect(feedback.headers.get('retry-after')).toBe('5');
      expect((await getJson(`${server.url}/api/insights`, {})).status).toBe(503);
    } finally {
      await server.close();
    }
  });
});

describe('SSE stream shape', () => {
  it('keeps citations and tokens before done; only done carries the answerId', async () => {
    const server = await startInsightsServer();
    try {
      const res = await fetch(`${server.url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ message: 'What does the organisation do?' }),
      });
      const events = parseSse(await res.text());
      expect(events.map((e) => e.event)).toEqual(['citations', 'token', 'done']);
      expect(JSON.stringify(events.slice(0, 2))).not.toContain('answerId');
    } finally {
      await server.close();
    }
  });
});
