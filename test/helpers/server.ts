// Starts the real app (createServer) on an ephemeral port over the real corpus (offline by default),
// for API, browser and fault tests, over the seed index the global setup built for the run.
import type http from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { createServer, type Server, type ServerOverrides, urlOf } from '../../src/serve/createServer.js';
import type { AnswerService, ServiceState } from '../../src/serve/state.js';

export { urlOf };

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

/** The test servers' METRICS_TOKEN: /metrics is closed without one (or METRICS_PORT). */
export const TEST_METRICS_TOKEN = 'test-metrics-token';
export const METRICS_AUTH = { authorization: `Bearer ${TEST_METRICS_TOKEN}` };

export interface TestServerOptions {
  /** Extra environment, e.g. { ALLOWED_ORIGINS, OPENAI_BASE_URL, MODEL_TIMEOUT_MS }. */
  env?: Record<string, string>;
  /** Serve this instead of the real assistant (e.g. a fake that returns hostile text). */
  answerer?: AnswerService;
  corpusDir?: string;
  /** Load the index before serving (default); false leaves the server loading (readyz 503). */
  load?: boolean;
  /** The insights' recorder timings, database or corpus. */
  insights?: ServerOverrides['insights'];
}

export interface TestServer {
  url: string;
  config: Config;
  state: ServiceState;
  /** JSON log lines written by the app. */
  logs: Array<Record<string, unknown>>;
  /** What createServer composed: its insights, metrics, reloader. */
  composed: Server;
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
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    // Recorded questions stay in memory: tests leave no database file behind.
    SQLITE_FILE: ':memory:',
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

/** Closes a server at once, open (keep-alive, streaming, hanging) connections included. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * The app composed by createServer, as main.ts starts it (metrics, the reloader loading the index at
 * 'startup', the hardened HTTP server), listening on an ephemeral loopback port, its logs captured.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = await testConfig(options);
  const { logs, sink } = captureLogs();
  const composed = createServer(config, { logDestination: sink, answerer: options.answerer, insights: options.insights });
  if (!options.answerer && options.load !== false) await composed.load('startup');
  const listening = await composed.listen(0, '127.0.0.1');
  return {
    url: urlOf(listening),
    config,
    state: composed.state,
    logs,
    composed,
    async close() {
      await closeServer(listening);
      await composed.close();
    },
  };
}
