// The insights writer's thread: SQLite through better-sqlite3 is synchronous, and a batch insert
// (with the WAL checkpoint's fsync now and then) blocked the server's event loop for tens of
// milliseconds on a loaded machine: bench:chat served 0.42-0.73 of its answers with recording on.
// Here the conversion (redaction, group keys, hashes) and the writes run beside the server instead.
// A batch arrives as the records were queued: the answers the cache hands out are shared objects,
// and postMessage's structured clone copies each distinct one once per batch, not once per turn.
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type DatabaseOptions } from '../db/open.js';
import { TurnStore } from '../store/turnStore.js';
import type { TurnRecord } from './turn.js';

export interface WriteRequest {
  id: number;
  records: TurnRecord[];
}

export interface WriteReply {
  id: number;
  error?: string;
}

/**
 * Niceness the writer thread takes on top of the process's. Linux schedules threads on their own
 * (a thread's nice value is its own, set with setpriority on its thread id), so the thread that
 * answers and the clients it answers win a core from the writer whenever they want one: on the 2
 * cores of the bench machine the writer otherwise took the core the next request needed, one
 * request at a time (bench:chat c=1). Ten steps weigh the writer about a tenth of the server's
 * thread: a core kept busy by answering still leaves the writer several times the 1-5% of a core
 * that recording takes at the bench's rates, so it does not fall behind and drop turns.
 */
const WRITER_NICENESS = 10;

/** Lowers this thread's priority; where threads have no priority of their own (not Linux), it keeps the process's. */
function yieldToAnswers(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return;
    os.setPriority(threadId, Math.min(19, os.getPriority(threadId) + WRITER_NICENESS));
  } catch {
    // No /proc/thread-self, or the system refused: recording still works, at the process's priority.
  }
}

const port = parentPort;
if (port) {
  yieldToAnswers();
  const store = new TurnStore(openDatabase(workerData as DatabaseOptions));
  port.on('message', async ({ id, records }: WriteRequest) => {
    try {
      await store.insertTurns(records);
      port.postMessage({ id } satisfies WriteReply);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WriteReply);
    }
  });
}
