// npm run ingest: build or update the index from the corpus (CORPUS_DIR → INDEX_DIR).
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.js';
import { createEmbedder } from '../src/embed/index.js';
import { type CleaningReport, ingest, type IngestProgress } from '../src/ingest/ingest.js';
import { printIngestWarnings, runCli } from './lib/cli.js';

function progressReporter(): { update: (p: IngestProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'embedding [{bar}] {value}/{total} passages', stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (p) => {
        if (!started) bar.start(p.total, 0);
        started = true;
        bar.update(p.done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastShown = -1;
  return {
    update: (p) => {
      const percent = Math.floor((p.done / p.total) * 10) * 10;
      if (percent !== lastShown) process.stderr.write(`embedding: ${p.done}/${p.total} passages\n`);
      lastShown = percent;
    },
    stop: () => {},
  };
}

const percent = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 0}%`;

/** What comparing documents removed: the boilerplate share goes into reports on a corpus. */
function cleaningSummary(c: CleaningReport): string {
  const removed = c.passagesAlone - c.passages;
  return `boilerplate across documents: ${percent(c.boilerplateLines, c.lines)} of lines, ${percent(removed, c.passagesAlone)} of passages (${removed} of ${c.passagesAlone}, ${c.duplicatesMerged} duplicates merged)`;
}

runCli(async () => {
  const config = loadConfig();
  const embedder = createEmbedder(config);
  const progress = progressReporter();
  const result = await ingest({ config, embedder, onProgress: progress.update }).finally(progress.stop);
  const seconds = (result.ms / 1000).toFixed(2);
  const what = result.upToDate
    ? 'index is up to date (nothing to embed)'
    : `built ${config.INDEX_DIR} (${result.embedded} embedded, ${result.reused} reused)`;
  printIngestWarnings(result);
  console.log(
    `${what}: ${result.files} files, ${result.chunks} passages, embedder ${result.embedderId}, ${seconds}s; ${cleaningSummary(result.cleaning)}`,
  );
});
