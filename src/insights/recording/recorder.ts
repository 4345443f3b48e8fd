// The write path: the chat route hands each answered question to record(), which only appends to
// a bounded in-memory queue; a timer (or a full batch) writes the queue to the database in one
// transaction per batch. An answer never waits for the database. When the database is down the
// batch stays queued and is tried again at the next flush; past MAX_ATTEMPTS, or when the queue is
// full, turns are dropped — each failure and each dropped turn is logged and counted.
import type { TurnRecord } from './turn.js';

/** Where batches go: converted and written in this thread (storeSink) or in the writer thread (WorkerSink). */
export interface RecorderSink {
  insertTurns(records: TurnRecord[]): Promise<void>;
}

export interface RecorderEvents {
  onWritten?: (count: number) => void;
  onFailure?: (error: unknown, pending: number) => void;
  onDropped?: (count: number, reason: 'queue_full' | 'gave_up') => void;
}

export interface RecorderOptions {
  /** Time between flushes of the queue. */
  flushIntervalMs?: number;
  /** Turns written per transaction; a full batch is written without waiting for the timer. */
  batchSize?: number;
  /** Turns held while the database is slow or down; beyond it the oldest are dropped. */
  maxPending?: number;
  /** Flushes a batch may fail before its turns are given up. */
  maxAttempts?: number;
  events?: RecorderEvents;
}

// One second keeps feedback (which waits for its turn to be written) prompt. Batches of 50: SQLite
// writes block the event loop while they run (better-sqlite3 is synchronous), and 50 turns take a
// few milliseconds where 200 took 30 to 75 on a loaded machine (scratch timing); the writer yields
// to waiting requests between batches.
export const RECORDER_DEFAULTS = { flushIntervalMs: 1_000, batchSize: 50, maxPending: 5_000, maxAttempts: 5 };

interface Pending {
  record: TurnRecord;
  attempts: number;
}

export class TurnRecorder {
  private readonly options: typeof RECORDER_DEFAULTS;
  private readonly events: RecorderEvents;
  private queue: Pending[] = [];
  private readonly pendingIds = new Set<string>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** After a failed write, only the timer tries again: a down database is not hammered per answer. */
  private backingOff = false;

  constructor(
    private readonly sink: RecorderSink,
    options: RecorderOptions = {},
  ) {
    const { events, ...rest } = options;
    this.options = { ...RECORDER_DEFAULTS, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    this.events = events ?? {};
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Is this turn still waiting to be written? */
  isPending(id: string): boolean {
    return this.pendingIds.has(id);
  }

  /**
   * Attaches a verdict to a turn still waiting in the queue, to be written with it; false when the
   * turn is not queued (already written, being written now, or unknown).
   */
  attachFeedback(id: string, feedback: NonNullable<TurnRecord['feedback']>): boolean {
    const queued = this.queue.find((p) => p.record.id === id);
    if (!queued) return false;
    queued.record = { ...queued.record, feedback };
    return true;
  }

  /** Queues a turn; O(1), never throws, never waits. */
  record(record: TurnRecord): void {
    this.queue.push({ record, attempts: 0 });
    this.pendingIds.add(record.id);
    const excess = this.queue.length - this.options.maxPending;
    if (excess > 0) this.drop(this.queue.splice(0, excess), 'queue_full');
    if (this.queue.length >= this.options.batchSize && !this.backingOff) void this.flush();
  }

  /** Starts the periodic flush (the timer does not keep the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.options.flushIntervalMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is queued (one last try). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** Writes everything queued now; concurrent calls share one flush. Never rejects. */
  flush(): Promise<void> {
    this.flushing ??= this.writeQueued().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async writeQueued(): Promise<void> {
    for (let first = true; this.queue.length; first = false) {
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, this.options.batchSize);
      try {
        await this.sink.insertTurns(batch.map((p) => p.record));
        for (const p of batch) this.pendingIds.delete(p.record.id);
        this.backingOff = false;
        this.events.onWritten?.(batch.length);
      } catch (error) {
        this.requeue(batch);
        this.backingOff = true;
        this.events.onFailure?.(error, this.queue.length);
        return;
      }
    }
  }

  /** A failed batch goes back to the front, unless it has failed too often. */
  private requeue(batch: Pending[]): void {
    const kept: Pending[] = [];
    const given: Pending[] = [];
    for (const p of batch) (++p.attempts >= this.options.maxAttempts ? given : kept).push(p);
    if (given.length) this.drop(given, 'gave_up');
    this.queue.unshift(...kept);
    const excess = this.queue.length - this.options.maxPending;
    if (excess > 0) this.drop(this.queue.splice(0, excess), 'queue_full');
  }

  private drop(dropped: Pending[], reason: 'queue_full' | 'gave_up'): void {
    for (const p of dropped) this.pendingIds.delete(p.record.id);
    this.events.onDropped?.(dropped.length, reason);
  }
}
