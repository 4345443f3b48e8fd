// The library baseline for the lexical channel: MiniSearch configured as src/retrieve/lexical.ts
// used it before it was replaced by postings lists with top-k selection (that file says why). Kept
// here so that `npm run bench` keeps measuring the library next to what ships.
import MiniSearch, { type SearchOptions } from 'minisearch';
import { analyze } from '../../src/text/analyzer.js';
import type { Chunk } from '../../src/types.js';

/** The search options the channel shipped with: stems of 5+ letters matched by prefix, 6+ with one edit. */
export const SHIPPED_OPTIONS: SearchOptions = {
  boost: { heading: 0.5 },
  combineWith: 'OR',
  fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
  prefix: (term) => term.length >= 5,
};

/** MiniSearch's cheapest path: exact stems only (related forms are left to the hybrid scorer). */
export const EXACT_OPTIONS: SearchOptions = { ...SHIPPED_OPTIONS, fuzzy: false, prefix: false };

export class MiniSearchLexical {
  private readonly search: MiniSearch<{ id: number; text: string; heading: string }>;

  constructor(chunks: Chunk[]) {
    this.search = new MiniSearch({
      fields: ['text', 'heading'],
      tokenize: (text) => analyze(text),
      processTerm: (term) => term,
      searchOptions: SHIPPED_OPTIONS,
    });
    this.search.addAll(chunks.map((c, id) => ({ id, text: c.text, heading: c.heading ?? '' })));
  }

  query(terms: string[], limit: number, options: SearchOptions = SHIPPED_OPTIONS): { index: number; score: number }[] {
    if (!terms.length) return [];
    return this.search
      .search(terms.join(' '), options)
      .slice(0, limit)
      .map((r) => ({ index: r.id as number, score: r.score }));
  }
}
