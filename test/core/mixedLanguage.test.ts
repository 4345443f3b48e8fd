// Passages in several languages (src/retrieve/lexical.ts, analyzer.ts, reading.ts, hybrid.ts): each
// passage analysed in its own language, a question matched in its language and in the corpus's
// others, and a passage in the asker's language preferred when another says the same thing.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, englishStem, spanishStem } from '../../src/text/analyzer.js';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const SAME_FACT = {
  fr: { text: "L'Agence européenne des semences conserve les graines de 42 pays membres.", language: 'fr', source: 'corpus/fr.txt' },
  en: { text: 'The European Seed Agency keeps the seeds of 42 member countries.', language: 'en', source: 'corpus/en.txt' },
};
const ONLY_ENGLISH = { text: 'Its laboratories test the quality of seeds every season.', language: 'en', source: 'corpus/lab.txt' };
const ONLY_FRENCH = {
  text: 'Le comité scientifique conseille la direction sur les maladies des plantes.',
  language: 'fr',
  source: 'corpus/comite.txt',
};

describe('analysis in the language of the text', () => {
  it('stems English and Spanish text with their own stemmers and stop words', () => {
    expect(analyze('The offices of the countries', 'en')).toEqual([englishStem('office'), englishStem('country')]);
    expect(analyze('Las oficinas de los países', 'es')).toEqual([spanishStem('oficina'), spanishStem('pais')]);
    // French text keeps "but" (a goal); English text drops it.
    expect(analyze('but', 'fr')).toHaveLength(1);
    expect(analyze('but', 'en')).toHaveLength(0);
  });

  it('indexes each passage in its language and lists the corpus languages, most passages first', () => {
    const lexical = new LexicalIndex(
      [SAME_FACT.en, ONLY_ENGLISH, SAME_FACT.fr].map((p, i) => ({
        ...p,
        title: 'T',
        heading: null,
        lines: [i + 1, i + 1] as [number, number],
        hash: String(i),
      })),
    );
    expect(lexical.languages).toEqual(['en', 'en', 'fr']);
    expect(lexical.corpusLanguages).toEqual(['en', 'fr']);
    expect(lexical.terms[0].has(englishStem('countries'))).toBe(true);
  });
});

describe('retrieval over French and English passages', () => {
  let retriever: HybridRetriever;
  beforeAll(async () => {
    retriever = await memoryRetriever([SAME_FACT.fr, SAME_FACT.en, ONLY_ENGLISH, ONLY_FRENCH]);
  });

  it('prefers the passage in the asker’s language when both say the same thing, in either language', async () => {
    const [firstEn] = await retriever.search('How many member countries does the seed agency have?', 3, { language: 'en' });
    expect(firstEn.source).toBe('corpus/en.txt');
    const [firstFr] = await retriever.search("Combien de pays membres compte l'agence des semences ?", 3, { language: 'fr' });
    expect(firstFr.source).toBe('corpus/fr.txt');
  });

  it('orders equally similar passages by the asker’s language (a name both pages write alike)', async () => {
    const sameText = await memoryRetriever([
      { text: 'Horizon 2030 :', language: 'fr', source: 'corpus/fr.txt' },
      { text: 'Horizon 2030.', language: 'en', source: 'corpus/en.txt' },
    ]);
    const en = await sameText.search('Horizon 2030?', 2, { language: 'en' });
    const fr = await sameText.search('Horizon 2030 ?', 2, { language: 'fr' });
    expect(en.map((p) => p.source)).toEqual(['corpus/en.txt', 'corpus/fr.txt']);
    expect(fr.map((p) => p.source)).toEqual(['corpus/fr.txt', 'corpus/en.txt']);
    expect(en[0].score).toBe(en[1].score);
  });

  it('keeps the similarity as the score: the preference only orders', async () => {
    const passages = await retriever.search('How many member countries does the seed agency have?', 4, { language: 'en' });
    for (const p of passages) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('finds a passage only written in the other language through cognate spellings', async () => {
    const [first] = await retriever.search('Qui teste la qualité des graines ?', 2, { language: 'fr' });
    expect(first.source).toBe('corpus/lab.txt');
    const reading = retriever.read('Qui teste la qualité des graines ?', { language: 'fr' });
    expect(reading.groups.find((g) => g.word === 'qualité')?.stems).toContain(englishStem('quality'));
  });
});
