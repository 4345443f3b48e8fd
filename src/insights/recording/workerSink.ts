// Hands batches of turns to the writer thread (writerWorker.ts) and resolves when they are written;
// the retention purge's rounds too (Purger), so that SQLite's synchronous chunks run beside the server.
// A thread that dies fails its batches (the recorder keeps them queued) and is started again on the
// next batch.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatabaseOptions } from '../db/open.js';
import type { PurgeRound } from '../store/lease.js';
import { packTurns } from './packedTurns.js';
import type { RecorderSink } from './recorder.js';
import type { Purger } from './retention.js';
import type { TurnRecord } from './turn.js';
import type { WriteBody, WriteReply, WriteRequest } from './writerWorker.js';

/**
 * Turns per batch handed to the writer thread. Its writes do not block the server's event loop, so
 * batches can be as large as the recorder's one-second flush gathers at a steady load: each batch
 * costs a transaction's commit (its pages written to the WAL) and a copy between threads whatever
 * its size. Scratch timing on this shared machine, 30 000 turns: 38 µs of writer CPU a turn in
 * batches of 50, 25 µs in batches of 500.
 */
export const WRITER_THREAD_BATCH_SIZE = 500;

const WORKER_URL = new URL(`./writerWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * The thread's entry. From TypeScript sources (run by tsx) the thread registers tsx's loader first:
 * Node 20 does not carry a parent's --import loader hooks into a worker.
 */
function workerEntry(): { entry: string | URL; eval: boolean } {
  if (!WORKER_URL.pathname.endsWith('.ts')) return { entry: WORKER_URL, eval: false };
  // The package's ESM entry sits beside the CommonJS one that require.resolve finds.
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return { entry: code, eval: true };
}

export class WorkerSink implements RecorderSink, Purger {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (reply: WriteReply) => void; reject: (error: Error) => void }>();

  /** `before` runs once before the first batch (the server's own connection applies the migrations). */
  constructor(
    private readonly options: Omit<DatabaseOptions, 'onBackgroundError'>,
    private readonly before: () => Promise<void> = async () => {},
  ) {}

  private started(): Worker {
    if (this.worker) return this.worker;
    const { entry, eval: isCode } = workerEntry();
    const worker = new Worker(entry, { eval: isCode, workerData: this.options });
    worker.unref();
    worker.on('message', (reply: WriteReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the insights writer thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Starts the thread now, so that it is ready when the first batch comes. */
  warm(): void {
    void this.before().then(
      () => this.started(),
      () => undefined,
    );
  }

  async insertTurns(records: TurnRecord[]): Promise<void> {
    await this.request({ batch: packTurns(records) });
  }

  async purgeRound(round: PurgeRound): Promise<number | null> {
    return (await this.request({ purge: round })).deleted ?? null;
  }

  async releasePurgeLease(holder: string): Promise<boolean> {
    return (await this.request({ release: holder })).released ?? false;
  }

  private async request(body: WriteBody): Promise<WriteReply> {
    await this.before();
    const id = ++this.nextId;
    const done = new Promise<WriteReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.started().postMessage({ id, ...body } satisfies WriteRequest);
    return done;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
