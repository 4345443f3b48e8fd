// The thing a "which"/"quel" question asks for (src/answer/askedKind.ts askedPhrase), and the
// vocabulary's chance likeness (TermGroup.byChance) that does not make it known, over a corpus
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { askedPhrase } from '../../src/answer/askedKind.js';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { readQuestion } from '../../src/retrieve/reading.js';
import { memoryRetriever } from './memoryRetriever.js';

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever(
    [
      "L'Agence européenne des semences (AES) s'attache à mettre en culture les variétés anciennes.",
      'Elle forme les agriculteurs et publie un catalogue des variétés.',
    ],
    { entries: { dish: ['mets'], catalogues: ['catalogue'] } },
  );
});

const asked = (q: string, language: 'fr' | 'en' = 'fr') =>
  askedPhrase(readQuestion(q, retriever.vocabulary, { language })).map((g) => g.word);

describe('askedPhrase', () => {
  it('is the phrase after the determiner, up to its first stop word', () => {
    expect(asked("Quel salaire la directrice de l'AES touche-t-elle ?")).toEqual(['salaire']);
    expect(asked('Which seed catalogues does the agency publish?', 'en')).toEqual(['seed', 'catalogues']);
  });

  it('passes over a classifier and its link, and is empty when a verb follows the determiner', () => {
    expect(asked('What kind of catalogues does the agency publish?', 'en')).toEqual(['catalogues']);
    expect(asked("Quelles sont les variétés de l'AES ?")).toEqual([]);
    expect(asked("Que publie l'AES ?")).toEqual([]);
  });

  it('is the focus of a yes/no question opening with an auxiliary: what its verb acts on', () => {
    expect(asked('Does the agency publish catalogues?', 'en')).toEqual(['catalogues']);
    expect(asked('Why does the agency publish catalogues?', 'en')).toEqual([]);
  });

  it('is the focus of a French yes/no question, after its inverted verb, not after an interrogative word', () => {
    expect(asked("L'AES publie-t-elle un catalogue ?")).toEqual(['catalogue']);
    expect(asked("Où l'AES publie-t-elle un catalogue ?")).toEqual([]);
  });
});

describe('a word known by chance', () => {
  it('marks a translation found only as a short stem’s inflection, not a word of the corpus', () => {
    const reading = readQuestion('What dishes does the agency grow?', retriever.vocabulary, { language: 'en' });
    const dishes = reading.groups.find((g) => g.word === 'dishes');
    // "mets" (met) is found in "mettre" (mettr) only: the corpus knows it, by chance.
    expect(dishes?.known).toBe(true);
    expect(dishes?.byChance).toBe(true);
    const catalogues = readQuestion('Which catalogues does the agency publish?', retriever.vocabulary, { language: 'en' }).groups.find(
      (g) => g.word === 'catalogues',
    );
    expect(catalogues?.byChance).toBeUndefined();
  });
});
