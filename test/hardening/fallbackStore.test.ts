// A rate limit's shared store that fails — Redis down, or the cluster's primary not answering
// within its second on a busy machine — must never turn into an error for the visitor: the count
// moves to this process (the limit still holds, per process), the fallback is counted and logged
// once, and the shared store is used again once it answers.
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/serve/http/logger.js';
import { createMetrics } from '../../src/serve/http/metrics.js';
import { Degradation } from '../../src/serve/shared/degradation.js';
import { FallbackStore } from '../../src/serve/shared/rateLimitStore.js';
import { captureLogs } from '../helpers/server.js';
import { metricValue } from './support.js';

/** A shared store that can be made to fail, as a store whose process stopped answering does. */
class FlakyStore implements Store {
  failing = false;
  readonly hits = new Map<string, number>();
  private check(): void {
    if (this.failing) throw new Error('no response received to increment command after 1000ms');
  }
  async increment(key: string): Promise<ClientRateLimitInfo> {
    this.check();
    const totalHits = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, totalHits);
    return { totalHits, resetTime: new Date(Date.now() + 60_000) };
  }
  async decrement(key: string): Promise<void> {
    this.check();
    this.hits.set(key, (this.hits.get(key) ?? 1) - 1);
  }
  async resetKey(key: string): Promise<void> {
    this.hits.delete(key);
  }
}

describe('a rate limit whose shared store fails', () => {
  it('counts in this process meanwhile, logs the outage once, and returns to the shared store', async () => {
    const { logs, sink } = captureLogs();
    const metrics = createMetrics();
    const remote = new FlakyStore();
    const store = new FallbackStore(remote, new Degradation(createLogger('info', sink), metrics), 'chat');
    store.init({ windowMs: 60_000 } as Options);

    expect((await store.increment('1.2.3.4')).totalHits).toBe(1);
    remote.failing = true;
    // No rejection: the visitor is counted here instead, and the limit keeps counting.
    const during = [];
    for (let i = 0; i < 3; i++) during.push((await store.increment('1.2.3.4')).totalHits);
    expect(during).toEqual([1, 2, 3]);
    await store.decrement('1.2.3.4');

    const text = await metrics.text();
    expect(metricValue(text, 'oim_shared_state_fallbacks_total', { use: 'rate_limit' })).toBeGreaterThanOrEqual(1);
    expect(logs.filter((l) => String(l.msg).startsWith('shared state unavailable for rate_limit'))).toHaveLength(1);

    remote.failing = false;
    // Tried again after its pause (RETRY_AFTER_FAILURE_MS), then the shared count goes on from where it was.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await store.increment('1.2.3.4')).totalHits).toBe(2);
    expect(logs.some((l) => String(l.msg).startsWith('shared state for rate_limit is back'))).toBe(true);
  });
});
