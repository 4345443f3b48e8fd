// Proves that the fake server speaks the protocol the real @langchain/openai clients expect, for
// every behaviour other tests rely on: if one of these fails, tests built on the fake lie.
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_REPLY, hashEmbedding, startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

function chat(overrides: Partial<ConstructorParameters<typeof ChatOpenAI>[0]> = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: 'fake',
    apiKey: 'test',
    configuration: { baseURL: fake.baseURL },
    maxRetries: 0,
    timeout: 2000,
    ...overrides,
  });
}

/** Content pieces received before the stream ended or failed (LangChain may fail on the first pull). */
async function collect(open: () => Promise<AsyncIterable<{ content: unknown }>>): Promise<{ pieces: string[]; error: unknown }> {
  const pieces: string[] = [];
  try {
    for await (const chunk of await open()) if (typeof chunk.content === 'string' && chunk.content) pieces.push(chunk.content);
  } catch (error) {
    return { pieces, error };
  }
  return { pieces, error: null };
}

const answerSchema = z.object({ answer: z.string(), citations: z.array(z.number()) });

describe('fake OpenAI server: embeddings', () => {
  it('serves deterministic unit vectors through OpenAIEmbeddings (base64 by default) and records the inputs', async () => {
    const embeddings = new OpenAIEmbeddings({
      model: 'fake-embed',
      apiKey: 'test',
      configuration: { baseURL: fake.baseURL },
      maxRetries: 0,
    });
    const [a, b] = await embeddings.embedDocuments(['Sauver des vies', 'Trouver des solutions']);
    const again = await embeddings.embedQuery('Sauver des vies');
    expect(a).toHaveLength(64);
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
    expect(again).toEqual(a);
    expect(b).not.toEqual(a);
    // Float32 round trip through base64: equal to the fake's own function up to float precision.
    for (const [i, v] of hashEmbedding('Sauver des vies', 64).entries()) expect(a[i]).toBeCloseTo(v, 6);
    expect(fake.embeddingCalls()).toBe(2);
    expect(fake.requests[0].body.input).toEqual(['Sauver des vies', 'Trouver des solutions']);
    expect(fake.requests[0].headers.authorization).toBe('Bearer test');
  });

  it('honours the dimensions option, a custom embed function and embedding faults', async () => {
    const custom = await startFakeOpenAI({ dimensions: 8, embed: (texts) => texts.map((t) => [t.length, 0, 0]) });
    try {
      const embeddings = new OpenAIEmbeddings({ model: 'm', apiKey: 'k', configuration: { baseURL: custom.baseURL }, maxRetries: 0 });
      expect(await embeddings.embedQuery('abcd')).toEqual([4, 0, 0]);
    } finally {
      await custom.close();
    }
    const embeddings = new OpenAIEmbeddings({
      model: 'm',
      apiKey: 'k',
      configuration: { baseURL: fake.baseURL },
      maxRetries: 0,
      dimensions: 16,
    });
    expect(await embeddings.embedQuery('x')).toHaveLength(16);
    fake.setEmbeddings({ kind: 'status', status: 503 });
    await expect(embeddings.embedQuery('x')).rejects.toThrow(/503/);
  });

  it('lists a model on GET /v1/models', async () => {
    const res = await fetch(`${fake.baseURL}/models`);
    expect(res.status).toBe(200);
    expect((await res.json()).data[0].id).toBeTruthy();
  });
});

describe('fake OpenAI server: chat replies', () => {
  it('answers invoke with the default reply, then with scripted replies that can read the request', async () => {
    expect((await chat().invoke('Bonjour')).content).toBe(DEFAULT_REPLY);
    fake.setChat({ kind: 'reply', content: (body) => `vous avez dit : ${body.messages.at(-1).content}` });
    expect((await chat().invoke('les objectifs ?')).content).toBe('vous avez dit : les objectifs ?');
    expect(fake.chatCalls()).toBe(2);
    expect(fake.chatBodies()[1].stream).toBeFalsy();
  });

  it('streams the reply in several SSE chunks that add up to the content', async () => {
    const content = 'Sauver des vies et protéger les migrants [1].';
    fake.setChat({ kind: 'reply', content });
    const { pieces, error } = await collect(() => chat().stream('objectifs ?'));
    expect(error).toBeNull();
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(content);
    expect(fake.chatBodies()[0].stream).toBe(true);
  });

  it('queues behaviours and repeats the last one', async () => {
    fake.setChat({ kind: 'reply', content: 'un' }, { kind: 'reply', content: 'deux' });
    const model = chat();
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push((await model.invoke('?')).content);
    expect(replies).toEqual(['un', 'deux', 'deux']);
  });
});

