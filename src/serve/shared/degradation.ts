// When shared state (Redis) fails, each use falls back to its per-process state: counted on every
// fallback (oim_shared_state_fallbacks_total{use}) and logged when a run of failures starts and
// when it ends, so a Redis outage is one warning and one recovery line, not one line per request.
import type { Logger } from '../http/logger.js';
import type { Metrics } from '../http/metrics.js';

export type SharedUse = 'rate_limit' | 'model_budget' | 'model_slots' | 'answer_cache';

export class Degradation {
  private readonly failing = new Set<SharedUse>();

  constructor(
    private readonly logger: Logger,
    private readonly metrics?: Metrics,
  ) {}

  failed(use: SharedUse, error: unknown): void {
    this.metrics?.sharedStateFallback(use);
    if (this.failing.has(use)) return;
    this.failing.add(use);
    this.logger.warn(
      { sharedState: { use, error: error instanceof Error ? error.message : String(error) } },
      `shared state unavailable for ${use}: falling back to this process's own until the shared store (Redis, or the cluster's primary) answers again`,
    );
  }

  ok(use: SharedUse): void {
    if (!this.failing.delete(use)) return;
    this.logger.info({ sharedState: { use } }, `shared state for ${use} is back on the shared store`);
  }

  get degraded(): SharedUse[] {
    return [...this.failing];
  }
}
