// Per-client rate limits on the routes that cost work (chat, search, verify), with
// express-rate-limit. The client is req.ip, which Express derives from the socket and, only for
// the TRUST_PROXY hops the operator declared, from X-Forwarded-For: a visitor cannot pick a fresh
// address by sending the header. IPv6 clients are grouped by /56, as one home or site usually is.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../config.js';
import { errorBody, HttpError } from './errors.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export const RATE_LIMITED_PATHS = ['/api/chat', '/api/search', '/api/verify', '/api/feedback'] as const;

export interface RateLimitDeps {
  config: Pick<Config, 'RATE_LIMIT_WINDOW_MS' | 'RATE_LIMIT_MAX' | 'RATE_LIMIT_VERIFY_MAX'>;
  metrics?: Metrics;
  logger?: Logger;
}

function limiterLogger(logger: Logger) {
  return {
    warn: (error: unknown, message?: string) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    error: (error: unknown, message?: string) => logger.error({ err: error }, message ?? 'rate limiter error'),
  };
}

/** One limiter per path, so that searching does not use up a visitor's chat allowance. */
export function rateLimiter(deps: RateLimitDeps, limit = deps.config.RATE_LIMIT_MAX): RequestHandler {
  const { config } = deps;
  const message = `Too many requests from your address: at most ${limit} every ${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)} s. Try again later.`;
  return rateLimit({
    windowMs: config.RATE_LIMIT_WINDOW_MS,
    limit,
    // RateLimit and RateLimit-Policy headers (IETF draft 8), and Retry-After on 429.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The limiter's own checks report through our logger, not the console. The X-Forwarded-For
    // check is off: with TRUST_PROXY=0 the header is ignored, which is the intended behaviour.
    ...(deps.logger ? { logger: limiterLogger(deps.logger) } : {}),
    validate: { xForwardedForHeader: false, forwardedHeader: false },
    handler: (req, res) => {
      deps.metrics?.rateLimitHit(req);
      req.log?.warn({ rateLimit: { route: req.baseUrl || req.path, limit } }, 'rate limited');
      res.status(429).json(errorBody(new HttpError(429, 'rate_limited', message)));
    },
  });
}

/** A limiter for each rate-limited path, mounted before the body is parsed. */
export function rateLimits(deps: RateLimitDeps): Array<[string, RequestHandler]> {
  // Staff paste many claims at once on /staff (one request each): verify has its own allowance.
  return RATE_LIMITED_PATHS.map((path) => [
    path,
    rateLimiter(deps, path === '/api/verify' ? deps.config.RATE_LIMIT_VERIFY_MAX : deps.config.RATE_LIMIT_MAX),
  ]);
}
