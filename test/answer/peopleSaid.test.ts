// The organisation's own people (src/answer/peopleSaid.ts OWN_PEOPLE): each kind with its reason,
// a question about them answered by a sentence naming them (or their place) with what is asked, and
// one refused when the sentences say what is asked only of others. Invented corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { OWN_PEOPLE } from '../../src/answer/peopleSaid.js';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { memoryRetriever } from './memoryRetriever.js';

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever([
    "L'Agence européenne des semences (AES) forme les agriculteurs à la sélection des semences.",
    "L'AES loge gratuitement les agriculteurs pendant les formations.",
    "Le personnel de l'AES travaille surtout dans les banques régionales.",
    "L'AES propose des stages de trois mois, ouverts aux étudiants en agronomie.",
    "Les stagiaires de l'AES reçoivent une indemnité mensuelle.",
  ]);
});

const decide = async (question: string) =>
  extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'fr' }), retriever.vocabulary).decision;

describe("the organisation's own people", () => {
  it('gives each kind its reason', () => {
    for (const kind of OWN_PEOPLE) expect(kind.why.length).toBeGreaterThan(20);
  });

  it.each([
    // [answered, refused]: the refused one's asked words are said only of the farmers.
    ["Le personnel de l'AES travaille-t-il dans les banques régionales ?", "Le personnel de l'AES est-il logé gratuitement ?"],
    // "stages … ouverts aux étudiants" names the interns by their place.
    ["Les stagiaires de l'AES sont-ils des étudiants ?", "Les stagiaires de l'AES sont-ils logés gratuitement ?"],
  ])('"%s" is answered; "%s" is refused as own-people-apart', async (answered, refused) => {
    const yes = await decide(answered);
    expect(yes.rule, answered).not.toBe('own-people-apart');
    expect(yes.grounded, answered).toBe(true);
    const no = await decide(refused);
    expect(no.rule, refused).toBe('own-people-apart');
  });
});
