// What the processes of one service share, chosen once from configuration:
// - REDIS_URL set: rate limits, the model's per-minute budgets and concurrency, and the answer
//   cache live in Redis, for every replica on every machine (each falling back to its process's
//   own state while Redis fails);
// - several workers on one machine without Redis: rate limits and budgets are kept by the cluster's
//   primary (see cluster.ts), the model's concurrency is split between the workers, and each keeps
//   its own answer cache;
// - one process: everything in it, as before.
import cluster from 'node:cluster';
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import type { Store } from 'express-rate-limit';
import { type AnswerCache, lruAnswerCache } from '../../answer/assistant.js';
import { ModelGate, type ModelRefusal } from '../../answer/modelGate.js';
import { type Config, workerCount } from '../../config.js';
import type { Logger } from '../http/logger.js';
import type { Metrics } from '../http/metrics.js';
import { redisAnswerCache } from './answerCache.js';
import { Degradation } from './degradation.js';
import { type CounterStore, minuteAllowance, redisSlots } from './modelBudget.js';
import { FallbackStore, redisRateLimitStore } from './rateLimitStore.js';
import { connectRedis, type Redis } from './redis.js';

export interface SharedState {
  readonly redis: Redis | null;
  readonly degradation: Degradation;
  /** 'redis', 'cluster' (the primary keeps the counters) or 'process'. */
  readonly scope: 'redis' | 'cluster' | 'process';
  /** A rate-limit store for one limiter (undefined: express-rate-limit's own MemoryStore). */
  rateLimitStore(prefix: string): Store | undefined;
  /** The model gate of this process, with the budgets and slots of the scope. */
  modelGate(onRefused?: (reason: ModelRefusal) => void): ModelGate;
  /** The offline answer cache of one index build. */
  answerCache(buildId: string): AnswerCache | null;
  close(): Promise<void>;
}

export interface SharedStateDeps {
  logger: Logger;
  metrics?: Metrics;
  /** Worker processes of this machine's cluster (1 when the server runs alone). */
  workers?: number;
}

type GateSettings = Pick<
  Config,
  | 'MAX_CONCURRENT_MODEL_CALLS'
  | 'MAX_MODEL_QUEUE'
  | 'MODEL_SHARE_PER_ADDRESS'
  | 'MODEL_CALLS_PER_MINUTE'
  | 'MODEL_CALLS_PER_MINUTE_PER_ADDRESS'
  | 'MODEL_TIMEOUT_MS'
>;

/** Each of `workers` processes gets its part of a bound (at least 1), so together they keep it. */
const partOf = (bound: number, workers: number) => Math.max(1, Math.ceil(bound / workers));

export function createSharedState(config: Config, deps: SharedStateDeps): SharedState {
  const degradation = new Degradation(deps.logger, deps.metrics);
  const workers = deps.workers ?? (cluster.isWorker ? workerCount(config) : 1);
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL) : null;
  const scope = redis ? 'redis' : cluster.isWorker && workers > 1 ? 'cluster' : 'process';
  const prefix = config.REDIS_PREFIX;
  if (redis) {
    // ioredis reports every failed reconnection: one line per outage is enough (Degradation logs the uses).
    redis.on('error', () => undefined);
    deps.metrics?.gauge('redis_up', 'Whether this process is connected to Redis (REDIS_URL).', () => (redis.status === 'ready' ? 1 : 0));
  }
  const counters: CounterStore = redis ? { kind: 'redis', redis, prefix } : { kind: scope === 'cluster' ? 'cluster' : 'memory' };
  return {
    redis,
    degradation,
    scope,
    rateLimitStore(name) {
      if (redis) return redisRateLimitStore(redis, `${prefix}rl:${name}:`, degradation);
      // The primary answers within a second or the worker's request fails (a busy machine): counted
      // in this process meanwhile, as when Redis fails, rather than the limiter's error becoming a 500.
      if (scope === 'cluster') return new FallbackStore(new ClusterMemoryStoreWorker({ prefix: name }), degradation, name);
      return undefined;
    },
    modelGate(onRefused) {
      const split = scope === 'cluster' ? workers : 1;
      return gateFor(config, { counters, degradation, redis, prefix, split, onRefused });
    },
    answerCache(buildId) {
      return redis
        ? redisAnswerCache(redis, prefix, buildId, config.ANSWER_CACHE_SIZE, degradation)
        : lruAnswerCache(config.ANSWER_CACHE_SIZE);
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function gateFor(
  config: GateSettings,
  parts: {
    counters: CounterStore;
    degradation: Degradation;
    redis: Redis | null;
    prefix: string;
    split: number;
    onRefused?: (reason: ModelRefusal) => void;
  },
): ModelGate {
  const { redis, degradation, split } = parts;
  return new ModelGate(partOf(config.MAX_CONCURRENT_MODEL_CALLS, split), partOf(config.MAX_MODEL_QUEUE, split), {
    sharePerKey: config.MODEL_SHARE_PER_ADDRESS,
    allowance: minuteAllowance(
      parts.counters,
      { perMinute: config.MODEL_CALLS_PER_MINUTE, perAddressPerMinute: config.MODEL_CALLS_PER_MINUTE_PER_ADDRESS },
      degradation,
    ),
    slots: redis
      ? redisSlots(redis, `${parts.prefix}model-slots`, config.MAX_CONCURRENT_MODEL_CALLS, config.MODEL_TIMEOUT_MS, degradation)
      : undefined,
    onRefused: parts.onRefused,
  });
}
