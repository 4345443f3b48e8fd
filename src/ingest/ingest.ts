// The ingestion pipeline: corpus files → clean blocks → passages → vectors → HNSW index on disk.
// Incremental: an unchanged corpus does no work; otherwise only passages whose text is new are
// embedded, the rest reuse their vectors from the previous build.
import { Document } from '@langchain/core/documents';
import type { Config } from '../config.js';
import { type CorpusFile, type CorpusWarning, readCorpus } from '../corpus/load.js';
import type { Embedder } from '../embed/index.js';
import { newBuildId } from '../index/atomicDir.js';
import { loadIndex, writeIndex, type IndexContents } from '../index/diskIndex.js';
import { HnswStore } from '../index/hnswStore.js';
import type { Manifest } from '../index/manifest.js';
import { availableDictionary, buildGlossary } from '../text/buildGlossary.js';
import type { Chunk } from '../types.js';
import { acquireIndexLock } from './lock.js';
import { type CleaningReport, type CorpusPassages, chunkCorpus, type LeftOut } from './passages.js';

export type { CleaningReport, LeftOut } from './passages.js';

/**
 * Bump when cleaning, chunking, analysis or glossary rules change: indexes built before are rebuilt.
 * 8: boilerplate and duplicates across documents, language per passage, dates, translated pairs.
 * 9: the page of a PDF's passages, hidden HTML text left out, encodings read from the bytes.
 * 10: the glossary reads passages in their language and holds the acronyms' spelled-out forms, names and initials.
 * 11: the menus' labels recorded in the manifest (navigation), so a refusal never offers one as a page title.
 * 12: English irregular past forms stemmed as their verb (the stored glossary's stems change).
 * 13: the glossary keys English headwords by their own stem ("found", to found, no longer find's).
 * 14: legal notices under pages ("© 2024 …", "All rights reserved") are left out as page chrome.
 * 15: dictionary senses with a context label ("(bank) transfer") are read, label aside: the glossary changes.
 * 16: the glossary holds every English word the dictionary gives a corpus French stem (senses), not only the corpus's English.
 * 17: the glossary keys a derived English word apart from its base (employment, employ: englishEntryKey).
 * 18: French words Snowball files under another word's stem keep their own (données, visa: stemSplits.ts).
 * 19: misspelt dictionary translations are repaired before the glossary is built (dictTypos.ts); accented
 *     words are stop words only as written (sûr, dès are no longer sur, des: analyzer.ts StopList).
 * 20: English words Snowball files under another word's stem keep their own (international, not intern's).
 * 21: eng-fra pairs fra-eng does not give back are left out of the glossary (plane, projet: backTranslation.ts).
 * 22: the glossary holds the English words WordNet gives as synonyms of the corpus's English words (synonyms.ts).
 */
export const PIPELINE_VERSION = 22;

export interface IngestProgress {
  phase: 'embedding';
  done: number;
  total: number;
}

export interface IngestOptions {
  config: Config;
  embedder: Embedder;
  onProgress?: (progress: IngestProgress) => void;
  /** Passages embedded per call: bounds memory and gives progress steps. */
  batchSize?: number;
}

export interface IngestResult {
  upToDate: boolean;
  files: number;
  chunks: number;
  embedded: number;
  reused: number;
  embedderId: string;
  ms: number;
  /** Lines left out because they give instructions to an AI assistant (planted prompt injections). */
  leftOut: LeftOut[];
  /** Files (or parts of them) left out because they could not be read: binary, bad sidecar, symlink out… */
  warnings: CorpusWarning[];
  /** What comparing the documents removed (boilerplate lines, duplicate passages). */
  cleaning: CleaningReport;
}

/** The corpus's passages, as the next build would index them. */
export function chunkFiles(files: CorpusFile[], config: Config): CorpusPassages {
  return chunkCorpus(files, { chunkSize: config.CHUNK_SIZE, chunkOverlap: config.CHUNK_OVERLAP });
}

/** One file's passages as if it were the whole corpus; lines that address an AI assistant are reported to onLeftOut. */
export function chunkFile(file: CorpusFile, config: Config, onLeftOut?: (lines: LeftOut[]) => void): Chunk[] {
  const { chunks, leftOut } = chunkFiles([file], config);
  if (leftOut.length) onLeftOut?.(leftOut);
  return chunks;
}

function dictionaryDir(config: Config): string | null {
  return config.USE_DICTIONARY ? config.DICTIONARY_DIR : null;
}

/** What the next build would record, to compare with the current manifest. */
function buildSettings(config: Config, files: CorpusFile[], glossarySource: string | null) {
  return {
    chunking: { chunkSize: config.CHUNK_SIZE, chunkOverlap: config.CHUNK_OVERLAP },
    hnsw: { space: 'cosine' as const, m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION },
    fingerprints: files.map((f) => `${f.source}:${f.fingerprint}`).join('\n'),
    glossarySource,
  };
}

function sameBuild(manifest: Manifest, settings: ReturnType<typeof buildSettings>): boolean {
  return (
    manifest.pipelineVersion === PIPELINE_VERSION &&
    JSON.stringify(manifest.chunking) === JSON.stringify(settings.chunking) &&
    JSON.stringify(manifest.hnsw) === JSON.stringify(settings.hnsw) &&
    manifest.sources.map((s) => `${s.source}:${s.fingerprint}`).join('\n') === settings.fingerprints &&
    manifest.glossary.source === settings.glossarySource
  );
}

