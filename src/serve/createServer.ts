// The composition root: the one place the application is assembled from configuration. main.ts
// starts what it returns, the tests drive it on an ephemeral port, and the commands (ask, search,
// eval, verify) answer through the services it loads, so all of them run the same code path.
// Overrides swap a dependency for a fake; everything else has its default here. Nothing is opened
// or started until listen() (or serveOn()): the commands build a server only for its services.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express, { type Express } from 'express';
import type { DestinationStream } from 'pino';
import type { ModelGate } from '../answer/modelGate.js';
import type { Config } from '../config.js';
import type { Embedder } from '../embed/index.js';
import { type InsightsDeps, InsightsService } from '../insights/service.js';
import { IndexReloader, type ReloadResult } from './admin/reloader.js';
import { adminRoutes } from './admin/routes.js';
import { chatRoutes } from './chat/routes.js';
import { healthRoutes } from './health/routes.js';
import { watchPublishedIndex, type IndexWatch } from './admin/watcher.js';
import { STAFF_PATHS, staffAuth, tokenGuard } from './http/auth.js';
import { type ConnectionEvents, createHardenedServer, type HardenedServer, listening, serverSettings } from './http/connections.js';
import { errorHandler, notFound } from './http/errors.js';
import { createLogger, type Logger, requestLogger } from './http/logger.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { rateLimits, TOKEN_GUARDED_PATHS, tokenGuessLimit } from './http/rateLimit.js';
import { BODY_LIMIT } from './http/limits.js';
import { adoptPrototypes } from './http/prototypes.js';
import { securityHeaders } from './http/security.js';
import { Telemetry } from './http/telemetry.js';
import { insightsRoutes } from './insights/routes.js';
import { searchRoutes } from './search/routes.js';
import { staffRoutes } from './staff/routes.js';
import { type LoadedAssistant, loadAssistant } from './services.js';
import { createSharedState, type SharedState } from './shared/state.js';
import { type AnswerService, ServiceState } from './state.js';
import { verifyRoutes } from './verify/routes.js';
import { widgetRoutes } from './widget/routes.js';

export interface ServerOverrides {
  /** Where the JSON logs go (default stdout): tests capture them, the commands send them to stderr. */
  logDestination?: DestinationStream;
  embedder?: Embedder;
  /** Serve this instead of the assistant loaded from the index (route tests with a scripted answerer). */
  answerer?: AnswerService;
  /** How an index is loaded into services; by default over INDEX_DIR with this server's gate and telemetry. */
  load?: (config: Config, gate: ModelGate) => Promise<LoadedAssistant>;
  /** What this process shares with the others (default: from REDIS_URL and the cluster, see shared/state.ts). */
  shared?: SharedState;
  /** The insights' database, corpus, clock or recorder timings (tests); their events always go to this server's telemetry. */
  insights?: Omit<InsightsDeps, 'events'>;
}

export interface Server {
  readonly config: Config;
  readonly app: Express;
  readonly state: ServiceState;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly reloader: IndexReloader;
  /** Records answered questions and serves the staff insights. */
  readonly insights: InsightsService;
  /** The assistant and the fact checker over the index, wired as the server wires them (not served). */
  services(): Promise<LoadedAssistant>;
  /** Loads the index and serves it, as at startup, on SIGHUP and POST /admin/reload. */
  load(trigger?: string): Promise<ReloadResult>;
  readonly shared: SharedState;
  /**
   * Listens with the hardened HTTP server (timeouts, connection caps, JSON answers to unparseable
   * requests), and starts the insights' background work (the recording writer, the retention purge).
   */
  listen(port?: number, host?: string): Promise<http.Server>;
  /** Serves the app on a server already listening (main.ts listens before the app is even imported). */
  serveOn(hardened: HardenedServer): http.Server;
  /** /metrics alone on its own port (METRICS_PORT), e.g. on a private interface. */
  listenMetrics(port?: number, host?: string): Promise<http.Server>;
  /** Takes builds published at INDEX_DIR as they appear (every INDEX_WATCH_MS). */
  watchIndex(): IndexWatch;
  /** Writes the answered questions still queued, closes the insights database, the Redis connection and the watcher (at shutdown). */
  close(): Promise<void>;
}

/** CORS for the public API: only the origins listed in ALLOWED_ORIGINS get headers, others none. */
function apiCors(allowed: string[]) {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Accept', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
}

function metricsGuard(config: Config) {
  return tokenGuard({ token: config.METRICS_TOKEN, realm: 'OIM metrics', variable: 'METRICS_TOKEN' });
}

interface AppParts {
  shared: SharedState;
  config: Config;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  telemetry: Telemetry;
  reloader: IndexReloader;
  insights: InsightsService;
}

