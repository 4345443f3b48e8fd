// What a client's disconnect aborts: the model's calls behind its request (the chat's answer, the
// fact checker's judgement), the only work that watches for it. Offline answers and verdicts take
// milliseconds and never read the signal, so a service without a model is given none.
import type { Response } from 'express';

/** A service that calls a model ('llm') or only works offline ('extractive'). */
export interface ModelUse {
  readonly mode: 'extractive' | 'llm';
}

function abortOnDisconnect(res: Response): AbortController {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller;
}

/**
 * The request's disconnect signal when `service` calls a model, else undefined. A signal per
 * request was not free on Node 20: each one (createAbortSignal changes its prototype) got a V8 map
 * of its own and survived until a full collection, ~0.7 KB promoted per uncached offline chat, and
 * making it was 1% of that chat's CPU (--cpu-prof, c=8).
 */
export function disconnectSignal(res: Response, service: ModelUse): AbortSignal | undefined {
  return service.mode === 'llm' ? abortOnDisconnect(res).signal : undefined;
}
