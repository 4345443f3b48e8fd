// A worker's side of the cluster: it follows what the primary says (a rebuild's status, a new
// build to look for, SIGHUP's reload) and has its scrapes answered with every worker's figures.
import { AggregatorRegistry } from 'prom-client';
import type { Server } from '../createServer.js';
import type { IndexWatch } from '../admin/watcher.js';
import { isOimMessage, type PrimaryMessage, type WorkerMessage } from './messages.js';

const METRICS_TIMEOUT_MS = 5000;

export function tellPrimary(message: WorkerMessage): void {
  process.send?.(message);
}

export function followPrimary(app: Server, watch: IndexWatch): void {
  // Constructing one is what makes prom-client answer the primary's requests in a worker.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries(app.metrics.registries());
  const waiting = new Map<number, (text: string) => void>();
  let nextId = 0;
  app.metrics.aggregateWith(
    () =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error('the cluster primary did not answer the metrics request'));
        }, METRICS_TIMEOUT_MS);
        waiting.set(id, (text) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(text);
        });
        tellPrimary({ oim: 'metrics', id });
      }),
  );
  process.on('message', (message: unknown) => {
    if (!isOimMessage<PrimaryMessage>(message)) return;
    if (message.oim === 'rebuild') app.state.rebuild = message.status;
    else if (message.oim === 'check-index') void watch.check();
    else if (message.oim === 'reload') app.reloader.reload('SIGHUP').catch(() => undefined);
    else if (message.oim === 'metrics') waiting.get(message.id)?.(message.text);
  });
}
