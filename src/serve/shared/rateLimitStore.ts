// The rate limits' counters: in Redis when REDIS_URL is set (rate-limit-redis, so a visitor's limit
// holds across every replica), in the cluster's primary when several workers share a machine
// without Redis (@express-rate-limit/cluster-memory-store), else in this process (express-rate-limit's
// MemoryStore). A Redis that fails, or a primary that does not answer in time, hands each request
// to a per-process MemoryStore (the limit then holds per process, counted and logged) and is tried
// again after a short pause; a limiter never turns a store's fault into an error for the visitor.
import { MemoryStore, type Options, type Store, type ClientRateLimitInfo } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Degradation } from './degradation.js';
import type { Redis } from './redis.js';

/** After a Redis failure, requests use the local store for this long before Redis is tried again. */
const RETRY_AFTER_FAILURE_MS = 1000;

export class FallbackStore implements Store {
  readonly localKeys = false;
  private readonly local = new MemoryStore();
  private options: Options | null = null;
  private ready: Promise<void> | null = null;
  private retryAt = 0;

  constructor(
    private readonly remote: Store,
    private readonly degradation: Degradation,
    readonly prefix?: string,
  ) {}

  init(options: Options): void {
    this.options = options;
    this.local.init(options);
    // The remote store is set up on first use: at startup Redis may not be connected yet.
  }

  private initRemote(): Promise<void> {
    // rate-limit-redis loads its scripts in init; a failed load is remembered, so it is redone on recovery.
    const ready = Promise.resolve(this.remote.init?.(this.options!));
    // Awaited by the next request (which then falls back); never an unhandled rejection meanwhile.
    ready.catch(() => undefined);
    return ready;
  }

  private async onRemote<T>(work: () => Promise<T>, onLocal: () => T | Promise<T>): Promise<T> {
    if (Date.now() < this.retryAt) return onLocal();
    try {
      if (!this.ready) this.ready = this.initRemote();
      await this.ready;
      const result = await work();
      this.degradation.ok('rate_limit');
      return result;
    } catch (error) {
      this.ready = null;
      this.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      this.degradation.failed('rate_limit', error);
      return onLocal();
    }
  }

  increment(key: string): Promise<ClientRateLimitInfo> {
    return this.onRemote(
      async () => await this.remote.increment(key),
      () => this.local.increment(key),
    );
  }

  async decrement(key: string): Promise<void> {
    await this.onRemote(
      async () => await this.remote.decrement(key),
      () => this.local.decrement(key),
    );
  }

  async resetKey(key: string): Promise<void> {
    this.local.resetKey(key);
    await this.onRemote(
      async () => await this.remote.resetKey(key),
      () => undefined,
    );
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.onRemote(
      async () => await this.remote.get?.(key),
      () => this.local.get(key),
    );
  }

  shutdown(): void {
    this.local.shutdown();
  }
}

export function redisRateLimitStore(redis: Redis, prefix: string, degradation: Degradation): Store {
  const remote = new RedisStore({
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never>,
    prefix,
  });
  return new FallbackStore(remote, degradation, prefix);
}
