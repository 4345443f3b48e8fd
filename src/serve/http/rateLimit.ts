// Per-client rate limits, with express-rate-limit: on the routes that cost work (chat, search,
// verify), and on every token-guarded route against token guessing (failed attempts only). The
// client is req.ip, which Express derives from the socket and, only for the TRUST_PROXY hops the
// operator declared, from X-Forwarded-For: a visitor cannot pick a fresh address by sending the
// header. IPv6 clients are grouped by /56, as one home or site usually is. Where the counts live
// (this process, the cluster's primary, Redis) is the store the shared state hands each limiter.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import type { Config } from '../../config.js';
import { STAFF_PATHS } from './auth.js';
import { errorBody, HttpError } from './errors.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { type LimitInfo, setRateLimitHeaders, setRetryAfter } from './rateLimitHeaders.js';

export const RATE_LIMITED_PATHS = ['/api/chat', '/api/search', '/api/verify', '/api/feedback'] as const;

/** Routes behind a token (STAFF_TOKEN's pages and APIs, ADMIN_TOKEN, METRICS_TOKEN): failed attempts are limited. */
export const TOKEN_GUARDED_PATHS = [...STAFF_PATHS, '/admin', '/metrics'];

export interface RateLimitDeps {
  config: Pick<Config, 'RATE_LIMIT_WINDOW_MS' | 'RATE_LIMIT_MAX' | 'RATE_LIMIT_VERIFY_MAX' | 'RATE_LIMIT_AUTH_MAX'>;
  metrics?: Metrics;
  logger?: Logger;
  /** The counters of one limiter, by name (default: this process's memory). */
  store?: (name: string) => Store | undefined;
}

/** The key a client is counted under, here and by the model's share: its address, IPv6 by /56. */
export function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

function limiterLogger(logger: Logger) {
  return {
    warn: (error: unknown, message?: string) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    error: (error: unknown, message?: string) => logger.error({ err: error }, message ?? 'rate limiter error'),
  };
}

interface LimiterOptions {
  name: string;
  limit: number;
  message: string;
  /** Count only the requests this says failed (token guessing), not every request. */
  countOnly?: (status: number) => boolean;
}

/** What the limiter left on a request it counted (none when it passed an error on). */
const limitInfo = (req: Request): LimitInfo | undefined => (req as Request & { rateLimit?: LimitInfo }).rateLimit;

function limiter(deps: RateLimitDeps, options: LimiterOptions): RequestHandler {
  const { config } = deps;
  const windowMs = config.RATE_LIMIT_WINDOW_MS;
  const store = deps.store?.(options.name);
  // RateLimit and RateLimit-Policy headers (IETF draft 8), and Retry-After on 429: written by
  // rateLimitHeaders.ts as the library's standardHeaders 'draft-8' writes them, with the client's
  // partition key remembered rather than hashed on every request.
  const withHeaders = (req: Request, res: Response): void => {
    const info = limitInfo(req);
    if (info) setRateLimitHeaders(res, info, windowMs);
  };
  const counted = rateLimit({
    windowMs,
    limit: options.limit,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: clientKey,
    ...(store ? { store } : {}),
    ...(options.countOnly
      ? { skipSuccessfulRequests: true, requestWasSuccessful: (_req, res) => !options.countOnly!(res.statusCode) }
      : {}),
    // The limiter's own checks report through our logger, not the console. The X-Forwarded-For
    // check is off: with TRUST_PROXY=0 the header is ignored, which is the intended behaviour.
    ...(deps.logger ? { logger: limiterLogger(deps.logger) } : {}),
    validate: { xForwardedForHeader: false, forwardedHeader: false, keyGeneratorIpFallback: false },
    handler: (req, res) => {
      withHeaders(req, res);
      const info = limitInfo(req);
      if (info) setRetryAfter(res, info, windowMs);
      deps.metrics?.rateLimitHit(req);
      req.log?.warn({ rateLimit: { route: req.baseUrl || req.path, limit: options.limit } }, 'rate limited');
      res.status(429).json(errorBody(new HttpError(429, 'rate_limited', options.message)));
    },
  });
  return (req, res, next) =>
    counted(req, res, (error?: unknown) => {
      if (error === undefined) withHeaders(req, res);
      next(error);
    });
}

function perWindow(deps: RateLimitDeps, limit: number): string {
  return `at most ${limit} every ${Math.round(deps.config.RATE_LIMIT_WINDOW_MS / 1000)} s`;
}

/** One limiter per path, so that searching does not use up a visitor's chat allowance. */
export function rateLimiter(deps: RateLimitDeps, limit = deps.config.RATE_LIMIT_MAX, name = 'chat'): RequestHandler {
  return limiter(deps, {
    name,
    limit,
    message: `Too many requests from your address: ${perWindow(deps, limit)}. Try again later.`,
  });
}

/** A limiter for each rate-limited path, mounted before the body is parsed. */
export function rateLimits(deps: RateLimitDeps): Array<[string, RequestHandler]> {
  // Staff paste many claims at once on /staff (one request each): verify has its own allowance.
  return RATE_LIMITED_PATHS.map((path) => [
    path,
    rateLimiter(deps, path === '/api/verify' ? deps.config.RATE_LIMIT_VERIFY_MAX : deps.config.RATE_LIMIT_MAX, path.slice(5)),
  ]);
}

/**
 * Token guessing: failed attempts (401) on the guarded routes, one allowance per client over all of
 * them; beyond it every request of that client there gets 429 until the window passes, right token
 * or not, so guessing is bounded to RATE_LIMIT_AUTH_MAX tries a window.
 */
export function tokenGuessLimit(deps: RateLimitDeps): RequestHandler {
  const limit = deps.config.RATE_LIMIT_AUTH_MAX;
  return limiter(deps, {
    name: 'auth',
    limit,
    message: `Too many failed token attempts from your address: ${perWindow(deps, limit)}. Try again later.`,
    countOnly: (status) => status === 401 || status === 403,
  });
}
