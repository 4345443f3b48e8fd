// The rate limits' headers are written by http/rateLimitHeaders.ts (the client's partition key
// remembered) rather than by express-rate-limit's standardHeaders: they must stay the library's,
// byte for byte, on counted requests and on refusals, whatever the window.
import express, { type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../src/serve/http/rateLimit.js';
import { partitionKey, policyName } from '../../src/serve/http/rateLimitHeaders.js';

const HEADERS = ['ratelimit', 'ratelimit-policy', 'retry-after'];

/** Two apps counting the same way, one with our limiter, one with the library's own draft-8 headers. */
function apps(limit: number, windowMs: number): Array<express.Express> {
  const library: RequestHandler = rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    validate: false,
    handler: (_req, res) => void res.status(429).json({ error: 'limited' }),
  });
  const ours = rateLimiter({
    config: { RATE_LIMIT_WINDOW_MS: windowMs, RATE_LIMIT_MAX: limit, RATE_LIMIT_VERIFY_MAX: limit, RATE_LIMIT_AUTH_MAX: limit },
  });
  return [ours, library].map((limiter) => {
    const app = express();
    app.use('/api/chat', limiter);
    app.get('/api/chat', (_req, res) => void res.json({ ok: true }));
    return app;
  });
}

describe('rate limit headers', () => {
  it.each([
    [3, 60_000],
    [2, 30_000],
    [5, 2 * 3_600_000],
    [1, 86_400_000],
  ])('are the library draft-8 headers at limit %i per %i ms, counted and refused', async (limit, windowMs) => {
    const [ours, library] = apps(limit, windowMs);
    for (let i = 0; i < limit + 2; i++) {
      const [a, b] = await Promise.all([request(ours).get('/api/chat'), request(library).get('/api/chat')]);
      expect(a.status).toBe(b.status);
      for (const name of HEADERS) expect([name, a.headers[name]]).toEqual([name, b.headers[name]]);
      expect(a.headers['ratelimit-policy']).toMatch(/pk=:[A-Za-z0-9+/=]+:/);
    }
  });

  it('remembers a partition key: the same for the same client, another for another', () => {
    expect(partitionKey('127.0.0.1')).toBe(partitionKey('127.0.0.1'));
    expect(partitionKey('127.0.0.1')).not.toBe(partitionKey('10.0.0.1'));
    expect(policyName(100, 60_000)).toBe('100-in-1min');
  });
});
