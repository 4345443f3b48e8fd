// Taking a newly built index into a running server (SIGHUP or POST /admin/reload): the new index is
// loaded completely beside the old one (checksums, counts, graph), probed with a search, and only
// then swapped into the ServiceState. Requests already running keep the assistant they started
// with; new ones get the new one. If anything fails, the old index keeps serving and the reason is
// logged (and returned to the admin route).
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { ModelGate } from '../../answer/modelGate.js';
import { requestLog, type Logger } from '../http/logger.js';
import type { Metrics } from '../http/metrics.js';
import type { LoadedAssistant } from '../services.js';
import type { ServiceState } from '../state.js';

export interface ReloadResult {
  buildId: string;
  previousBuildId: string | null;
  chunks: number;
  ms: number;
}

export class ReloadRefusedError extends Error {
  constructor(
    readonly reason: string,
    readonly serving: string | null,
  ) {
    super(`The new index was refused (${reason}); ${serving ? `still serving build ${serving}` : 'no index is being served'}.`);
  }
}

export interface ReloaderDeps {
  config: Config;
  state: ServiceState;
  logger: Logger;
  metrics?: Metrics;
  /** How an index is loaded into services (createServer passes the server's loader). */
  load: (config: Config, gate: ModelGate) => Promise<LoadedAssistant>;
  /** The process's model gate (createServer builds it from the shared state). */
  gate: ModelGate;
}

/** Checks a loaded index must pass before it may serve: passages present and a search that finds some. */
export async function checkLoaded({ assistant, manifest }: LoadedAssistant): Promise<void> {
  if (manifest.chunkCount < 1 || assistant.retriever.chunkCount !== manifest.chunkCount) {
    throw new Error(`the index holds ${assistant.retriever.chunkCount} passages, its manifest says ${manifest.chunkCount}`);
  }
  const probe = assistant.retriever.topics(3).join(' ') || 'OIM';
  const found = await assistant.search(probe, 1);
  if (!found.length) throw new Error(`a probe search ("${probe}") found nothing in it`);
}

export class IndexReloader {
  /** One model gate for every assistant loaded, so a reload does not double the model concurrency. */
  readonly gate: ModelGate;
  private running: Promise<ReloadResult> | null = null;

  constructor(private readonly deps: ReloaderDeps) {
    this.gate = deps.gate;
    deps.metrics?.gauge('model_calls_active', 'Model calls running now.', () => this.gate.active);
    deps.metrics?.gauge('model_calls_queued', 'Model calls waiting for a slot.', () => this.gate.queued);
  }

  /** Load the index now at INDEX_DIR and serve it; a reload already running is joined, not repeated. */
  reload(trigger: string): Promise<ReloadResult> {
    this.running ??= this.loadAndSwap(trigger).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loadAndSwap(trigger: string): Promise<ReloadResult> {
    const { state, metrics, config } = this.deps;
    // Through the admin route, the lines carry that request's id.
    const logger = requestLog() ?? this.deps.logger;
    const started = performance.now();
    const previousBuildId = state.manifest?.buildId ?? null;
    let loaded: LoadedAssistant;
    try {
      loaded = await this.deps.load(config, this.gate);
      await checkLoaded(loaded);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      metrics?.reloadFinished('refused');
      const refused = new ReloadRefusedError(reason, previousBuildId);
      state.refused = { buildId: await publishedBuildId(config.INDEX_DIR), reason, at: new Date().toISOString() };
      logger.error(
        { reload: { trigger, indexDir: config.INDEX_DIR, serving: previousBuildId, reason } },
        `index reload refused: ${refused.message}`,
      );
      throw refused;
    }
    state.use(loaded.assistant, loaded.manifest, loaded.verifier);
    metrics?.reloadFinished('loaded');
    metrics?.indexServed(loaded.manifest.buildId, loaded.manifest.chunkCount);
    const result = {
      buildId: loaded.manifest.buildId,
      previousBuildId,
      chunks: loaded.manifest.chunkCount,
      ms: Math.round(performance.now() - started),
    };
    logger.info(
      { reload: { trigger, ...result, mode: loaded.assistant.mode } },
      `index ${previousBuildId ? 'reloaded' : 'loaded'}: serving build ${result.buildId}`,
    );
    return result;
  }
}

/**
 * The build INDEX_DIR points at: builds are published as folders named by their build id, through a
 * symlink (null when there is none, or INDEX_DIR is a plain folder from before publication).
 */
export async function publishedBuildId(indexDir: string): Promise<string | null> {
  try {
    if (!(await lstat(indexDir)).isSymbolicLink()) return null;
    return path.basename(await realpath(indexDir));
  } catch {
    return null;
  }
}

/** Reload on a signal (SIGHUP by convention); a refusal is logged by the reloader and changes nothing. */
export function reloadOnSignal(reloader: IndexReloader, signal: NodeJS.Signals = 'SIGHUP'): () => void {
  const onSignal = () => {
    reloader.reload(signal).catch(() => undefined);
  };
  process.on(signal, onSignal);
  return () => process.off(signal, onSignal);
}
