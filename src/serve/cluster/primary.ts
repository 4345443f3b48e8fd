// The cluster's primary (WEB_CONCURRENCY > 1): forks the workers that share the port and keeps
// them running (a worker that dies is replaced, with a growing pause if it keeps dying), holds
// what the workers share when there is no Redis (rate-limit and model-budget counters), gathers
// their metrics, runs the index rebuild once for all of them, and relays signals: SIGHUP reloads
// every worker's index, SIGUSR2 restarts the workers one at a time (each replacement serves before
// the one it replaces is drained), SIGTERM/SIGINT drain them all within SHUTDOWN_GRACE_MS.
//
// Start-up order: main.ts forks the first worker and loads this module once that worker listens
// (on a busy 2-core machine these modules took 0.5–1 s, all of it before a worker could bind the
// port when they came first, and still delayed it when loaded beside it). The shared counters are
// set up first: a worker reaches them only once its app and index are loaded, seconds after it is
// forked, and they are up a fraction of that after this module starts loading.
// The other workers are forked once the first serves, so that on a machine with few cores they do
// not compete with it for the CPU while it loads its app (its /readyz comes sooner); requests meet
// the first worker meanwhile, held until its app serves (health/starting.ts). The index rebuild
// starts once a worker serves too, as a lone process starts it once its app is up.
import cluster, { type Worker } from 'node:cluster';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import type { AggregatorRegistry, PrometheusContentType } from 'prom-client';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { logRebuildOutcome, type Rebuild, startRebuild, statusAfter } from '../admin/rebuild.js';
import { createLogger, type Logger } from '../http/logger.js';
import type { RebuildStatus } from '../state.js';
import { isOimMessage, type PrimaryMessage, type WorkerMessage } from './messages.js';

/** A replacement worker must serve within this long, or the rolling restart stops (the old one stays). */
const READY_TIMEOUT_MS = 180_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long before dying resets the back-off. */
const STABLE_MS = 60_000;

class Workers {
  private readonly ready = new Map<number, () => void>();
  private readonly retiring = new Set<number>();
  private crashes = 0;
  stopping = false;
  status: RebuildStatus = { pending: false };
  private markFirstReady: () => void = () => {};
  /** Settles when a worker first serves (with or without an index: it says so once it tried to load one). */
  readonly firstReady = new Promise<void>((resolve) => {
    this.markFirstReady = resolve;
  });

  constructor(
    private readonly logger: Logger,
    private readonly aggregator: Promise<AggregatorRegistry<PrometheusContentType>>,
  ) {
    cluster.on('exit', (worker, code, signal) => this.onExit(worker, code, signal));
  }

  fork(): Worker {
    return this.adopt(cluster.fork());
  }

  /** Follows a worker forked here or before this primary was set up (main.ts forks the first). */
  adopt(worker: Worker): Worker {
    const born = Date.now();
    worker.on('message', (message: unknown) => this.onMessage(worker, message));
    worker.on('online', () => worker.send({ oim: 'rebuild', status: this.status } satisfies PrimaryMessage));
    worker.once('exit', () => {
      if (Date.now() - born > STABLE_MS) this.crashes = 0;
    });
    // A worker forked before it was adopted may have died meanwhile: replaced as any other.
    if (worker.isDead()) this.onExit(worker, worker.process.exitCode, worker.process.signalCode);
    return worker;
  }

  broadcast(message: PrimaryMessage): void {
    for (const worker of Object.values(cluster.workers ?? {})) if (worker?.isConnected()) worker.send(message);
  }

  private onMessage(worker: Worker, message: unknown): void {
    if (!isOimMessage<WorkerMessage>(message)) return;
    if (message.oim === 'ready') {
      this.logger.info({ worker: worker.id, pid: worker.process.pid, build: message.build }, `worker ${worker.id} serving`);
      this.ready.get(worker.id)?.();
      this.markFirstReady();
    } else if (message.oim === 'metrics') {
      this.aggregator
        .then((aggregator) => aggregator.clusterMetrics())
        .then(
          (text) => worker.send({ oim: 'metrics', id: message.id, text } satisfies PrimaryMessage),
          (error: unknown) => this.logger.warn({ err: error }, 'metrics of the workers could not be gathered'),
        );
    }
  }

