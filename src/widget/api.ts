// Client for POST /api/chat (shapes from src/contract). Everything read from the network is validated
// before use: the stream is untrusted input and a malformed event must not break the widget.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ChatAnswer, ChatRequestBody, Citation, HistoryTurn } from '../contract/api.js';
import type { FeedbackRequest } from '../contract/insights.js';
import { SSE_EVENTS } from '../contract/limits.js';

export type { Citation };
export type Turn = HistoryTurn;

/**
 * An answer as the widget keeps it: what it read of the contract's, language, mode, signature, kind
 * and contact page when the server sent them (kind is absent from servers older than issue 16: then
 * a reply that is not grounded is a refusal), the suggested questions (none when absent), and the answerId that names it for feedback (absent when
 * the server records no answers).
 */
export type ChatResponse = Pick<ChatAnswer, 'answer' | 'grounded' | 'citations'> &
  Partial<Pick<ChatAnswer, 'language' | 'mode' | 'signature' | 'kind' | 'contactUrl' | 'answerId'>> & { suggestions: string[] };

export interface StreamHandlers {
  onCitations(citations: Citation[]): void;
  onToken(text: string): void;
  onDone(response: ChatResponse): void;
}

export type ChatErrorKind = 'network' | 'rate_limit' | 'busy' | 'invalid' | 'server' | 'interrupted' | 'aborted';

export class ChatError extends Error {
  constructor(
    readonly kind: ChatErrorKind,
    readonly retryAfterSeconds?: number,
  ) {
    super(kind);
    this.name = 'ChatError';
  }
}

export async function streamChat(endpoint: string, request: ChatRequestBody, handlers: StreamHandlers, signal: AbortSignal): Promise<void> {
  const response = await send(endpoint, request, signal);
  if (!response.ok) throw errorForStatus(response);
  const type = response.headers.get('content-type') ?? '';
  // A server (or proxy) that ignores Accept still answers with the JSON form of the same response.
  if (!type.includes('text/event-stream')) return deliverJson(await response.json().catch(() => null), handlers);
  if (!response.body) throw new ChatError('interrupted');
  await readStream(response.body, handlers, signal);
}

function send(endpoint: string, request: ChatRequestBody, signal: AbortSignal): Promise<Response> {
  return postJson(endpoint, request, 'text/event-stream', signal);
}

/** A JSON POST without cookies; a request that never got an answer becomes a ChatError. */
async function postJson(endpoint: string, body: unknown, accept: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify(body),
      signal,
      credentials: 'omit',
    });
  } catch {
    // fetch rejects alike for offline, DNS, refused CORS and abort; only the signal tells them apart.
    throw new ChatError(signal?.aborted ? 'aborted' : 'network');
  }
}

function errorForStatus(response: Response): ChatError {
  if (response.status === 429) return new ChatError('rate_limit', parseRetryAfter(response.headers.get('retry-after')));
  // 503 with Retry-After: the language model's queue is full (or the index is still loading).
  if (response.status === 503) return new ChatError('busy', parseRetryAfter(response.headers.get('retry-after')));
  // Only statuses caused by the question itself; a 404 or 403 means a misconfigured embedding, not a bad question.
  if ([400, 413, 415, 422].includes(response.status)) return new ChatError('invalid');
  return new ChatError('server');
}

export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readStream(body: ReadableStream<Uint8Array>, handlers: StreamHandlers, signal: AbortSignal): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  let failure: ChatError | null = null;
  const parser = createParser({
    onEvent(event) {
      if (finished || failure) return;
      try {
        finished = handleEvent(event, handlers);
      } catch (error) {
        failure = error instanceof ChatError ? error : new ChatError('interrupted');
      }
    },
  });
  try {
    while (!finished && !failure) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    parser.feed(decoder.decode());
  } catch {
    throw new ChatError(signal.aborted ? 'aborted' : 'interrupted');
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (failure) throw failure;
  if (!finished) throw new ChatError(signal.aborted ? 'aborted' : 'interrupted');
}

/** Returns true once the stream is complete. */
function handleEvent(event: EventSourceMessage, handlers: StreamHandlers): boolean {
  const data = parseJson(event.data);
  switch (event.event) {
    case SSE_EVENTS.citations:
      handlers.onCitations(toCitations(data));
      return false;
    case SSE_EVENTS.token: {
      const text = isRecord(data) && typeof data.text === 'string' ? data.text : '';
      if (text) handlers.onToken(text);
      return false;
    }
    case SSE_EVENTS.done:
      handlers.onDone(toResponse(data));
      return true;
    case SSE_EVENTS.error:
      throw new ChatError('server');
    default:
      return false;
  }
}

function deliverJson(data: unknown, handlers: StreamHandlers): void {
  const response = toResponse(data);
  handlers.onCitations(response.citations);
  handlers.onDone(response);
}

function toResponse(data: unknown): ChatResponse {
  if (!isRecord(data) || typeof data.answer !== 'string') throw new ChatError('interrupted');
  const response: ChatResponse = {
    answer: data.answer,
    grounded: data.grounded !== false,
    citations: toCitations(data.citations),
    suggestions: toSuggestions(data.suggestions),
  };
  if (data.language === 'fr' || data.language === 'en') response.language = data.language;
  if (data.mode === 'extractive' || data.mode === 'llm') response.mode = data.mode;
  if (typeof data.signature === 'string') response.signature = data.signature;
  if (data.kind === 'answer' || data.kind === 'refusal' || data.kind === 'smalltalk') response.kind = data.kind;
  if (typeof data.contactUrl === 'string') response.contactUrl = data.contactUrl;
  if (typeof data.answerId === 'string' && ANSWER_ID.test(data.answerId)) response.answerId = data.answerId;
  return response;
}

/** The API offers at most four; anything else in the stream is dropped, not shown. */
const MAX_SUGGESTIONS = 4;
const MAX_SUGGESTION_LENGTH = 300;

function toSuggestions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_SUGGESTION_LENGTH)
    .slice(0, MAX_SUGGESTIONS);
}

// The server's answer ids are UUIDs; anything else is not sent back to it.
const ANSWER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** POST /api/feedback; resolves once the server has recorded it (201), throws a ChatError otherwise. */
export async function sendFeedback(endpoint: string, request: FeedbackRequest, signal?: AbortSignal): Promise<void> {
  const response = await postJson(endpoint, request, 'application/json', signal);
  if (!response.ok) throw errorForStatus(response);
}

export function toCitations(value: unknown): Citation[] {
  return Array.isArray(value) ? value.flatMap((item) => (isCitation(item) ? [normalizeCitation(item)] : [])) : [];
}

function isCitation(item: unknown): item is Citation {
  if (!isRecord(item)) return false;
  const lines = item.lines;
  return (
    Number.isInteger(item.id) &&
    typeof item.text === 'string' &&
    typeof item.title === 'string' &&
    typeof item.source === 'string' &&
    Array.isArray(lines) &&
    lines.length === 2 &&
    lines.every((n) => Number.isInteger(n))
  );
}

// Copies only known fields so nothing unexpected from the stream reaches rendering.
function normalizeCitation(item: Citation): Citation {
  const citation: Citation = {
    id: item.id,
    source: item.source,
    title: item.title,
    heading: typeof item.heading === 'string' ? item.heading : null,
    lines: [item.lines[0], item.lines[1]],
    text: item.text,
    score: typeof item.score === 'number' ? item.score : 0,
  };
  if (typeof item.url === 'string') citation.url = item.url;
  return citation;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
