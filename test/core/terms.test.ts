// A question as weighted content words (src/retrieve/terms.ts), locutions left out (locutions.ts).
import { describe, expect, it } from 'vitest';
import { withoutLocutions } from '../../src/retrieve/locutions.js';
import { frenchPluralVerbStem, wordGroups } from '../../src/retrieve/terms.js';
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

  it('leaves out the verb or noun of a question asking where or how often', () => {
    expect(wordsOf('Où se trouvent les archives de la ville ?', 'fr')).toEqual(['archives', 'ville']);
    expect(wordsOf('À quelle fréquence le jury se réunit-il ?', 'fr')).toEqual(['jury', 'réunit']);
    expect(wordsOf('How often does the jury meet?', 'en')).toEqual(['jury', 'meet']);
    // The same words outside those forms stay.
    expect(wordsOf('Les randonneurs trouvent le refuge fermé', 'fr')).toContain('trouvent');
  });

  it('leaves out a support verb that only says its object is done, and keeps the verb alone', () => {
    expect(wordsOf('Does the agency carry out evictions?', 'en')).toEqual(['agency', 'evictions']);
    expect(wordsOf('Who carried out the survey?', 'en')).toEqual(['survey']);
    // "carry" without "out" is a verb of its own (porter): it stays.
    expect(wordsOf('Do the boats carry migrants out to sea?', 'en')).toContain('carry');
  });

  it('gives a French third-person plural the stem of its singular, beside its own', () => {
    expect(frenchPluralVerbStem('travaillent')).toBe('travaill');
    expect(frenchPluralVerbStem('dirigent')).toBe('dirig');
    // Not a plural verb Snowball leaves whole: nouns in -ient, words it stems, too short a stem.
    expect(frenchPluralVerbStem('client')).toBeNull();
    expect(frenchPluralVerbStem('gouvernement')).toBeNull();
    expect(frenchPluralVerbStem('parent')).toBeNull();
    const [group] = wordGroups('Les jardiniers arrosent', 'fr').filter((g) => g.word === 'arrosent');
    expect(group.stems).toEqual(expect.arrayContaining(['arrosent', 'arros']));
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
