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

  it('gives the same bits for a sparse query (most dimensions zero, as a question embedded locally), zero dot products included', () => {
    const dims = 64;
    // A deterministic spread of values, some passages orthogonal to the query (a dot product of exactly zero).
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed / 2 ** 32) * 2 - 1;
    };
    const passages = Float32Array.from({ length: dims * 20 }, (_, k) => (k % 3 === 0 ? 0 : next()));
    const query = Array.from({ length: dims }, (_, i) => (i % 7 === 0 ? next() : 0));
    // Passage 0 shares no non-zero dimension with the query.
    for (let i = 0; i < dims; i++) if (query[i] !== 0) passages[i] = 0;
    const similarity = new PassageVectors(passages, dims).similarity(query);
    for (let chunk = 0; chunk < 20; chunk++) expect(Object.is(similarity(chunk), oneLoopCosine(query, passages, dims, chunk))).toBe(true);
    expect(Object.is(similarity(0), 0)).toBe(true);
  });
});
