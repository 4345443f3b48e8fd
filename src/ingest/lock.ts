// One ingestion at a time per index: two interleaved builds would race on the index symlink.
// proper-lockfile keeps the lock fresh (its mtime) while the build runs; another process may take
// it over only once it has not been refreshed for LOCK_TIMINGS.staleMs. That was 10 s: a long build
// whose event loop stalled that long under load was taken over, and the library's default reaction
// to a lost lock — an uncaught ECOMPROMISED thrown from a timer — killed the first build. Now a
// build must stall a whole minute before it can be taken over, and a lost lock is recorded, not
// thrown: the build checks it before publishing and stops with a clear message instead.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class LockError extends Error {}

export interface LockTimings {
  /** A lock not refreshed for this long belongs to a process that died (SIGKILL): it may be taken over. */
  staleMs: number;
  /** How often the holder refreshes it. */
  updateMs: number;
}

export const LOCK_TIMINGS: LockTimings = { staleMs: 60_000, updateMs: 5_000 };

/** Releases the lock; assertHeld() throws a LockError if it was lost meanwhile (taken over, removed). */
export type IndexLockRelease = (() => Promise<void>) & { assertHeld(): void };

export async function acquireIndexLock(indexDir: string, timings: LockTimings = LOCK_TIMINGS): Promise<IndexLockRelease> {
  await mkdir(path.dirname(indexDir), { recursive: true });
  const lockPath = `${indexDir}.lock`;
  let lost: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path.dirname(indexDir), {
      lockfilePath: lockPath,
      realpath: false,
      stale: timings.staleMs,
      update: timings.updateMs,
      retries: 0,
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new LockError(
        `Another ingestion is already building ${indexDir} (lock ${lockPath}): wait for it to finish, then run again. ` +
          `If none is running (it was killed), the lock expires ${Math.round(timings.staleMs / 1000)} s after it stopped.`,
      );
    }
    throw error;
  }
  const assertHeld = () => {
    if (lost)
      throw new LockError(
        `The lock on ${indexDir} was lost during this build (${(lost as Error).message}): another ingestion may have taken over, so nothing was published. Run the ingestion again.`,
      );
  };
  return Object.assign(
    async () => {
      // A lost lock is no longer ours to release.
      if (!lost) await release();
    },
    { assertHeld },
  );
}
