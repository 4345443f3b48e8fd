// One serving process: the whole service when it runs alone, or a worker of the cluster. main.ts
// has already bound the port (liveness answers); here the app takes over that server, serves the
// last good index at once, follows new builds published at INDEX_DIR, and, when alone, rebuilds a
// stale index in a child process while serving. SIGTERM and SIGINT drain: no new connections, idle
// ones closed, requests in flight given SHUTDOWN_GRACE_MS, then the process exits whatever is left.
import cluster from 'node:cluster';
import type { Server as HttpServer } from 'node:http';
import type { Config } from '../config.js';
import { logRebuildOutcome, type Rebuild, startRebuild, statusAfter } from './admin/rebuild.js';
import { reloadOnSignal } from './admin/reloader.js';
import type { IndexWatch } from './admin/watcher.js';
import { followPrimary, tellPrimary } from './cluster/worker.js';
import { createServer, type Server, urlOf } from './createServer.js';
import type { StartingPhase } from './health/starting.js';
import type { HardenedServer } from './http/connections.js';

interface Running {
  app: Server;
  server: HttpServer;
  rebuild: Rebuild | null;
}

/** What the last writes of a closing process get past the grace: the second the cluster's primary gives a worker before killing it (primary.ts stopAll). */
const CLOSE_AFTER_GRACE_MS = 1000;

function drainOn(running: Running, graceMs: number): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { app, server } = running;
    app.logger.info(`${signal} received: finishing open requests (at most ${graceMs} ms), then exiting`);
    running.rebuild?.stop();
    // Closed once: the server's close and the grace timer both lead here, and a second app.close()
    // that found everything already closing finished first and exited the process while the first
    // was still giving the retention purge's lease up (a lease left behind, test/scale/cluster.test.ts
    // under load, when a starting writer thread made the first close outlast the grace).
    let closing = false;
    const exit = () => {
      if (closing) return;
      closing = true;
      void app
        .close()
        .catch((error: unknown) => app.logger.error({ err: error }, 'insights: could not write the last questions'))
        .finally(() => process.exit(0));
    };
    server.close(exit);
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      exit();
      // Still bounded: a close that hangs (a database that does not answer) ends with the process
      // one CLOSE_AFTER_GRACE_MS later, when a cluster's primary would kill the worker anyway.
      setTimeout(() => process.exit(0), CLOSE_AFTER_GRACE_MS).unref();
    }, graceMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Rebuilds a stale index in a child process; the new build is taken once published (the watcher looks at once). */
export function rebuildInBackground(app: Server, watch: IndexWatch): Rebuild {
  const { logger, state } = app;
  const rebuild = startRebuild();
  state.rebuild = { pending: true, since: rebuild.since };
  void rebuild.done.then(async (outcome) => {
    logRebuildOutcome(logger, outcome);
    state.rebuild = statusAfter(outcome);
    await watch.check();
  });
  return rebuild;
}

export async function serveProcess(config: Config, early: HardenedServer, starting: StartingPhase): Promise<void> {
  const app = createServer(config);
  const { logger, state } = app;
  const server = early.server;
  const running: Running = { app, server, rebuild: null };
  drainOn(running, config.SHUTDOWN_GRACE_MS);
  // The last good index serves at once; a missing or damaged one is said by the reloader, and the
  // rebuild below (or the build another process publishes) brings one. The app takes the port
  // once it has an index (or knows it has none), so no request meets it half loaded.
  await app.load('startup').catch(() => undefined);
  app.serveOn(early);
  starting.handOver(server);
  const watch = app.watchIndex();
  if (cluster.isWorker) {
    followPrimary(app, watch);
    tellPrimary({ oim: 'ready', build: state.buildId });
  } else {
    if (config.METRICS_PORT) await app.listenMetrics();
    reloadOnSignal(app.reloader, 'SIGHUP');
    if (config.INDEX_REBUILD_ON_START) running.rebuild = rebuildInBackground(app, watch);
  }
  if (!config.STAFF_TOKEN)
    logger.info('STAFF_TOKEN is not set: /staff, /api/verify, /api/insights and /a/<id> are open (set it to restrict them)');
  logger.info(
    { mode: state.assistant?.mode, build: state.buildId, chunks: state.manifest?.chunkCount },
    state.ready ? `assistant ready at ${urlOf(server)}` : `listening at ${urlOf(server)}, no index served yet`,
  );
}