async function previousIndex(config: Config, embedder: Embedder): Promise<IndexContents | null> {
  try {
    return await loadIndex(config.INDEX_DIR, { embedderId: embedder.id, efSearch: config.HNSW_EF_SEARCH });
  } catch {
    return null; // nothing reusable: build from scratch
  }
}

async function embedMissing(
  chunks: Chunk[],
  previous: IndexContents | null,
  options: IngestOptions,
): Promise<{ vectors: number[][]; embedded: number }> {
  const known = new Map<string, number[]>();
  if (previous) {
    const dims = previous.manifest.embedder.dimensions;
    previous.chunks.forEach((c, i) => {
      known.set(c.hash, Array.from(previous.vectors.subarray(i * dims, (i + 1) * dims)));
    });
  }
  const missing = chunks.map((c, i) => (known.has(c.hash) ? -1 : i)).filter((i) => i >= 0);
  const batch = options.batchSize ?? 256;
  for (let start = 0; start < missing.length; start += batch) {
    const slice = missing.slice(start, start + batch);
    const vectors = await options.embedder.embeddings.embedDocuments(slice.map((i) => chunks[i].text));
    slice.forEach((chunkIndex, j) => {
      known.set(chunks[chunkIndex].hash, vectors[j]);
    });
    options.onProgress?.({ phase: 'embedding', done: Math.min(start + batch, missing.length), total: missing.length });
  }
  return { vectors: chunks.map((c) => known.get(c.hash)!), embedded: missing.length };
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const { config, embedder } = options;
  const release = await acquireIndexLock(config.INDEX_DIR);
  try {
    const warnings: CorpusWarning[] = [];
    const files = await readCorpus(config.CORPUS_DIR, { onWarning: (w) => warnings.push(w) });
    warnings.sort((a, b) => a.source.localeCompare(b.source));
    const { chunks, documents, leftOut, cleaning, navigation } = chunkFiles(files, config);
    // The dictionaries' names, not the glossary: building it reads the pivot dictionaries (seconds on
    // the seed), which an index already up to date does not need.
    const settings = buildSettings(config, files, availableDictionary(dictionaryDir(config)));
    const previous = await previousIndex(config, embedder);
    const result = { files: files.length, chunks: chunks.length, embedderId: embedder.id, leftOut, warnings, cleaning };
    if (previous && sameBuild(previous.manifest, settings)) {
      return { ...result, upToDate: true, embedded: 0, reused: chunks.length, ms: performance.now() - started };
    }
    const glossary = buildGlossary(dictionaryDir(config), chunks);
    const { vectors, embedded } = await embedMissing(chunks, previous, options);
    const dimensions = vectors[0]?.length ?? previous?.manifest.embedder.dimensions ?? config.LOCAL_EMBEDDING_DIM;
    const store = new HnswStore(embedder.embeddings, {
      dimensions,
      m: config.HNSW_M,
      efConstruction: config.HNSW_EF_CONSTRUCTION,
      efSearch: config.HNSW_EF_SEARCH,
    });
    await store.addVectors(
      vectors,
      chunks.map((c, index) => new Document({ pageContent: c.text, metadata: { index } })),
    );
    const flat = new Float32Array(chunks.length * dimensions);
    vectors.forEach((v, i) => {
      flat.set(v, i * dimensions);
    });
    // Publishing is the one step two builds must never both do: only with the lock still ours.
    release.assertHeld();
    await writeIndex(config.INDEX_DIR, {
      chunks,
      vectors: flat,
      glossary,
      hnsw: store.index,
      manifest: {
        buildId: newBuildId(),
        builtAt: new Date().toISOString(),
        buildMs: Math.round(performance.now() - started),
        pipelineVersion: PIPELINE_VERSION,
        embedder: { id: embedder.id, dimensions },
        chunking: settings.chunking,
        hnsw: settings.hnsw,
        sources: files.map((f, i) => ({
          ...documents[i],
          sha256: f.sha256,
          fingerprint: f.fingerprint,
          chunks: chunks.filter((c) => c.source === f.source).length,
        })),
        chunkCount: chunks.length,
        navigation,
        glossary: { source: glossary.source, entries: Object.keys(glossary.entries).length },
      },
    });
    return { ...result, upToDate: false, embedded, reused: chunks.length - embedded, ms: performance.now() - started };
  } finally {
    await release();
  }
}

/**
 * True when the corpus or the build settings differ from what the index on disk was built from.
 * Files that cannot be read are reported to onWarning (and left out, as a build leaves them out).
 */
export async function isIndexStale(config: Config, embedder: Embedder, onWarning?: (warning: CorpusWarning) => void): Promise<boolean> {
  const previous = await previousIndex(config, embedder);
  if (!previous) return true;
  const files = await readCorpus(config.CORPUS_DIR, { onWarning });
  return !sameBuild(previous.manifest, buildSettings(config, files, availableDictionary(dictionaryDir(config))));
}
