// What the cluster's primary and its workers tell each other over IPC (other libraries share the
// channel: prom-client, the cluster rate-limit stores; ours carry an `oim` field).
import type { RebuildStatus } from '../state.js';

export type PrimaryMessage =
  /** A rebuild started or ended on this machine: shown in every worker's /readyz. */
  | { oim: 'rebuild'; status: RebuildStatus }
  /** Look at the published pointer now (a rebuild just published a build). */
  | { oim: 'check-index' }
  /** Reload the index now (SIGHUP sent to the primary). */
  | { oim: 'reload' }
  /** The figures of every worker, for a scrape a worker received. */
  | { oim: 'metrics'; id: number; text: string };

export type WorkerMessage =
  /** The worker serves (its first index load is done, or failed with nothing to serve yet). */
  | { oim: 'ready'; build: string | null }
  /** A scrape arrived at this worker: the primary gathers every worker's figures. */
  | { oim: 'metrics'; id: number };

export function isOimMessage<T extends { oim: string }>(message: unknown): message is T {
  return typeof message === 'object' && message !== null && typeof (message as { oim?: unknown }).oim === 'string';
}
