// The shipped lexical channel against MiniSearch, the library it replaced (see src/retrieve/lexical.ts).
import type { LocalHashEmbeddings } from '../../src/embed/local.js';
import { HybridRetriever, type SearchIndex } from '../../src/retrieve/hybrid.js';
import type { LexicalIndex } from '../../src/retrieve/lexical.js';
import type { Chunk } from '../../src/types.js';
import { EXACT_OPTIONS, MiniSearchLexical } from './miniSearchBaseline.js';
import { measured as measure, summarize, timed, type LatencySummary } from './stats.js';

/** Queries the MiniSearch baseline runs at 100k passages, where each costs tens to hundreds of ms. */
const LIBRARY_QUERIES_LARGE = 100;

/** The shipped lexical channel next to the library it replaced (MiniSearch), on the same questions. */
export interface LexicalComparison {
  queries: number;
  miniSearchBuildMs: number;
  shipped: LatencySummary;
  miniSearch: LatencySummary;
  miniSearchExact: LatencySummary;
  hybrid: LatencySummary;
  hybridWithMiniSearch: LatencySummary;
  /** Share of the shipped hybrid's top-5 passages that the hybrid with MiniSearch also returns. */
  sameTop5: number;
  /** Share of questions whose source passage is among a channel's candidates / the hybrid's top 5. */
  sourceInCandidates: { shipped: number; miniSearch: number; miniSearchExact: number };
  sourceInTop5: { shipped: number; withMiniSearch: number };
}

/**
 * The shipped lexical channel against MiniSearch, the library it replaced: speed of each channel
 * alone, of the whole retriever with either, and how often each finds the passage a question was
 * written from. MiniSearch costs tens to hundreds of ms a query at 100k passages, so large corpora
 * run it on the first LIBRARY_QUERIES_LARGE questions only (the shipped channel on the same ones).
 */
export async function lexicalComparison(
  index: SearchIndex,
  embeddings: LocalHashEmbeddings,
  retriever: HybridRetriever,
  queries: string[],
  sources: number[],
  candidates: number,
): Promise<LexicalComparison> {
  const count = index.chunks.length <= 20_000 ? queries.length : Math.min(queries.length, LIBRARY_QUERIES_LARGE);
  const [asked, from] = [queries.slice(0, count), sources.slice(0, count)];
  const stems = asked.map((q) => retriever.read(q, { language: 'fr' }).groups.flatMap((g) => g.stems));
  const search = (r: HybridRetriever) => (q: string) => r.search(q, 5, { language: 'fr' });
  // The shipped channel first: MiniSearch's index (hundreds of MB at 100k) would slow every GC after it.
  const shipped = await measure(stems, (s) => index.lexical.query(s, candidates));
  const hybridShipped = await measure(asked, search(retriever));
  const library = await timed(() => new MiniSearchLexical(index.chunks));
  const mini = library.result;
  const miniSearch = await measure(stems, (s) => mini.query(s, candidates));
  const miniSearchExact = await measure(stems, (s) => mini.query(s, candidates, EXACT_OPTIONS));
  const lexical: LexicalIndex = Object.assign(Object.create(index.lexical), {
    query: (terms: string[], limit: number) => mini.query(terms, limit),
  });
  const hybridMini = await measure(asked, search(new HybridRetriever({ ...index, lexical }, embeddings, { candidates })));
  const found = (results: { index: number }[][]) => results.filter((hits, q) => hits.some((h) => h.index === from[q])).length / count;
  const foundChunk = (results: Chunk[][]) =>
    results.filter((passages, q) => passages.some((p) => p.hash === index.chunks[from[q]].hash)).length / count;
  return {
    queries: count,
    miniSearchBuildMs: library.ms,
    shipped: summarize(shipped.samples),
    miniSearch: summarize(miniSearch.samples),
    miniSearchExact: summarize(miniSearchExact.samples),
    hybrid: summarize(hybridShipped.samples),
    hybridWithMiniSearch: summarize(hybridMini.samples),
    sameTop5: overlap(hybridShipped.results, hybridMini.results),
    sourceInCandidates: {
      shipped: found(shipped.results),
      miniSearch: found(miniSearch.results),
      miniSearchExact: found(miniSearchExact.results),
    },
    sourceInTop5: { shipped: foundChunk(hybridShipped.results), withMiniSearch: foundChunk(hybridMini.results) },
  };
}

/** Share of the shipped retriever's top passages that the variant also returns. */
function overlap(shipped: Chunk[][], variant: Chunk[][]): number {
  let same = 0;
  let total = 0;
  shipped.forEach((passages, q) => {
    const found = new Set(variant[q].map((c) => c.hash));
    same += passages.filter((c) => found.has(c.hash)).length;
    total += passages.length;
  });
  return total ? same / total : NaN;
}