function buildApp({ shared, config, state, logger, metrics, telemetry, reloader, insights }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestLogger(logger));
  app.use(metrics.middleware());
  app.use(securityHeaders());
  app.use(healthRoutes(state));
  // Limits come before the body is read, and before the token checks so guessing tokens is limited too.
  const limits = { config, metrics, logger, store: (name: string) => shared.rateLimitStore(name) };
  app.use([...TOKEN_GUARDED_PATHS], tokenGuessLimit(limits));
  // Open only with a token; otherwise metrics are served on METRICS_PORT alone (or not at all).
  if (config.METRICS_TOKEN) app.get('/metrics', metricsGuard(config), metrics.handler());
  app.use(['/api/chat', '/api/search', '/api/feedback'], apiCors(config.ALLOWED_ORIGINS));
  for (const [path, limiter] of rateLimits(limits)) app.use(path, limiter);
  app.use(STAFF_PATHS, staffAuth(config.STAFF_TOKEN));
  app.use(express.json({ limit: BODY_LIMIT, type: 'application/json' }));
  app.use(chatRoutes(state, telemetry, (turn) => insights.record(turn)));
  app.use(searchRoutes(state));
  app.use(adminRoutes(reloader, config.ADMIN_TOKEN));
  app.use(staffRoutes());
  app.use(verifyRoutes(state));
  app.use(insightsRoutes(insights));
  app.use(widgetRoutes());
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

export function createServer(config: Config, overrides: ServerOverrides = {}): Server {
  const logger = createLogger(config.LOG_LEVEL, overrides.logDestination);
  const metrics = createMetrics();
  const telemetry = new Telemetry(logger, metrics, { logContent: config.LOG_CONTENT });
  const shared = overrides.shared ?? createSharedState(config, { logger, metrics });
  const gate = shared.modelGate((reason) => telemetry.modelRefused(reason));
  const state = new ServiceState();
  const load =
    overrides.load ??
    ((cfg: Config, modelGate: ModelGate) =>
      loadAssistant(cfg, {
        embedder: overrides.embedder,
        events: telemetry.assistantEvents(),
        gate: modelGate,
        answerCache: (buildId) => shared.answerCache(buildId),
      }));
  const reloader = new IndexReloader({ config, state, logger, metrics, load, gate });
  if (overrides.answerer) state.use(overrides.answerer);
  const insights = new InsightsService(config, { ...overrides.insights, events: telemetry.insightsEvents() });
  metrics.gauge('recording_queue', 'Answered questions waiting to be written to the insights database.', () => insights.pending);
  const app = buildApp({ shared, config, state, logger, metrics, telemetry, reloader, insights });
  const watches: IndexWatch[] = [];
  const events: ConnectionEvents = {
    refused: (reason) => metrics.connectionRefused(reason),
    clientError: (detail, message) => logger.warn(detail, message),
  };
  const serveOn = ({ server, connections, messages }: HardenedServer) => {
    Object.assign(connections.events, events);
    adoptPrototypes(messages, app);
    server.removeAllListeners('request');
    server.on('request', app);
    metrics.gauge('open_connections', 'Connections open to the HTTP server.', () => connections.open);
    insights.start();
    return server;
  };
  return {
    config,
    app,
    state,
    logger,
    metrics,
    reloader,
    shared,
    insights,
    services: () => load(config, reloader.gate),
    load: (trigger = 'startup') => reloader.reload(trigger),
    serveOn,
    async listen(port = config.PORT, host = config.HOST) {
      const hardened = createHardenedServer(app, serverSettings(config));
      await listening(hardened.server, port, host);
      return serveOn(hardened);
    },
    async listenMetrics(port = config.METRICS_PORT, host = config.METRICS_HOST) {
      const metricsApp = express();
      metricsApp.disable('x-powered-by');
      metricsApp.get('/metrics', metricsGuard(config), metrics.handler());
      metricsApp.use(notFound);
      metricsApp.use(errorHandler);
      const { server, messages } = createHardenedServer(metricsApp, serverSettings(config), events);
      adoptPrototypes(messages, metricsApp);
      await listening(server, port, host);
      return server;
    },
    watchIndex() {
      const watch = watchPublishedIndex({ indexDir: config.INDEX_DIR, state, reloader, logger }, config.INDEX_WATCH_MS);
      watches.push(watch);
      return watch;
    },
    async close() {
      for (const watch of watches) watch.stop();
      await insights.stop();
      await shared.close();
    },
  };
}

/** http://host:port of a listening server, loopback when it listens on every interface. */
export function urlOf(server: http.Server): string {
  const { address, port } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}
