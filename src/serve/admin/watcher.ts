// One index for all replicas: each process watches the published pointer (INDEX_DIR, a symlink to
// the current build) and takes a new build within INDEX_WATCH_MS of its publication, however it was
// published (npm run ingest or sync on a shared volume, a rebuild by this machine's primary). A
// build that fails its checks is refused once (the old one keeps serving, /readyz says why) and
// not retried until the pointer moves again or an operator asks (SIGHUP, POST /admin/reload).
// Polling, because fs.watch does not follow a symlink replaced by rename on every file system.
import type { Logger } from '../http/logger.js';
import type { ServiceState } from '../state.js';
import { type IndexReloader, publishedBuildId } from './reloader.js';

export interface IndexWatch {
  /** Checks the pointer now (also done every intervalMs). */
  check(): Promise<void>;
  stop(): void;
}

export function watchPublishedIndex(
  deps: { indexDir: string; state: ServiceState; reloader: IndexReloader; logger: Logger },
  intervalMs: number,
): IndexWatch {
  let refusedTarget: string | null = null;
  let checking: Promise<void> | null = null;
  const tick = async () => {
    const target = await publishedBuildId(deps.indexDir);
    if (!target || target === deps.state.buildId || target === refusedTarget) return;
    deps.logger.info({ watch: { published: target, serving: deps.state.buildId } }, `a new build was published (${target}): loading it`);
    await deps.reloader.reload('published').catch(() => {
      // The reloader logged why; the old build serves on and this one is not tried again.
      refusedTarget = target;
    });
  };
  const check = () => {
    checking ??= tick().finally(() => {
      checking = null;
    });
    return checking;
  };
  const timer = intervalMs > 0 ? setInterval(() => void check(), intervalMs) : null;
  timer?.unref();
  return {
    check,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
