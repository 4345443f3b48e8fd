// Hybrid ranking details (src/retrieve/hybrid.ts) on a small in-memory corpus.
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { HnswStore } from '../../src/index/hnswStore.js';
import { EMPTY_GLOSSARY } from '../../src/retrieve/glossary.js';
import { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import type { Chunk } from '../../src/types.js';

const DIMENSIONS = 256;

async function retrieverOver(texts: string[], acronyms: string[]): Promise<HybridRetriever> {
  const embeddings = new LocalHashEmbeddings(DIMENSIONS);
  const chunks: Chunk[] = texts.map((text, i) => ({
    text,
    heading: null,
    source: 'corpus/t.txt',
    title: 'T',
    lines: [i + 1, i + 1],
    hash: String(i),
  }));
  const vectors = await embeddings.embedDocuments(texts);
  const store = new HnswStore(embeddings, { dimensions: DIMENSIONS, m: 16, efConstruction: 100, efSearch: 50 });
  await store.addVectors(
    vectors,
    chunks.map((c, index) => new Document({ pageContent: c.text, metadata: { index } })),
  );
  const index = {
    chunks,
    vectors: Float32Array.from(vectors.flat()),
    dimensions: DIMENSIONS,
    store,
    lexical: new LexicalIndex(chunks),
    glossary: { ...EMPTY_GLOSSARY, acronyms },
  };
  return new HybridRetriever(index, embeddings);
}

const CORPUS = [
  "L'AFP publie des dépêches chaque jour. L'AFP emploie des journalistes dans le monde entier, et l'AFP vend ses textes.",
  "L'Agence France-Presse (AFP) est une agence de presse mondiale.",
  'Le marché des médias change vite.',
];

describe('hybrid ranking', () => {
  it('puts the passage spelling out an acronym first when the question is about that acronym', async () => {
    const withAcronym = await retrieverOver(CORPUS, ['AFP']);
    const [first] = await withAcronym.search("Qu'est-ce que l'AFP ?", 3, { language: 'fr' });
    expect(first.text).toContain('(AFP)');
    // Without knowing AFP is an acronym, the passage naming it three times comes first.
    const [plain] = await (await retrieverOver(CORPUS, [])).search("Qu'est-ce que l'AFP ?", 3, { language: 'fr' });
    expect(plain.text).not.toContain('(AFP)');
  });

  it('lets the passage covering the rest of a longer question win over the defining one', async () => {
    const retriever = await retrieverOver(CORPUS, ['AFP']);
    const passages = await retriever.search("Combien de journalistes l'AFP emploie-t-elle ?", 3, { language: 'fr' });
    expect(passages[0].text).toContain('journalistes');
    for (const p of passages) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });
});
