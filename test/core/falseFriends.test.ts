// A verb's translation whose stem the question's own language writes as another word is dropped
// where the verb keeps another translation (retrieve/vocabulary.ts withoutFalseFriends): a stem is
// searched in every passage, whatever its language. Invented passages, each with its language.
import { describe, expect, it } from 'vitest';
import { englishStem } from '../../src/text/analyzer.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const PASSAGES = [
  { text: 'Le jardin a commencé ses visites en 2014.', language: 'fr' },
  { text: 'Pour réserver, il faut activer votre compte.', language: 'fr' },
  { text: 'The garden runs activities for schools every week.', language: 'en' },
  { text: 'Each person visiting the garden pays a small fee.', language: 'en' },
  { text: 'Les personnes âgées entrent gratuitement.', language: 'fr' },
];

const read = async (question: string, word: string, entries: Record<string, string[]>) => {
  const { vocabulary } = await memoryRetriever(PASSAGES, { entries });
  return vocabulary
    .translations(question, 'en')
    .get(word)
    ?.map((f) => f.word);
};

describe('translations the question’s own language writes as another word', () => {
  it('drops "activer" for "started": English writes its stem as "activities"', async () => {
    const found = await read('When was the garden started?', 'started', { [englishStem('start')]: ['activer', 'commencer'] });
    expect(found).toContain('commencer');
    expect(found).not.toContain('activer');
  });

  it('keeps a verb’s only translation', async () => {
    expect(await read('When was the garden started?', 'started', { [englishStem('start')]: ['activer'] })).toEqual(['activer']);
  });

  it('keeps a noun’s translations: they name the thing in both languages ("person" is no other word)', async () => {
    const found = await read('Which people enter free?', 'people', { [englishStem('people')]: ['personnes', 'gens'] });
    expect(found).toEqual(expect.arrayContaining(['personnes']));
  });
});
