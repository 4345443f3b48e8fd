// A question as weighted content words (src/retrieve/terms.ts), locutions left out (locutions.ts).
import { describe, expect, it } from 'vitest';
import { withoutLocutions } from '../../src/retrieve/locutions.js';
import { wordGroups } from '../../src/retrieve/terms.js';
import type { Language } from '../../src/types.js';

const wordsOf = (question: string, language: Language) => wordGroups(question, language).map((g) => g.word);

describe('question terms', () => {
  it('leaves the noun of a prepositional locution out, in either apostrophe and whatever the case', () => {
    expect(wordsOf("Que fait l'OIM face au changement climatique ?", 'fr')).toEqual(['oim', 'changement', 'climatique']);
    expect(wordsOf('Son rôle AU SEIN DES Nations Unies ?', 'fr')).toEqual(['rôle', 'nations', 'unies']);
    expect(wordsOf('Que fait-elle en matière d’environnement ?', 'fr')).toEqual(['environnement']);
    expect(wordsOf('Depuis combien de temps existe-t-elle ?', 'fr')).toEqual(['existe']);
    expect(wordsOf('What does IOM do in the face of climate change, with regard to health?', 'en')).toEqual([
      'iom',
      'climate',
      'change',
      'health',
    ]);
  });

  it('keeps the same words when they are not a locution', () => {
    expect(wordsOf('La face cachée du sein de la mère', 'fr')).toEqual(expect.arrayContaining(['face', 'cachée', 'sein', 'mère']));
    expect(wordsOf('Les surfaces au sol', 'fr')).toContain('surfaces');
    expect(wordsOf('A regard for human rights', 'en')).toContain('regard');
  });

  it('blanks English locutions only in English questions, French ones in both (visitors mix)', () => {
    expect(withoutLocutions('in terms of funding', 'fr')).toContain('terms');
    expect(withoutLocutions('in terms of funding', 'en')).not.toContain('terms');
    expect(withoutLocutions('IOM face aux crises', 'en')).not.toContain('face');
  });
});
