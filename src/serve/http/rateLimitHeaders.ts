// The rate limits' RateLimit and RateLimit-Policy headers (IETF draft 8) and Retry-After on 429,
// written here exactly as express-rate-limit 8 writes them (standardHeaders: 'draft-8'), with one
// difference in cost: the policy's partition key (the first 12 hex digits of the client key's
// SHA-256, in base64) is remembered per client key, where the library hashed it on every request:
// setDraft8Headers was 1.5% of an uncached offline chat request's CPU, half of it the hash
// (in-process profile at 32 connections). rateLimit.test.ts holds these headers to the library's.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { MemoUntilFull } from '../../lib/memo.js';

/** What the limiter leaves on the request (req.rateLimit) for the headers. */
export interface LimitInfo {
  limit: number;
  remaining: number;
  resetTime?: Date;
  key: string;
}

/**
 * Client keys whose partition key is kept (about 100 bytes each): a busy server's clients of the
 * last minutes; past it the memo starts again, and a client's key is hashed once more.
 */
const PARTITION_KEYS_KEPT = 10_000;

const partitionKeys = new MemoUntilFull<string>(PARTITION_KEYS_KEPT);

/** The library's getPartitionKey, remembered: a pure function of the client key. */
export function partitionKey(key: string): string {
  let known = partitionKeys.get(key);
  if (known === undefined) {
    const hex = createHash('sha256').update(key).digest('hex').slice(0, 12);
    known = Buffer.from(hex).toString('base64');
    partitionKeys.set(key, known);
  }
  return known;
}

/** The library's default policy name: the limit per window ("100-in-1min"). */
export function policyName(limit: number, windowMs: number): string {
  const seconds = windowMs / 1e3;
  const minutes = seconds / 60;
  const hours = minutes / 60;
  const days = hours / 24;
  let duration: string;
  if (seconds < 60) duration = `${seconds}sec`;
  else if (minutes < 60) duration = `${minutes}min`;
  else if (hours < 24) duration = `${hours}hr${hours > 1 ? 's' : ''}`;
  else duration = `${days}day${days > 1 ? 's' : ''}`;
  return `${limit}-in-${duration}`;
}

/** Seconds until the window resets (the whole window when the store gives no reset time). */
function resetSeconds(windowMs: number, resetTime: Date | undefined): number {
  if (!resetTime) return Math.ceil(windowMs / 1e3);
  return Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1e3));
}

/** RateLimit and RateLimit-Policy, as the library's setDraft8Headers writes them. */
export function setRateLimitHeaders(res: Response, info: LimitInfo, windowMs: number): void {
  if (res.headersSent) return;
  const name = policyName(info.limit, windowMs);
  const windowSeconds = Math.ceil(windowMs / 1e3);
  res.append('RateLimit', `"${name}"; r=${info.remaining}; t=${resetSeconds(windowMs, info.resetTime)}`);
  res.append('RateLimit-Policy', `"${name}"; q=${info.limit}; w=${windowSeconds}; pk=:${partitionKey(info.key)}:`);
}

/** Retry-After on a refusal, as the library sets it. */
export function setRetryAfter(res: Response, info: LimitInfo, windowMs: number): void {
  if (res.headersSent) return;
  res.setHeader('Retry-After', String(resetSeconds(windowMs, info.resetTime)));
}
