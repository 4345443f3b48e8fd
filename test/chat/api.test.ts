// The chat API contract, driven through the real app over the real corpus (offline mode).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  answerKindSchema,
  chatAnswerSchema,
  citationSchema as contractCitation,
  errorBodySchema,
  passageSchema as contractPassage,
  SSE_EVENTS,
} from '../../src/contract/api.js';
import { postJson, postSse } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// The contract's schemas, narrowed to what this corpus must give: real files, titles and texts.
const citationSchema = contractCitation.extend({
  source: z.string().startsWith('corpus/'),
  title: z.string().min(1),
  text: z.string().min(1),
});
// Recording is on by default: every answer is named for feedback and its evidence snapshot.
// Every answer is signed, so the widget can send it back as the assistant's own turn; every answer
// of the API says its kind and carries its suggestions (the contract leaves them optional for the pipeline under it).
const answerSchema = chatAnswerSchema.extend({
  answer: z.string().min(1),
  citations: z.array(citationSchema),
  signature: z.string().regex(/^[\w-]{43}$/),
  kind: answerKindSchema,
  suggestions: z.array(z.string().min(1)).max(4),
  answerId: z.uuid(),
});
const passageSchema = contractPassage.extend({ source: z.string().startsWith('corpus/'), text: z.string().min(1) });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const chat = (body: unknown, headers?: Record<string, string>) => postJson(`${server.url}/api/chat`, body, headers);

describe('POST /api/chat (JSON)', () => {
  it('answers an English question with the three objectives, grounded, each quote marked', async () => {
    const { status, body } = await chat({ message: "What are IOM's objectives?" });
    expect(status).toBe(200);
    const answer = answerSchema.parse(body);
    expect(answer).toMatchObject({ grounded: true, language: 'en', mode: 'extractive' });
    for (const objective of ['Sauver des vies', 'Trouver des solutions aux déplacements', 'Faciliter des voies de migration régulières']) {
      expect(answer.answer).toContain(objective);
    }
    const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((id) => answer.citations.some((c) => c.id === id))).toBe(true);
    // The English lead-in says the quotations are French.
    expect(answer.answer.split('\n')[0]).toMatch(/French/);
  });

  it('cites exact locations: each citation text is those lines of the source file', async () => {
    const { body } = await chat({ message: 'Combien d’États membres compte l’OIM ?' });
    const { readFile } = await import('node:fs/promises');
    const { citations } = answerSchema.parse(body);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      const lines = (await readFile(`${server.config.CORPUS_DIR}/${c.source.replace(/^corpus\//, '')}`, 'utf8')).split('\n');
      const span = lines.slice(c.lines[0] - 1, c.lines[1]).join('\n');
      for (const line of c.text.split('\n')) expect(span).toContain(line);
    }
  });

  it('answers in French for a French question and quotes the number asked for', async () => {
    const answer = answerSchema.parse((await chat({ message: "Combien d'États observateurs l'OIM compte-t-elle ?" })).body);
    expect(answer.language).toBe('fr');
    expect(answer.answer).toMatch(/^Voici/);
    expect(answer.answer).toContain('8 États observateurs');
  });

  it('honours an explicit lang over detection', async () => {
    const answer = answerSchema.parse((await chat({ message: 'OIM objectifs', lang: 'en' })).body);
    expect(answer.language).toBe('en');
  });

  it('refuses an off-topic question politely, in the user language, without citations', async () => {
    const en = answerSchema.parse((await chat({ message: 'What is the capital of Australia?' })).body);
    expect(en).toMatchObject({ grounded: false, citations: [], language: 'en' });
    expect(en.answer).toMatch(/could not find/i);
    expect(en.answer).not.toMatch(/\[\d+\]/);
    const fr = answerSchema.parse((await chat({ message: 'Quel est le salaire de la Directrice générale ?' })).body);
    expect(fr).toMatchObject({ grounded: false, language: 'fr' });
    expect(fr.answer).toMatch(/pas trouvé/);
  });

  it('uses history so a follow-up question is understood', async () => {
    const first = 'How many states are members of the IOM?';
    const followUp = answerSchema.parse(
      (
        await chat({
          message: 'and how many observer states?',
          history: [
            { role: 'user', content: first },
            { role: 'assistant', content: '175' },
          ],
        })
      ).body,
    );
    expect(followUp.grounded).toBe(true);
    expect(followUp.answer).toContain('8 États observateurs');
    const alone = answerSchema.parse((await chat({ message: 'and how many observer states?' })).body);
    expect(alone.answer).toContain('observateurs');
  });

  it('answers "and the second one?" with the second item of the list it quoted', async () => {
    const question = "Quels sont les objectifs de l'OIM ?";
    const list = answerSchema.parse((await chat({ message: question })).body);
    const items = list.answer.split('\n').filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThanOrEqual(2);
    const history = [
      { role: 'user', content: question },
      { role: 'assistant', content: list.answer, signature: list.signature },
    ];
    const second = answerSchema.parse((await chat({ message: 'et le deuxième ?', history })).body);
    expect(second.grounded).toBe(true);
    expect(second.answer).toContain(items[1]);
    expect(second.answer).not.toContain(items[0]);
  });
});