describe('fake OpenAI server: structured output and tools', () => {
  const args = { answer: 'Trois objectifs', citations: [1, 2] };

  it('answers withStructuredOutput by its default method (json_schema response_format)', async () => {
    fake.setChat({ kind: 'toolCall', args });
    const result = await chat().withStructuredOutput(answerSchema).invoke('objectifs ?');
    expect(result).toEqual(args);
    expect(fake.chatBodies()[0].response_format?.type).toBe('json_schema');
  });

  it('answers withStructuredOutput by function calling with a tool_calls message', async () => {
    fake.setChat({ kind: 'toolCall', args: (body) => ({ ...args, answer: `${body.tool_choice.function.name} ok` }) });
    const result = await chat().withStructuredOutput(answerSchema, { method: 'functionCalling', name: 'cite' }).invoke('objectifs ?');
    expect(result).toEqual({ ...args, answer: 'cite ok' });
    expect(fake.chatBodies()[0].tools[0].function.name).toBe('cite');
  });

  it('streams a tool call whose argument chunks reassemble', async () => {
    fake.setChat({ kind: 'toolCall', args });
    const model = chat().bindTools([
      { type: 'function', function: { name: 'cite', description: 'cite', parameters: { type: 'object', properties: {} } } },
    ]);
    let merged: any;
    for await (const chunk of await model.stream('?')) merged = merged ? merged.concat(chunk) : chunk;
    expect(merged.tool_calls[0].name).toBe('cite');
    expect(merged.tool_calls[0].args).toEqual(args);
  });
});

describe('fake OpenAI server: faults', () => {
  it('returns an HTTP error status that the client reports', async () => {
    fake.setChat({ kind: 'status', status: 500 });
    await expect(chat().invoke('?')).rejects.toMatchObject({ status: 500 });
    expect(fake.chatCalls()).toBe(1);
  });

  it('lets a client with retries get through 429 then 200', async () => {
    fake.setChat({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, { kind: 'reply', content: 'après la pause' });
    const reply = await chat({ maxRetries: 1 }).invoke('?');
    expect(reply.content).toBe('après la pause');
    expect(fake.chatCalls()).toBe(2);
  });

  it('fails a 429 when the client has no retries left', async () => {
    fake.setChat({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, { kind: 'reply', content: 'trop tard' });
    await expect(chat({ maxRetries: 0 }).invoke('?')).rejects.toMatchObject({ status: 429 });
  });

  it('hangs until the client times out, and close() still returns while a request hangs', async () => {
    fake.setChat({ kind: 'hang' });
    const started = performance.now();
    await expect(chat({ timeout: 300 }).invoke('?')).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);

    const pending = chat({ timeout: 60_000 }).invoke('?');
    pending.catch(() => {});
    await waitFor(() => fake.chatCalls() === 2);
    const closing = performance.now();
    await fake.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
    fake = await startFakeOpenAI(); // afterEach closes one server
  });

  it('stops a hanging request when the client aborts', async () => {
    fake.setChat({ kind: 'hang' });
    const controller = new AbortController();
    const pending = chat().invoke('?', { signal: controller.signal });
    await waitFor(() => fake.chatCalls() === 1);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });

  it('cuts a stream after some chunks: the client gets them, then an error', async () => {
    fake.setChat({ kind: 'cutStream', after: 2, content: 'un deux trois quatre cinq' });
    const { pieces, error } = await collect(() => chat().stream('?'));
    expect(pieces.join('')).toBe('un deux');
    expect(error).toBeTruthy();
  });

  it('cuts a non-streamed answer mid-body', async () => {
    fake.setChat({ kind: 'cutStream' });
    await expect(chat().invoke('?')).rejects.toThrow();
  });

  it('sends malformed JSON and malformed SSE that the client rejects', async () => {
    fake.setChat({ kind: 'malformed' });
    await expect(chat().invoke('?')).rejects.toThrow();
    const { error } = await collect(() => chat().stream('?'));
    expect(error).toBeTruthy();
  });

  it('delays an answer, and a delay longer than the timeout fails', async () => {
    fake.setChat({ kind: 'delay', ms: 200, then: { kind: 'reply', content: 'enfin' } });
    const started = performance.now();
    expect((await chat().invoke('?')).content).toBe('enfin');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    await expect(chat({ timeout: 100 }).invoke('?')).rejects.toThrow();
  });
});

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}
