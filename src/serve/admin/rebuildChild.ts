// The index rebuild of `npm start`, in a child process (started by rebuild.ts): reading the corpus,
// embedding and building the graph take seconds to minutes of CPU, which in the server's own
// thread left /healthz unanswered and SIGTERM unheard for as long. The parent keeps serving the
// last good build meanwhile; this process reports how the rebuild ended over IPC and exits.
import { loadConfig } from '../../config.js';
import { LockError } from '../../ingest/lock.js';
import { ensureIndex } from '../services.js';
import type { RebuildOutcome } from './rebuild.js';

function report(outcome: RebuildOutcome): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(outcome, () => resolve());
  });
}

async function rebuild(): Promise<RebuildOutcome> {
  try {
    const { built, warnings } = await ensureIndex(loadConfig());
    if (!built) return { kind: 'up_to_date', warnings };
    return { kind: 'built', warnings, chunks: built.chunks, embedded: built.embedded, ms: Math.round(built.ms) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: error instanceof LockError ? 'locked' : 'failed', warnings: [], message };
  }
}

rebuild()
  .then(report)
  .finally(() => process.exit(0));
