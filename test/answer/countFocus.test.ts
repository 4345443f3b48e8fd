// An English count question ("How many…") has a focus, what it counts: "how" before a word of
// degree asks for a quantity, not a manner. Over releases of two years written for this test.
import { describe, expect, it } from 'vitest';
import { selectUnits } from '../../src/answer/select.js';
import { memoryRetriever } from './memoryRetriever.js';

const RELEASES = [
  {
    source: 'corpus/assembly-2021.txt',
    title: 'Assembly 2021',
    language: 'en',
    date: '2021-05-03',
    text: 'The Assembly of the Seed Agency admitted Ostmark, which brings its member States to 51.',
  },
  {
    source: 'corpus/assembly-2023.txt',
    title: 'Assembly 2023',
    language: 'en',
    date: '2023-05-02',
    text: 'The Assembly of the Seed Agency admitted Norland: the Seed Agency now has 57 member States.',
  },
  {
    source: 'corpus/orchards.txt',
    title: 'Orchards',
    language: 'en',
    text: 'The Seed Agency keeps old apple varieties in three orchards.',
  },
];

describe('a "How many…" question', () => {
  it('is no manner question: its focus is what it counts', async () => {
    const retriever = await memoryRetriever(RELEASES);
    const reading = retriever.read('How many member States did the Seed Agency have in 2023?', { language: 'en' });
    expect(reading.manner).toBe(false);
    expect(reading.focus?.word).toBe('member');
    // A manner question keeps none.
    expect(retriever.read('How does the Seed Agency admit members?', { language: 'en' }).manner).toBe(true);
  });

  it('leaves out another year’s figure written without a unit ("its member States to 51")', async () => {
    const retriever = await memoryRetriever(RELEASES);
    const { reading, passages } = await retriever.readAndRetrieve('How many member States did the Seed Agency have in 2023?', 5, {
      language: 'en',
    });
    const texts = selectUnits(reading, passages, retriever.vocabulary).units.map((u) => u.text);
    expect(texts.join(' ')).toContain('57 member States');
    expect(texts.join(' ')).not.toContain('to 51');
  });
});
