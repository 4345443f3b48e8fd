// The insights writer's thread: SQLite through better-sqlite3 is synchronous, and a batch insert
// (with the WAL checkpoint's fsync now and then) blocked the server's event loop for tens of
// milliseconds on a loaded machine: bench:chat served 0.42-0.73 of its answers with recording on.
// Here the conversion (redaction, group keys, hashes) and the writes run beside the server instead.
// A batch arrives packed (packedTurns.ts): each distinct answer and question once, the rest in columns.
// The retention purge runs here too: its chunks held the server's event loop 0.1-0.4 s each.
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type DatabaseOptions } from '../db/open.js';
import type { PurgeRound } from '../store/lease.js';
import { TurnStore } from '../store/turnStore.js';
import type { PackedTurns } from './packedTurns.js';

/** A batch to write, a round of the retention purge, or the purge's lease to give up (holder). */
export type WriteBody = { batch: PackedTurns } | { purge: PurgeRound } | { release: string };

export type WriteRequest = WriteBody & { id: number };

export interface WriteReply {
  id: number;
  error?: string;
  /** A purge's turns deleted (null: another process holds the round). */
  deleted?: number | null;
  /** Whether a release gave the lease up. */
  released?: boolean;
}

/**
 * The writer thread's nice value: the lowest priority there is (19). Linux schedules threads on
 * their own (a thread's nice value is its own, set with setpriority on its thread id), so the thread
 * that answers and the clients it answers win a core from the writer whenever they want one. Ten
 * steps above the process's (a tenth of the server thread's weight) still cost bench:chat's c=1
 * round, where the answering thread and its client take turns on the 2 cores: the writer's batch
 * kept the core a request was waiting for. Nothing waits for the writer (answers are sent before
 * their turn is written; feedback on a queued turn rides with it), so it needs only to keep up:
 * at nice 19 it still gets every idle cycle and about 1.5% of a core that answering keeps busy,
 * against the 2-5% of a core recording takes at the bench's 700-1,400 answers a second (a real
 * server's rates are far lower); a backlog waits in the recorder's queue (RECORDER_DEFAULTS'
 * maxPending) and is written when a core is free. bench:chat prints the turns dropped or left queued.
 */
export const WRITER_NICE = 19;

/** Lowers this thread's priority; where threads have no priority of their own (not Linux), it keeps the process's. */
function yieldToAnswers(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return;
    os.setPriority(threadId, WRITER_NICE);
  } catch {
    // No /proc/thread-self, or the system refused: recording still works, at the process's priority.
  }
}

/** Does what was asked on this thread's store; a purge answers with its count, a release with whether it released. */
async function handle(store: TurnStore, body: WriteBody): Promise<Omit<WriteReply, 'id'>> {
  if ('purge' in body) return { deleted: await store.purgeRound(body.purge) };
  if ('release' in body) return { released: await store.releasePurgeLease(body.release) };
  await store.insertPacked(body.batch);
  return {};
}

const port = parentPort;
if (port) {
  yieldToAnswers();
  const store = new TurnStore(openDatabase(workerData as DatabaseOptions));
  port.on('message', async ({ id, ...body }: WriteRequest) => {
    try {
      port.postMessage({ id, ...(await handle(store, body)) } satisfies WriteReply);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WriteReply);
    }
  });
}
