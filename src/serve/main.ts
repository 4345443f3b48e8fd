// Starts the server: listen at once (healthz answers, readyz says loading), build the index if it
// is missing or stale, load it, then serve. SIGHUP reloads the index (as POST /admin/reload does);
// SIGTERM/SIGINT drain connections and write the answered questions still queued before exiting.
import type { Server as HttpServer } from 'node:http';
import { ConfigError, loadConfig } from '../config.js';
import { reloadOnSignal } from './admin/reloader.js';
import { createServer, urlOf } from './createServer.js';
import { ensureIndex } from './services.js';

const SHUTDOWN_GRACE_MS = 10_000;

function shutdownOn(server: HttpServer, log: (msg: string) => void, beforeExit: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing open requests, then exiting`);
    server.close(() => void beforeExit().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const app = createServer(config);
  const { logger } = app;
  const server = await app.listen();
  shutdownOn(
    server,
    (msg) => logger.info(msg),
    () => app.close().catch((error: unknown) => logger.error({ err: error }, 'insights: could not write the last questions')),
  );
  const built = await ensureIndex(config);
  if (built) logger.info({ chunks: built.chunks, embedded: built.embedded, ms: Math.round(built.ms) }, 'index built');
  for (const { source, message } of built?.warnings ?? []) logger.warn({ source }, `${source}: ${message}`);
  await app.load('startup');
  reloadOnSignal(app.reloader, 'SIGHUP');
  if (!config.STAFF_TOKEN)
    logger.info('STAFF_TOKEN is not set: /staff, /api/verify, /api/insights and /a/<id> are open (set it to restrict them)');
  logger.info({ mode: app.state.assistant?.mode, chunks: app.state.manifest?.chunkCount }, `assistant ready at ${urlOf(server)}`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot start the assistant: ${message}\n`);
  process.exit(1);
});
