// Words a sentence names only to set them apart (src/answer/setApart.ts), and selection not quoting
// such a sentence's value for a question asking about those words (select.ts).
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { selectUnits } from '../../src/answer/select.js';
import { SET_APART_FORMS, saidTerms, withoutSetApart } from '../../src/answer/setApart.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('words set apart', () => {
  it.each(SET_APART_FORMS.map((f) => [f.id, f] as const))('%s: its example sets a word apart, the close sentence says it', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(saidTerms(form.example, 'en').apart.size, form.example).toBeGreaterThan(0);
    expect(saidTerms(form.other, 'en').apart.size, form.other).toBe(0);
  });

  it.each([
    ['Most staff work in the field, far from the head office.', 'Most staff work in the field,  .'],
    ['Le personnel travaille sur le terrain, loin du siège de Genève.', 'Le personnel travaille sur le terrain,  .'],
    ['Toutes les régions sauf l’Europe, et les îles.', 'Toutes les régions  , et les îles.'],
    ['Un prêt à l’exception des graines rares ; le reste est vendu.', 'Un prêt   ; le reste est vendu.'],
    ['The depot lends seeds to farmers.', 'The depot lends seeds to farmers.'],
  ])('%s', (sentence, kept) => {
    expect(withoutSetApart(sentence)).toBe(kept);
  });

  it('keeps a word the sentence also says outside the set-apart words', () => {
    const { terms, apart } = saidTerms('The office in Tartu lends seeds, unlike offices far from Tartu.', 'en');
    expect([...apart]).not.toContain('tartu');
    expect(terms.has('tartu')).toBe(true);
  });
});

describe('a count asked of what a sentence sets apart', () => {
  const pages = [
    {
      source: 'corpus/aes.txt',
      title: 'AES today',
      language: 'en',
      text: 'The agency employs 640 people, most of them in the regional seed banks, far from the Tartu head office.',
    },
    { source: 'corpus/office.txt', title: 'Head office', language: 'en', text: 'The Tartu head office opens from Monday to Friday.' },
  ];

  it('does not quote the sentence’s figure, which counts something else', async () => {
    const retriever = await memoryRetriever(pages);
    const { reading, passages } = await retriever.readAndRetrieve('How many people work at the Tartu head office?', 5, { language: 'en' });
    const quoted = selectUnits(reading, passages, retriever.vocabulary).units.map((u) => u.text);
    expect(quoted.join(' ')).not.toContain('640');
  });

  it('is answered with it when the question asks about the whole', async () => {
    const retriever = await memoryRetriever(pages);
    const retrieval = await retriever.readAndRetrieve('How many people does the agency employ?', 5, { language: 'en' });
    const { answer } = extractiveAnswer(retrieval, retriever.vocabulary);
    expect(answer.answer).toContain('640');
  });
});
