// A question's focus (src/retrieve/reading.ts focusOf): what it asks about. In an English yes/no
// question the verb after the subject says what is done, not what about ("Does the agency offer
// internships?" is about internships), unless all that follows is an abbreviation the corpus does
// not know. Each row a question and its focus, beside a close one read otherwise. Invented corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever([
    "L'agence conserve les graines des variétés anciennes et travaille avec les jardiniers.",
    'Elle offre des formations aux jardiniers et publie un catalogue.',
  ]);
});

const focus = (question: string) => retriever.read(question, { language: 'en' }).focus?.word ?? null;

describe('the focus of a question', () => {
  it.each([
    // [question, its focus, a close question, its focus]
    ['Does the agency offer internships?', 'internships', 'Is the offer of internships open?', 'offer'],
    ['Can the agency help me with my passport?', 'passport', 'Is help with passports given?', 'help'],
    ['Can I send seeds by post?', 'seeds', 'Which seeds are sent by post?', 'seeds'],
    ['Does the agency work with farmers?', 'farmers', 'Does the agency work with NGOs?', 'work'],
  ])('"%s" is about %s; "%s" about %s', (question, expected, close, closeExpected) => {
    expect(focus(question)).toBe(expected);
    expect(focus(close)).toBe(closeExpected);
  });
});
