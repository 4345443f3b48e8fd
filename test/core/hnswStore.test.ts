// The hand-written LangChain VectorStore over hnswlib-node: it must behave as a VectorStore for the
// rest of LangChain, report similarities in [0, 1], and refuse vectors of the wrong size.
import { Document } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import { describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { cosineDistanceToSimilarity, HnswStore, type HnswParams } from '../../src/index/hnswStore.js';

const DIMS = 128;
const PARAMS: HnswParams = { dimensions: DIMS, m: 16, efConstruction: 200, efSearch: 100 };
const embeddings = new LocalHashEmbeddings(DIMS);

const TEXTS = [
  'Sauver des vies et protéger les migrants dans les crises.',
  'Trouver des solutions aux déplacements causés par le changement climatique.',
  'Faciliter des voies de migration régulières et sûres.',
  "L'Organisation compte 175 États Membres et 8 États observateurs.",
  'Le bureau du Chef de Cabinet coordonne la direction.',
];
const docs = () => TEXTS.map((pageContent, i) => new Document({ pageContent, metadata: { i, topic: i < 3 ? 'objectif' : 'institution' } }));

describe('HnswStore', () => {
  it('is a LangChain VectorStore whose asRetriever() finds the passage a question is about', async () => {
    const store = await HnswStore.fromDocuments(docs(), embeddings, PARAMS);
    expect(store).toBeInstanceOf(VectorStore);
    const found = await store.asRetriever({ k: 2 }).invoke('Combien d’États membres et d’États observateurs ?');
    expect(found).toHaveLength(2);
    expect(found[0].metadata.i).toBe(3);
  });

  it('returns similarities in [0, 1], best first, 1 for the passage itself', async () => {
    const store = await HnswStore.fromDocuments(docs(), embeddings, PARAMS);
    const results = await store.similaritySearchWithScore(TEXTS[1], 5);
    expect(results).toHaveLength(5);
    expect(results[0][0].metadata.i).toBe(1);
    expect(results[0][1]).toBeCloseTo(1, 5);
    for (const [, score] of results) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    const scores = results.map(([, s]) => s);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('applies a document filter and caps k at the number of documents', async () => {
    const store = await HnswStore.fromDocuments(docs(), embeddings, PARAMS);
    const filtered = await store.similaritySearch('migrants', 5, (d) => d.metadata.topic === 'institution');
    expect(filtered.map((d) => d.metadata.i).sort()).toEqual([3, 4]);
    expect(await store.similaritySearch('migrants', 50)).toHaveLength(5);
    expect(await new HnswStore(embeddings, PARAMS).similaritySearch('migrants', 3)).toEqual([]);
  });

  it('refuses a vector of the wrong dimension and a vector/document count mismatch', async () => {
    const store = new HnswStore(embeddings, PARAMS);
    await expect(store.addVectors([new Array(DIMS + 1).fill(0.1)], [new Document({ pageContent: 'x' })])).rejects.toThrow(/dimensions/);
    await expect(store.addVectors([new Array(DIMS).fill(0.1)], [])).rejects.toThrow();
    expect(store.size).toBe(0);
    expect(store.index.getCurrentCount()).toBe(0);
  });

  it('grows past its initial capacity', async () => {
    const store = new HnswStore(embeddings, { ...PARAMS, dimensions: 8 });
    // Seeded pseudo-random vectors: no two of them nearly the same (a periodic family had twins).
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32 - 0.5;
    };
    const vectors = Array.from({ length: 2500 }, () => Array.from({ length: 8 }, random));
    await store.addVectors(
      vectors,
      vectors.map((_, i) => new Document({ pageContent: String(i) })),
    );
    expect(store.size).toBe(2500);
    for (const i of [0, 1023, 1024, 1234, 2499]) {
      const [[doc, score]] = await store.similaritySearchVectorWithScore(vectors[i], 1);
      expect(doc.pageContent).toBe(String(i));
      expect(score).toBeCloseTo(1, 5);
    }
  });

  it('sets ef explicitly (hnswlib would default to 10)', () => {
    expect(new HnswStore(embeddings, { ...PARAMS, efSearch: 77 }).index.getEf()).toBe(77);
  });

  it('maps cosine distance [0, 2] to a similarity clamped to [0, 1]', () => {
    expect(cosineDistanceToSimilarity(0)).toBe(1);
    expect(cosineDistanceToSimilarity(0.25)).toBe(0.75);
    expect(cosineDistanceToSimilarity(1.5)).toBe(0);
    expect(cosineDistanceToSimilarity(-1e-7)).toBe(1);
  });
});
