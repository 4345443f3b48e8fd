// What src/verify reads in a sentence: numbers in digits and words, qualifiers, units, dated events,
// context, negation and names — in French and English.
import { describe, expect, it } from 'vitest';
import { nameOnlyStems, namedWords } from '../../src/verify/names.js';
import { negation } from '../../src/verify/negation.js';
import { numberWordsValue } from '../../src/text/quantities/numbers.js';
import { extractQuantities } from '../../src/text/quantities/quantities.js';
import { stem } from '../../src/text/analyzer.js';
import { dayAndMonthOf } from '../../src/text/quantities/dating.js';

const one = (text: string, language: 'fr' | 'en' = 'fr') => {
  const found = extractQuantities(text, language);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('numbers', () => {
  it.each([
    ['cent soixante-quinze', 175],
    ['quatre-vingt-dix-neuf', 99],
    ['soixante-dix-sept', 77],
    ['vingt et un', 21],
    ['deux mille', 2000],
    ['mille neuf cent cinquante et un', 1951],
    ['one hundred and five', 105],
    ['two thousand', 2000],
    ['eight', 8],
  ])('%s = %d', (text, value) => {
    expect(numberWordsValue(text.split(/[\s-]+/).filter((w) => w !== 'et' && w !== 'and'))).toBe(value);
    expect(one(`${text} pays`).value).toBe(value);
  });

  it('takes no word for a number because every object has a property of that name (words are read lower-cased: "constructor")', () => {
    expect(extractQuantities('The constructor opened three offices', 'en').map((q) => q.value)).toEqual([3]);
  });

  it('reads digits with thousands separators by language, and a French decimal comma', () => {
    expect(one('20 000 personnes').value).toBe(20000);
    expect(one('20\u202f000 personnes').value).toBe(20000);
    expect(one('5,000 offices', 'en').value).toBe(5000);
    expect(one('1,5 million de migrants')).toMatchObject({ value: 1_500_000, unit: ['migrants'] });
    expect(one('3 milliards de dollars')).toMatchObject({ value: 3e9, unit: ['dollars'] });
  });

  it('does not take an article for a number (un, une, one alone)', () => {
    expect(extractQuantities('L’OIM joue un rôle clé', 'fr')).toEqual([]);
    expect(extractQuantities('IOM is one of the agencies', 'en')).toEqual([]);
    expect(one('plus d’un million de migrants')).toMatchObject({ value: 1_000_000, relation: 'gt', unit: ['migrants'] });
  });
});

describe('what a number counts', () => {
  it('takes the words after the number, stopping at a stop word or punctuation', () => {
    const facts = extractQuantities(
      'L’Organisation compte 175 États Membres et 8 États observateurs, et elle a des bureaux dans 171 pays.',
      'fr',
    );
    expect(facts.map((f) => [f.value, f.unit])).toEqual([
      [175, ['états', 'membres']],
      [8, ['états', 'observateurs']],
      [171, ['pays']],
    ]);
    // One number's unit is not another's context; the clause bounds the context.
    expect(facts[0].context).toEqual(['compte', 'organisation']);
    expect(facts[2].context).toEqual(['bureaux']);
    expect(facts[2].phrase).toBe('171 pays');
  });

  it('keeps a statement joined by "et"/"and" + verb out of the setting of another statement\'s number', () => {
    expect(one('L’OIM, qui a été créée en 1951 et fait partie du système des Nations Unies').context).toEqual([]);
    expect(one('qui promeut depuis 1951 une migration humaine et ordonnée').context).toEqual([
      'promeut',
      'migration',
      'humaine',
      'ordonnée',
    ]);
    expect(one('IOM was founded in 1951 and is part of the United Nations system', 'en').context).toEqual(['iom']);
  });

  it('parts two dates of one clause at the conjunction between them', () => {
    const [, signed, , opened] = extractQuantities('The charter was signed on 3 May 1921 and took effect on 1 June 1922.', 'en');
    expect(signed).toMatchObject({ value: 1921, context: ['signed', 'charter'] });
    expect(opened).toMatchObject({ value: 1922, context: ['effect', 'took'] });
  });

  it('takes the words before the number when nothing follows ("Programme 2030")', () => {
    expect(one('la réalisation du Programme 2030 à travers')).toMatchObject({ value: 2030, unit: ['programme'], concept: null });
  });

  it('takes one word before the number as its unit: a currency code, not the verb before it', () => {
    expect(one('The fund is seeking USD 2.9 billion', 'en')).toMatchObject({ value: 2.9e9, unit: ['usd'] });
    expect(one('The fund is seeking USD 2.9 billion', 'en').context).toContain('seeking');
  });

  it('reads a year after a possessive as dating the noun after it, not counting it', () => {
    expect(one('The Agency launched its 2022 seed appeal', 'en')).toMatchObject({ value: 2022, unit: [], concept: null });
    expect(one("The Agency's 2022 seed appeal was met", 'en')).toMatchObject({ value: 2022, unit: [] });
    expect(one('The Agency counts 2022 seed banks', 'en').unit).toEqual(['seed', 'banks']);
  });

  it('reads English units with their adjective first', () => {
    expect(one('IOM has 8 observer states', 'en')).toMatchObject({ unit: ['observer', 'states'], context: ['iom'] });
    expect(one('IOM has offices in 200 countries', 'en')).toMatchObject({ unit: ['countries'], context: ['offices', 'iom'] });
  });
});

describe('numbers of times', () => {
  it('reads "once a year", "twice per session", "une fois par an" as a number of times', () => {
    expect(one('The board meets once a year', 'en')).toMatchObject({ value: 1, unit: ['times'] });
    expect(one('The board meets twice per session', 'en')).toMatchObject({ value: 2, unit: ['times'] });
    expect(one('Le conseil se réunit une fois par an')).toMatchObject({ value: 1, unit: ['fois'] });
  });

  it('leaves "once" and "une fois" that are not a frequency alone', () => {
    expect(extractQuantities('Once the board met, the vote was held', 'en')).toEqual([]);
    expect(extractQuantities('Une fois que le dossier est prêt, il est envoyé', 'fr')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['plus de 170 pays', 'gt'],
    ['more than 200 countries', 'gt'],
    ['au moins 170 pays', 'ge'],
    ['fewer than 100 member states', 'lt'],
    ['environ 170 pays', 'approx'],
    ['nearly 180 member states', 'approx'],
    ['jusqu’à 200 pays', 'le'],
    ['170 pays', 'eq'],
  ])('%s → %s', (text, relation) => {
    const fact = one(text, /^[a-z]+ than|nearly/.test(text) ? 'en' : 'fr');
    expect(fact.relation).toBe(relation);
    expect(fact.phrase).toBe(text);
  });
});

describe('dated events', () => {
  it.each([
    ['L’OIM, qui a été créée en 1951 et fait partie du système', 'creation', 'créée en 1951'],
    ['IOM was founded in 1961', 'creation', 'founded in 1961'],
    ['IOM was set up in 1951', 'creation', 'set up in 1951'],
    ['qui promeut depuis 1951 une migration humaine', 'since', 'depuis 1951'],
    ['IOM has existed since 1951', 'since', 'since 1951'],
    ['IOM was established before 1960', 'creation', 'established before 1960'],
  ])('%s → %s', (text, concept, phrase) => {
    const fact = one(text, /^IOM/.test(text) ? 'en' : 'fr');
    expect(fact).toMatchObject({ concept, unit: [], phrase });
  });

  it.each([
    // [text, phrase, words of the date]: "depuis"/"since" before a day and month dates the year after them.
    ['Jane Roe dirige le fonds depuis le 3 mars 2019', 'depuis le 3 mars 2019', { day: 3, month: 2 }],
    ['Jane Roe has led the fund since 3 March 2019', 'since 3 March 2019', { day: 3, month: 2 }],
    ['Jane Roe dirige le fonds depuis mars 2019', 'depuis mars 2019', { day: null, month: 2 }],
    ['Jane Roe dirige le fonds depuis 2019', 'depuis 2019', { day: null, month: null }],
  ])('%s → one dated event, its day and month part of the date', (text, phrase, parts) => {
    const fact = one(text, /has led/.test(text) ? 'en' : 'fr');
    expect(fact).toMatchObject({ concept: 'since', value: 2019, phrase });
    expect(dayAndMonthOf(fact.words)).toEqual(parts);
    expect(fact.context).not.toContain('mars');
  });

  it('leaves a day and month without "depuis" a count of its own, and the year undated', () => {
    const [day, year] = extractQuantities('Jane Roe a pris ses fonctions le 3 mars 2019', 'fr');
    expect(day).toMatchObject({ value: 3, concept: null });
    expect(year).toMatchObject({ value: 2019, concept: null });
  });

  it('leaves a year without a dating word undated', () => {
    expect(one('IOM joined the system in 2016', 'en').concept).toBeNull();
  });
});

describe('negation and names', () => {
  it.each([
    ["L'OIM ne fait pas partie du système", 'verbal'],
    ["L'OIM n'a jamais eu de siège", 'verbal'],
    ['IOM is not part of the system', 'verbal'],
    ["IOM isn't part of the system", 'verbal'],
    ['une organisation non gouvernementale', 'other'],
    ['IOM works without partners', 'other'],
    ["L'OIM fait partie du système", null],
    ['IOM has 175 member states', null],
  ])('%s → %s', (text, kind) => {
    expect(negation(text)).toBe(kind);
  });

  it('finds names: capitalised words after the first, acronyms, even after an elision', () => {
    expect(namedWords("L'OIM n'est pas membre de l'ONU à Genève", 'fr').map((n) => n.surface)).toEqual(['OIM', 'ONU', 'Genève']);
    expect(namedWords('The UN was founded in 1961', 'en').map((n) => n.surface)).toEqual(['UN']);
  });

  it('knows the stems a sentence uses only inside a name of several words', () => {
    const only = nameOnlyStems('L’OIM fait partie du système des Nations Unies et sert les nations', 'fr');
    expect(only.has(stem('unies'))).toBe(true);
    expect(only.has(stem('nations'))).toBe(false);
  });
});
