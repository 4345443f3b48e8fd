// A fair share of the model (issues 4, 13 and 14). The gate bounds the bill and the memory of a
// flood: at most `concurrency` model calls at once and `queueLimit` waiting; one address (a `key`)
// holds at most `sharePerKey` of those places, so twenty questions from one visitor cannot lock
// the others out; a per-minute budget (global and per address) caps what a minute can cost; and,
// across processes, shared slots (Redis) keep the concurrency a bound for the whole service. A call
// that cannot have the model is refused at once with the reason: the assistant then gives its
// offline answer, marked as such, never an error. Hand-written because queue libraries (p-limit,
// p-queue) wait without bound and know nothing of shares; the budget and the shared slots are
// libraries behind the two small interfaces below.

/** Why a call was refused the model. */
export type ModelRefusal = 'busy' | 'share' | 'budget' | 'address_budget';

export class OverloadedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly reason: ModelRefusal = 'busy',
  ) {
    super(
      reason === 'budget' || reason === 'address_budget'
        ? 'The language model budget for this minute is spent. Try again shortly.'
        : 'The assistant is busy: too many questions are waiting for the language model. Try again shortly.',
    );
  }
}

/** The per-minute budget: null when the call may go (and is counted), otherwise which budget is spent. */
export interface CallAllowance {
  take(key: string): Promise<'budget' | 'address_budget' | null>;
}

/** Model slots shared with other processes: a release function, or null when none freed up within waitMs. */
export interface SharedSlots {
  acquire(waitMs: number): Promise<(() => void) | null>;
}

export interface ModelGateOptions {
  /** Places (running or waiting) one key may hold; unlimited by default (commands, the eval). */
  sharePerKey?: number;
  allowance?: CallAllowance;
  slots?: SharedSlots;
  /** How long a call waits for a shared slot before it is refused as busy. */
  sharedWaitMs?: number;
  retryAfterSeconds?: number;
  /** Told of every refusal (metrics). */
  onRefused?: (reason: ModelRefusal) => void;
}

/** The key of calls made on behalf of no particular visitor (commands, the eval). */
export const LOCAL_KEY = 'local';
const BUDGET_RETRY_AFTER_S = 60;

export class ModelGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly held = new Map<string, number>();

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
    private readonly options: ModelGateOptions = {},
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Places `key` holds now (running or waiting). */
  heldBy(key: string): number {
    return this.held.get(key) ?? 0;
  }

  async run<T>(task: () => Promise<T>, key: string = LOCAL_KEY): Promise<T> {
    this.refuseIfFull(key);
    this.hold(key, 1);
    try {
      const spent = await this.options.allowance?.take(key);
      if (spent) this.refuse(spent, BUDGET_RETRY_AFTER_S);
      await this.localSlot();
      try {
        return await this.withSharedSlot(task);
      } finally {
        this.releaseLocalSlot();
      }
    } finally {
      this.hold(key, -1);
    }
  }

  private refuseIfFull(key: string): void {
    if (this.heldBy(key) >= (this.options.sharePerKey ?? Number.POSITIVE_INFINITY)) this.refuse('share');
    if (this.running >= this.concurrency && this.waiting.length >= this.queueLimit) this.refuse('busy');
  }

  private refuse(reason: ModelRefusal, retryAfterSeconds = this.options.retryAfterSeconds ?? 5): never {
    this.options.onRefused?.(reason);
    throw new OverloadedError(retryAfterSeconds, reason);
  }

  private hold(key: string, delta: number): void {
    const next = this.heldBy(key) + delta;
    if (next > 0) this.held.set(key, next);
    else this.held.delete(key);
  }

  private async localSlot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    // Checked again: the budget was taken asynchronously, others may have queued meanwhile.
    if (this.waiting.length >= this.queueLimit) this.refuse('busy');
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseLocalSlot(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays accurate.
    if (next) next();
    else this.running--;
  }

  private async withSharedSlot<T>(task: () => Promise<T>): Promise<T> {
    if (!this.options.slots) return task();
    const release = await this.options.slots.acquire(this.options.sharedWaitMs ?? 5000);
    if (!release) this.refuse('busy');
    try {
      return await task();
    } finally {
      release();
    }
  }
}

/**
 * The model work of one request: one deadline for all of it (rewriting, answering, retries), joined
 * to the caller's abort signal, each call through the gate when there is one.
 */
export class ModelBudget {
  readonly signal: AbortSignal;

  constructor(
    private readonly gate: ModelGate | undefined,
    timeoutMs: number,
    callerSignal?: AbortSignal,
    /** Whose share and budget the calls draw on (the client's address key). */
    private readonly client?: string,
  ) {
    const deadline = AbortSignal.timeout(timeoutMs);
    this.signal = callerSignal ? AbortSignal.any([callerSignal, deadline]) : deadline;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return this.gate ? this.gate.run(task, this.client) : task();
  }
}
