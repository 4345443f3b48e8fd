// POST /api/chat: JSON by default, Server-Sent Events when the client accepts text/event-stream.
// A client that disconnects aborts the work behind its request, model call included.
import { Router, type Request, type Response } from 'express';
import { ClientGoneError } from '../../answer/assistant.js';
import type { ChatAnswer } from '../../answer/types.js';
import { errorBody, parseOr400, requireJson, toHttpError } from '../errors.js';
import { chatRequestSchema } from '../schemas.js';
import { openSse } from '../sse.js';
import type { ServiceState } from '../state.js';

export interface ChatObserver {
  onAnswer?: (req: Request, answer: ChatAnswer) => void;
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

export function chatRoutes(state: ServiceState, observer: ChatObserver = {}): Router {
  const router = Router();
  router.post('/api/chat', requireJson, async (req, res) => {
    const request = parseOr400(chatRequestSchema, req.body);
    const assistant = state.requireAssistant();
    const { signal } = abortOnDisconnect(res);
    if (!wantsEventStream(req)) {
      try {
        const answer = await assistant.answer(request, { signal });
        observer.onAnswer?.(req, answer);
        res.json(answer);
      } catch (error) {
        if (!(error instanceof ClientGoneError)) throw error;
      }
      return;
    }
    const sse = openSse(res);
    try {
      const answer = await assistant.answer(request, {
        signal,
        onCitations: (citations) => sse.send('citations', citations),
        onToken: (text) => sse.send('token', { text }),
      });
      observer.onAnswer?.(req, answer);
      sse.send('done', answer);
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      const known = toHttpError(error);
      if (!known) req.log?.error({ err: error }, 'chat stream failed');
      sse.send('error', known ? errorBody(known).error : { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' });
    } finally {
      sse.end();
    }
  });
  return router;
}
