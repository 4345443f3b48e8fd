// The Redis connection behind the state several processes share (REDIS_URL). It must never make a
// visitor wait on a Redis that is down or slow: commands are not queued while disconnected and time
// out quickly, so every user of it falls back to its per-process state at once (see fallback.ts),
// and the client keeps reconnecting in the background.
import { Redis } from 'ioredis';

/** A command slower than this counts as Redis being unavailable (a local read is ~0.1 ms). */
const COMMAND_TIMEOUT_MS = 250;
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnection back-off: grows with each attempt up to this (ms). */
const MAX_RECONNECT_DELAY_MS = 2000;

export type { Redis };

export function connectRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    // The first connection is made at once; a server that starts before Redis serves per-process until it is up.
    lazyConnect: false,
  });
}

/** Waits until the client is ready or `ms` have passed (a server starts serving either way). */
export function readyWithin(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ok);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    redis.on('ready', onReady);
  });
}
