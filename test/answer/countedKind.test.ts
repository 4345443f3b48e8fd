// The kind a count question names of what it counts (src/answer/countedKind.ts): a figure naming
// the same noun with another kind counts something else. Invented sentences about an invented seed agency.
import { describe, expect, it } from 'vitest';
import { countsOtherThing, givesCount } from '../../src/answer/countedThing.js';
import { countedGroup } from '../../src/answer/countedAsked.js';
import { memoryRetriever } from './memoryRetriever.js';

const CORPUS = [
  "L'AES gère 6 banques régionales et 40 banques locales en Europe du Nord.",
  'The Seed Agency runs 6 regional banks and 40 local banks in Northern Europe.',
  "L'AES a conservé 4 000 graines anciennes.",
];

// [question, language, a sentence whose figure counts the kind asked, one whose figure counts another kind of it]
const KINDS: [string, 'fr' | 'en', string, string][] = [
  ["Combien de banques locales l'AES gère-t-elle ?", 'fr', "L'AES gère 40 banques locales.", "L'AES gère 6 banques régionales."],
  [
    'How many local banks does the Seed Agency run?',
    'en',
    'The Seed Agency runs 40 local banks.',
    'The Seed Agency runs 6 regional banks.',
  ],
];

describe('a count of a kind of thing', () => {
  it.each(KINDS)('%s (%s)', async (question, language, answered, refused) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language }));
    expect(counted).not.toBeNull();
    expect(givesCount(answered, counted, language)).toBe(true);
    expect(countsOtherThing(answered, counted, language)).toBe(false);
    expect(givesCount(refused, counted, language)).toBe(false);
    expect(countsOtherThing(refused, counted, language)).toBe(true);
  });

  it('leaves a figure of the noun alone, or one whose phrase goes on to the kind, and a question naming no kind', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const local = countedGroup(retriever.read('How many local banks does the Seed Agency run?', { language: 'en' }));
    expect(givesCount('The Seed Agency runs 40 banks, all of them local.', local, 'en')).toBe(true);
    const any = countedGroup(retriever.read('How many banks does the Seed Agency run?', { language: 'en' }));
    expect(givesCount('The Seed Agency runs 6 regional banks.', any, 'en')).toBe(true);
    // The French kind ends at the article: "l'AES" is no kind of bank.
    const banks = countedGroup(retriever.read("Combien de banques l'AES gère-t-elle ?", { language: 'fr' }));
    expect(givesCount("L'AES gère 6 banques régionales.", banks, 'fr')).toBe(true);
  });
});
