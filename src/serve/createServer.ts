// The composition root: the one place the application is assembled from configuration. main.ts
// starts what it returns, the tests drive it on an ephemeral port, and the commands (ask, search,
// eval, verify) answer through the services it loads, so all of them run the same code path.
// Overrides swap a dependency for a fake; everything else has its default here. Nothing is opened
// or started until listen(): the commands build a server only for its services.
import http from 'node:http';
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
import { STAFF_PATHS, staffAuth, tokenGuard } from './http/auth.js';
import { errorHandler, notFound } from './http/errors.js';
import { createLogger, type Logger, requestLogger } from './http/logger.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { BODY_LIMIT } from './http/limits.js';
import { rateLimits } from './http/rateLimit.js';
import { hardenServer, securityHeaders } from './http/security.js';
import { Telemetry } from './http/telemetry.js';
import { insightsRoutes } from './insights/routes.js';
import { searchRoutes } from './search/routes.js';
import { type LoadedAssistant, loadAssistant } from './services.js';
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
  /**
   * Listens with the hardened HTTP server (timeouts, JSON answers to unparseable requests), and starts
   * the insights' background work (the recording writer, the retention purge).
   */
  listen(port?: number, host?: string): Promise<http.Server>;
  /** Writes the answered questions still queued and closes the insights database (at shutdown). */
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

interface AppParts {
  config: Config;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  telemetry: Telemetry;
  reloader: IndexReloader;
  insights: InsightsService;
}

function buildApp({ config, state, logger, metrics, telemetry, reloader, insights }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestLogger(logger));
  app.use(metrics.middleware());
  app.use(securityHeaders());
  app.use(healthRoutes(state));
  app.get('/metrics', tokenGuard({ token: config.METRICS_TOKEN, realm: 'OIM metrics', variable: 'METRICS_TOKEN' }), metrics.handler());
  app.use(['/api/chat', '/api/search', '/api/feedback'], apiCors(config.ALLOWED_ORIGINS));
  // Limits come before the body is read, and before the staff check so guessing tokens is limited too.
  for (const [path, limiter] of rateLimits({ config, metrics, logger })) app.use(path, limiter);
  app.use(STAFF_PATHS, staffAuth(config.STAFF_TOKEN));
  app.use(express.json({ limit: BODY_LIMIT, type: 'application/json' }));
  app.use(chatRoutes(state, telemetry, (turn) => insights.record(turn)));
  app.use(searchRoutes(state));
  app.use(adminRoutes(reloader, config.ADMIN_TOKEN));
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
  const state = new ServiceState();
  const load =
    overrides.load ??
    ((cfg: Config, gate: ModelGate) => loadAssistant(cfg, { embedder: overrides.embedder, events: telemetry.assistantEvents(), gate }));
  const reloader = new IndexReloader({ config, state, logger, metrics, load });
  const insights = new InsightsService(config, { ...overrides.insights, events: telemetry.insightsEvents() });
  metrics.gauge('recording_queue', 'Answered questions waiting to be written to the insights database.', () => insights.pending);
  if (overrides.answerer) state.use(overrides.answerer);
  const app = buildApp({ config, state, logger, metrics, telemetry, reloader, insights });
  return {
    config,
    app,
    state,
    logger,
    metrics,
    reloader,
    insights,
    services: () => load(config, reloader.gate),
    load: (trigger = 'startup') => reloader.reload(trigger),
    async listen(port = config.PORT, host = config.HOST) {
      const server = http.createServer(app);
      hardenServer(server, logger);
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()));
      insights.start();
      return server;
    },
    close: () => insights.stop(),
  };
}

/** http://host:port of a listening server, loopback when it listens on every interface. */
export function urlOf(server: http.Server): string {
  const { address, port } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}
