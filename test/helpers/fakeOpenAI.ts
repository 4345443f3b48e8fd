// A fake OpenAI-compatible HTTP server for tests that drive the real `@langchain/openai` clients
// (ChatOpenAI, OpenAIEmbeddings): the clients' own HTTP, SSE parsing, retries and timeouts run for
// real, and each test scripts how the "model" behaves, faults included, without any network.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the next chat completion request gets. Queued with setChat; the last one repeats. */
export type ChatBehaviour =
  | { kind: 'reply'; content: string | ((body: any) => string) }
  /** A tool call when the request offers tools; the same JSON as content when it asks for response_format json. */
  | { kind: 'toolCall'; name?: string; args: object | ((body: any) => object) }
  | { kind: 'status'; status: number; body?: object; headers?: Record<string, string> }
  /** Never answers: the client must time out or abort. */
  | { kind: 'hang' }
  /** Sends the headers and `after` content chunks (default 1), then destroys the socket. */
  | { kind: 'cutStream'; after?: number; content?: string }
  /** 200 whose body is not valid JSON (or, when streaming, not valid SSE JSON). */
  | { kind: 'malformed' }
  | { kind: 'delay'; ms: number; then: ChatBehaviour };

/** Embedding requests: normal vectors, or one of the same faults as chat. */
export type EmbeddingBehaviour =
  | { kind: 'vectors' }
  | Extract<ChatBehaviour, { kind: 'status' | 'hang' | 'malformed' }>
  | { kind: 'delay'; ms: number; then: EmbeddingBehaviour };

export interface FakeOpenAIOptions {
  /** Dimensions of the default hash embedding (a request's own `dimensions` wins). */
  dimensions?: number;
  /** Replaces the default embedding. */
  embed?: (texts: string[]) => number[][];
  chat?: ChatBehaviour[];
  embeddings?: EmbeddingBehaviour[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:PORT/v1 — pass as `configuration: { baseURL }` or OPENAI_BASE_URL. */
  baseURL: string;
  requests: RecordedRequest[];
  chatCalls(): number;
  embeddingCalls(): number;
  /** Bodies of the chat completion requests received, in order. */
  chatBodies(): any[];
  setChat(...behaviours: ChatBehaviour[]): void;
  setEmbeddings(...behaviours: EmbeddingBehaviour[]): void;
  close(): Promise<void>;
}

export const DEFAULT_REPLY = 'Réponse du modèle factice.';
const MODEL_ID = 'fake-model';

/** A queue of behaviours where the last one stays: "429 then 200 forever" is setChat(429, reply). */
class BehaviourQueue<T> {
  private items: T[];
  constructor(initial: T[]) {
    this.items = [...initial];
  }
  set(items: T[]): void {
    if (!items.length) throw new Error('setChat/setEmbeddings need at least one behaviour');
    this.items = [...items];
  }
  next(): T {
    return this.items.length > 1 ? this.items.shift()! : this.items[0];
  }
}

// ---------------------------------------------------------------- embeddings

function hashOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/**
 * Deterministic and meaning-free, but texts that share words share dimensions, so a search over
 * fake embeddings still ranks a passage that repeats the question's words first.
 */
export function hashEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const tokens =
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const token of tokens) {
    const h = hashOf(token);
    vector[h % dimensions] += h & 0x80000000 ? -1 : 1;
  }
  if (!tokens.length) vector[0] = 1;
  const norm = Math.sqrt(vector.reduce((s, v) => s + v * v, 0)) || 1;
  return vector.map((v) => v / norm);
}

function inputTexts(input: unknown): string[] {
  const list = Array.isArray(input) && !input.every((x) => typeof x === 'number') ? input : [input];
  return list.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}

