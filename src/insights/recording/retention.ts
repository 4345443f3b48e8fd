// RETENTION_DAYS: turns older than that are deleted, at start and then periodically, by one process
// of the deployment a round: each round goes to the process that takes the purge's lease in the
// database (store/lease.ts), held for one period, so the other workers and replicas skip it; a
// holder that stops cleanly gives the lease up, so the next process to start (a restart's, with a
// lowered RETENTION_DAYS perhaps) purges at once; a holder that died keeps it until its expiry, and
// the next process to try after that takes over. A purge that fails (database down) is logged and
// tried again at the next period.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { PurgeRound } from '../store/lease.js';

export interface Purger {
  /** Turns deleted, or null when another process holds this round's lease. */
  purgeRound(round: PurgeRound): Promise<number | null>;
  /** Gives the purge's lease up if `holder` still holds it; true when it did. */
  releasePurgeLease(holder: string): Promise<boolean>;
}

/** Once every six hours: retention is counted in days, so a turn outlives its limit by a few hours at most. */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Names this process in the lease (and for whoever reads the row): host and pid, and a random part for two services in one process. */
export function leaseHolder(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface RetentionOptions {
  retentionDays: number;
  intervalMs?: number;
  now?: () => Date;
  /** This process in the purge's lease (leaseHolder()). */
  holder?: string;
  onPurged?: (deleted: number, cutoff: Date) => void;
  onFailure?: (error: unknown) => void;
}

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number | null> | null = null;
  private readonly holder: string;
  /** This process took a round's lease (or a round failed, perhaps after taking it) and has not seen another holder since. */
  private mayHoldLease = false;

  constructor(
    private readonly store: Purger,
    private readonly options: RetentionOptions,
  ) {
    this.holder = options.holder ?? leaseHolder();
  }

  private get intervalMs(): number {
    return this.options.intervalMs ?? PURGE_INTERVAL_MS;
  }

  /**
   * Deletes what is past retention now if this round is this process's; resolves to the number of
   * turns deleted (0 on failure), or null when another process holds the round.
   */
  purgeNow(): Promise<number | null> {
    this.running ??= this.purge().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async purge(): Promise<number | null> {
    const now = this.options.now?.() ?? new Date();
    const cutoff = retentionCutoff(now, this.options.retentionDays);
    try {
      // Held for one period: the holder's next tick renews it, and a process whose tick falls
      // within the period finds it held. Were a purge to outlast it, a second one could start
      // beside it: the chunks are transactions and delete nothing twice.
      const deleted = await this.store.purgeRound({ cutoff, lease: { holder: this.holder, now, ttlMs: this.intervalMs } });
      this.mayHoldLease = deleted !== null;
      if (deleted !== null) this.options.onPurged?.(deleted, cutoff);
      return deleted;
    } catch (error) {
      this.mayHoldLease = true;
      this.options.onFailure?.(error);
      return 0;
    }
  }

  start(): void {
    if (this.timer) return;
    void this.purgeNow();
    this.timer = setInterval(() => void this.purgeNow(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer, waits for a purge under way, and gives the lease up (a clean stop). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await this.releaseLease();
  }

  /**
   * Only when this process may hold it: the others' stops cost no write. The delete is conditional
   * on the holder, so a lease that expired and went to another process stays theirs.
   */
  private async releaseLease(): Promise<void> {
    if (!this.mayHoldLease) return;
    this.mayHoldLease = false;
    try {
      await this.store.releasePurgeLease(this.holder);
    } catch {
      // The database is unreachable: the lease expires by itself, as a crashed holder's does.
    }
  }
}
