// The nouns a count's figure may name what is asked by, whatever its own word (countedThing.ts
// COUNTS_RULES, last here): people in general, kinds of people, staff, deaths, money and its currencies.
// Written without accents, lower-cased, as they are compared. The rules reading them come last.
import type { TermGroup } from '../retrieve/terms.js';
import { termStrength } from '../retrieve/termMatch.js';

/**
 * Nouns of people in general ("personnes", "people", "femmes et hommes"): a count of them may be a
 * count of any people a question names (staff, refugees, employees), the page saying "1,100 people"
 * of whom it employs. A question's specific people ("volontaires") are not counted by another
 * specific kind ("185 membres du personnel"): those count each other only when the same word.
 */
export const PEOPLE_IN_GENERAL = new Set('people persons person personnes individuals individus femmes hommes women men'.split(' '));
/** Written without accents, as they are compared. */
export const PEOPLE = new Set([
  ...PEOPLE_IN_GENERAL,
  ...'staff employees employes personnel workers travailleurs migrants refugies refugees victims victimes volontaires volunteers'.split(
    ' ',
  ),
  ...'agents enfants children stagiaires interns agriculteurs farmers habitants inhabitants residents etudiants students'.split(' '),
  ...'patients participants beneficiaires beneficiaries delegues delegates'.split(' '),
]);

/** Nouns of those employed by the organisation, written without accents, in both languages. */
export const STAFF = new Set('staff employees employes personnel workforce effectifs'.split(' '));

/**
 * Nouns of deaths, written without accents, in both languages: a count of deaths ("4 730 décès") is a
 * count of the people who died, whatever the question calls them ("Combien de migrants sont morts…",
 * "How many deaths…"), and the glossary translates "deaths" as "morts", not "décès".
 */
export const DEATHS = new Set('deces morts mortes deaths death fatalities dead'.split(' '));

/**
 * Nouns of money ("Combien d'argent…", "how much money"): counted by a figure in a currency. The
 * currencies are what the quantity reader gives as a unit before or after the figure.
 */
export const MONEY = new Set(['argent', 'money', 'fonds', 'funds', 'funding', 'financement', 'budget', 'montant', 'amount']);
/** Currencies, and a share ("6,3 % du montant transféré": what sending costs). */
export const CURRENCY = new Set([
  'usd',
  'dollars',
  'dollar',
  'eur',
  'euros',
  'euro',
  'chf',
  'francs',
  'franc',
  'us$',
  '$',
  '€',
  '%',
  'percent',
]);

/** The thing a count question counts: its group's word and stems, or money for an amount. */
export type Counted = Pick<TermGroup, 'word' | 'stems'>;

/** One way a figure's word names the thing a count question asks for. */
export interface CountsRule {
  id: string;
  why: string;
  /** `asked`: the counted word without accents; `word`: a word of the figure's unit or after it, lower-cased, without accents. */
  test: (asked: string, word: string, counted: Counted, terms: () => ReadonlySet<string>) => boolean;
}

/** In order; the first that holds for a word of the figure says it counts what is asked. */
export const COUNTS_RULES: readonly CountsRule[] = Object.freeze([
  {
    id: 'same-thing',
    why: 'The figure’s word is the counted word, a translation of it or one of its family ("3,600 households" for "ménages").',
    test: (_asked, _word, counted, terms) => [...terms()].some((stem) => termStrength(counted.stems, stem) > 0),
  },
  {
    id: 'people-in-general',
    why: 'People in general ("1,100 people", "21 450 femmes et hommes") may be the staff, refugees or employees asked: the page says of whom in its verb.',
    test: (asked, word) => PEOPLE.has(asked) && PEOPLE_IN_GENERAL.has(word),
  },
  {
    id: 'people-asked-in-general',
    why: 'A question counting people in general ("à combien de personnes…", "How many people work…") is answered by a count of any people ("52 000 agriculteurs", "185 membres du personnel"), not of shelters or months.',
    test: (asked, word) => PEOPLE_IN_GENERAL.has(asked) && PEOPLE.has(word),
  },
  {
    id: 'staff-by-another-name',
    why: 'Those employed by the organisation go by several names ("employés", "staff", "membres du personnel", "workforce"): a count under one answers a question asking by another.',
    test: (asked, word) => STAFF.has(asked) && STAFF.has(word),
  },
  {
    id: 'deaths-of-people',
    why: 'Deaths ("4 730 décès", "deaths") count the people who died: the migrants or people a question asks died, or the deaths it asks in the other language.',
    test: (asked, word) => DEATHS.has(word) && (DEATHS.has(asked) || PEOPLE.has(asked)),
  },
  {
    id: 'money-in-currency',
    why: 'Money asked ("Combien d’argent…") is counted in a currency ("612 milliards de dollars").',
    test: (asked, word) => MONEY.has(asked) && CURRENCY.has(word),
  },
]);