/** The OpenAI SDK asks for base64 by default and decodes little-endian float32 itself. */
function encodeVector(vector: number[], format: unknown): number[] | string {
  if (format !== 'base64') return vector;
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

// ---------------------------------------------------------------- chat

let nextId = 0;
function completionId(): string {
  return `chatcmpl-fake-${++nextId}`;
}

function wantsJsonContent(body: any): boolean {
  const type = body?.response_format?.type;
  return type === 'json_schema' || type === 'json_object';
}

/** The function the request forces (tool_choice) or else offers first: what a real model would call. */
function toolName(body: any, behaviour: { name?: string }): string {
  return behaviour.name ?? body?.tool_choice?.function?.name ?? body?.tools?.[0]?.function?.name ?? 'extract';
}

interface ChatMessage {
  content: string | null;
  toolCall?: { id: string; name: string; arguments: string };
}

function messageFor(behaviour: Extract<ChatBehaviour, { kind: 'reply' | 'toolCall' }>, body: any): ChatMessage {
  if (behaviour.kind === 'reply') {
    return { content: typeof behaviour.content === 'function' ? behaviour.content(body) : behaviour.content };
  }
  const args = JSON.stringify(typeof behaviour.args === 'function' ? behaviour.args(body) : behaviour.args);
  if (wantsJsonContent(body) || !body?.tools?.length) return { content: args };
  return { content: null, toolCall: { id: `call_fake_${++nextId}`, name: toolName(body, behaviour), arguments: args } };
}

function usage(body: any, message: ChatMessage) {
  const prompt = Math.ceil(JSON.stringify(body?.messages ?? []).length / 4);
  const completion = Math.ceil(((message.content ?? '') + (message.toolCall?.arguments ?? '')).length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function completionJson(body: any, message: ChatMessage) {
  const toolCalls = message.toolCall
    ? [{ id: message.toolCall.id, type: 'function', function: { name: message.toolCall.name, arguments: message.toolCall.arguments } }]
    : undefined;
  return {
    id: completionId(),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body?.model ?? MODEL_ID,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: message.content, ...(toolCalls ? { tool_calls: toolCalls } : {}), refusal: null },
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
        logprobs: null,
      },
    ],
    usage: usage(body, message),
  };
}

/** Word-sized pieces (spaces kept), so a stream of a short answer still has several chunks. */
export function splitIntoChunks(text: string): string[] {
  const pieces = text.match(/\s*\S+/g) ?? [];
  return pieces.length ? pieces : [text];
}

function chunkJson(body: any, id: string, delta: object, finishReason: string | null = null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: body?.model ?? MODEL_ID,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

/** Every SSE event of a streamed answer, [DONE] included. */
function streamEvents(body: any, message: ChatMessage): string[] {
  const id = completionId();
  const events: object[] = [chunkJson(body, id, { role: 'assistant', content: message.toolCall ? null : '' })];
  if (message.toolCall) {
    const { id: callId, name, arguments: args } = message.toolCall;
    events.push(chunkJson(body, id, { tool_calls: [{ index: 0, id: callId, type: 'function', function: { name, arguments: '' } }] }));
    for (const piece of splitIntoChunks(args))
      events.push(chunkJson(body, id, { tool_calls: [{ index: 0, function: { arguments: piece } }] }));
  } else {
    for (const piece of splitIntoChunks(message.content ?? '')) events.push(chunkJson(body, id, { content: piece }));
  }
  events.push(chunkJson(body, id, {}, message.toolCall ? 'tool_calls' : 'stop'));
  if (body?.stream_options?.include_usage) events.push({ ...chunkJson(body, id, {}), choices: [], usage: usage(body, message) });
  return [...events.map((e) => `data: ${JSON.stringify(e)}\n\n`), 'data: [DONE]\n\n'];
}

// ---------------------------------------------------------------- HTTP plumbing

function sendJson(res: http.ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

function errorBody(status: number): object {
  const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message: `Fake upstream error ${status}`, type, code: type, param: null } };
}

