// Common acronyms the public types and a corpus may write only in words (src/retrieve/commonAcronyms.ts):
// written out for a question, but never in place of an acronym the corpus reads itself, nor in a
// question typed in capitals. The corpora are written for this test.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { COMMON_ACRONYMS, spellOutCommonAcronyms } from '../../src/retrieve/commonAcronyms.js';
import type { Language } from '../../src/types.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const SEED_BANK_EN = [
  'The European Seed Agency works with farmers and universities in every member country.',
  'In ten regions, the European Seed Agency works with non-governmental organizations that run seed libraries.',
  'The European Seed Agency keeps seeds of old varieties in three cold rooms.',
];
const SEED_BANK = [
  "L'Agence européenne des semences travaille avec des partenaires non gouvernementaux dans chaque pays membre.",
  "L'Agence européenne des semences conserve des graines de variétés anciennes dans trois chambres froides.",
  'Le conseil de l’Agence européenne des semences se réunit chaque année en novembre.',
];

async function answered(question: string, language: Language, passages = SEED_BANK) {
  const retriever = await memoryRetriever(passages);
  return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language }), retriever.vocabulary).answer;
}

describe('common acronyms a question spells out', () => {
  it.each([
    {
      why: 'a French visitor’s ONG is the words the page writes',
      question: "L'Agence travaille-t-elle avec les ONG ?",
      language: 'fr' as const,
      grounded: true,
    },
    {
      why: 'an English plural (NGOs) is the same acronym',
      question: 'Does the Agency work with NGOs?',
      language: 'en' as const,
      grounded: true,
      passages: SEED_BANK_EN,
    },
    {
      why: 'spelled out, an acronym of a body the pages never name is still not said: refused',
      question: "L'Agence travaille-t-elle avec le PAM ?",
      language: 'fr' as const,
      grounded: false,
    },
  ])('$why', async ({ question, language, grounded, passages }) => {
    const answer = await answered(question, language, passages);
    expect(answer.grounded).toBe(grounded);
    if (grounded) expect(answer.answer).toMatch(/non gouvernementaux|non-governmental/);
  });

  it('leaves an acronym the corpus reads itself, and any other capitals, as written', () => {
    const known = (acronym: string) => acronym === 'UE';
    expect(spellOutCommonAcronyms("Le rôle de l'UE et des ONG", 'fr', known)).toBe(
      "Le rôle de l'UE et des organisation non gouvernementale",
    );
    expect(spellOutCommonAcronyms('What does the AES keep?', 'en', known)).toBe('What does the AES keep?');
  });

  it('spells an acronym written alike in both languages out in the question’s', () => {
    const known = () => false;
    expect(spellOutCommonAcronyms('Who is the DG?', 'en', known)).toBe('Who is the Director General?');
    expect(spellOutCommonAcronyms('Qui est le DG ?', 'fr', known)).toBe('Qui est le directeur général ?');
  });

  it('spells out one the corpus reads only as a name’s initials in the question’s language, not one the corpus writes', async () => {
    const { vocabulary } = await memoryRetriever([
      'The Seed Agency is led by its Director General, Anna Berg.',
      'La Directrice générale de l’Agence des semences préside le comité.',
      'Le rapport de l’OMS cite la banque de semences.',
    ]);
    expect(vocabulary.collapse("Qui est le DG de l'Agence ?", 'fr')).toBe("Qui est le directeur général de l'Agence ?");
    expect(vocabulary.collapse("L'Agence travaille-t-elle avec l'OMS ?", 'fr')).toBe("L'Agence travaille-t-elle avec l'OMS ?");
  });

  it('does not read the question words of a question typed in capitals as acronyms', async () => {
    const { vocabulary } = await memoryRetriever(SEED_BANK);
    expect(vocabulary.collapse('WHO RUNS THE AGENCY?', 'en')).toBe('WHO RUNS THE AGENCY?');
    expect(vocabulary.collapse('Does the Agency work with WHO?', 'en')).toBe('Does the Agency work with World Health Organization?');
  });

  it('spells each acronym out once in a language, in words', () => {
    const keys = COMMON_ACRONYMS.map((a) => `${a.acronym} ${a.language}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of COMMON_ACRONYMS) expect(a.spelledOut).toMatch(/^[\p{L}' -]{4,}$/u);
  });
});
