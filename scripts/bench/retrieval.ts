// Retrieval benchmark at one corpus size, with the project's own code and shipped configuration:
// ingestion (local embedding + HNSW insert), HNSW recall@10 against exact search, latency of the
// vector channel and of the full hybrid retriever (with a per-stage breakdown), and index
// write/load times. Run alone it prints one JSON result; scripts/bench.ts runs one process per
// size so that each peak RSS is that size's own.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document } from '@langchain/core/documents';
import hnswlib from 'hnswlib-node';
import { loadConfig, type Config } from '../../src/config.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { newBuildId } from '../../src/index/atomicDir.js';
import { loadIndex, writeIndex } from '../../src/index/diskIndex.js';
import { HnswStore } from '../../src/index/hnswStore.js';
import { PIPELINE_VERSION } from '../../src/ingest/ingest.js';
import { EMPTY_GLOSSARY } from '../../src/text/glossary.js';
import { HybridRetriever, type SearchIndex } from '../../src/retrieve/hybrid.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import { Vocabulary } from '../../src/retrieve/vocabulary.js';
import { openRetriever } from '../../src/retrieve/open.js';
import type { Chunk } from '../../src/types.js';
import { lexicalComparison, type LexicalComparison } from './libraryComparison.js';
import { compareWithPortable, type BuildComparison } from './portable.js';
import { latencies, peakRssMb, summarize, timed, type LatencySummary } from './stats.js';
import { hybridStages } from './stages.js';
import { syntheticCorpus } from './syntheticCorpus.js';

const RECALL_K = 10;
const EMBED_BATCH = 256; // what ingest uses
const WARMUP_QUERIES = 20;

export interface EfPoint {
  ef: number;
  recallAt10: number;
  latency: LatencySummary;
}

export interface RetrievalBenchResult {
  size: number;
  queries: number;
  params: { dimensions: number; m: number; efConstruction: number; ef: number; candidates: number };
  ingest: {
    embedMs: number;
    insertMs: number;
    chunksPerSecond: number;
    embedPerSecond: number;
    insertPerSecond: number;
    peakRssMb: number;
  };
  lexicalBuildMs: number;
  recallAt10: number;
  efSweep: EfPoint[];
  latency: {
    vector: LatencySummary;
    hnswOnly: LatencySummary;
    bruteforce: LatencySummary;
    hybrid: LatencySummary;
    hybridStages: Record<'expand' | 'embedQuery' | 'vectorCandidates' | 'lexicalCandidates' | 'scoring', LatencySummary>;
  };
  lexical: LexicalComparison;
  /** searchKnn with the installed and the portable hnswlib-node build; null when the portable one is installed. */
  builds: BuildComparison | null;
  disk: { writeMs: number; loadMs: number; openMs: number; bytes: number };
  peakRssMb: number;
}

async function embedAll(embeddings: LocalHashEmbeddings, chunks: Chunk[]): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let start = 0; start < chunks.length; start += EMBED_BATCH) {
    vectors.push(...(await embeddings.embedDocuments(chunks.slice(start, start + EMBED_BATCH).map((c) => c.text))));
  }
  return vectors;
}

function flatten(vectors: number[][], dimensions: number): Float32Array {
  const flat = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, i) => {
    flat.set(v, i * dimensions);
  });
  return flat;
}

function row(flat: Float32Array, i: number, dimensions: number): number[] {
  return Array.from(flat.subarray(i * dimensions, (i + 1) * dimensions));
}

/** Exact nearest neighbours, the reference for recall and the latency baseline. */
function bruteforce(flat: Float32Array, count: number, dimensions: number): hnswlib.BruteforceSearch {
  const exact = new hnswlib.BruteforceSearch('cosine', dimensions);
  exact.initIndex(count);
  for (let i = 0; i < count; i++) exact.addPoint(row(flat, i, dimensions), i);
  return exact;
}

function recall(found: number[][], truth: number[][]): number {
  let hits = 0;
  let total = 0;
  found.forEach((labels, q) => {
    const expected = new Set(truth[q]);
    hits += labels.filter((l) => expected.has(l)).length;
    total += expected.size;
  });
  return total ? hits / total : NaN;
}

/** Recall and latency of HNSW at the shipped ef and at larger ones, to show what a higher ef buys. */
async function efSweep(hnsw: hnswlib.HierarchicalNSW, queryVectors: number[][], truth: number[][], shipped: number) {
  const sweep: EfPoint[] = [];
  for (const ef of [...new Set([shipped, 100, 200, 400, 800])].sort((a, b) => a - b)) {
    hnsw.setEf(ef);
    const found = queryVectors.map((v) => hnsw.searchKnn(v, RECALL_K).neighbors);
    const latency = summarize(await latencies(queryVectors, (v) => hnsw.searchKnn(v, RECALL_K)));
    sweep.push({ ef, recallAt10: recall(found, truth), latency });
  }
  hnsw.setEf(shipped);
  return sweep;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  );
}

