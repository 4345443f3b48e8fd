// A word's translation that another word of the question writes itself is left to that word
// (retrieve/vocabulary.ts withoutOtherWordsSense): "shelter" → refuge beside the question's own
// "refugees" would match every sentence on refugees. Invented passages, each with its language.
import { describe, expect, it } from 'vitest';
import { englishStem } from '../../src/text/analyzer.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const PASSAGES = [
  { text: 'Le centre offre un abri aux familles pendant l’hiver.', language: 'fr' },
  { text: 'Le refuge du col accueille les randonneurs.', language: 'fr' },
  { text: 'Les réfugiés arrivés en mars ont reçu des couvertures.', language: 'fr' },
];

const ENTRIES = { [englishStem('shelter')]: ['abri', 'refuge'] };

const read = async (question: string, word: string) => {
  const { vocabulary } = await memoryRetriever(PASSAGES, { entries: ENTRIES });
  return vocabulary
    .translations(question, 'en')
    .get(word)
    ?.map((f) => f.word);
};

describe('a sense another word of the question says', () => {
  it.each([
    // Refused sense: "refugees" writes refug itself, so shelter keeps abri alone.
    ['Does the centre give shelter to refugees?', ['abri']],
    // Answered with both senses: no other word of the question writes refuge.
    ['Does the centre give shelter to families?', ['abri', 'refuge']],
  ])('%s → shelter: %j', async (question, expected) => {
    expect(await read(question, 'shelter')).toEqual(expect.arrayContaining(expected));
    expect((await read(question, 'shelter'))?.length).toBe(expected.length);
  });

  it('keeps a word’s only sense, even when another word says it', async () => {
    const { vocabulary } = await memoryRetriever(PASSAGES, { entries: { [englishStem('shelter')]: ['refuge'] } });
    const found = vocabulary.translations('Does the centre give shelter to refugees?', 'en').get('shelter');
    expect(found?.map((f) => f.word)).toEqual(['refuge']);
  });
});
