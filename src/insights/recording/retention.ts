// RETENTION_DAYS: turns older than that are deleted, at start and then periodically. A purge that
// fails (database down) is logged and tried again at the next period.

export interface Purger {
  purgeBefore(cutoff: Date): Promise<number>;
}

/** Once every six hours: retention is counted in days, so a turn outlives its limit by a few hours at most. */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export interface RetentionOptions {
  retentionDays: number;
  intervalMs?: number;
  now?: () => Date;
  onPurged?: (deleted: number, cutoff: Date) => void;
  onFailure?: (error: unknown) => void;
}

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly store: Purger,
    private readonly options: RetentionOptions,
  ) {}

  /** Deletes what is past retention now; resolves to the number of turns deleted (0 on failure). */
  purgeNow(): Promise<number> {
    this.running ??= this.purge().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async purge(): Promise<number> {
    const cutoff = retentionCutoff(this.options.now?.() ?? new Date(), this.options.retentionDays);
    try {
      const deleted = await this.store.purgeBefore(cutoff);
      this.options.onPurged?.(deleted, cutoff);
      return deleted;
    } catch (error) {
      this.options.onFailure?.(error);
      return 0;
    }
  }

  start(): void {
    if (this.timer) return;
    void this.purgeNow();
    this.timer = setInterval(() => void this.purgeNow(), this.options.intervalMs ?? PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