/** writeIndex, loadIndex, and openRetriever (load + lexical build: what a server start pays). */
async function diskRoundTrip(config: Config, index: SearchIndex, embeddingsId: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-bench-'));
  const indexDir = path.join(root, 'indexes', 'bench');
  const diskConfig = loadConfig({ ...process.env, CORPUS_DIR: root, INDEX_DIR: indexDir, EMBEDDINGS: 'local' });
  try {
    const write = await timed(() =>
      writeIndex(indexDir, {
        chunks: index.chunks,
        vectors: index.vectors,
        glossary: EMPTY_GLOSSARY,
        hnsw: index.store.index,
        manifest: {
          buildId: newBuildId(),
          builtAt: new Date().toISOString(),
          buildMs: 0,
          pipelineVersion: PIPELINE_VERSION,
          embedder: { id: embeddingsId, dimensions: index.dimensions },
          chunking: { chunkSize: config.CHUNK_SIZE, chunkOverlap: config.CHUNK_OVERLAP },
          hnsw: { space: 'cosine', m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION },
          sources: [],
          chunkCount: index.chunks.length,
          glossary: { source: null, entries: 0 },
        },
      }),
    );
    const load = await timed(() => loadIndex(indexDir, { embedderId: embeddingsId, efSearch: config.HNSW_EF_SEARCH }));
    // Opening a retriever is loadIndex plus the lexical build: what a server start pays.
    const open = await timed(() => openRetriever(diskConfig, { id: embeddingsId, embeddings: new LocalHashEmbeddings(index.dimensions) }));
    return { writeMs: write.ms, loadMs: load.ms, openMs: open.ms, bytes: folderBytes(path.dirname(indexDir)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function benchRetrieval(
  size: number,
  queryCount: number,
  log: (line: string) => void = () => {},
): Promise<RetrievalBenchResult> {
  const config = loadConfig({ ...process.env, EMBEDDINGS: 'local' });
  const dimensions = config.LOCAL_EMBEDDING_DIM;
  const candidates = 40; // HybridRetriever's default candidates per channel
  const { chunks, queries, sources } = syntheticCorpus(size, queryCount + WARMUP_QUERIES);
  const embeddings = new LocalHashEmbeddings(dimensions);

  log(`${size}: embedding`);
  const embedded = await timed(() => embedAll(embeddings, chunks));
  log(`${size}: HNSW insert`);
  const params = { dimensions, m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION, efSearch: config.HNSW_EF_SEARCH };
  const store = new HnswStore(embeddings, params);
  const docs = chunks.map((c, index) => new Document({ pageContent: c.text, metadata: { index } }));
  const inserted = await timed(() => store.addVectors(embedded.result, docs));
  const ingestPeak = peakRssMb();
  const vectors = flatten(embedded.result, dimensions);
  embedded.result.length = 0; // let the number[][] copy go before the exact index is built

  log(`${size}: lexical index`);
  const lexical = await timed(() => new LexicalIndex(chunks));
  const index: SearchIndex = {
    chunks,
    vectors,
    dimensions,
    store,
    lexical: lexical.result,
    vocabulary: new Vocabulary(lexical.result, EMPTY_GLOSSARY),
  };
  const retriever = new HybridRetriever(index, embeddings, { candidates });

  const [warmup, measured] = [queries.slice(0, WARMUP_QUERIES), queries.slice(WARMUP_QUERIES)];
  for (const q of warmup) await retriever.search(q, 5, { language: 'fr' });
  const queryVectors = await Promise.all(measured.map((q) => embeddings.embedQuery(q)));

  log(`${size}: exact search baseline`);
  const exact = bruteforce(vectors, chunks.length, dimensions);
  const truth = queryVectors.map((v) => exact.searchKnn(v, RECALL_K).neighbors);
  const hnswFound = queryVectors.map((v) => store.index.searchKnn(v, RECALL_K).neighbors);

  log(`${size}: latencies`);
  const vector = await latencies(measured, async (q) => store.similaritySearchVectorWithScore(await embeddings.embedQuery(q), RECALL_K));
  const hnswOnly = await latencies(queryVectors, (v) => store.index.searchKnn(v, RECALL_K));
  const brute = await latencies(queryVectors, (v) => exact.searchKnn(v, RECALL_K));
  const hybrid = await latencies(measured, (q) => retriever.search(q, 5, { language: 'fr' }));
  const stages = await hybridStages(retriever, index, embeddings, measured, candidates);
  const sweep = await efSweep(store.index, queryVectors, truth, params.efSearch);
  const builds = await compareWithPortable(store.index, dimensions, params.efSearch, queryVectors, RECALL_K);
  log(`${size}: lexical channel against MiniSearch`);
  const lexicalVsLibrary = await lexicalComparison(index, embeddings, retriever, measured, sources.slice(WARMUP_QUERIES), candidates);

  log(`${size}: write and load`);
  const disk = await diskRoundTrip(config, index, embeddings.id);
  const ingestMs = embedded.ms + inserted.ms;
  return {
    size,
    queries: measured.length,
    params: { dimensions, m: params.m, efConstruction: params.efConstruction, ef: params.efSearch, candidates },
    ingest: {
      embedMs: embedded.ms,
      insertMs: inserted.ms,
      chunksPerSecond: size / (ingestMs / 1000),
      embedPerSecond: size / (embedded.ms / 1000),
      insertPerSecond: size / (inserted.ms / 1000),
      peakRssMb: ingestPeak,
    },
    lexicalBuildMs: lexical.ms,
    recallAt10: recall(hnswFound, truth),
    efSweep: sweep,
    latency: {
      vector: summarize(vector),
      hnswOnly: summarize(hnswOnly),
      bruteforce: summarize(brute),
      hybrid: summarize(hybrid),
      hybridStages: stages,
    },
    lexical: lexicalVsLibrary,
    builds,
    disk,
    peakRssMb: peakRssMb(),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { size: { type: 'string' }, queries: { type: 'string', default: '300' } } });
  const size = Number(values.size);
  const queries = Number(values.queries);
  if (!Number.isInteger(size) || size < 100 || !Number.isInteger(queries) || queries < 10) {
    process.stderr.write('Usage: tsx scripts/bench/retrieval.ts --size N (≥ 100) [--queries N (≥ 10)]\n');
    process.exit(2);
  }
  const result = await benchRetrieval(size, queries, (line) => process.stderr.write(`  ${line}\n`));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
