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

  constructor(private readonly lexical: LexicalIndex) {
    const lists = new Map<string, number[]>();
    lexical.terms.forEach((terms, doc) => {
      for (const t of terms) (lists.get(t) ?? lists.set(t, []).get(t)!).push(doc);
    });
    for (const [stem, docs] of lists) this.postings.set(stem, Int32Array.from(docs));
    this.sortedStems = [...this.postings.keys()].sort();
    this.scores = new Float32Array(lexical.terms.length);
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
    const touched: number[] = [];
    for (const stem of new Set(stems)) {
      for (const term of this.expansions(stem)) {
        const weight = this.lexical.idf(term) * (term === stem ? 1 : 0.5);
        for (const doc of this.postings.get(term)!) {
          if (this.scores[doc] === 0) touched.push(doc);
          this.scores[doc] += weight;
        }
      }
    }
    const hits = touched.map((index) => ({ index, score: this.scores[index] }));
    for (const doc of touched) this.scores[doc] = 0;
    return topK(hits, limit);
  }
}

/** The `limit` best hits, best first: a min-heap of size limit over the candidates, O(n log limit). */
function topK(hits: { index: number; score: number }[], limit: number): { index: number; score: number }[] {
  const heap: { index: number; score: number }[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].score < heap[m].score) m = l;
      if (r < heap.length && heap[r].score < heap[m].score) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const hit of hits) {
    if (heap.length < limit) {
      heap.push(hit);
      for (let i = heap.length - 1; i > 0 && heap[(i - 1) >> 1].score > heap[i].score; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (hit.score > heap[0].score) {
      heap[0] = hit;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => b.score - a.score);
}
