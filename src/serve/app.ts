// Builds the Express app (no listening here: tests drive it on an ephemeral port, main.ts starts it).
import cors from 'cors';
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import { verifyRoutes } from '../verify/routes.js';
import { widgetRoutes } from '../widget/routes.js';
import { errorHandler, notFound } from './errors.js';
import { createLogger, requestLogger, type Logger } from './logger.js';
import { chatRoutes, type ChatObserver } from './routes/chat.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import type { ServiceState } from './state.js';

export interface AppDeps {
  config: Config;
  state: ServiceState;
  logger?: Logger;
  chatObserver?: ChatObserver;
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

export function createApp(deps: AppDeps): Express {
  const { config, state } = deps;
  const logger = deps.logger ?? createLogger(config.LOG_LEVEL);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestLogger(logger));
  app.use(healthRoutes(state));
  app.use(['/api/chat', '/api/search'], apiCors(config.ALLOWED_ORIGINS));
  app.use(express.json({ limit: BODY_LIMIT, type: 'application/json' }));
  app.use(chatRoutes(state, deps.chatObserver));
  app.use(searchRoutes(state));
  app.use(verifyRoutes(state));
  app.use(widgetRoutes());
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
