// A figure counting a group joined with another counts the pair (src/answer/jointCount.ts): it is no
// count of either alone, unless the question names both. Invented sentences about an invented seed agency.
import { describe, expect, it } from 'vitest';
import { countsOtherThing } from '../../src/answer/countedThing.js';
import { countedGroup } from '../../src/answer/countedAsked.js';
import { joinedPair } from '../../src/answer/jointCount.js';
import { memoryRetriever } from './memoryRetriever.js';

const CORPUS = [
  "L'AES emploie des femmes et des hommes dans ses vergers.",
  'The Seed Agency helps refugees and migrants, and employs staff.',
  'Women and men work in the orchards of the Seed Agency.',
  "L'AES compte des membres et des observateurs.",
];

// [question, language, a sentence whose figure counts what is asked, one whose figure counts a pair it is one side of]
const PAIRS: [string, 'fr' | 'en', string, string][] = [
  ["Combien de femmes travaillent pour l'AES ?", 'fr', "L'AES emploie 120 femmes.", "L'AES emploie 300 femmes et hommes."],
  ['How many men work for the Seed Agency?', 'en', 'The Seed Agency employs 180 men.', 'The Seed Agency employs 300 women and men.'],
  [
    'How many refugees does the Seed Agency help?',
    'en',
    'The Seed Agency helps 200 refugees.',
    'The Seed Agency helps 500 refugees and migrants.',
  ],
];

describe('a figure counting a pair of groups', () => {
  it.each(PAIRS)('%s (%s)', async (question, language, answered, refused) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language }));
    expect(counted).not.toBeNull();
    expect(countsOtherThing(answered, counted, language)).toBe(false);
    expect(countsOtherThing(refused, counted, language)).toBe(true);
  });

  it('counts what a question naming both sides, or neither, asks', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const both = countedGroup(retriever.read('How many refugees and migrants does the Seed Agency help?', { language: 'en' }));
    expect(countsOtherThing('The Seed Agency helps 500 refugees and migrants.', both, 'en')).toBe(false);
    const staff = countedGroup(retriever.read('How many staff does the Seed Agency have?', { language: 'en' }));
    expect(countsOtherThing('The Seed Agency employs 300 women and men.', staff, 'en')).toBe(false);
  });

  it('joins only a group of people: not a verb, another figure or a place', () => {
    expect(joinedPair(' women and men works mostly', [])).toEqual({ own: ['women'], joined: 'men' });
    expect(joinedPair(' and employs nearly 9,800 staff', ['Member', 'States'])).toBeNull();
    expect(joinedPair(' et 8 États observateurs', ['États', 'Membres'])).toBeNull();
    expect(joinedPair(' au Niger, au Tchad et au Sénégal', ['personnes'])).toBeNull();
  });
});
