// The nouns a count's figure may name what is asked by, whatever its own word (countedThing.ts
// COUNTS_RULES): people in general, kinds of people, staff, deaths, money and its currencies.
// Written without accents, lower-cased, as they are compared.

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
