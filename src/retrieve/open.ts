// Opens an index from disk as a ready retriever (graph, passages, lexical channel) and its vocabulary.
import { Document } from '@langchain/core/documents';
import type { Config } from '../config.js';
import type { Embedder } from '../embed/index.js';
import { loadIndex } from '../index/diskIndex.js';
import { HnswStore } from '../index/hnswStore.js';
import type { Manifest } from '../index/manifest.js';
import { HybridRetriever, type HybridOptions } from './hybrid.js';
import { LexicalIndex } from './lexical.js';
import { Vocabulary } from './vocabulary.js';

export interface OpenedIndex {
  retriever: HybridRetriever;
  /** What the corpus knows (the retriever holds the same one): for the answer layer and the fact checker. */
  vocabulary: Vocabulary;
  manifest: Manifest;
  dir: string;
}

export async function openRetriever(config: Config, embedder: Embedder, options: Partial<HybridOptions> = {}): Promise<OpenedIndex> {
  const contents = await loadIndex(config.INDEX_DIR, { embedderId: embedder.id, efSearch: config.HNSW_EF_SEARCH });
  const dimensions = contents.manifest.embedder.dimensions;
  const docs = contents.chunks.map((c, index) => new Document({ pageContent: c.text, metadata: { ...c, index } }));
  const store = HnswStore.fromIndex(
    embedder.embeddings,
    { dimensions, m: contents.manifest.hnsw.m, efConstruction: contents.manifest.hnsw.efConstruction, efSearch: config.HNSW_EF_SEARCH },
    contents.hnsw,
    docs,
  );
  const lexical = new LexicalIndex(contents.chunks);
  const vocabulary = new Vocabulary(lexical, contents.glossary, contents.chunks, contents.manifest.navigation);
  const retriever = new HybridRetriever(
    { chunks: contents.chunks, vectors: contents.vectors, dimensions, store, lexical, vocabulary },
    embedder.embeddings,
    options,
  );
  return { retriever, vocabulary, manifest: contents.manifest, dir: contents.dir };
}
