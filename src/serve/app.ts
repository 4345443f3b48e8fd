// Builds the Express app (no listening here: tests drive it on an ephemeral port, main.ts starts it).
import cors from 'cors';
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import { verifyRoutes } from '../verify/routes.js';
import { widgetRoutes } from '../widget/routes.js';
import { errorHandler, notFound } from './errors.js';
import { createLogger, requestLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { rateLimits } from './rateLimit.js';
import { adminRoutes, IndexReloader } from './reload.js';
import { chatRoutes, type ChatObserver } from './routes/chat.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { securityHeaders } from './security.js';
import { staffAuth, STAFF_PATHS, tokenGuard } from './staffAuth.js';
import type { ServiceState } from './state.js';

export interface AppDeps {
  config: Config;
  state: ServiceState;
  logger?: Logger;
  chatObserver?: ChatObserver;
  /** Prometheus metrics; one is created when not given (main.ts shares its own with the reloader). */
  metrics?: Metrics;
  /** Loads and swaps indexes for POST /admin/reload; one is created when not given. */
  reloader?: IndexReloader;
}

export const BODY_LIMIT = '32kb';

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

/** Counts chat outcomes in the metrics, then hands them to the caller's observer, if any. */
function observeChat(metrics: Metrics, observer: ChatObserver = {}): ChatObserver {
  return {
    onAnswer(req, answer, info) {
      metrics.chatAnswered({ answer, ms: info.ms });
      observer.onAnswer?.(req, answer, info);
    },
    onOverloaded(req) {
      metrics.chatOverloaded();
      observer.onOverloaded?.(req);
    },
  };
}

export function createApp(deps: AppDeps): Express {
  const { config, state } = deps;
  const logger = deps.logger ?? createLogger(config.LOG_LEVEL);
  const metrics = deps.metrics ?? createMetrics();
  const reloader = deps.reloader ?? new IndexReloader({ config, state, logger, metrics });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestLogger(logger));
  app.use(metrics.middleware());
  app.use(securityHeaders());
  app.use(healthRoutes(state));
  app.get('/metrics', tokenGuard({ token: config.METRICS_TOKEN, realm: 'OIM metrics', variable: 'METRICS_TOKEN' }), metrics.handler());
  app.use(['/api/chat', '/api/search'], apiCors(config.ALLOWED_ORIGINS));
  // Limits come before the body is read, and before the staff check so guessing tokens is limited too.
  for (const [path, limiter] of rateLimits({ config, metrics, logger })) app.use(path, limiter);
  app.use(STAFF_PATHS, staffAuth(config.STAFF_TOKEN));
  app.use(express.json({ limit: BODY_LIMIT, type: 'application/json' }));
  app.use(chatRoutes(state, observeChat(metrics, deps.chatObserver), { logContent: config.LOG_CONTENT }));
  app.use(searchRoutes(state));
  app.use(adminRoutes(reloader, config.ADMIN_TOKEN));
  app.use(verifyRoutes(state));
  app.use(widgetRoutes());
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
