// Structured JSON logs (pino) with a request id on every line, echoed in X-Request-Id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'oim-assistant' }, redact: ['req.headers.authorization', 'req.headers.cookie'] }, destination);
}

const SAFE_ID = /^[\w.-]{1,64}$/;

// The current request's logger, for code that runs on behalf of a request but is not given it
// (the assistant's event hooks), so that its lines carry the request id too.
const requestContext = new AsyncLocalStorage<Logger>();

export function requestLog(): Logger | undefined {
  return requestContext.getStore();
}

/** Request logging middleware; a caller-supplied id is kept only when it is short and plain. */
export function requestLogger(logger: Logger) {
  const http = pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    // Only method and path: query strings and bodies can hold visitors' messages.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    http(req, res, () => requestContext.run((req as IncomingMessage & { log: Logger }).log, next));
  };
}
