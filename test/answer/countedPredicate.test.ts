// A count of people whose verb is the event counted (src/answer/countedPredicate.ts): through
// countedThing.ts givesCount, on invented sentences about an invented seed agency.
import { describe, expect, it } from 'vitest';
import { givesCount } from '../../src/answer/countedThing.js';
import { countedGroup } from '../../src/answer/countedAsked.js';
import { participleSays } from '../../src/answer/countedPredicate.js';
import { memoryRetriever } from './memoryRetriever.js';

const CORPUS = [
  "Les disparitions d'abeilles inquiètent l'AES.",
  'Bee disappearances worry the Seed Agency.',
  "L'AES compte 6 vergers en Europe du Nord.",
];

// [question, language, a sentence whose people undergo the event counted, one whose people only help those who did]
const PAIRS: [string, 'fr' | 'en', string, string][] = [
  [
    "Combien de disparitions l'AES a-t-elle recensées ?",
    'fr',
    'Au moins 30 personnes sont blessées ou ont disparu près des vergers.',
    'Au moins 30 personnes ont aidé les familles des disparus près des vergers.',
  ],
  [
    'How many disappearances did the Seed Agency record?',
    'en',
    'At least 30 people have been hurt or disappeared near the orchards.',
    'At least 30 people have helped the families of the disappeared near the orchards.',
  ],
];

describe('people counted by the event their verb says', () => {
  it.each(PAIRS)('%s', async (question, language, answered, refused) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language }));
    expect(counted?.word).toMatch(/^dis/);
    expect(givesCount(answered, counted, language)).toBe(true);
    expect(givesCount(refused, counted, language)).toBe(false);
  });

  it('reads only participles: after an auxiliary, or joined to one', () => {
    const says = (w: string) => w === 'gone';
    expect(participleSays(['have', 'left', 'or', 'gone'], says)).toBe(true);
    expect(participleSays(['have', 'gone'], says)).toBe(true);
    expect(participleSays(['who', 'gone'], says)).toBe(false);
    expect(participleSays(['have', 'left', 'the', 'gone'], says)).toBe(false);
  });
});
