// A question's words looked up in the glossary's tables (src/text/glossary.ts, lookUp in translationTable.ts): an entry one letter
// longer or shorter stands for the word, in the table's order, and no word is read from the object's
// prototype ("constructor" crashed the request with "filter is not a function").
import { describe, expect, it } from 'vitest';
import { EMPTY_GLOSSARY, type Glossary, irregularSingular, translateEnglish, translateFrench } from '../../src/text/glossary.js';
import { englishStem, stem } from '../../src/text/analyzer.js';

const glossary = (entries: Record<string, string[]>, toEnglish: Record<string, string[]> = {}): Glossary => ({
  ...EMPTY_GLOSSARY,
  entries,
  toEnglish,
});

describe('glossary look-up', () => {
  it('takes the entries of stems one letter longer or shorter, in the table order, and none further', () => {
    const key = englishStem('traffic');
    const table = glossary({ [`${key}k`]: ['traite'], zzzzzz: ['rien'], [`${key}ki`]: ['trop'], [key.slice(0, -1)]: ['trafic'] });
    expect(translateEnglish('traffic', table).get('traffic')).toEqual(['traite', 'trafic']);
    expect(translateEnglish('visa', glossary({ visas: ['visa'] })).get('visa')).toBeUndefined(); // under five letters
  });

  it('reads a word named like an object property as any unknown word', () => {
    const table = glossary({ migrat: ['migration'] }, { [stem('migration')]: ['migration'] });
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      expect(translateEnglish(`the ${word} of migration`, table).has(word.toLowerCase())).toBe(false);
      expect(translateFrench(`le ${word} des migrations`, table).has(word.toLowerCase())).toBe(false);
    }
  });

  it('looks a plural noun the stemmer takes for a verb up by its singular too ("lives": vie, as well as live\'s)', () => {
    const table = glossary({ [englishStem('life')]: ['vie'], [englishStem('live')]: ['habiter'] });
    expect(translateEnglish('save lives', table).get('lives')).toEqual(['habiter', 'vie']);
    // The verb's own form looks up the verb alone.
    expect(translateEnglish('where migrants live', table).get('live')).toEqual(['habiter']);
    expect([irregularSingular('lives'), irregularSingular('leaves')]).toEqual(['life', 'leaf']);
    // Its stem already the singular's, or a plural of its own that is no verb: its own entry only.
    expect([irregularSingular('governments'), irregularSingular('data'), irregularSingular('children')]).toEqual([null, null, null]);
  });
});