function startSse(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

type Fault = Extract<ChatBehaviour, { kind: 'status' | 'hang' | 'malformed' | 'cutStream' }>;

/** Answers with a fault; returns false when the behaviour is not a fault. */
function sendFault(res: http.ServerResponse, behaviour: ChatBehaviour | EmbeddingBehaviour, streaming: boolean): behaviour is Fault {
  switch (behaviour.kind) {
    case 'status':
      sendJson(res, behaviour.status, behaviour.body ?? errorBody(behaviour.status), behaviour.headers);
      return true;
    case 'hang':
      return true; // the request stays open until the client gives up or close() is called
    case 'malformed':
      if (streaming) {
        startSse(res);
        res.end('data: {"id":"chatcmpl-broken","choices":[{"delta":{"content":"tr\n\ndata: [DONE]\n\n');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"chatcmpl-broken","choices":[{"message":');
      }
      return true;
    case 'cutStream': {
      const message = { content: behaviour.content ?? 'Une réponse qui ne se termine jamais correctement.' };
      if (streaming) {
        startSse(res);
        const events = streamEvents({}, message);
        res.write(events.slice(0, 1 + (behaviour.after ?? 1)).join(''));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(JSON.stringify(completionJson({}, message)).slice(0, 40));
      }
      // Let the written bytes leave before the reset, so the client sees a stream that started.
      setTimeout(() => res.socket?.destroy(), 20);
      return true;
    }
    default:
      return false;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const chat = new BehaviourQueue<ChatBehaviour>(options.chat ?? [{ kind: 'reply', content: DEFAULT_REPLY }]);
  const embeddings = new BehaviourQueue<EmbeddingBehaviour>(options.embeddings ?? [{ kind: 'vectors' }]);
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  /** Runs `act` after ms unless the client left or the server closed meanwhile. */
  const later = (req: http.IncomingMessage, ms: number, act: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      act();
    }, ms);
    timers.add(timer);
    req.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  const answerChat = (req: http.IncomingMessage, res: http.ServerResponse, body: any, behaviour: ChatBehaviour): void => {
    if (res.destroyed) return;
    const streaming = body?.stream === true;
    if (behaviour.kind === 'delay') {
      later(req, behaviour.ms, () => answerChat(req, res, body, behaviour.then));
      return;
    }
    if (sendFault(res, behaviour, streaming)) return;
    const message = messageFor(behaviour, body);
    if (!streaming) {
      sendJson(res, 200, completionJson(body, message));
      return;
    }
    startSse(res);
    for (const event of streamEvents(body, message)) res.write(event);
    res.end();
  };

  const answerEmbeddings = (req: http.IncomingMessage, res: http.ServerResponse, body: any, behaviour: EmbeddingBehaviour): void => {
    if (res.destroyed) return;
    if (behaviour.kind === 'delay') {
      later(req, behaviour.ms, () => answerEmbeddings(req, res, body, behaviour.then));
      return;
    }
    if (sendFault(res, behaviour, false)) return;
    const texts = inputTexts(body?.input);
    const dims = Number(body?.dimensions) || options.dimensions || 64;
    const vectors = options.embed ? options.embed(texts) : texts.map((t) => hashEmbedding(t, dims));
    sendJson(res, 200, {
      object: 'list',
      data: vectors.map((v, index) => ({ object: 'embedding', index, embedding: encodeVector(v, body?.encoding_format) })),
      model: body?.model ?? MODEL_ID,
      usage: { prompt_tokens: texts.join(' ').length, total_tokens: texts.join(' ').length },
    });
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req).catch(() => '');
    let body: any;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { error: { message: 'Request body is not JSON', type: 'invalid_request_error' } });
      }
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, body, headers: { ...req.headers } });
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
    if (route === 'POST /v1/chat/completions') return answerChat(req, res, body, chat.next());
    if (route === 'POST /v1/embeddings') return answerEmbeddings(req, res, body, embeddings.next());
    if (route === 'GET /v1/models') {
      return sendJson(res, 200, { object: 'list', data: [{ id: MODEL_ID, object: 'model', created: 0, owned_by: 'fake' }] });
    }
    sendJson(res, 404, { error: { message: `No route ${route} on the fake server`, type: 'invalid_request_error' } });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const count = (path: string) => requests.filter((r) => r.path === path).length;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatCalls: () => count('/v1/chat/completions'),
    embeddingCalls: () => count('/v1/embeddings'),
    chatBodies: () => requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body),
    setChat: (...behaviours) => chat.set(behaviours),
    setEmbeddings: (...behaviours) => embeddings.set(behaviours),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging and keep-alive connections would otherwise hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
