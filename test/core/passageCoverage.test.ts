// PassageCoverage (src/retrieve/terms.ts) compares a question's stems with a passage's terms once and
// gives the coverage of the passage and of any part of it: it must be coverage()'s, to the last bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { coverage } from '../../src/retrieve/termMatch.js';
import { PassageCoverage } from '../../src/retrieve/passageCoverage.js';
import { TermIndex } from '../../src/retrieve/termIndex.js';

// Few letters, so that exact, related and loosely related stems (shared beginnings) are all frequent.
const stem = fc.stringMatching(/^[abc]{1,9}$/);
// Stems in French passages are accent-folded, but the index must hold for any string order.
const anyStem = fc.oneof(stem, fc.string({ minLength: 1, maxLength: 8 }));
const group = fc.record({
  word: stem,
  stems: fc.array(stem, { minLength: 1, maxLength: 4 }),
  weight: fc.double({ min: 0, max: 5, noNaN: true }),
  known: fc.boolean(),
});

describe('PassageCoverage', () => {
  it('gives coverage() of the passage and of each part of its terms, heading counted alike', () => {
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 5 }),
        fc.array(anyStem, { maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.array(stem, { maxLength: 5 }),
        (groups: TermGroup[], terms, inPart, heading) => {
          const whole = new Set(terms);
          const part = new Set(terms.filter((_, k) => inPart[k]));
          const headingTerms = new Set(heading);
          const passage = new PassageCoverage(groups, new TermIndex(whole), headingTerms, 0.5);
          expect(passage.of()).toBe(coverage(groups, whole, headingTerms, 0.5));
          expect(passage.of(part)).toBe(coverage(groups, part, headingTerms, 0.5));
          expect(new PassageCoverage(groups, new TermIndex(whole)).of(part)).toBe(coverage(groups, part));
          // The heading given as a TermIndex (as retrieval keeps it): the same, from its remembered matches.
          const indexedHeading = new PassageCoverage(groups, new TermIndex(whole), new TermIndex(heading), 0.5);
          expect(indexedHeading.of()).toBe(coverage(groups, whole, headingTerms, 0.5));
          expect(indexedHeading.of(part)).toBe(coverage(groups, part, headingTerms, 0.5));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts a related form, a loose one and the heading as coverage does', () => {
    const groups: TermGroup[] = [
      { word: 'organisation', stems: ['organis'], weight: 2, known: true },
      { word: 'directeur', stems: ['directeur'], weight: 1, known: true },
      { word: 'siège', stems: ['sieg'], weight: 1, known: true },
    ];
    const passage = new PassageCoverage(groups, new TermIndex(['organisation', 'directric', 'genev']), new Set(['sieg']), 0.5);
    expect(passage.of()).toBeCloseTo((2 * 0.8 + 0.6 + 0.5) / 4);
    expect(passage.of(new Set(['genev']))).toBeCloseTo(0.5 / 4);
  });
});
