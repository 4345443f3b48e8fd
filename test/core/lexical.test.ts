// The lexical channel: BM25 over postings with top-k selection (src/retrieve/lexical.ts, topK.ts).
// Passages declare French: the channel analyses each in its language (a bag of random words is no text to detect one from).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/analyzer.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import { topK } from '../../src/retrieve/topK.js';
import type { Chunk } from '../../src/types.js';

function chunk(text: string, heading: string | null = null): Chunk {
  return { text, heading, source: 'corpus/t.txt', title: 'T', lines: [1, 1], hash: text, language: 'fr' };
}

const VOCABULARY = ['migration', 'frontière', 'santé', 'climat', 'réfugié', 'travail', 'enfant', 'famille', 'retour', 'urgence'];

describe('LexicalIndex', () => {
  it('ranks a passage with a rare query term above passages with only a common one', () => {
    const common = Array.from({ length: 8 }, (_, i) => chunk(`La migration change ${i}.`));
    const index = new LexicalIndex([...common, chunk('La migration et le climat.')]);
    const hits = index.query([stem('migration'), stem('climat')], 3);
    expect(hits[0].index).toBe(8);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('finds elided and accented forms, and weighs a heading term below a body term', () => {
    const index = new LexicalIndex([chunk('Autre chose.', 'Organisation'), chunk("Le rôle de l'Organisation.")]);
    const hits = index.query([stem('organisation')], 5);
    expect(hits.map((h) => h.index)).toEqual([1, 0]);
  });

  it('looks up related forms for a stem the corpus lacks, and nothing for an unknown word', () => {
    const index = new LexicalIndex([chunk('Les organisations internationales.'), chunk('Le climat.')]);
    const derived = stem('organisationnel');
    expect(index.knows(derived)).toBe(false);
    const [hit, ...others] = index.query([derived], 5);
    expect([hit.index, others]).toEqual([0, []]);
    expect(hit.score).toBeLessThan(index.query([stem('organisation')], 5)[0].score);
    expect(index.query(['zzzqx'], 5)).toEqual([]);
    expect(index.query([], 5)).toEqual([]);
  });

  it('returns exactly the passages holding a query term, best first, and each shorter list is a prefix of the longer', () => {
    const passage = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(passage, { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 10 }),
        (texts, query, k) => {
          const index = new LexicalIndex(texts.map((words) => chunk(words.join(' '))));
          const stems = query.map(stem);
          const all = index.query(stems, texts.length);
          const holding = texts.flatMap((words, i) => (words.some((w) => query.includes(w)) ? [i] : []));
          expect(all.map((h) => h.index).sort((a, b) => a - b)).toEqual(holding);
          for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
          expect(index.query(stems, k)).toEqual(all.slice(0, k));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('topK', () => {
  it('keeps the highest positive scores, best first, earlier passage on a tie, with or without a candidate list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0.5, 1, 2, 3.25, 7), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (values, limit) => {
          const scores = Float32Array.from(values);
          const expected = values
            .map((score, index) => ({ index, score }))
            .filter((h) => h.score > 0)
            .sort((a, b) => b.score - a.score || a.index - b.index)
            .slice(0, limit);
          expect(topK(scores, null, scores.length, limit)).toEqual(expected);
          const touched = Int32Array.from(values.flatMap((v, i) => (v > 0 ? [i] : [])).reverse());
          expect(topK(scores, touched, touched.length, limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
