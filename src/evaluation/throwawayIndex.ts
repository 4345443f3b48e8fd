// An index of another corpus folder built in a temp folder through the server's own ingestion,
// for evaluating a fixture without touching the configured index; removed when the work is done.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import { CorpusError } from '../corpus/load.js';
import { createEmbedder } from '../embed/index.js';
import { ingest, type IngestResult } from '../ingest/ingest.js';

export async function withThrowawayIndex<T>(
  base: Config,
  corpusDir: string,
  work: (config: Config, built: IngestResult) => Promise<T>,
): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'oim-eval-'));
  try {
    const config: Config = { ...base, CORPUS_DIR: path.resolve(corpusDir), INDEX_DIR: path.join(root, 'index') };
    const built = await ingest({ config, embedder: createEmbedder(config) });
    if (!built.files) throw new CorpusError(`No .txt, .md or .html file in "${corpusDir}": nothing to evaluate.`);
    return await work(config, built);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
