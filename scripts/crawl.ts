// npm run crawl -- <sitemap URL | start URL> [--include PATH…] [--exclude PATH…] [--max-pages N] [--depth N]
// Brings CORPUS_DIR in step with the site: new and changed pages written, unchanged ones left alone
// (304), pages gone twice removed. Then `npm run ingest` (or `npm run sync`, which does both and
// tells the server) updates the index.
import { loadConfig } from '../src/config.js';
import { crawl, crawlOptions } from '../src/sources/crawl.js';
import { formatSummary } from '../src/sources/summary.js';
import { crawlProgress } from './lib/progress.js';
import { parseCli, runCli, UsageError } from './lib/cli.js';
import { crawlArguments, crawlOverrides, CRAWL_USAGE } from './lib/crawlArgs.js';

runCli(async () => {
  const config = loadConfig();
  const { values, positionals } = parseCli(crawlArguments, `npm run crawl -- ${CRAWL_USAGE}`);
  const start = positionals[0] ?? config.CRAWL_START_URL;
  if (!start || positionals.length > 1)
    throw new UsageError(`Give one sitemap or start URL (or set CRAWL_START_URL).\nUsage: npm run crawl -- ${CRAWL_USAGE}`);
  const overrides = crawlOverrides(values);
  const progress = crawlProgress();
  const summary = await crawl(crawlOptions(config, { start, ...overrides, onProgress: progress.update })).finally(progress.stop);
  console.log(formatSummary(summary));
});
