// Top-k selection over a score array: the lexical channel's last step, kept apart from BM25 itself.

export interface LexicalHit {
  index: number;
  score: number;
}

/** Does passage a rank before passage b (higher score; the earlier passage on a tie)? */
function before(scores: Float32Array, a: number, b: number): boolean {
  return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

/**
 * The `limit` best passages with a score, best first: a heap whose root is the worst kept,
 * O(count log limit). Candidates are touched[0 .. count), or passages 0 .. count without a list.
 */
export function topK(scores: Float32Array, touched: Int32Array | null, count: number, limit: number): LexicalHit[] {
  const heap: number[] = [];
  const worse = (i: number, j: number) => before(scores, heap[j], heap[i]);
  const swap = (i: number, j: number) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  const offer = (doc: number) => {
    if (heap.length < limit) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(scores, doc, heap[0])) {
      heap[0] = doc;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const m = l + 1 < heap.length && worse(l + 1, l) ? l + 1 : l;
        if (m >= heap.length || !worse(m, i)) break;
        swap(i, m);
        i = m;
      }
    } else return;
    if (heap.length === limit) floor = scores[heap[0]];
  };
  // Once the heap is full, a passage scoring below its worst cannot enter.
  let floor = 0;
  if (touched) {
    for (let t = 0; t < count; t++) if (scores[touched[t]] >= floor && scores[touched[t]] > 0) offer(touched[t]);
  } else {
    for (let doc = 0; doc < count; doc++) if (scores[doc] >= floor && scores[doc] > 0) offer(doc);
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : 1)).map((index) => ({ index, score: scores[index] }));
}
