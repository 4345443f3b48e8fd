// Prometheus metrics for operators: requests and latencies by route, chat outcomes (refusals,
// fallbacks), rate limiting, model errors, index reloads, and the process itself (RSS, event-loop
// delay). Each app has its own registry (tests run several apps in one process); the process
// metrics live in one shared registry, created on first use.
import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChatAnswer } from '../../contract/api.js';

const PREFIX = 'oim_';

let processRegistry: Registry | null = null;

/** Process metrics (RSS, heap, event-loop delay percentiles since the previous scrape, …), once per process. */
function sharedProcessRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 10 });
  }
  return processRegistry;
}

// Routes are labelled from a fixed list so that a scan of random paths cannot grow the label set.
const KNOWN_ROUTES = new Set([
  '/',
  '/api/chat',
  '/api/search',
  '/api/verify',
  '/healthz',
  '/readyz',
  '/metrics',
  '/admin/reload',
  '/widget.js',
  '/widget-demo.css',
  '/widget-demo.js',
  '/api/feedback',
  '/api/insights',
  '/api/insights/export',
]);

export function routeLabel(path: string): string {
  const normal = path.length > 1 ? path.toLowerCase().replace(/\/+$/, '') : path;
  if (KNOWN_ROUTES.has(normal)) return normal;
  if (normal === '/staff' || normal.startsWith('/staff/')) return '/staff';
  if (normal.startsWith('/a/')) return '/a';
  return 'other';
}

