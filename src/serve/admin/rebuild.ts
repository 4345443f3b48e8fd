// Starts the rebuild of a stale index in a child process (rebuildChild.ts) and says how it ended;
// the server serves its last good build meanwhile and takes the new one once it is published.
// A second ingestion already running (the lock) is not an error: its build will be published and
// picked up the same way.
import { type ChildProcess, fork } from 'node:child_process';
import type { CorpusWarning } from '../../corpus/load.js';
import { moduleFile } from '../../lib/moduleFile.js';
import type { Logger } from '../http/logger.js';
import type { RebuildStatus } from '../state.js';

const CHILD = moduleFile('./rebuildChild.ts', import.meta.url);

export interface RebuildOutcome {
  kind: 'built' | 'up_to_date' | 'locked' | 'failed' | 'stopped';
  /** Files left out, each naming the file and why. */
  warnings: CorpusWarning[];
  chunks?: number;
  embedded?: number;
  ms?: number;
  message?: string;
}

export interface Rebuild {
  readonly since: string;
  readonly done: Promise<RebuildOutcome>;
  /** Stops the rebuild (shutdown): its lock is released and nothing is published. */
  stop(): void;
}

export function startRebuild(): Rebuild {
  // The child runs under the same loader and flags as this process (tsx, --cpu-prof…).
  const child: ChildProcess = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let stopped = false;
  const done = new Promise<RebuildOutcome>((resolve) => {
    let outcome: RebuildOutcome | null = null;
    child.on('message', (message) => {
      outcome = message as RebuildOutcome;
    });
    child.on('error', (error) => resolve({ kind: 'failed', warnings: [], message: error.message }));
    child.on('exit', (code, signal) => {
      if (outcome) resolve(outcome);
      else if (stopped) resolve({ kind: 'stopped', warnings: [] });
      else resolve({ kind: 'failed', warnings: [], message: `the rebuild process exited (${signal ?? `code ${code}`}) without a result` });
    });
  });
  return {
    since: new Date().toISOString(),
    done,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopped = true;
      child.kill('SIGTERM');
    },
  };
}

/** Says how a rebuild ended: each file left out (named), the build, or why there is none. */
export function logRebuildOutcome(logger: Logger, outcome: RebuildOutcome): void {
  for (const { source, message } of outcome.warnings) logger.warn({ source }, `${source}: ${message}`);
  if (outcome.kind === 'built') logger.info({ chunks: outcome.chunks, embedded: outcome.embedded, ms: outcome.ms }, 'index built');
  else if (outcome.kind === 'locked') logger.warn(`${outcome.message} Its build will be taken when it is published.`);
  else if (outcome.kind === 'failed') logger.error({ rebuild: { reason: outcome.message } }, `index rebuild failed: ${outcome.message}`);
}

/** What /readyz shows once a rebuild has ended. */
export function statusAfter(outcome: RebuildOutcome): RebuildStatus {
  return { pending: false, ...(outcome.kind === 'failed' ? { lastError: outcome.message } : {}) };
}
