// Every error leaves the API as {"error":{"code","message"}}: known ones with their 4xx status,
// anything else as a generic 500 that is logged with its stack and never shown to the client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { OverloadedError } from '../../answer/modelGate.js';
import { issueLines, issuesOf } from '../../lib/issues.js';
import { BODY_LIMIT_BYTES } from './limits.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string | string[]> = {},
  ) {
    super(message);
  }
}

export function validationError(error: z.ZodError): HttpError {
  return new HttpError(400, 'invalid_request', issueLines(error, '(body)').join('; '), issuesOf(error));
}

/** Parse with a zod schema or throw the 400 that lists what is wrong. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json'))
    next(new HttpError(415, 'unsupported_media_type', 'Send the request body as JSON with Content-Type: application/json.'));
  else next();
};

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}.`));
};

// body-parser's error types, mapped to what the client did wrong.
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'invalid_json', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'payload_too_large', `The request body is too large (${BODY_LIMIT_BYTES / 1024} KB at most).`],
  'encoding.unsupported': [415, 'unsupported_media_type', 'The request body encoding is not supported.'],
  'charset.unsupported': [415, 'unsupported_media_type', 'Send the request body as UTF-8 JSON.'],
  'request.aborted': [400, 'request_aborted', 'The request was aborted.'],
  'request.size.invalid': [400, 'invalid_request', 'The request body length does not match Content-Length.'],
  'stream.encoding.set': [500, 'internal_error', 'Internal error.'],
};

export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof OverloadedError) {
    return new HttpError(503, 'overloaded', error.message, undefined, { 'Retry-After': String(error.retryAfterSeconds) });
  }
  const type = (error as { type?: string } | null)?.type;
  if (type && BODY_ERRORS[type] && BODY_ERRORS[type][0] < 500) {
    const [status, code, message] = BODY_ERRORS[type];
    return new HttpError(status, code, message);
  }
  // Other client errors raised by Express or body-parser (e.g. a URI it cannot decode).
  const status = (error as { status?: number } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new HttpError(status, 'bad_request', 'The request could not be understood.');
  return null;
}

export function errorBody(error: HttpError): { error: { code: string; message: string; issues?: unknown } } {
  return { error: { code: error.code, message: error.message, ...(error.details ? { issues: error.details } : {}) } };
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = toHttpError(error);
  const http = known ?? new HttpError(500, 'internal_error', 'Something went wrong on our side. Please try again.');
  if (!known) req.log?.error({ err: error }, 'unhandled error');
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(http.status).set(http.headers).json(errorBody(http));
};
