// What-if for the lexical channel, measured next to MiniSearch: the same stems looked up in plain
// postings lists (exact stem, and longer stems it prefixes, as MiniSearch's prefix search does),
// idf summed per passage, and only the top k kept. Cost grows with the postings touched, not with
// result objects for every matching passage, which is what makes MiniSearch slow at 100k passages.
// A prototype for the report, not used by the assistant.
import type { LexicalIndex } from '../../src/retrieve/lexical.js';

const MIN_PREFIX = 5; // LexicalIndex searches by prefix from 5 letters

export class PostingsIndex {
  private readonly postings = new Map<string, Int32Array>();
  private readonly sortedStems: string[];
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;

  constructor(private readonly lexical: LexicalIndex) {
    const lists = new Map<string, number[]>();
    lexical.terms.forEach((terms, doc) => {
      for (const t of terms) (lists.get(t) ?? lists.set(t, []).get(t)!).push(doc);
    });
    for (const [stem, docs] of lists) this.postings.set(stem, Int32Array.from(docs));
    this.sortedStems = [...this.postings.keys()].sort();
    this.scores = new Float32Array(lexical.terms.length);
    this.touched = new Int32Array(lexical.terms.length);
  }

  /** The stem and, from MIN_PREFIX letters, every indexed stem that extends it. */
  private expansions(stem: string): string[] {
    if (stem.length < MIN_PREFIX) return this.postings.has(stem) ? [stem] : [];
    let lo = 0;
    let hi = this.sortedStems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedStems[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sortedStems.length && this.sortedStems[i].startsWith(stem); i++) out.push(this.sortedStems[i]);
    return out;
  }

  query(stems: string[], limit: number): { index: number; score: number }[] {
    // Typed arrays and no object per matching passage: at 100k passages a common stem touches tens
    // of thousands of them, and allocating for each is what would cost (and trigger GC pauses).
    const { scores, touched } = this;
    let count = 0;
    for (const stem of new Set(stems)) {
      for (const term of this.expansions(stem)) {
        const weight = this.lexical.idf(term) * (term === stem ? 1 : 0.5);
        for (const doc of this.postings.get(term)!) {
          if (scores[doc] === 0) touched[count++] = doc;
          scores[doc] += weight;
        }
      }
    }
    const best = topK(scores, touched, count, limit);
    for (let i = 0; i < count; i++) scores[touched[i]] = 0;
    return best;
  }
}

/** The `limit` best of the touched passages, best first: a min-heap of passage ids, O(n log limit). */
function topK(scores: Float32Array, touched: Int32Array, count: number, limit: number): { index: number; score: number }[] {
  const heap: number[] = [];
  const less = (i: number, j: number) => scores[heap[i]] < scores[heap[j]];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let t = 0; t < count; t++) {
    const doc = touched[t];
    if (heap.length < limit) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (scores[doc] > scores[heap[0]]) {
      heap[0] = doc;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const m = l + 1 < heap.length && less(l + 1, l) ? l + 1 : l;
        if (m >= heap.length || !less(m, i)) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.map((index) => ({ index, score: scores[index] })).sort((a, b) => b.score - a.score);
}
