// The hybrid retriever's stages, each timed on its own with the retriever's public parts.
import type { LocalHashEmbeddings } from '../../src/embed/local.js';
import type { HybridRetriever, SearchIndex } from '../../src/retrieve/hybrid.js';
import { coverage } from '../../src/retrieve/termMatch.js';
import { summarize, timed } from './stats.js';

/** Cosine of a query and a stored passage vector, as the hybrid scorer computes it. */
function cosineAt(query: number[], flat: Float32Array, i: number, dimensions: number): number {
  let dot = 0;
  let a = 0;
  let b = 0;
  for (let d = 0; d < dimensions; d++) {
    const v = flat[i * dimensions + d];
    dot += query[d] * v;
    a += query[d] * query[d];
    b += v * v;
  }
  return a && b ? dot / Math.sqrt(a * b) : 0;
}

/**
 * Each stage of HybridRetriever.search, timed on its own with the retriever's public parts, in the
 * order search runs them; "scoring" is the coverage and cosine of every candidate of both channels.
 */
export async function hybridStages(
  retriever: HybridRetriever,
  index: SearchIndex,
  embeddings: LocalHashEmbeddings,
  queries: string[],
  candidates: number,
) {
  const samples = {
    expand: [] as number[],
    embedQuery: [] as number[],
    vectorCandidates: [] as number[],
    lexicalCandidates: [] as number[],
    scoring: [] as number[],
  };
  for (const query of queries) {
    const expanded = await timed(() => retriever.read(query, { language: 'fr' }));
    const { searchText: text, groups } = expanded.result;
    const vector = await timed(() => embeddings.embedQuery(text));
    const vectorHits = await timed(() => index.store.similaritySearchVectorWithScore(vector.result, candidates));
    const lexicalHits = await timed(() =>
      index.lexical.query(
        groups.flatMap((g) => g.stems),
        candidates,
      ),
    );
    const ids = new Set([...vectorHits.result.map(([doc]) => doc.metadata.index as number), ...lexicalHits.result.map((h) => h.index)]);
    const scoring = await timed(() =>
      [...ids].map((i) => coverage(groups, index.lexical.terms[i]) + cosineAt(vector.result, index.vectors, i, index.dimensions)),
    );
    samples.expand.push(expanded.ms);
    samples.embedQuery.push(vector.ms);
    samples.vectorCandidates.push(vectorHits.ms);
    samples.lexicalCandidates.push(lexicalHits.ms);
    samples.scoring.push(scoring.ms);
  }
  return {
    expand: summarize(samples.expand),
    embedQuery: summarize(samples.embedQuery),
    vectorCandidates: summarize(samples.vectorCandidates),
    lexicalCandidates: summarize(samples.lexicalCandidates),
    scoring: summarize(samples.scoring),
  };
}
