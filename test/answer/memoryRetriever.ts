// A retriever over a few passages held in memory (no disk, no dictionary): for tests of reading,
// ranking, selection and grounding on small corpora written for them.
import { createHash } from 'node:crypto';
import { Document } from '@langchain/core/documents';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { HnswStore } from '../../src/index/hnswStore.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import type { Glossary } from '../../src/text/glossary.js';
import { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import { Vocabulary } from '../../src/retrieve/vocabulary.js';
import type { Chunk } from '../../src/types.js';

const DIMENSIONS = 256;

export type MemoryPassage = string | (Partial<Chunk> & { text: string });

export async function memoryRetriever(passages: MemoryPassage[], glossary: Partial<Glossary> = {}): Promise<HybridRetriever> {
  const embeddings = new LocalHashEmbeddings(DIMENSIONS);
  const chunks: Chunk[] = passages.map((p, i) => ({
    heading: null,
    source: 'corpus/t.txt',
    title: 'T',
    lines: [i + 1, i + 1],
    ...(typeof p === 'string' ? { text: p } : p),
    hash: createHash('sha256')
      .update(typeof p === 'string' ? p : p.text)
      .digest('hex'),
  }));
  const texts = chunks.map((c) => c.text);
  const vectors = await embeddings.embedDocuments(texts);
  const store = new HnswStore(embeddings, { dimensions: DIMENSIONS, m: 16, efConstruction: 100, efSearch: 50 });
  await store.addVectors(
    vectors,
    chunks.map((c, index) => new Document({ pageContent: c.text, metadata: { index } })),
  );
  const lexical = new LexicalIndex(chunks);
  const vocabulary = new Vocabulary(lexical, { ...buildGlossary(null, chunks), ...glossary }, chunks);
  return new HybridRetriever(
    { chunks, vectors: Float32Array.from(vectors.flat()), dimensions: DIMENSIONS, store, lexical, vocabulary },
    embeddings,
  );
}
