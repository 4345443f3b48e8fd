// What replicas share through a real Redis, part by part (the whole servers are in replicas.test.ts):
// the answer cache (a question answered by one replica is a hit on another, per build), and the
// model's concurrency (one slot for the whole service is one slot, whichever replica asks). Redis
// stopped: a cache miss and the process's own bound, never an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAnswer } from '../../src/answer/types.js';
import { ModelGate, OverloadedError } from '../../src/answer/modelGate.js';
import { createLogger } from '../../src/serve/http/logger.js';
import { createMetrics } from '../../src/serve/http/metrics.js';
import { redisAnswerCache } from '../../src/serve/shared/answerCache.js';
import { Degradation } from '../../src/serve/shared/degradation.js';
import { redisSlots } from '../../src/serve/shared/modelBudget.js';
import { connectRedis, readyWithin } from '../../src/serve/shared/redis.js';
import { captureLogs } from '../helpers/server.js';
import { metricValue } from '../hardening/support.js';
import { REDIS_SERVER, startRedis, type TestRedis } from './redis.js';

const ANSWER: ChatAnswer = {
  answer: 'L’OIM compte 175 États Membres. [1]',
  grounded: true,
  citations: [],
  language: 'fr',
  mode: 'extractive',
};

/** One "replica": its own connection, logs and metrics, as a separate process would have. */
function replica(url: string) {
  const { logs, sink } = captureLogs();
  const metrics = createMetrics();
  const redis = connectRedis(url);
  redis.on('error', () => undefined);
  return { redis, logs, metrics, degradation: new Degradation(createLogger('info', sink), metrics) };
}

describe.skipIf(!REDIS_SERVER)('state shared through Redis', () => {
  let server: TestRedis;
  let a: ReturnType<typeof replica>;
  let b: ReturnType<typeof replica>;
  beforeAll(async () => {
    server = await startRedis();
    a = replica(server.url);
    b = replica(server.url);
    expect(await readyWithin(a.redis, 5000)).toBe(true);
    expect(await readyWithin(b.redis, 5000)).toBe(true);
  });
  afterAll(async () => {
    a?.redis.disconnect();
    b?.redis.disconnect();
    await server?.stop();
  });

  it('serves an answer cached by one replica from another, for the same build only', async () => {
    const onA = redisAnswerCache(a.redis, 'test:', 'build-1', 100, a.degradation)!;
    const onB = redisAnswerCache(b.redis, 'test:', 'build-1', 100, b.degradation)!;
    const nextBuild = redisAnswerCache(b.redis, 'test:', 'build-2', 100, b.degradation)!;
    expect(await onB.get('fr\u0000combien d’états membres ?')).toBeUndefined();
    onA.set('fr\u0000combien d’états membres ?', ANSWER);
    await new Promise((r) => setTimeout(r, 100));
    expect(await onB.get('fr\u0000combien d’états membres ?')).toEqual(ANSWER);
    expect(await nextBuild.get('fr\u0000combien d’états membres ?')).toBeUndefined();
  });

  it('holds the model to one slot for both replicas', async () => {
    const gateA = new ModelGate(4, 4, { slots: redisSlots(a.redis, 'test:model-slots', 1, 5000, a.degradation), sharedWaitMs: 300 });
    const gateB = new ModelGate(4, 4, { slots: redisSlots(b.redis, 'test:model-slots', 1, 5000, b.degradation), sharedWaitMs: 300 });
    let release = () => {};
    const held = gateA.run(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((r) => setTimeout(r, 100));
    // B's local gate is empty, but the service's one slot is taken on A.
    await expect(gateB.run(async () => 'B ran')).rejects.toMatchObject({ reason: 'busy' });
    await expect(gateB.run(async () => 'B ran')).rejects.toBeInstanceOf(OverloadedError);
    release();
    await held;
    expect(await gateB.run(async () => 'B ran')).toBe('B ran');
  });

  it('misses the cache and keeps the process’s own bound when Redis stops, logging it once and counting each', async () => {
    await server.stop();
    const cache = redisAnswerCache(b.redis, 'test:', 'build-1', 100, b.degradation)!;
    expect(await cache.get('fr\u0000une autre question ?')).toBeUndefined();
    expect(await cache.get('fr\u0000encore une autre ?')).toBeUndefined();
    const gate = new ModelGate(1, 0, { slots: redisSlots(b.redis, 'test:model-slots', 1, 5000, b.degradation) });
    expect(await gate.run(async () => 'ran on the local bound')).toBe('ran on the local bound');
    const text = await b.metrics.text();
    expect(metricValue(text, 'oim_shared_state_fallbacks_total', { use: 'answer_cache' })).toBe(2);
    expect(metricValue(text, 'oim_shared_state_fallbacks_total', { use: 'model_slots' })).toBe(1);
    expect(b.logs.filter((l) => String(l.msg).startsWith('shared state unavailable for answer_cache'))).toHaveLength(1);
  });
});
