// POST /api/chat: JSON by default, Server-Sent Events when the client accepts text/event-stream.
// A client that disconnects aborts the model call behind its request (http/disconnect.ts).
// The stream is opened at its first event, so a request refused before any work still gets a real
// HTTP status, not a 200 stream with an error in it. A busy model is not such a refusal: the
// assistant answers offline (fallback, fallbackReason) and the visitor gets an answer.
// Each answer is handed to the insights' recorder, which names it (answerId) without waiting for any write.
import { type Request, type Response, Router } from 'express';
import { ClientGoneError } from '../../answer/assistant.js';
import { OverloadedError } from '../../answer/modelGate.js';
import type { ChatAnswer } from '../../contract/api.js';
import type { AnsweredQuestion } from '../../insights/service.js';
import { errorBody, parseOr400, requireJson, toHttpError } from '../http/errors.js';
import { chatRequestSchema, SSE_EVENTS } from '../../contract/api.js';
import { disconnectSignal } from '../http/disconnect.js';
import { clientKey } from '../http/rateLimit.js';
import { openSse, type SseStream } from '../http/sse.js';
import type { Telemetry } from '../http/telemetry.js';
import type { ServiceState } from '../state.js';

function wantsEventStream(req: Request): boolean {
  return (req.get('accept') ?? '').includes('text/event-stream');
}

/**
 * The answer as JSON, without Express's ETag: nothing revalidates the answer to a POST, and hashing
 * every answer was about 1% of an offline chat request's CPU (bench:chat's profile).
 */
function sendAnswer(res: Response, answer: ChatAnswer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer));
}

/** Keeps an answered question for the insights and returns the answerId to send with it, or null (recording off). */
export type RecordAnswer = (turn: AnsweredQuestion) => string | null;

export function chatRoutes(state: ServiceState, telemetry: Telemetry, record: RecordAnswer = () => null): Router {
  const router = Router();
  router.post('/api/chat', requireJson, async (req, res) => {
    const request = parseOr400(chatRequestSchema, req.body);
    const assistant = state.requireAssistant();
    const indexBuildId = state.manifest?.buildId ?? null;
    const signal = disconnectSignal(res, assistant);
    const client = clientKey(req);
    const stream = wantsEventStream(req);
    const started = performance.now();
    const answered = (answer: ChatAnswer): ChatAnswer => {
      const info = { ms: Math.round(performance.now() - started), stream };
      telemetry.chatAnswered(req, request, answer, info);
      const answerId = record({ question: request.message, answer, latencyMs: info.ms, indexBuildId });
      return answerId ? { ...answer, answerId } : answer;
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
              client,
            }
          : { signal, client },
      );
      const named = answered(answer);
      if (stream) events().send(SSE_EVENTS.done, named);
      else sendAnswer(res, named);
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      if (error instanceof OverloadedError) telemetry.chatOverloaded(req);
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
