// Starts the real app on an ephemeral port over the real corpus (offline by default), for API,
// browser and fault tests, over the seed index the global setup built for the run.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { createApp } from '../../src/serve/app.js';
import { createLogger } from '../../src/serve/logger.js';
import { loadAssistant, type ServiceOverrides } from '../../src/serve/services.js';
import { ServiceState, type AnswerService } from '../../src/serve/state.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');

const builtIndexes = new Map<string, Promise<string>>();

/**
 * The index of `corpusDir`: for the real corpus, the seed index the global setup built for the run
 * (read-only); for another corpus, one built once per process beside that corpus's folder, so the
 * test that made the folder removes both.
 */
export function testIndexDir(corpusDir = CORPUS_DIR): Promise<string> {
  if (corpusDir === CORPUS_DIR) return Promise.resolve(inject('seedIndexDir'));
  let built = builtIndexes.get(corpusDir);
  if (!built) {
    built = (async () => {
      const dir = `${corpusDir}-index`;
      const config = loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: dir });
      await ingest({ config, embedder: createEmbedder(config) });
      return dir;
    })();
    builtIndexes.set(corpusDir, built);
  }
  return built;
}

export interface TestServerOptions {
  /** Extra environment, e.g. { ALLOWED_ORIGINS, OPENAI_BASE_URL, MODEL_TIMEOUT_MS }. */
  env?: Record<string, string>;
  /** Serve this instead of the real assistant (e.g. a fake that returns hostile text). */
  answerer?: AnswerService;
  corpusDir?: string;
  overrides?: ServiceOverrides;
}

export interface TestServer {
  url: string;
  config: Config;
  state: ServiceState;
  /** JSON log lines written by the app. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function testConfig(options: TestServerOptions = {}): Promise<Config> {
  const corpusDir = options.corpusDir ?? CORPUS_DIR;
  return loadConfig({
    CORPUS_DIR: corpusDir,
    INDEX_DIR: await testIndexDir(corpusDir),
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_VERIFY_MAX: '100000',
    ...options.env,
  });
}

/** A destination for the app's JSON logs that keeps every line, parsed. */
export function captureLogs(): { logs: Array<Record<string, unknown>>; sink: Writable } {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  return { logs, sink };
}

export function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes a server at once, open (keep-alive, streaming, hanging) connections included. */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = await testConfig(options);
  const { logs, sink } = captureLogs();
  const state = new ServiceState();
  if (options.answerer) state.use(options.answerer);
  else {
    const { assistant, manifest, verifier } = await loadAssistant(config, options.overrides);
    state.use(assistant, manifest, verifier);
  }
  const app = createApp({ config, state, logger: createLogger(config.LOG_LEVEL, sink) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { url: urlOf(server), config, state, logs, close: () => closeServer(server) };
}
