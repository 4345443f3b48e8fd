// `npm start`. Binds the port before anything heavy is loaded, so /healthz answers within moments
// of the start (the app's modules take seconds to load on a busy machine), then hands the server
// to the app (process.ts): the last good index serves at once, a stale one is rebuilt in a child
// process meanwhile. With WEB_CONCURRENCY above 1 (default: one per core) the primary process
// forks that many workers sharing the port (cluster/primary.ts) and runs the rebuild itself.
import cluster from 'node:cluster';
import { ConfigError, loadConfig, workerCount } from '../config.js';
import { startingPhase } from './health/starting.js';
import { createHardenedServer, listening, serverSettings } from './http/connections.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const workers = workerCount(config);
  if (cluster.isPrimary && workers > 1) {
    const { runPrimary } = await import('./cluster/primary.js');
    await runPrimary(config, workers);
    return;
  }
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
