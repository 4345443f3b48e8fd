// What a matching number's setting may draw on (src/verify/judge.ts, evidence.ts, anaphora.ts): the
// sentence before it when the number's sentence refers back with a pronoun, never otherwise; the
// claim's counting verb is not a word the source must repeat.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { analyze } from '../../src/text/analyzer.js';
import { refersBack } from '../../src/verify/anaphora.js';
import { evidenceSentences } from '../../src/verify/evidence.js';
import { deniedClause } from '../../src/verify/negation.js';
import { judgeClaim } from '../../src/verify/judge.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const CORPUS = [
  {
    text: 'Le Réseau des jardins partagés relie les potagers de quartier. En 2023, il était actif dans 12 villes, et ses membres échangent leurs semences.',
    language: 'fr',
    source: 'corpus/jardins.txt',
    title: 'Potagers',
  },
  {
    text: 'The Seed Library Network lends seeds to schools. In 2023 the lending desk was open in 9 towns across the valley.',
    language: 'en',
    source: 'corpus/seeds.txt',
    title: 'Lending',
  },
];

CORPUS.push({
  text: 'The Garden Board is the Network’s governing body. Each town sends one delegate. It meets in plenary once a year, in spring.',
  language: 'en',
  source: 'corpus/board.txt',
  title: 'Governance',
});

CORPUS.push({
  text: 'La grainothèque reste gratuite : le Réseau ne vend pas les graines de ses membres.',
  language: 'fr',
  source: 'corpus/grainotheque.txt',
  title: 'Grainothèque',
});

CORPUS.push({
  text: 'The Network charter was signed on 3 May 1921 and took effect on 1 June 1922. It was revised several times, notably in 1950 and in 1999.',
  language: 'en',
  source: 'corpus/charter.txt',
  title: 'Network charter',
});

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever(CORPUS);
});

async function judge(claim: string, language: 'fr' | 'en') {
  return judgeClaim(await retriever.readAndRetrieve(claim, 5, { language }), retriever.vocabulary);
}

describe('the setting of a matching number', () => {
  it('takes the sentence before when the number’s sentence says "il" / "it"', async () => {
    expect((await judge('En 2023, le Réseau des jardins partagés était actif dans 12 villes', 'fr')).verdict).toBe('supported');
  });

  it('does not borrow the sentence before when the number’s sentence names its own subject', async () => {
    expect((await judge('In 2023 the Seed Library Network was open in 9 towns', 'en')).verdict).toBe('not_found');
  });
});

describe('a subject pronoun’s antecedent', () => {
  it('is looked for up to two sentences back, so that a figure about "it" checks a claim about the body named there', async () => {
    expect((await judge('The Garden Board meets in plenary once a year', 'en')).verdict).toBe('supported');
    expect((await judge('The Garden Board meets in plenary three times a year', 'en')).verdict).toBe('contradicted');
  });
});

describe('years that date no named event', () => {
  it('supports a year with the same year in the same setting, the other date of the sentence aside', async () => {
    expect((await judge('The Network charter took effect in 1922', 'en')).verdict).toBe('supported');
    expect((await judge('The Network charter was signed in 1921', 'en')).verdict).toBe('supported');
  });

  it('never contradicts with another year: an event may happen again ("revised … in 1950 and in 1999")', async () => {
    expect((await judge('The Network charter was revised in 1975', 'en')).verdict).toBe('not_found');
    expect((await judge('The Network charter took effect in 1930', 'en')).verdict).toBe('not_found');
  });
});

describe('a source sentence that denies the claim', () => {
  it('contradicts a claim asserting what its negated clause denies, even with a complement the source does not name', async () => {
    const { verdict, evidence } = await judge('Le Réseau vend les graines de ses membres aux potagers', 'fr');
    expect(verdict).toBe('contradicted');
    expect(evidence[0].quote).toContain('ne vend pas');
  });

  it('does not contradict a claim about something else the negated clause does not say', async () => {
    expect((await judge('Le Réseau prête les graines de ses membres', 'fr')).verdict).not.toBe('contradicted');
  });
});

describe('deniedClause', () => {
  it.each([
    ["Le retour reste un choix : l'Agence ne participe pas aux saisies.", "l'Agence ne participe pas aux saisies."],
    ['The Agency does not sell seeds, and lends them free.', 'The Agency does not sell seeds'],
    ["L'Agence ne vend pas seulement des graines.", null],
    ['The Agency is not only a library.', null],
    ["L'Agence ne vend-elle pas des graines ?", null],
    ['The Agency sells seeds.', null],
  ])('%s → %s', (text, clause) => {
    expect(deniedClause(text)).toBe(clause);
  });
});

describe('refersBack', () => {
  it.each([
    ['En 2023, elle était active dans 86 pays.', 'fr', true],
    ['Depuis sa création, il a grandi.', 'fr', true],
    ["L'Agence compte 12 membres et 3 observateurs, et elle a des bureaux dans 9 villes.", 'fr', false],
    ['In 2023 it was active in 86 countries.', 'en', true],
    ['La matrice était active dans 86 pays.', 'fr', false],
    ['The item was listed in 2023.', 'en', false],
  ] as const)('%s → %s', (text, language, expected) => {
    expect(refersBack(text, language)).toBe(expected);
  });
});

describe('the words of an English source sentence', () => {
  it('are stemmed in English, as the claim’s words and their translations are, so that "sought" meets "seeking"', () => {
    const passage = {
      text: 'The Network today launched its 2024 appeal, seeking funds for its lending desks.',
      language: 'en',
      source: 'corpus/appeal.txt',
      title: 'Appeals launched',
      heading: null,
      lines: [1, 1] as [number, number],
      hash: 'appeal',
      score: 1,
    };
    const [sentence] = evidenceSentences([passage]);
    expect([...sentence.stems]).toEqual(expect.arrayContaining(analyze('sought appeal', 'en')));
    expect([...sentence.titleStems]).toEqual(expect.arrayContaining(analyze('launched', 'en')));
  });
});
