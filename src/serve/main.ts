// `npm start`. Binds the port before anything heavy is loaded, so /healthz answers within moments
// of the start (the app's modules take seconds to load on a busy machine), then hands the server
// to the app (process.ts): the last good index serves at once, a stale one is rebuilt in a child
// process meanwhile. With WEB_CONCURRENCY above 1 (default: one per core) the primary process
// forks that many workers sharing the port (cluster/primary.ts) and runs the rebuild itself.
//
// In a cluster two processes start one after the other before the port is bound (the primary, then
// a worker), so each loads only what binding needs: the primary reads the configuration, forks its
// first worker and loads the rest of what it runs once that worker listens (bench:startup).
import cluster from 'node:cluster';
import { ConfigError, loadConfig, workerCount } from '../config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const workers = workerCount(config);
  if (cluster.isPrimary && workers > 1) {
    const first = cluster.fork();
    // Nothing more is loaded until that worker has bound the port (or died: the primary replaces
    // it): on 2 busy cores the primary's own modules loading beside it delayed its /healthz from
    // 1.8 s to 2.9 s (median of 5 starts each, load 8).
    await new Promise<void>((resolve) => {
      first.once('listening', () => resolve());
      first.once('exit', () => resolve());
    });
    const { runPrimary } = await import('./cluster/primary.js');
    await runPrimary(config, workers, first);
    return;
  }
  const [{ startingPhase }, { createHardenedServer, listening, serverSettings }] = await Promise.all([
    import('./health/starting.js'),
    import('./http/connections.js'),
  ]);
  const starting = startingPhase();
  const early = createHardenedServer(starting.handler, serverSettings(config, cluster.isWorker ? workers : 1));
  await listening(early.server, config.PORT, config.HOST);
  const { serveProcess } = await import('./process.js');
  await serveProcess(config, early, starting);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot start the assistant: ${message}\n`);
  process.exit(1);
});
