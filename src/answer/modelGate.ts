// Bounds the model bill and the memory of a flood: at most `concurrency` model calls at once, at
// most `queueLimit` waiting, and the rest refused at once (the API turns that into a 503 with
// Retry-After). Hand-written because queue libraries (p-limit, p-queue) wait without bound; the
// fast refusal is the point here.
export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The assistant is busy: too many questions are waiting for the language model. Try again shortly.');
  }
}

export class ModelGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
    private readonly retryAfterSeconds = 5,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) throw new OverloadedError(this.retryAfterSeconds);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` stays accurate.
      if (next) next();
      else this.running--;
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
  ) {
    const deadline = AbortSignal.timeout(timeoutMs);
    this.signal = callerSignal ? AbortSignal.any([callerSignal, deadline]) : deadline;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return this.gate ? this.gate.run(task) : task();
  }
}
