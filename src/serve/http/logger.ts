// Structured JSON logs (pino) with a request id on every line, echoed in X-Request-Id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Level, type Logger } from 'pino';

export type { Logger };

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's id (X-Request-Id). */
    id: string;
    /** This request's logger: every line it writes carries the request's id, method and path. */
    log: Logger;
  }
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'oim-assistant' }, redact: ['req.headers.authorization', 'req.headers.cookie'] }, destination);
}

const SAFE_ID = /^[\w.-]{1,64}$/;

// The current request's logger, for code that runs on behalf of a request but is not given it
// (the assistant's event hooks), so that its lines carry the request id too.
const requestContext = new AsyncLocalStorage<() => Logger>();

export function requestLog(): Logger | undefined {
  return requestContext.getStore()?.();
}

/** Where a request keeps the function that makes its logger on first use (requestLogger). */
const REQUEST_LOG = Symbol('requestLog');

type LoggedRequest = IncomingMessage & { [REQUEST_LOG]?: () => Logger };

/** The prototypes that have the req.log accessor already. */
const withLogAccessor = new WeakSet<object>();

/**
 * req.log as one accessor on the requests' prototype (Express's per-app request prototype), not one
 * per request: an accessor defined on the request itself gave each request a map of its own, and
 * maps live in the old generation, so every request's objects (its getter's closure, the response,
 * the request) stayed reachable until the next full collection: ~6.6 KB promoted per GET /healthz
 * at one connection, none without it (trace-gc-nvp, load ~9).
 */
function defineLogAccessor(proto: object): void {
  if (withLogAccessor.has(proto)) return;
  Object.defineProperty(proto, 'log', {
    configurable: true,
    enumerable: false,
    get(this: LoggedRequest) {
      return this[REQUEST_LOG]?.();
    },
  });
  withLogAccessor.add(proto);
}

/** The level of the line that closes a request: errors and 5xx are errors, 4xx warnings. */
function completionLevel(res: ServerResponse, error?: Error): Level {
  if (error || res.statusCode >= 500) return 'error';
  if (res.statusCode >= 400) return 'warn';
  return 'info';
}

/**
 * Request logging middleware: the request id (a caller-supplied one kept only when it is short and
 * plain), the request's logger, and one line when the response is done ("request completed" or
 * "request errored", as pino-http writes them). Hand-written rather than pino-http, which built a
 * child logger per request (serialising and redacting the request) even when the level wrote no
 * line of it: 3.1% of an offline chat request's CPU at LOG_LEVEL=warn. Here the child is made on
 * the first line the request writes, and the closing line only when its level is enabled.
 */
export function requestLogger(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    const started = Date.now();
    // Read now: Express rewrites req.url while mounted routers run. Only the path: query strings can hold visitors' messages.
    const bindings = { req: { id, method: req.method, path: (req.url ?? '/').split('?')[0] } };
    let child: Logger | undefined;
    const log = () => (child ??= logger.child(bindings));
    req.id = id;
    (req as LoggedRequest)[REQUEST_LOG] = log;
    defineLogAccessor(Object.getPrototypeOf(req));
    let done = false;
    const complete = (error?: Error) => {
      if (done) return;
      done = true;
      const level = completionLevel(res, error);
      if (!logger.isLevelEnabled(level)) return;
      const responseTime = Date.now() - started;
      const response = { statusCode: res.statusCode };
      if (level === 'error') {
        const err = error ?? new Error(`failed with status code ${res.statusCode}`);
        log().error({ res: response, err, responseTime }, 'request errored');
      } else log()[level]({ res: response, responseTime }, 'request completed');
    };
    res.once('finish', () => complete());
    res.once('close', () => complete());
    res.once('error', complete);
    requestContext.run(log, next);
  };
}
