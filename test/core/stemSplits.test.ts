// French words kept apart from the Snowball stem they collided with (src/text/stemSplits.ts): each
// split's example and other text share no term through them, and a question about one word quotes
// the sentence that says it first, before any with the word Snowball confused it with.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { analyze, englishStem, foldAccents, stem } from '../../src/text/analyzer.js';
import { ENGLISH_STEM_SPLITS, STEM_SPLITS } from '../../src/text/stemSplits.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

describe('stem splits', () => {
  it.each(STEM_SPLITS.map((s) => [s.stem, s] as const))('%s: its words keep their own stem, apart from the other text', (_stem, split) => {
    expect(split.why.length).toBeGreaterThan(20);
    for (const word of split.words) expect(stem(word), word).toBe(split.stem);
    const example = new Set(analyze(split.example));
    const other = new Set(analyze(split.other));
    expect(example.has(split.stem), split.example).toBe(true);
    expect(other.has(split.stem), split.other).toBe(false);
    // The word Snowball filed them under is still stemmed by Snowball, so the other text's terms are unchanged.
    expect([...example].filter((t) => other.has(t) && t !== stem('vous') && t !== stem('ligne'))).toEqual([]);
  });

  it.each(ENGLISH_STEM_SPLITS.map((s) => [s.stem, s] as const))(
    '%s: English words keep their own stem, apart from the other text',
    (_stem, split) => {
      expect(split.why.length).toBeGreaterThan(20);
      for (const word of split.words) expect(englishStem(word), word).toBe(split.stem);
      const example = new Set(analyze(split.example, 'en'));
      const other = new Set(analyze(split.other, 'en'));
      expect(example.has(split.stem), split.example).toBe(true);
      expect(other.has(split.stem), split.other).toBe(false);
      // The shorter word Snowball filed them under keeps its own stem: the two texts share no term.
      expect(
        [...example].filter((t) => other.has(t)),
        split.other,
      ).toEqual([]);
    },
  );

  it('keeps an English intern apart from the International in a name and from French internes', () => {
    expect(englishStem('interns')).toBe(englishStem('intern'));
    expect(englishStem('international')).not.toBe(englishStem('intern'));
    expect(englishStem('internal')).not.toBe(englishStem('intern'));
    expect(stem('internes')).not.toBe(englishStem('interns'));
  });

  it('reads the accented, capitalised and bare spellings alike', () => {
    for (const word of ['Données', 'DONNÉES', 'donnees', 'donnée']) expect(stem(word), word).toBe('donnee');
    expect(stem(foldAccents('visas'))).toBe('visa');
  });

  it.each([
    // The data line shared the donation's stem, and was quoted beside it.
    { question: 'Comment faire un don ?', quoted: 'faire un don', not: 'données', absent: true },
    { question: 'Quelles données publie-t-on ?', quoted: "portail de l'AES publie", not: 'don en ligne', absent: true },
    // What the programme aims at came first, said "visa" by viser's stem.
    { question: 'Parlez-moi des visas.', quoted: 'visas de travail', not: 'vise à', absent: false },
  ])('$question quotes the sentence that says it first', async ({ question, quoted, not, absent }) => {
    const retriever = await memoryRetriever([
      "L'Agence européenne des semences (AES) protège les données personnelles de ses donateurs.",
      'Vous pouvez faire un don en ligne, par carte ou par virement.',
      "Le portail de l'AES publie des données sur les semences anciennes.",
      "Le programme de l'AES vise à conserver les variétés anciennes.",
      'Les consulats délivrent les visas de travail aux chercheurs invités par l’AES.',
    ]);
    const retrieval = await retriever.readAndRetrieve(question, 5, { language: 'fr' });
    const { answer } = extractiveAnswer(retrieval, retriever.vocabulary);
    const said = answer.answer.indexOf(quoted);
    const confused = answer.answer.indexOf(not);
    expect(said, answer.answer).toBeGreaterThan(-1);
    expect(confused === -1 || (!absent && confused > said), answer.answer).toBe(true);
  });
});
