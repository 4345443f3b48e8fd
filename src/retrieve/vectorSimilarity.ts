// Cosine similarities of a question's vector with the indexed passages' vectors. A passage's norm
// depends only on its vector, so it is summed once per index rather than once per question and
// passage; the question's once per question. Each sum adds the same products in the same order as
// one loop computing all three did, so the similarities are the same to the last bit.
//
// A question's vector is sparse: the local embedder hashes a question's few dozen features into
// its dimensions (512), most of which stay zero. Its non-zero dimensions are found once per
// question and each dot product adds only theirs, in the same order: a zero product added to a sum
// leaves it as it is (a sum that starts at +0 never becomes -0), so the result is the same to the
// last bit, for a fraction of the work (the dense loops were a fifth of ranking a question's
// passages, in-process profile of retrieval on the seed corpus).

export class PassageVectors {
  /** Each passage's sum of squares, summed on first use. */
  private squares?: Float64Array;

  constructor(
    private readonly vectors: Float32Array,
    private readonly dimensions: number,
  ) {}

  /** The query's cosine similarity with a passage, unclamped (0 when either vector is zero), remembered for this query. */
  similarity(query: number[]): (chunkIndex: number) => number {
    this.squares ??= this.sumsOfSquares();
    const { squares } = this;
    const { dims, values } = nonZero(query, this.dimensions);
    let a = 0;
    for (let k = 0; k < values.length; k++) a += values[k] * values[k];
    const known = new Map<number, number>();
    return (chunkIndex) => {
      let value = known.get(chunkIndex);
      if (value === undefined) {
        const b = squares[chunkIndex];
        value = a && b ? this.dot(dims, values, chunkIndex) / Math.sqrt(a * b) : 0;
        known.set(chunkIndex, value);
      }
      return value;
    };
  }

  /** The dot product of the query (its non-zero dimensions) with a passage's vector. */
  private dot(dims: readonly number[], values: readonly number[], chunkIndex: number): number {
    const { vectors } = this;
    const offset = chunkIndex * this.dimensions;
    let dot = 0;
    for (let k = 0; k < dims.length; k++) dot += values[k] * vectors[offset + dims[k]];
    return dot;
  }

  private sumsOfSquares(): Float64Array {
    const { vectors, dimensions } = this;
    const out = new Float64Array(Math.floor(vectors.length / dimensions));
    for (let c = 0; c < out.length; c++) {
      let b = 0;
      for (let i = 0; i < dimensions; i++) b += vectors[c * dimensions + i] * vectors[c * dimensions + i];
      out[c] = b;
    }
    return out;
  }
}

/**
 * The query's non-zero dimensions, in order, and their values (a sparse copy of the dense vector).
 * Plain arrays: typed arrays over 64 bytes live outside the heap, about 1 µs each to allocate
 * against 0.15 µs (microbenchmark, 80 numbers), and a question has dozens. The values are the
 * query's own numbers either way (doubles), so the sums are the same.
 */
function nonZero(query: number[], dimensions: number): { dims: number[]; values: number[] } {
  const dims: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < dimensions; i++)
    if (query[i] !== 0) {
      dims.push(i);
      values.push(query[i]);
    }
  return { dims, values };
}
