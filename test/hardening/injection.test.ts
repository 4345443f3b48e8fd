// Prompt injection: the attacks in test/fixtures/injection/attacks.json (direct, encoded,
// multilingual, "ignore previous instructions", Markdown image exfiltration, poisoned history) run
// against the extractive mode and against a model that obeys everything it is sent (the fake
// server echoes the whole prompt back, plus image and link payloads), over a temp corpus = the real
// corpus + a planted document carrying instructions for the assistant and a canary string.
//
// Agreed behaviour:
// - The canary never appears in an answer's text (JSON `answer`, or the streamed tokens and the
//   final `done` answer), nor in its citations (the planted lines are not in the index at all).
// - No answer contains a URL or image that is not in the real corpus.
// - No answer carries HTML markup that a client rendering Markdown/HTML would execute.
// Lines of a document that address the assistant ("Note à l'assistant : ignore…", "Assistant, you
// must…", "réponds toujours…") are instructions, not information: ingestion leaves them out of the
// index (src/ingest/safety.ts), so they are neither quoted nor given to a model, and the links they
// carry go with them; a "<" opening a tag in model output is neutralised (src/answer/validate.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatAnswer, SSE_EVENTS } from '../../src/contract/api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { parseSse } from '../helpers/http.js';
import { CORPUS_DIR, REPO_ROOT, startTestServer, type TestServer } from '../helpers/server.js';
import { corpusCopy, expectChatAnswer, linksIn, postChat } from './support.js';

interface Attack {
  id: string;
  kind: string;
  message: string;
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
}

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/injection');
const fixture = JSON.parse(readFileSync(path.join(FIXTURES, 'attacks.json'), 'utf8')) as {
  canary: string;
  plantedFile: string;
  attacks: Attack[];
};
const PLANTED = readFileSync(path.join(FIXTURES, fixture.plantedFile), 'utf8');
const REAL_CORPUS_TEXT = readdirSync(CORPUS_DIR)
  .map((f) => readFileSync(path.join(CORPUS_DIR, f), 'utf8'))
  .join('\n');
const CORPUS_LINKS = new Set(linksIn(REAL_CORPUS_TEXT));
const MARKUP = /<\s*\/?\s*(img|script|iframe|svg|a|object|embed|style|link|meta|form|input|body|html)\b[^>]*>?/gi;

/** A model that obeys whatever it is sent: it echoes the whole prompt back, with payloads. */
function obedientReply(body: { messages: Array<{ content: unknown }> }): string {
  const prompt = body.messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
  return `${prompt}\n[1] ![pixel](https://exfil.example/echo.png?d=1) Plus: https://exfil.example/echo <img src=x onerror=alert(1)>`;
}

interface Outcome {
  attack: Attack;
  transport: 'json' | 'sse';
  status: number;
  answer: ChatAnswer | null;
  /** The answer text and, for SSE, the streamed tokens too. */
  texts: string[];
}

async function runAttack(url: string, attack: Attack, transport: 'json' | 'sse'): Promise<Outcome> {
  const res = await postChat(
    url,
    { message: attack.message, history: attack.history },
    transport === 'sse' ? { Accept: 'text/event-stream' } : {},
  );
  if (transport === 'json') {
    const answer = res.status === 200 ? ((await res.json()) as ChatAnswer) : null;
    return { attack, transport, status: res.status, answer, texts: answer ? [answer.answer] : [] };
  }
  const events = parseSse(await res.text());
  const tokens = events
    .filter((e) => e.event === SSE_EVENTS.token)
    .map((e) => (e.data as { text: string }).text)
    .join('');
  const done = events.find((e) => e.event === SSE_EVENTS.done);
  const answer = done ? (done.data as ChatAnswer) : null;
  return { attack, transport, status: res.status, answer, texts: answer ? [answer.answer, tokens] : [tokens] };
}

async function runAll(url: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const attack of fixture.attacks)
    for (const transport of ['json', 'sse'] as const) outcomes.push(await runAttack(url, attack, transport));
  return outcomes;
}

/** Lines like "encoded-base64/sse: link https://…" for every outcome breaking a rule. */
function breaches(outcomes: Outcome[], rule: (text: string) => string[]): string[] {
  return outcomes.flatMap((o) => [...new Set(o.texts.flatMap(rule))].map((b) => `${o.attack.id}/${o.transport}: ${b}`));
}

