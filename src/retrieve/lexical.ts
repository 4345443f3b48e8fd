// The lexical channel: BM25 by MiniSearch over French-analysed terms, plus the term statistics
// (document frequencies) that the hybrid scorer uses to weigh query terms.
import MiniSearch from 'minisearch';
import type { Chunk } from '../types.js';
import { analyze } from './analyzer.js';
import { StemSet } from './stemSet.js';

export interface LexicalHit {
  index: number;
  score: number;
}

export class LexicalIndex {
  private readonly search: MiniSearch<{ id: number; text: string; heading: string }>;
  private readonly documentFrequency = new Map<string, number>();
  readonly terms: Set<string>[];
  /** Every stem of the corpus. */
  readonly vocabulary: StemSet;

  constructor(chunks: Chunk[]) {
    this.search = new MiniSearch({
      fields: ['text', 'heading'],
      tokenize: (text) => analyze(text),
      processTerm: (term) => term,
      searchOptions: {
        boost: { heading: 0.5 },
        combineWith: 'OR',
        // Stems of 5+ letters tolerate one edit or a longer form (migr/migrat, organis/organisation).
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        prefix: (term) => term.length >= 5,
      },
    });
    this.search.addAll(chunks.map((c, id) => ({ id, text: c.text, heading: c.heading ?? '' })));
    this.terms = chunks.map((c) => new Set(analyze(`${c.heading ?? ''} ${c.text}`)));
    for (const set of this.terms) for (const t of set) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    this.vocabulary = new StemSet(this.documentFrequency.keys());
  }

  get size(): number {
    return this.terms.length;
  }

  /** BM25 idf: how much finding this term says about a passage (unseen terms weigh the most). */
  idf(term: string): number {
    const n = this.terms.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  query(terms: string[], limit: number): LexicalHit[] {
    if (!terms.length) return [];
    return this.search
      .search(terms.join(' '))
      .slice(0, limit)
      .map((r) => ({ index: r.id as number, score: r.score }));
  }
}
