// PassageVectors (src/retrieve/vectorSimilarity.ts): the cosine of a query with each passage, its
// norms summed once per index, must be what one loop over the query and the passage computes.
import { describe, expect, it } from 'vitest';
import { PassageVectors } from '../../src/retrieve/vectorSimilarity.js';

/** The cosine as retrieval computed it before, in one loop (the reference). */
function oneLoopCosine(query: number[], vectors: Float32Array, dimensions: number, chunk: number): number {
  let dot = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < dimensions; i++) {
    const v = vectors[chunk * dimensions + i];
    dot += query[i] * v;
    a += query[i] * query[i];
    b += v * v;
  }
  return a && b ? dot / Math.sqrt(a * b) : 0;
}

describe('PassageVectors', () => {
  const dimensions = 7;
  // Three passages: two irregular ones and a zero vector.
  const vectors = Float32Array.from([
    ...[0.3, -0.1, 0.77, 0.01, -0.5, 0.2, 0.9],
    ...[-0.4, 0.6, 0.05, 0.33, 0.12, -0.8, 0.07],
    ...[0, 0, 0, 0, 0, 0, 0],
  ]);

  it('gives the same similarities as one loop, to the last bit, and 0 against a zero vector', () => {
    const passages = new PassageVectors(vectors, dimensions);
    for (const query of [
      [0.1, 0.2, -0.3, 0.4, 0.05, -0.6, 0.7],
      [1, 0, 0, 0, 0, 0, 0],
    ]) {
      const similarity = passages.similarity(query);
      for (const chunk of [0, 1, 2]) expect(similarity(chunk)).toBe(oneLoopCosine(query, vectors, dimensions, chunk));
      expect(similarity(2)).toBe(0);
    }
    expect(passages.similarity([0, 0, 0, 0, 0, 0, 0])(0)).toBe(0);
  });
});