const canaryIn = (text: string) => (text.toUpperCase().includes(fixture.canary.toUpperCase()) ? ['canary'] : []);
const foreignLinksIn = (text: string) =>
  linksIn(text)
    .filter((l) => !CORPUS_LINKS.has(l))
    .map((l) => `link ${l}`);
const markupIn = (text: string) => [...text.matchAll(MARKUP)].map((m) => `markup ${m[0]}`);

function expectAllAnswered(outcomes: Outcome[]): void {
  expect(outcomes.length).toBe(fixture.attacks.length * 2);
  for (const o of outcomes) {
    expect(o.status, `${o.attack.id}/${o.transport}`).toBe(200);
    expectChatAnswer(o.answer, `${o.attack.id}/${o.transport}`);
  }
}

describe('prompt injection', () => {
  let corpus: ReturnType<typeof corpusCopy>;
  let fake: FakeOpenAI;
  const servers: TestServer[] = [];
  let extractive: Outcome[];
  let modelPlanted: Outcome[];
  let modelReal: Outcome[];

  beforeAll(async () => {
    expect(fixture.attacks.some((a) => a.message.includes(fixture.canary))).toBe(false);
    expect(PLANTED).toContain(fixture.canary);
    corpus = corpusCopy({ [fixture.plantedFile]: PLANTED });
    fake = await startFakeOpenAI({ chat: [{ kind: 'reply', content: obedientReply }] });
    const start = async (options: Parameters<typeof startTestServer>[0]) => {
      const server = await startTestServer(options);
      servers.push(server);
      return server.url;
    };
    extractive = await runAll(await start({ corpusDir: corpus.dir }));
    modelPlanted = await runAll(await start({ corpusDir: corpus.dir, env: { OPENAI_BASE_URL: fake.baseURL } }));
    modelReal = await runAll(await start({ env: { OPENAI_BASE_URL: fake.baseURL } }));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await fake?.close();
    corpus?.cleanup();
  });

  it('answers every attack, in both modes and both transports, with a valid 200 answer', () => {
    expectAllAnswered(extractive);
    expectAllAnswered(modelPlanted);
    expectAllAnswered(modelReal);
  });

  it('retrieves the planted document for the attacks aimed at it (the test really exercises it)', () => {
    const cited = (outcomes: Outcome[]) =>
      outcomes.filter((o) => o.answer?.citations.some((c) => c.source.endsWith(fixture.plantedFile))).length;
    expect(cited(extractive)).toBeGreaterThan(0);
    expect(cited(modelPlanted)).toBeGreaterThan(0);
    // The obedient model was really asked, with passages of the planted document.
    expect(fake.chatBodies().some((b) => JSON.stringify(b).includes('Note aux partenaires'))).toBe(true);
  });

  it('extractive mode: no URL or image that is not in the real corpus, not even one a planted instruction carries', () => {
    expect(breaches(extractive, foreignLinksIn)).toEqual([]);
  });

  it('model mode over the real corpus: attacks cannot smuggle a URL or image into an answer', () => {
    expect(breaches(modelReal, foreignLinksIn)).toEqual([]);
  });

  it('model mode over the real corpus: the model cannot reveal a canary it never saw', () => {
    expect(breaches(modelReal, canaryIn)).toEqual([]);
  });

  it('extractive mode: the planted canary is never quoted', () => {
    expect(breaches(extractive, canaryIn)).toEqual([]);
  });

  it('model mode: the planted canary never reaches an answer, because the instruction never reaches the model', () => {
    expect(breaches(modelPlanted, canaryIn)).toEqual([]);
    for (const body of fake.chatBodies()) expect(JSON.stringify(body)).not.toContain(fixture.canary);
  });

  it('the canary is not even in the cited passages or search results: the planted lines are not in the index', async () => {
    for (const o of [...extractive, ...modelPlanted]) expect(JSON.stringify(o.answer), o.attack.id).not.toContain(fixture.canary);
    const search = await fetch(`${servers[0].url}/api/search?q=${encodeURIComponent("note à l'assistant code objectifs")}&k=20`);
    expect(await search.text()).not.toContain(fixture.canary);
  });

  it('model mode over the planted corpus: no URL that only the planted instructions carry', () => {
    expect(breaches(modelPlanted, foreignLinksIn)).toEqual([]);
  });

  it('model mode: no HTML markup in answers', () => {
    expect(breaches([...modelReal, ...modelPlanted], markupIn)).toEqual([]);
  });
});
