// The insights writer's thread: SQLite through better-sqlite3 is synchronous, and a batch insert
// (with the WAL checkpoint's fsync now and then) blocked the server's event loop for tens of
// milliseconds on a loaded machine: bench:chat served 0.42-0.73 of its answers with recording on.
// Here the conversion (redaction, group keys, hashes) and the writes run beside the server instead.
// A batch arrives as the records were queued: the answers the cache hands out are shared objects,
// and postMessage's structured clone copies each distinct one once per batch, not once per turn.
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

const port = parentPort;
if (port) {
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
