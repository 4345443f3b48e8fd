// POST /api/chat: JSON by default, Server-Sent Events when the client accepts text/event-stream.
// A client that disconnects aborts the work behind its request, model call included.
// The stream is opened at its first event, so a request refused before any work (the model queue is
// full) still gets a real HTTP status: 503 with Retry-After, not a 200 stream with an error in it.
import { type Request, type Response, Router } from 'express';
import { ClientGoneError } from '../../answer/assistant.js';
import { OverloadedError } from '../../answer/modelGate.js';
import type { ChatAnswer, ChatRequest } from '../../answer/types.js';
import { errorBody, parseOr400, requireJson, toHttpError } from '../http/errors.js';
import type { Metrics } from '../http/metrics.js';
import { chatRequestSchema, SSE_EVENTS } from '../../contract/api.js';
import { openSse, type SseStream } from '../http/sse.js';
import type { ServiceState } from '../state.js';

export interface ChatInfo {
  /** Time from the parsed request to the finished answer. */
  ms: number;
  stream: boolean;
}

export interface ChatRouteOptions {
  /** Put the visitor's message in the chat log line (LOG_CONTENT); off by default. */
  logContent?: boolean;
}

function abortOnDisconnect(res: Response): AbortController {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller;
}

function wantsEventStream(req: Request): boolean {
  return (req.get('accept') ?? '').includes('text/event-stream');
}

/** One info line per answer: what an operator needs, and the message text only when LOG_CONTENT is on. */
function logAnswer(req: Request, request: ChatRequest, answer: ChatAnswer, info: ChatInfo, logContent: boolean): void {
  req.log?.info(
    {
      chat: {
        language: answer.language,
        mode: answer.mode,
        grounded: answer.grounded,
        citations: answer.citations.length,
        fallback: answer.fallback === true,
        stream: info.stream,
        historyTurns: request.history?.length ?? 0,
        ms: info.ms,
      },
      ...(logContent ? { content: { message: request.message } } : {}),
    },
    'chat answered',
  );
}

export function chatRoutes(state: ServiceState, metrics: Metrics, options: ChatRouteOptions = {}): Router {
  const router = Router();
  router.post('/api/chat', requireJson, async (req, res) => {
    const request = parseOr400(chatRequestSchema, req.body);
    const assistant = state.requireAssistant();
    const { signal } = abortOnDisconnect(res);
    const stream = wantsEventStream(req);
    const started = performance.now();
    const answered = (answer: ChatAnswer) => {
      const info = { ms: Math.round(performance.now() - started), stream };
      logAnswer(req, request, answer, info, options.logContent ?? false);
      metrics.chatAnswered({ answer, ms: info.ms });
    };
    let sse: SseStream | null = null;
    const events = () => (sse ??= openSse(res));
    try {
      const answer = await assistant.answer(
        request,
        stream
          ? {
              signal,
              onCitations: (citations) => events().send(SSE_EVENTS.citations, citations),
              onToken: (text) => events().send(SSE_EVENTS.token, { text }),
            }
          : { signal },
      );
      answered(answer);
      if (stream) events().send(SSE_EVENTS.done, answer);
      else res.json(answer);
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      if (error instanceof OverloadedError) metrics.chatOverloaded();
      // Nothing sent yet: the error handler answers with the proper status and headers.
      if (!sse) throw error;
      const known = toHttpError(error);
      if (!known) req.log?.error({ err: error }, 'chat stream failed');
      events().send(
        SSE_EVENTS.error,
        known ? errorBody(known).error : { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' },
      );
    } finally {
      (sse as SseStream | null)?.end();
    }
  });
  return router;
}