  private onExit(worker: Worker, code: number | null, signal: string | null): void {
    this.ready.delete(worker.id);
    if (this.stopping || this.retiring.delete(worker.id)) return;
    const delay = Math.min(MAX_RESTART_DELAY_MS, 250 * 2 ** this.crashes++);
    this.logger.error(
      { worker: worker.id, code, signal },
      `worker ${worker.id} died (${signal ?? `code ${code}`}): replacing it in ${delay} ms`,
    );
    setTimeout(() => {
      if (!this.stopping) this.fork();
    }, delay).unref();
  }

  whenReady(worker: Worker): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
      this.ready.set(worker.id, () => {
        clearTimeout(timer);
        resolve(true);
      });
      worker.once('exit', () => resolve(false));
    });
  }

  /** Stops one worker gracefully (it drains), without replacing it. */
  retire(worker: Worker): Promise<void> {
    this.retiring.add(worker.id);
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.process.kill('SIGTERM');
    return exited;
  }

  async rollingRestart(): Promise<void> {
    const current = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    this.logger.info(`restarting ${current.length} workers one at a time`);
    for (const old of current) {
      if (this.stopping) return;
      const fresh = this.fork();
      if (!(await this.whenReady(fresh))) {
        if (this.stopping) return;
        this.logger.error(`the replacement of worker ${old.id} did not start serving: rolling restart stopped, worker ${old.id} kept`);
        return;
      }
      await this.retire(old);
    }
    this.logger.info('rolling restart done');
  }

  async stopAll(graceMs: number): Promise<void> {
    this.stopping = true;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const exited = Promise.all(all.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve())))));
    for (const worker of all) worker.process.kill('SIGTERM');
    // Each worker gives its requests graceMs; past that (and a second to exit), it is killed.
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, graceMs + 1000).unref());
    await Promise.race([exited, deadline]);
    for (const worker of all) if (!worker.isDead()) worker.process.kill('SIGKILL');
  }
}

async function serveAggregatedMetrics(config: Config, aggregator: AggregatorRegistry<PrometheusContentType>): Promise<void> {
  const [{ default: express }, { tokenGuard }, { createHardenedServer, listening, serverSettings }] = await Promise.all([
    import('express'),
    import('../http/auth.js'),
    import('../http/connections.js'),
  ]);
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', tokenGuard({ token: config.METRICS_TOKEN, realm: 'OIM metrics', variable: 'METRICS_TOKEN' }), async (_req, res) => {
    res
      .set('Content-Type', aggregator.contentType)
      .set('Cache-Control', 'no-store')
      .send(await aggregator.clusterMetrics());
  });
  const { server } = createHardenedServer(app, serverSettings(config));
  await listening(server, config.METRICS_PORT, config.METRICS_HOST);
}

/** Runs the cluster of `count` workers, of which `first` was forked already. */
export async function runPrimary(config: Config, count: number, first: Worker): Promise<void> {
  if (!config.REDIS_URL) {
    // Without Redis the workers' rate limits and model budgets are counted here, for all of them.
    await new ClusterMemoryStorePrimary().init();
    new RateLimiterClusterMaster();
  }
  const logger = createLogger(config.LOG_LEVEL).child({ role: 'primary' });
  const aggregator = import('prom-client').then(({ AggregatorRegistry }) => new AggregatorRegistry<PrometheusContentType>());
  const workers = new Workers(logger, aggregator);
  workers.adopt(first);
  logger.info(
    { workers: count },
    `primary ${process.pid} starting ${count} workers on port ${config.PORT}, the others once the first serves`,
  );

  let rebuild: Rebuild | null = null;
  let stopping = false;
  void workers.firstReady.then(() => {
    if (stopping) return;
    for (let i = 1; i < count; i++) workers.fork();
  });
  if (config.INDEX_REBUILD_ON_START)
    void workers.firstReady.then(() => {
      if (stopping) return;
      rebuild = startRebuild();
      workers.status = { pending: true, since: rebuild.since };
      workers.broadcast({ oim: 'rebuild', status: workers.status });
      void rebuild.done.then((outcome) => {
        logRebuildOutcome(logger, outcome);
        workers.status = statusAfter(outcome);
        workers.broadcast({ oim: 'rebuild', status: workers.status });
        workers.broadcast({ oim: 'check-index' });
      });
    });

  if (config.METRICS_PORT) await serveAggregatedMetrics(config, await aggregator);
  process.on('SIGHUP', () => workers.broadcast({ oim: 'reload' }));
  process.on('SIGUSR2', () => void workers.rollingRestart());
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: draining the workers (at most ${config.SHUTDOWN_GRACE_MS} ms), then exiting`);
    rebuild?.stop();
    void workers.stopAll(config.SHUTDOWN_GRACE_MS).finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
