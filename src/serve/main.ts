// Starts the server: listen at once (healthz answers, readyz says loading), build the index if it
// is missing or stale, load it, then serve. SIGHUP reloads the index (as POST /admin/reload does);
// SIGTERM/SIGINT drain connections before exiting.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from '../config.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { IndexReloader, reloadOnSignal } from './reload.js';
import { hardenServer } from './security.js';
import { ensureIndex } from './services.js';
import { ServiceState } from './state.js';

const SHUTDOWN_GRACE_MS = 10_000;

function shutdownOn(server: Server, log: (msg: string) => void): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing open requests, then exiting`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const state = new ServiceState();
  const metrics = createMetrics();
  const reloader = new IndexReloader({ config, state, logger, metrics });
  const app = createApp({ config, state, logger, metrics, reloader });
  const server = app.listen(config.PORT, config.HOST);
  hardenServer(server, logger);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  shutdownOn(server, (msg) => logger.info(msg));
  const built = await ensureIndex(config);
  if (built) logger.info({ chunks: built.chunks, embedded: built.embedded, ms: Math.round(built.ms) }, 'index built');
  for (const { source, message } of built?.warnings ?? []) logger.warn({ source }, `${source}: ${message}`);
  await reloader.reload('startup');
  reloadOnSignal(reloader, 'SIGHUP');
  if (!config.STAFF_TOKEN) logger.info('STAFF_TOKEN is not set: /staff and /api/verify are open (set it to restrict them)');
  const { port } = server.address() as AddressInfo;
  const shown = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  logger.info({ mode: state.assistant?.mode, chunks: state.manifest?.chunkCount, port }, `assistant ready at http://${shown}:${port}`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot start the assistant: ${message}\n`);
  process.exit(1);
});
