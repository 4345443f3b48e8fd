// Cosine similarities of a question's vector with the indexed passages' vectors. A passage's norm
// depends only on its vector, so it is summed once per index rather than once per question and
// passage; the question's once per question. Each sum adds the same products in the same order as
// one loop computing all three did, so the similarities are the same to the last bit.

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
    let a = 0;
    for (let i = 0; i < this.dimensions; i++) a += query[i] * query[i];
    const known = new Map<number, number>();
    return (chunkIndex) => {
      let value = known.get(chunkIndex);
      if (value === undefined) {
        const b = squares[chunkIndex];
        value = a && b ? this.dot(query, chunkIndex) / Math.sqrt(a * b) : 0;
        known.set(chunkIndex, value);
      }
      return value;
    };
  }

  private dot(query: number[], chunkIndex: number): number {
    const { vectors, dimensions } = this;
    const offset = chunkIndex * dimensions;
    let dot = 0;
    for (let i = 0; i < dimensions; i++) dot += query[i] * vectors[offset + i];
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
