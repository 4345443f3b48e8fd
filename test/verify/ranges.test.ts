// Qualified figures (src/verify/ranges.ts, facts.ts): a source's "more than N" supports what it
// implies, contradicts what its rounding rules out (ROUNDED_BOUND_SPAN), and leaves the rest open;
// a number whose sentence states the claim's own date needs less of the setting (MIN_ANCHORED_SETTING).
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { judgeClaim } from '../../src/verify/judge.js';
import { compareRanges, ROUNDED_BOUND_SPAN } from '../../src/verify/ranges.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

type Bound = Parameters<typeof compareRanges>[0];
const gt = (value: number): Bound => ({ relation: 'gt', value });
const lt = (value: number): Bound => ({ relation: 'lt', value });
const eq = (value: number): Bound => ({ relation: 'eq', value });
const ge = (value: number): Bound => ({ relation: 'ge', value });

describe('a claim’s figure against a source’s bound', () => {
  it.each([
    // [why, claim, source, outcome]: pairs either side of each rule.
    ['a lower floor is implied', gt(30_000), gt(40_000), 'supported'],
    ['a floor above the source’s, within its rounding, stays open', gt(60_000), gt(40_000), 'undecided'],
    [`a floor at ${ROUNDED_BOUND_SPAN}× the source’s is ruled out`, gt(100_000), gt(40_000), 'contradicted'],
    ['an exact figure at the bound is the figure without its qualifier', eq(40_000), gt(40_000), 'undecided'],
    ['an exact figure below a floor is ruled out', eq(25_000), gt(40_000), 'contradicted'],
    ['an exact figure far above a floor is ruled out', eq(400_000), gt(40_000), 'contradicted'],
    ['"less than" against "more than" is ruled out', lt(40_000), gt(40_000), 'contradicted'],
    ['"at least" the source’s floor is implied', ge(40_000), gt(40_000), 'supported'],
    ['a ceiling above the source’s is implied', lt(900), lt(500), 'supported'],
    [`a ceiling under the source’s by ${ROUNDED_BOUND_SPAN}× is ruled out`, lt(100), lt(500), 'contradicted'],
    ['a ceiling under the source’s, within its rounding, stays open', lt(400), lt(500), 'undecided'],
  ] as const)('%s', (_why, claim, source, outcome) => {
    expect(compareRanges(claim, source)).toBe(outcome);
  });
});

const WELLS = [
  {
    text: "Depuis 2003, l'Agence des puits a foré plus de 40 000 puits dans les villages, avec l'appui des communes.",
    language: 'fr',
    source: 'corpus/puits.txt',
    title: 'Nos puits',
  },
  { text: "L'Agence des puits emploie 300 techniciens.", language: 'fr', source: 'corpus/agence.txt', title: 'Agence' },
  { text: 'Les communes ont financé 12 000 puits en 2010.', language: 'fr', source: 'corpus/communes.txt', title: 'Communes' },
  { text: "Les techniciens ont réparé 500 pompes l'an dernier.", language: 'fr', source: 'corpus/pompes.txt', title: 'Pompes' },
];

describe('qualified figures in claims over a corpus', () => {
  let retriever: HybridRetriever;
  beforeAll(async () => {
    retriever = await memoryRetriever(WELLS);
  });
  const judge = async (claim: string) => judgeClaim(await retriever.readAndRetrieve(claim, 5, { language: 'fr' }), retriever.vocabulary);

  it.each([
    // The claim's verb is one the corpus has but this sentence does not ("réparé" / "foré"): the shared date anchors the sentence.
    ["Depuis 2003, l'Agence des puits a réparé plus de 200 000 puits dans les villages", 'contradicted'],
    // Without the shared date the same wording is not enough to say the sentence counts the same wells.
    ["L'Agence des puits a réparé plus de 200 000 puits dans les villages", 'not_found'],
    // Anchored, but within the source's rounding: open.
    ["Depuis 2003, l'Agence des puits a réparé plus de 60 000 puits dans les villages", 'not_found'],
    // A floor the source's floor implies, worded as the source words it: supported…
    ["Depuis 2003, l'Agence des puits a foré plus de 30 000 puits dans les villages", 'supported'],
    // …but the anchor never lets a claim be supported with a verb the quote does not state.
    ["Depuis 2003, l'Agence des puits a réparé plus de 30 000 puits dans les villages", 'not_found'],
  ])('%s → %s', async (claim, verdict) => {
    expect((await judge(claim)).verdict).toBe(verdict);
  });
});
