// npm run sync -- [<sitemap URL | start URL>] [crawl options…] [--pid-file FILE]
// Crawl (CRAWL_START_URL when no URL is given), ingest (only changed passages are embedded), then
// tell the running server: POST /admin/reload with ADMIN_TOKEN, or SIGHUP to --pid-file. Meant for
// cron or a systemd timer (README, "Syncing on a schedule"); exits 1 when the server refused the
// new index (it keeps serving the old one) so the timer's failure shows.
import { loadConfig } from '../src/config.js';
import { createEmbedder } from '../src/embed/index.js';
import { formatSummary } from '../src/sources/summary.js';
import { sync } from '../src/sources/sync.js';
import { parseCli, printIngestWarnings, runCli, UsageError } from './lib/cli.js';
import { CRAWL_USAGE, crawlArguments, crawlOverrides } from './lib/crawlArgs.js';
import { crawlProgress } from './lib/progress.js';

const USAGE = `npm run sync -- ${CRAWL_USAGE} [--pid-file FILE]`;

runCli(async () => {
  const config = loadConfig();
  const { values, positionals } = parseCli({ ...crawlArguments, 'pid-file': { type: 'string' } }, USAGE);
  const start = positionals[0] ?? config.CRAWL_START_URL;
  if (!start || positionals.length > 1) throw new UsageError(`Give one sitemap or start URL, or set CRAWL_START_URL.\nUsage: ${USAGE}`);
  const progress = crawlProgress();
  const result = await sync({
    config,
    embedder: createEmbedder(config),
    crawl: { start, ...crawlOverrides(values), onProgress: progress.update },
    pidFile: values['pid-file'],
  }).finally(progress.stop);
  console.log(formatSummary(result.crawl));
  printIngestWarnings(result.ingest);
  const built = result.ingest;
  console.log(
    built.upToDate
      ? `index: up to date (${built.chunks} passages, nothing embedded)`
      : `index: ${built.chunks} passages, ${built.embedded} embedded, ${built.reused} reused (${(built.ms / 1000).toFixed(1)} s)`,
  );
  console.log(`reload: ${result.reload.message}`);
  if (!result.reload.ok) process.exitCode = 1;
});
