// Top-k selection over a score array: the lexical channel's last step, kept apart from BM25 itself.

export interface LexicalHit {
  index: number;
  score: number;
}

/** Does passage a rank before passage b (higher score; the earlier passage on a tie)? */
function before(scores: Float32Array, a: number, b: number): boolean {
  return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

/** Moves the heap's entry at i up while it ranks below its parent (the root is the worst kept). */
function siftUp(scores: Float32Array, heap: number[], start: number): void {
  for (let i = start; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!before(scores, heap[parent], heap[i])) break;
    const t = heap[i];
    heap[i] = heap[parent];
    heap[parent] = t;
    i = parent;
  }
}

/** Moves the heap's root down while a child ranks below it. */
function siftDown(scores: Float32Array, heap: number[]): void {
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const m = l + 1 < heap.length && before(scores, heap[l], heap[l + 1]) ? l + 1 : l;
    if (m >= heap.length || !before(scores, heap[i], heap[m])) break;
    const t = heap[i];
    heap[i] = heap[m];
    heap[m] = t;
    i = m;
  }
}

/**
 * The `limit` best passages with a score, best first: a heap whose root is the worst kept,
 * O(count log limit). Candidates are touched[0 .. count), or passages 0 .. count without a list.
 * Plain functions, no closures: tsx names each local function on every call (esbuild's keepNames).
 */
export function topK(scores: Float32Array, touched: Int32Array | null, count: number, limit: number): LexicalHit[] {
  const heap: number[] = [];
  // Once the heap is full, a passage scoring below its worst cannot enter.
  let floor = 0;
  for (let t = 0; t < count; t++) {
    const doc = touched ? touched[t] : t;
    if (!(scores[doc] >= floor && scores[doc] > 0)) continue;
    if (heap.length < limit) {
      heap.push(doc);
      siftUp(scores, heap, heap.length - 1);
    } else if (before(scores, doc, heap[0])) {
      heap[0] = doc;
      siftDown(scores, heap);
    } else continue;
    if (heap.length === limit) floor = scores[heap[0]];
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : 1)).map((index) => ({ index, score: scores[index] }));
}
