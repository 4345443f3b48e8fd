// A LangChain VectorStore over hnswlib-node, written here because @langchain/community (which has
// one) cannot be installed next to zod 4. Vectors are L2-normalised and searched in cosine space;
// distances are turned into similarities in [0, 1] here, at the edge, as the rest of the code expects.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Document, DocumentInterface } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';

export interface HnswParams {
  dimensions: number;
  m: number;
  efConstruction: number;
  efSearch: number;
}

/** The longest a batch insertion holds the event loop before letting timers and I/O run. */
const YIELD_EVERY_MS = 100;

export class HnswStore extends VectorStore {
  declare FilterType: (doc: DocumentInterface) => boolean;
  readonly index: hnswlib.HierarchicalNSW;
  readonly docs: DocumentInterface[] = [];

  constructor(
    embeddings: EmbeddingsInterface,
    readonly params: HnswParams,
    index?: hnswlib.HierarchicalNSW,
  ) {
    super(embeddings, {});
    this.index = index ?? new hnswlib.HierarchicalNSW('cosine', params.dimensions);
    if (!index) this.index.initIndex({ maxElements: 1024, m: params.m, efConstruction: params.efConstruction, randomSeed: 100 });
    // ef is not saved with the index and hnswlib's default (10) gives poor recall: always set it.
    this.index.setEf(params.efSearch);
  }

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  get size(): number {
    return this.docs.length;
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error(`addVectors: ${vectors.length} vectors for ${documents.length} documents`);
    const ids: string[] = [];
    const needed = this.docs.length + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    let lastYield = performance.now();
    for (const [i, vector] of vectors.entries()) {
      if (vector.length !== this.params.dimensions) {
        throw new Error(`Vector of ${vector.length} dimensions given to an index of ${this.params.dimensions}`);
      }
      const label = this.docs.length;
      this.index.addPoint(vector, label);
      this.docs.push(documents[i]);
      ids.push(String(label));
      // Inserting 100k points takes minutes: timers (the ingestion lock's refresh) must still run.
      if (performance.now() - lastYield > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
    }
    return ids;
  }

  async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[DocumentInterface, number][]> {
    const count = this.index.getCurrentCount();
    if (count === 0) return [];
    const wanted = Math.min(k, count);
    const labelFilter = filter ? (label: number) => filter(this.docs[label]) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, wanted, labelFilter);
    return neighbors.map((label, i) => [this.docs[label], cosineDistanceToSimilarity(distances[i])]);
  }

  static fromIndex(
    embeddings: EmbeddingsInterface,
    params: HnswParams,
    index: hnswlib.HierarchicalNSW,
    docs: DocumentInterface[],
  ): HnswStore {
    const store = new HnswStore(embeddings, params, index);
    store.docs.push(...docs);
    return store;
  }

  static async fromDocuments(docs: Document[], embeddings: EmbeddingsInterface, params: HnswParams): Promise<HnswStore> {
    const store = new HnswStore(embeddings, params);
    await store.addDocuments(docs);
    return store;
  }
}

/** hnswlib's cosine distance is 1 − cos θ ∈ [0, 2]; callers get a similarity clamped to [0, 1]. */
export function cosineDistanceToSimilarity(distance: number): number {
  return Math.min(1, Math.max(0, 1 - distance));
}
