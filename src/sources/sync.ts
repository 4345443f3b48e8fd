// npm run sync: crawl, ingest, and tell the running server to take the new index — the job a cron
// entry or a systemd timer runs. The server's reload (src/serve/reload.ts) loads and checks the new
// index beside the old one and keeps serving the old one if the new one fails its checks, so a bad
// night never takes the assistant down. Nothing is reloaded when the index did not change.
import { readFile } from 'node:fs/promises';
import type { Config } from '../config.js';
import type { Embedder } from '../embed/index.js';
import { ingest, type IngestResult } from '../ingest/ingest.js';
import { type CrawlOptions, crawl, crawlOptions } from './crawl.js';
import type { CrawlSummary } from './summary.js';

export interface ReloadOutcome {
  how: 'admin' | 'signal' | 'none';
  /** false when the server refused the new index or could not be told. */
  ok: boolean;
  message: string;
}

export interface SyncResult {
  crawl: CrawlSummary;
  ingest: IngestResult;
  reload: ReloadOutcome;
}

export interface NotifyOptions {
  /** A file holding the server's process id: SIGHUP is sent to it when no ADMIN_TOKEN is set. */
  pidFile?: string;
  fetch?: typeof fetch;
}

const reloadUrl = (config: Config) => config.SYNC_RELOAD_URL ?? `http://127.0.0.1:${config.PORT}/admin/reload`;

async function reloadThroughAdmin(config: Config, token: string, doFetch: typeof fetch): Promise<ReloadOutcome> {
  const url = reloadUrl(config);
  let response: Response;
  try {
    response = await doFetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    // No server running is not a failure: it loads the new index when it starts.
    if (code === 'ECONNREFUSED')
      return { how: 'admin', ok: true, message: `no server answered at ${url}: it will load the new index when it starts` };
    return { how: 'admin', ok: false, message: `the server at ${url} could not be told (${code ?? (error as Error).message})` };
  }
  const body = (await response.json().catch(() => ({}))) as { buildId?: string; error?: { message?: string } };
  if (response.ok) return { how: 'admin', ok: true, message: `the server now serves build ${body.buildId ?? '(unknown)'}` };
  if (response.status === 401 || response.status === 403 || response.status === 404)
    return {
      how: 'admin',
      ok: false,
      message: `the server at ${url} refused the token (HTTP ${response.status}): set the same ADMIN_TOKEN for the server and for sync`,
    };
  return { how: 'admin', ok: false, message: `the server kept its index: ${body.error?.message ?? `HTTP ${response.status}`}` };
}

async function reloadBySignal(pidFile: string): Promise<ReloadOutcome> {
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(pidFile, 'utf8')).trim(), 10);
  } catch (error) {
    return {
      how: 'signal',
      ok: false,
      message: `cannot read the pid file ${pidFile} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  if (!Number.isInteger(pid) || pid <= 1) return { how: 'signal', ok: false, message: `the pid file ${pidFile} holds no process id` };
  try {
    process.kill(pid, 'SIGHUP');
    return {
      how: 'signal',
      ok: true,
      message: `SIGHUP sent to process ${pid}: the server reloads (its log says whether the new index was taken)`,
    };
  } catch (error) {
    return { how: 'signal', ok: false, message: `cannot signal process ${pid} from ${pidFile} (${(error as NodeJS.ErrnoException).code})` };
  }
}

/** Tell the running server to load the index just built: POST /admin/reload, or SIGHUP to a pid file. */
export async function notifyServer(config: Config, options: NotifyOptions = {}): Promise<ReloadOutcome> {
  if (config.ADMIN_TOKEN) return reloadThroughAdmin(config, config.ADMIN_TOKEN, options.fetch ?? fetch);
  if (options.pidFile) return reloadBySignal(options.pidFile);
  return {
    how: 'none',
    ok: true,
    message:
      'no server was told (set ADMIN_TOKEN, or pass --pid-file, or run `systemctl reload` after sync): a running server serves the old index until it reloads',
  };
}

export interface SyncOptions extends NotifyOptions {
  config: Config;
  embedder: Embedder;
  crawl: Partial<CrawlOptions> & { start: string };
}

export async function sync(options: SyncOptions): Promise<SyncResult> {
  const { config, embedder } = options;
  const crawled = await crawl(crawlOptions(config, options.crawl));
  const built = await ingest({ config, embedder });
  const reload: ReloadOutcome = built.upToDate
    ? { how: 'none', ok: true, message: 'the index did not change: nothing to reload' }
    : await notifyServer(config, options);
  return { crawl: crawled, ingest: built, reload };
}
