// The model's per-minute budgets (MODEL_CALLS_PER_MINUTE overall, MODEL_CALLS_PER_MINUTE_PER_ADDRESS
// per visitor) and its concurrency across processes, behind the gate's two interfaces
// (src/answer/modelGate.ts). Counters are rate-limiter-flexible's: in Redis when it is configured,
// in the cluster's primary when workers share a machine without it, else in this process. Redis
// failing falls back to a per-process counter (counted and logged) and never refuses a call for
// that reason. Concurrency across replicas is a redis-semaphore Semaphore (leases that expire if
// a replica dies mid-call).
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Semaphore, TimeoutError } from 'redis-semaphore';
import type { CallAllowance, SharedSlots } from '../../answer/modelGate.js';
import type { Degradation } from './degradation.js';
import type { Redis } from './redis.js';

const MINUTE_S = 60;
/** The whole service's key for the global budget. */
const EVERYONE = 'all';

export type CounterStore = { kind: 'memory' } | { kind: 'cluster' } | { kind: 'redis'; redis: Redis; prefix: string };

export interface BudgetSettings {
  perMinute: number;
  perAddressPerMinute: number;
}

function counter(store: CounterStore, keyPrefix: string, points: number): RateLimiterAbstract {
  const options = { keyPrefix, points, duration: MINUTE_S };
  if (store.kind === 'redis')
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `${store.prefix}${keyPrefix}`,
      storeClient: store.redis,
      rejectIfRedisNotReady: true,
    });
  // Workers ask the primary (RateLimiterClusterMaster, started by the cluster's primary) and give up after timeoutMs.
  if (store.kind === 'cluster') return new RateLimiterCluster({ ...options, timeoutMs: 500 });
  return new RateLimiterMemory(options);
}

/** One budget (a number of points per minute), shared when it can be, per process when the store fails. */
class MinuteBudget {
  private readonly shared: RateLimiterAbstract;
  private readonly local: RateLimiterMemory;

  constructor(
    store: CounterStore,
    name: string,
    points: number,
    private readonly degradation: Degradation,
  ) {
    this.shared = counter(store, `model-${name}`, points);
    this.local = new RateLimiterMemory({ keyPrefix: `model-${name}-local`, points, duration: MINUTE_S });
  }

  /** True when a point was taken, false when the budget for this minute is spent. */
  async take(key: string): Promise<boolean> {
    try {
      await this.shared.consume(key);
      this.degradation.ok('model_budget');
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      this.degradation.failed('model_budget', rejection);
      return this.local.consume(key).then(
        () => true,
        () => false,
      );
    }
  }

  /** Gives back a point taken for a call that did not happen. */
  async giveBack(key: string): Promise<void> {
    await this.shared.reward(key, 1).catch(() => this.local.reward(key, 1).catch(() => undefined));
  }
}

export function minuteAllowance(store: CounterStore, settings: BudgetSettings, degradation: Degradation): CallAllowance | undefined {
  const everyone = settings.perMinute > 0 ? new MinuteBudget(store, 'all', settings.perMinute, degradation) : null;
  const perAddress =
    settings.perAddressPerMinute > 0 ? new MinuteBudget(store, 'address', settings.perAddressPerMinute, degradation) : null;
  if (!everyone && !perAddress) return undefined;
  return {
    async take(key) {
      if (perAddress && !(await perAddress.take(key))) return 'address_budget';
      if (everyone && !(await everyone.take(EVERYONE))) {
        // The visitor's own point was not used: a spent global budget is not their doing.
        await perAddress?.giveBack(key);
        return 'budget';
      }
      return null;
    },
  };
}

/** How long a lease outlives a call before another replica may take its slot (a replica died mid-call). */
const LEASE_MARGIN_MS = 5000;
const RETRY_INTERVAL_MS = 25;

/** Model slots counted across every replica, in Redis; a Redis fault lets the call go on this process's own bound. */
export function redisSlots(redis: Redis, key: string, limit: number, callTimeoutMs: number, degradation: Degradation): SharedSlots {
  const leaseMs = callTimeoutMs + LEASE_MARGIN_MS;
  return {
    async acquire(waitMs) {
      const semaphore = new Semaphore(redis, key, limit, {
        lockTimeout: leaseMs,
        acquireTimeout: waitMs,
        retryInterval: RETRY_INTERVAL_MS,
        refreshInterval: Math.floor(leaseMs / 3),
        // The default throws from a timer (an uncaught exception): a lease lost to a Redis outage
        // only means the call in flight is no longer counted by the others.
        onLockLost: (error) => degradation.failed('model_slots', error),
      });
      try {
        await semaphore.acquire();
      } catch (error) {
        if (error instanceof TimeoutError) return null;
        degradation.failed('model_slots', error);
        return () => undefined;
      }
      degradation.ok('model_slots');
      return () => {
        semaphore.release().catch(() => undefined);
      };
    },
  };
}