/** What kind of model failure an error is, for the model_errors counter (never the message itself). */
export function modelErrorKind(error: unknown): string {
  const e = error as { name?: string; status?: number; message?: string; code?: string } | null;
  const text = `${e?.name ?? ''} ${e?.message ?? ''} ${e?.code ?? ''}`.toLowerCase();
  if (e?.name === 'UncitedAnswerError') return 'uncited';
  if (typeof e?.status === 'number') return e.status === 429 ? 'rate_limited' : e.status >= 500 ? 'server_error' : 'client_error';
  if (/timeout|timed out|abort/.test(text)) return 'timeout';
  if (/json|parse|unexpected (token|end)/.test(text)) return 'malformed';
  if (/connection|socket|econn|terminated|premature|network|fetch failed/.test(text)) return 'connection';
  return 'other';
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time from request to the end of the response (whole stream for SSE), by route.',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly answers = new Counter({
    name: `${PREFIX}chat_answers_total`,
    help: 'Chat answers by mode, language and grounding.',
    labelNames: ['mode', 'language', 'grounded'],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: `${PREFIX}chat_refusals_total`,
    help: 'Chat answers saying the documents do not answer, by language.',
    labelNames: ['language'],
    registers: [this.registry],
  });
  private readonly fallbacks = new Counter({
    name: `${PREFIX}chat_fallbacks_total`,
    help: 'Chat answers given by the extractive mode because the configured model failed.',
    registers: [this.registry],
  });
  private readonly modelErrors = new Counter({
    name: `${PREFIX}model_errors_total`,
    help: 'Language model calls that failed (after retries), by kind.',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: `${PREFIX}rate_limited_total`,
    help: 'Requests refused with 429 by the per-client rate limit, by route.',
    labelNames: ['route'],
    registers: [this.registry],
  });
  private readonly overloaded = new Counter({
    name: `${PREFIX}overloaded_total`,
    help: 'Chat requests refused with 503 because too many were waiting for the model.',
    registers: [this.registry],
  });
  private readonly modelRefused = new Counter({
    name: `${PREFIX}model_refused_total`,
    help: 'Model calls not made (the offline answer or verdict given instead) because the model was busy, the address had its share, or a per-minute budget was spent.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  private readonly connectionsRefused = new Counter({
    name: `${PREFIX}connections_refused_total`,
    help: 'Connections closed at once because the server (total) or their address (address) held the most allowed.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  private readonly sharedFallbacks = new Counter({
    name: `${PREFIX}shared_state_fallbacks_total`,
    help: 'Uses of per-process state because Redis failed, by use (rate_limit, model_budget, model_slots, answer_cache).',
    labelNames: ['use'],
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: `${PREFIX}index_reloads_total`,
    help: 'Index reloads by result (loaded or refused).',
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly recordedTurns = new Counter({
    name: `${PREFIX}recorded_turns_total`,
    help: 'Answered questions written to the insights database.',
    registers: [this.registry],
  });
  private readonly recordingFailures = new Counter({
    name: `${PREFIX}recording_failures_total`,
    help: 'Batch writes to the insights database that failed (the turns stay queued and are tried again).',
    registers: [this.registry],
  });
  private readonly droppedTurns = new Counter({
    name: `${PREFIX}recording_dropped_total`,
    help: 'Answered questions never written: the queue was full, or their batch failed too often.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  private readonly retentionPurged = new Counter({
    name: `${PREFIX}retention_purged_turns_total`,
    help: 'Recorded questions deleted by the RETENTION_DAYS purge.',
    registers: [this.registry],
  });
  private readonly retentionFailures = new Counter({
    name: `${PREFIX}retention_failures_total`,
    help: 'Retention purges that failed (tried again at the next period).',
    registers: [this.registry],
  });
  private readonly indexChunks = new Gauge({
    name: `${PREFIX}index_chunks`,
    help: 'Passages in the index being served.',
    registers: [this.registry],
  });
  private readonly indexInfo = new Gauge({
    name: `${PREFIX}index_info`,
    help: 'The build being served (value 1).',
    labelNames: ['build_id'],
    registers: [this.registry],
  });

  /** Counts every response once it has been sent (or the client went away). */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const started = process.hrtime.bigint();
      // Read now: mounted middleware rewrites req.url while it runs, and may finish the response then.
      const route = routeLabel(req.path);
      let done = false;
      const record = () => {
        if (done) return;
        done = true;
        const status = res.writableFinished ? String(res.statusCode) : 'aborted';
        this.requests.inc({ method: req.method, route, status });
        this.latency.observe({ method: req.method, route }, Number(process.hrtime.bigint() - started) / 1e9);
      };
      res.once('finish', record);
      res.once('close', record);
      next();
    };
  }

  /** Gauges read at scrape time (e.g. the model gate's queue). */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name: `${PREFIX}${name}`,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  chatAnswered(answer: ChatAnswer): void {
    this.answers.inc({ mode: answer.mode, language: answer.language, grounded: String(answer.grounded) });
    // A greeting's reply is not grounded either, but it refuses nothing.
    if (answer.kind ? answer.kind === 'refusal' : !answer.grounded) this.refusals.inc({ language: answer.language });
    if (answer.fallback) this.fallbacks.inc();
  }

  modelCallRefused(reason: string): void {
    this.modelRefused.inc({ reason });
  }

  connectionRefused(reason: 'total' | 'address'): void {
    this.connectionsRefused.inc({ reason });
  }

  sharedStateFallback(use: string): void {
    this.sharedFallbacks.inc({ use });
  }

  chatOverloaded(): void {
    this.overloaded.inc();
  }

  rateLimitHit(req: Request): void {
    this.rateLimited.inc({ route: routeLabel(req.originalUrl.split('?')[0]) });
  }

  indexServed(buildId: string | null, chunks: number): void {
    this.indexInfo.reset();
    if (buildId) this.indexInfo.set({ build_id: buildId }, 1);
    this.indexChunks.set(chunks);
  }

  reloadFinished(result: 'loaded' | 'refused'): void {
    this.reloads.inc({ result });
  }

  modelFailed(kind: string): void {
    this.modelErrors.inc({ kind });
  }

  /** Where the scrape's text comes from: this process (default), or the cluster's primary for all workers. */
  private source: (() => Promise<string>) | null = null;

  /** This process's registries: what a cluster's primary aggregates from each worker. */
  registries(): Registry[] {
    return [this.registry, sharedProcessRegistry()];
  }

  /** Scrapes answer with the figures of every worker (cluster mode), gathered by the primary. */
  aggregateWith(source: () => Promise<string>): void {
    this.source = source;
  }

  turnsRecorded(count: number): void {
    this.recordedTurns.inc(count);
  }

  recordingFailed(): void {
    this.recordingFailures.inc();
  }

  recordingDropped(count: number, reason: string): void {
    this.droppedTurns.inc({ reason }, count);
  }

  retentionDone(deleted: number): void {
    this.retentionPurged.inc(deleted);
  }

  retentionFailed(): void {
    this.retentionFailures.inc();
  }

  async text(): Promise<string> {
    if (this.source) return this.source();
    const own = await this.registry.metrics();
    return `${own}\n${await sharedProcessRegistry().metrics()}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** GET /metrics (guarded in app.ts when METRICS_TOKEN is set). */
  handler(): RequestHandler {
    sharedProcessRegistry();
    return async (_req, res) => {
      res
        .set('Content-Type', this.contentType)
        .set('Cache-Control', 'no-store')
        .send(await this.text());
    };
  }
}

export function createMetrics(): Metrics {
  return new Metrics();
}
