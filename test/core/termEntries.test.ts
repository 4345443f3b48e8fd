// A term asked in other words than its entry's heading (definitions.ts TERM_ENTRY_RULES), a heading
// with a closing acronym counted as a label (labelWords.ts), a defining sentence under a heading that
// names the term in full (select.ts headingCompletes). Invented text: a fictitious lighthouse keepers' network.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { isLabel } from '../../src/corpus/clean.js';
import { labelWordCount } from '../../src/lib/labelWords.js';
import { askedByAcronymWords } from '../../src/retrieve/acronymTerms.js';
import { TERM_ENTRY_RULES, termDefiners, type TermHeading } from '../../src/retrieve/definitions.js';
import { definedSubject } from '../../src/retrieve/questionType.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const group = (word: string, stems: string[]) => ({ word, stems, weight: 1, known: true }) as TermGroup;

// Each rule with a question it takes the heading for and one it does not.
const CASES: Record<string, { heading: TermHeading; asks: TermGroup[]; other: TermGroup[] }> = {
  'acronym-words': {
    heading: { index: 0, heading: "Gardien bénévole à l'extérieur de son port (GBE)", terms: ['gardien', 'benevol', 'exterieur', 'port'] },
    // "un bénévole externe": the head noun left out, "externe" for "à l'extérieur".
    asks: [group('bénévole', ['benevol']), group('externe', ['extern'])],
    // "un gardien externe": G and E, but B is the second letter and no word gives it.
    other: [group('gardien', ['gardien']), group('externe', ['extern'])],
  },
  'heading-then-defining-verb': {
    heading: { index: 0, heading: 'Contre la veille des feux côtiers', terms: ['contr', 'veil', 'feu', 'cotier'], defined: ['veil'] },
    asks: [group('veille', ['veil']), group('feux', ['feu']), group('côtiers', ['cotier'])],
    // The heading says "phare" nowhere: another term.
    other: [group('veille', ['veil']), group('phare', ['phar'])],
  },
};

describe('term entries asked in other words', () => {
  it('has an example pair for every rule, and every rule a reason', () => {
    expect(Object.keys(CASES).sort()).toEqual(TERM_ENTRY_RULES.map((r) => r.id).sort());
    for (const r of TERM_ENTRY_RULES) expect(r.why.length).toBeGreaterThan(20);
  });

  it.each(Object.entries(CASES))('%s: takes the heading for the term asked, not for another', (_, { heading, asks, other }) => {
    expect(termDefiners([heading], asks)).toEqual([0]);
    expect(termDefiners([heading], other)).toEqual([]);
  });

  it('reads the acronym in any order of the words, and no acronym from words left over', () => {
    const heading = 'Gardien bénévole extérieur (GBE)';
    expect(
      askedByAcronymWords(heading, 'GBE', [group('externe', ['extern']), group('bénévole', ['benevol']), group('gardien', ['gardien'])]),
    ).toBe(true);
    expect(
      askedByAcronymWords(heading, 'GBE', [group('bénévole', ['benevol']), group('externe', ['extern']), group('phare', ['phar'])]),
    ).toBe(false);
    // One word gives one letter only: too little to ask by.
    expect(askedByAcronymWords('Bénévole extérieur (BE)', 'BE', [group('externe', ['extern'])])).toBe(false);
  });

  it('takes a heading whose word is analysed into two terms for a question holding one of them, not a longer term', () => {
    // "Gardienne" → gardien, gardienn: an English question's stems give only one of them.
    const heading: TermHeading = { index: 0, heading: 'Gardienne', terms: ['gardien', 'gardienn'] };
    expect(termDefiners([heading], [group('keeper', ['keeper', 'gardien'])])).toEqual([0]);
    // "Gardienne de phare" is not the entry of a keeper: "phar" is no form of the question's words.
    const longer: TermHeading = { index: 0, heading: 'Gardienne de phare', terms: ['gardien', 'gardienn', 'phar'] };
    expect(termDefiners([longer], [group('keeper', ['keeper', 'gardien'])])).toEqual([]);
  });

  it('counts a heading without its closing acronym, as a label', () => {
    const heading = "Gardien bénévole à l'extérieur de son port d'attache (GBE)";
    expect(labelWordCount(heading)).toBe(8);
    expect(isLabel(heading)).toBe(true);
    expect(isLabel("Gardien bénévole à l'extérieur de son port d'attache habituel")).toBe(false);
  });

  it('reads the subject a sentence defines by its verb', () => {
    expect(definedSubject('La veille consiste à observer les feux.')?.trim()).toBe('La veille');
    expect(definedSubject('Keeping watch means looking at the lights.')?.trim()).toBe('Keeping watch');
    expect(definedSubject('La veille a lieu chaque nuit.')).toBeNull();
  });

  it('quotes a section opening on the definition of the term its heading names in full, not a mention', async () => {
    const retriever = await memoryRetriever([
      {
        title: 'Veille',
        heading: 'Contre la veille des feux côtiers',
        text: 'La veille consiste à observer chaque nuit les feux et à noter leurs pannes.',
        source: 'corpus/veille.txt',
      },
      {
        title: 'Actualités',
        text: 'La Journée de la veille des feux côtiers est célébrée le 12 mai.',
        source: 'corpus/actu.txt',
      },
    ]);
    const answer = extractiveAnswer(
      await retriever.readAndRetrieve("Qu'est-ce que la veille des feux côtiers ?", 5, { language: 'fr' }),
      retriever.vocabulary,
    ).answer.answer;
    expect(answer.split('\n')[1]).toMatch(/^La veille consiste/);
  });
});