describe('POST /api/chat (Server-Sent Events)', () => {
  it('streams citations first, then tokens, then done with the full answer', async () => {
    const { status, contentType, events } = await postSse(`${server.url}/api/chat`, { message: "Quels sont les objectifs de l'OIM ?" });
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/event-stream/);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe(SSE_EVENTS.citations);
    expect(names.at(-1)).toBe(SSE_EVENTS.done);
    expect(names.slice(1, -1).every((n) => n === SSE_EVENTS.token)).toBe(true);
    expect(names.filter((n) => n === SSE_EVENTS.token).length).toBeGreaterThan(1);
    const done = answerSchema.parse(events.at(-1)!.data);
    expect(
      events
        .filter((e) => e.event === 'token')
        .map((e) => e.data.text)
        .join(''),
    ).toBe(done.answer);
    expect(events[0].data).toEqual(done.citations);
  });
});

describe('GET /api/search', () => {
  it('returns ranked passages with locations and similarity scores', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('États observateurs')}&k=3`);
    const { results } = await res.json();
    expect(res.status).toBe(200);
    expect(results).toHaveLength(3);
    const scores = results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const r of results) passageSchema.parse(r);
    expect(results[0].text).toContain('observateurs');
  });
});

describe('errors', () => {
  const errorSchema = errorBodySchema;
  it.each([
    ['an empty message', { message: '   ' }],
    ['a message over 2000 characters', { message: 'a'.repeat(2001) }],
    ['a message that is not a string', { message: 42 }],
    ['no message', { history: [] }],
    ['too many history turns', { message: 'x', history: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) }],
    ['a history turn over 4000 characters', { message: 'x', history: [{ role: 'user', content: 'y'.repeat(4001) }] }],
    ['an unknown role', { message: 'x', history: [{ role: 'system', content: 'x' }] }],
    ['an unsupported lang', { message: 'x', lang: 'de' }],
    ['a JSON array body', [1, 2]],
  ])('400 for %s, with the zod issues', async (_name, body) => {
    const { status, body: error } = await chat(body);
    expect(status).toBe(400);
    expect(errorSchema.parse(error).error.code).toBe('invalid_request');
    expect(Array.isArray(error.error.issues)).toBe(true);
  });

  it('400 for malformed JSON', async () => {
    const { status, body } = await chat('{"message": ');
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_json');
  });

  it('413 for a body over 32 KB', async () => {
    const { status, body } = await chat({ message: 'x', padding: 'p'.repeat(33 * 1024) });
    expect(status).toBe(413);
    expect(errorSchema.parse(body).error.code).toBe('payload_too_large');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
    expect(errorSchema.parse(await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('404 JSON for an unknown route', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(errorSchema.parse(await res.json()).error.code).toBe('not_found');
  });

  it('400 for a bad search query', async () => {
    for (const query of ['', '?q=', '?q=x&k=21', '?q=x&k=zero', '?q=a&q=b']) {
      const res = await fetch(`${server.url}/api/search${query}`);
      expect(res.status, query).toBe(400);
      expect(errorSchema.parse(await res.json()).error.code).toBe('invalid_request');
    }
  });
});

describe('health', () => {
  it('healthz and readyz answer once loaded', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe('ready');
  });

  it('readyz is 503 and chat says not ready before the index is loaded', async () => {
    const loading = await startTestServer({ load: false });
    const base = loading.url;
    try {
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const { status, headers } = await postJson(`${base}/api/chat`, { message: 'hello' });
      expect(status).toBe(503);
      expect(headers.get('retry-after')).toBeTruthy();
    } finally {
      await loading.close();
    }
  });
});
