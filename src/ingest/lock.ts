// One ingestion at a time per index: two interleaved builds would race on the index symlink.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class LockError extends Error {}

export async function acquireIndexLock(indexDir: string): Promise<() => Promise<void>> {
  await mkdir(path.dirname(indexDir), { recursive: true });
  try {
    return await lockfile.lock(path.dirname(indexDir), {
      lockfilePath: `${indexDir}.lock`,
      realpath: false,
      // A lock whose holder died (SIGKILL) is taken over after this long without a heartbeat.
      stale: 10_000,
      update: 2_000,
      retries: 0,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new LockError(
        `Another ingestion is already building ${indexDir} (lock ${indexDir}.lock): wait for it to finish, then run again.`,
      );
    }
    throw error;
  }
}
