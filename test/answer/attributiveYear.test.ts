// A year the question writes before a noun it dates ("the 2021 floods") is said by a line of a page
// of that year, as a year asked as the period ("in 2021") is (writtenFacts.ts givesNumber).
// Over two releases written for this test.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { memoryRetriever } from './memoryRetriever.js';

const release = (date: string) => ({
  source: `corpus/floods-${date}.txt`,
  title: 'Floods',
  language: 'en',
  date,
  text: 'At the time of the floods, "the orchards were under water," said Anna Berg, chair of the Seed Agency Assembly.',
});
const OTHER = {
  source: 'corpus/orchards.txt',
  title: 'Orchards',
  language: 'en',
  text: 'The Seed Agency keeps old apple varieties in three orchards.',
};

describe('a year dating an event the question names', () => {
  const ask = async (date: string, question: string) => {
    const retriever = await memoryRetriever([release(date), OTHER]);
    return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'en' }), retriever.vocabulary).decision;
  };
  const question = 'Who was chair of the Seed Agency Assembly at the time of the 2021 floods?';

  it('is said by a line of a page of that year', async () => {
    expect((await ask('2021-10-04', question)).grounded).toBe(true);
  });

  it('is not said by the same line on a page of another year', async () => {
    expect(await ask('2023-10-04', question)).toEqual({ grounded: false, rule: 'number-missing' });
  });
});
