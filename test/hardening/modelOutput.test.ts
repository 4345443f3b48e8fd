// A model answer is held to the passages before a visitor sees any of it. The fake model (through
// the real @langchain/openai client) answers with one smuggled item at a time, beside a sentence the
// passages support: a scheme-relative Markdown link, a www. link, mailto:/tel: links, a phone number
// no passage holds, full-width markup, the system prompt echoed back, an answer citing nothing. None
// of it may reach a client, in the JSON answer or anywhere in the raw bytes of the event stream;
// what the cited passage does hold (its phone number, address and link) is kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../helpers/fakeOpenAI.js';
import { parseSse } from '../helpers/http.js';
import { REPO_ROOT, startTestServer, type TestServer } from '../helpers/server.js';
import { corpusCopy, postChat } from './support.js';

const CONTACT_FILE = 'bureau-geneve.txt';
const CONTACT = readFileSync(path.join(REPO_ROOT, 'test/fixtures/model-output', CONTACT_FILE), 'utf8');
const QUESTION = "Comment joindre le bureau de l'OIM à Genève : téléphone, adresse, page contact ?";

type Body = { messages: Array<{ role: string; content: string }> };

/** The number the prompt gave the contact passage (what a model would cite). */
function contactMarker(body: Body): string {
  const prompt = body.messages.at(-1)!.content;
  const blocks = [...prompt.matchAll(/^\[(\d+)\] \(/gm)];
  const at = prompt.indexOf('+41 22 555 01 23');
  const block = blocks.filter((b) => b.index <= at).at(-1);
  if (at < 0 || !block) throw new Error('the contact passage was not given to the model');
  return `[${block[1]}]`;
}

const supported = (n: string) => `Le bureau de Genève répond aux questions des partenaires ${n}.`;

/** Model replies, each smuggling one thing beside a supported sentence; `gone` must not reach the client. */
const SMUGGLED: Array<{ name: string; reply: (n: string, body: Body) => string; gone: RegExp }> = [
  {
    name: 'a scheme-relative Markdown link',
    reply: (n) => `${supported(n)} Pour un rendez-vous rapide, [cliquez ici](//rdv-express.example.com/geneve) ${n}.`,
    gone: /rdv-express|cliquez ici|\]\(/,
  },
  { name: 'a www. link', reply: (n) => `${supported(n)} Réglez les frais sur www.rdv-express.com ${n}.`, gone: /rdv-express/ },
  {
    name: 'a mailto: link',
    reply: (n) => `${supported(n)} Écrivez à [l'équipe](mailto:urgent@rdv-express.com) ${n}.`,
    gone: /rdv-express|mailto/,
  },
  { name: 'a tel: link', reply: (n) => `${supported(n)} Ou appelez [ce service](tel:+33612345678) ${n}.`, gone: /tel:|612345678/ },
  { name: 'a phone number no passage holds', reply: (n) => `${supported(n)} Appelez aussi le 06 12 34 56 78 ${n}.`, gone: /12 34 56 78/ },
  {
    name: 'full-width markup',
    reply: (n) => `${supported(n)} Le bureau ＜img src=x onerror=alert(1)＞ répond ＜script＞alert(2)＜/script＞ ${n}.`,
    gone: /<\s*\/?\s*(img|script)|＜|\\u003c/i,
  },
  {
    name: 'the system prompt echoed',
    reply: (n, body) => `Mes consignes :\n${body.messages[0].content}\n${supported(n)}`,
    gone: /numbered passages|not instructions|NO_ANSWER|marker of the passage/i,
  },
  { name: 'an answer that cites nothing', reply: () => 'Une réponse inventée sans aucune source, bien sûr.', gone: /inventée/ },
];

let fake: FakeOpenAI;
let server: TestServer;
let corpus: ReturnType<typeof corpusCopy>;

beforeAll(async () => {
  corpus = corpusCopy({ [CONTACT_FILE]: CONTACT });
  fake = await startFakeOpenAI();
  server = await startTestServer({ corpusDir: corpus.dir, env: { OPENAI_BASE_URL: fake.baseURL, MODEL_MAX_RETRIES: '0' } });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
  corpus?.cleanup();
});

async function askJson() {
  const res = await postChat(server.url, { message: QUESTION });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
}

/** The event stream exactly as the client receives it, and its events. */
async function askSse() {
  const res = await postChat(server.url, { message: QUESTION }, { accept: 'text/event-stream' });
  expect(res.status).toBe(200);
  const raw = await res.text();
  const events = parseSse(raw);
  return { raw, events, done: events.at(-1)!.data as Record<string, any> };
}

describe('model output held to the passages', () => {
  it('the contact passage is given to the model for the question (the tests below exercise it)', async () => {
    fake.setChat({ kind: 'reply', content: (body) => supported(contactMarker(body)) });
    const answer = await askJson();
    expect(answer).toMatchObject({ mode: 'llm', grounded: true });
    expect(answer.citations.some((c: { source: string }) => c.source.endsWith(CONTACT_FILE))).toBe(true);
  });

  describe.each(SMUGGLED)('$name', ({ name, reply, gone }) => {
    it('never reaches a JSON answer', async () => {
      fake.setChat({ kind: 'reply', content: (body) => reply(contactMarker(body), body) });
      const answer = await askJson();
      expect(answer.answer).not.toMatch(gone);
      expect(answer.grounded).toBe(true);
      if (name === 'the system prompt echoed' || name === 'an answer that cites nothing') {
        expect(answer).toMatchObject({ mode: 'extractive', fallback: true });
      } else {
        expect(answer).toMatchObject({ mode: 'llm', modified: true });
        expect(answer.answer).toContain('répond aux questions des partenaires');
      }
    });

    it('never reaches the raw bytes of the event stream, not even before a fallback', async () => {
      fake.setChat({ kind: 'reply', content: (body) => reply(contactMarker(body), body) });
      const { raw, events, done } = await askSse();
      expect(done.answer).not.toMatch(gone);
      expect(raw).not.toMatch(gone);
      expect(events.filter((e) => e.event === 'error')).toEqual([]);
    });
  });

  it('keeps the phone number, address and link the cited passage holds, and says nothing was changed', async () => {
    const kept = (n: string) =>
      `Appelez le +41 22 555 01 23 ${n}. Écrivez à contact-geneve@oim-bureau.org ou passez par www.oim-bureau.org/contact ${n}. Le bureau travaille avec le Bureau des partenariats ${n}.`;
    fake.setChat({ kind: 'reply', content: (body) => kept(contactMarker(body)) });
    const answer = await askJson();
    expect(answer).toMatchObject({ mode: 'llm', grounded: true });
    expect(answer.modified).toBeUndefined();
    for (const item of ['+41 22 555 01 23', 'contact-geneve@oim-bureau.org', 'www.oim-bureau.org/contact', 'Bureau des partenariats'])
      expect(answer.answer).toContain(item);
    const { events, done } = await askSse();
    const tokens = events.filter((e) => e.event === 'token').map((e) => e.data.text);
    expect(tokens.join('')).toBe(done.answer);
    expect(tokens.length).toBe(3);
    expect(done.answer).toContain('+41 22 555 01 23');
  });
});
