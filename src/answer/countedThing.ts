// Whether a sentence's figures count the thing a count question counts (countedAsked.ts), or something else: "480,000 health
// assessments" gives no number of centres, "48 000 personnes" no number of kits, "de 9 h à 17 h"
// no number of employees. Such a sentence holds a figure, but not the one asked: it is neither
// preferred for its figure (select.ts EXPECTED_BONUS) nor an answer's value (value-missing).
import { foldAccents } from '../text/analyzer.js';
import { isYear } from '../text/quantities/dating.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { figureLanguage, quantitiesOf } from './figures.js';
import { textTerms } from '../text/termSets.js';
import { englishWordClass } from '../text/wordClass.js';
import type { Passage } from '../types.js';
import type { Unit } from './units.js';
import { pairOf } from './jointCount.js';
import { countsAnotherKind } from './countedKind.js';
import { COUNTS_RULES, type Counted, PEOPLE, PEOPLE_IN_GENERAL } from './countedNouns.js';
import { participleSays } from './countedPredicate.js';

/**
 * Words after a figure's phrase read as what it counts as well as its unit: the quantity reader
 * keeps two words, and "185 membres du personnel", "200,000 stranded migrant workers" name the
 * thing in the third or fourth.
 */
const FOLLOWING_WORDS = 4;

/**
 * A day of a date ("2 octobre", "4 June"): no figure of anything, left unjudged as before this
 * module (holdsExpected reads its digits as a count; a release's dateline then stays quoted beside
 * its figure, and says the question's words: "the Sahel study" of "3,600 households").
 */
const MONTH =
  /^(?:janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * The words a figure is followed by in its noun phrase (FOLLOWING_WORDS at most): up to a
 * punctuation mark or a word that opens another phrase ("twenty-five years working on refugee
 * protection" counts years, not refugees).
 */
function followingWords(text: string, quantity: Quantity): string[] {
  const words: string[] = [];
  for (const word of clauseWords(text, quantity).slice(0, FOLLOWING_WORDS)) {
    if (PHRASE_OPENER.test(word)) break;
    words.push(word);
  }
  return words;
}
/** The words after a figure up to the next punctuation mark: its noun phrase and the verb that follows it. */
function clauseWords(text: string, quantity: Quantity): string[] {
  const at = text.indexOf(quantity.phrase);
  if (at < 0) return [];
  return (
    text
      .slice(at + quantity.phrase.length)
      .split(PUNCTUATION)[0]
      .match(WORD) ?? []
  );
}
const WORD = /[\p{L}$€%]+/gu;
const PUNCTUATION = /[,;:.()–—]/;
/** Prepositions and conjunctions that open another phrase; "de", "du", "des", "of" carry the noun on ("membres du personnel"). */
const PHRASE_OPENER =
  /^(?:on|in|at|to|for|from|with|by|into|and|or|who|which|that|whose|a|à|au|aux|en|dans|pour|par|sur|avec|vers|et|ou|qui|que|dont)$/i;

/** Does a figure name the counted thing by its unit or the words after it (COUNTS_RULES)? */
function countsThing(text: string, quantity: Quantity, counted: Counted, language: 'fr' | 'en', rules = COUNTS_RULES): boolean {
  const asked = foldAccents(counted.word);
  const phrase = [...quantity.unit, ...followingWords(text, quantity)];
  // "178 États Membres" names States, of another kind than the observer States asked (countedKind.ts).
  if (countsAnotherKind(phrase, counted, language)) return false;
  const pair = pairOf(text, quantity, counted, language);
  if (pair !== null) return pair === 'both';
  for (const word of phrase) {
    const bare = foldAccents(word.toLowerCase());
    const terms = () => textTerms(word, language);
    if (rules.some((rule) => rule.test(asked, bare, counted, terms))) return true;
  }
  // A count of people in general whose participle is the thing counted (countedPredicate.ts).
  if (!PEOPLE_IN_GENERAL.has(foldAccents(quantity.unit.at(-1)?.toLowerCase() ?? ''))) return false;
  return participleSays(clauseWords(text, quantity), (word) =>
    rules.some((rule) => rule.test(asked, foldAccents(word.toLowerCase()), counted, () => textTerms(word, language))),
  );
}

/**
 * Does a sentence give figures of something else only: every figure it writes (no year, no date)
 * has a unit, and none names the thing counted. A figure without a unit may count anything ("the
 * number rose to 173"), so a sentence holding one is not judged; nor one with no figure. What the
 * selection reads (select.ts, askedValue.ts figuresFirst): such a line stays quoted beside the
 * figure, its words (a release's dateline, "the Sahel study") part of the answer.
 */
export function countsOtherThing(text: string, counted: Counted | null, passageLanguage: string | undefined): boolean {
  if (counted === null) return false;
  const language = figureLanguage(passageLanguage);
  const figures = countFigures(text, language);
  return figures.length > 0 && figures.every((q) => q.unit.length > 0 && !unitCountsAsked(text, q, counted, language));
}

/**
 * Does a figure with a unit count the thing asked: by its unit or the words after it (countsThing),
 * or, when its unit was read from a verb (verbUnit), by the question's own word in its sentence.
 */
function unitCountsAsked(text: string, quantity: Quantity, counted: Counted, language: 'fr' | 'en'): boolean {
  return verbUnit(quantity, language)
    ? saysCounted(text, counted, language, SAME_THING_RULES)
    : countsThing(text, quantity, counted, language);
}

/**
 * Did the quantity reader take a verb for the figure's unit? "of whom some 2.5 million live in
 * Colombia" counts whom its sentence names, not a thing called "live" (fresh8: "Combien de
 * Vénézuéliens vivent en Colombie ?" was refused, the line's figure read as counting something
 * else). Such a figure counts the thing asked only if its sentence names it (saysCounted), in the
 * selection (countsOtherThing) as in grounding (givesCount): beside "How many offices…in Colombia?"
 * the line counts no offices. By the question's own word (SAME_THING_RULES), not a kind of it: the
 * verb says what the people do, so "refugees… of whom some 2.5 million live in Colombia" is no count
 * of the "people" a housing programme helped (fresh5, unanswerable). English only: wink-lexicon
 * tells a word that is a verb and never a noun (englishWordClass).
 */
function verbUnit(quantity: Quantity, language: 'fr' | 'en'): boolean {
  return language === 'en' && quantity.unit.length > 0 && quantity.unit.every((w) => englishWordClass(w) === 'verb');
}

/** A sentence's figures that may count something: no dated year, no bare year, no day of a date. */
function countFigures(text: string, language: 'fr' | 'en'): Quantity[] {
  return quantitiesOf(text, language).filter(
    (q) => q.concept === null && !(isYear(q.value) && q.unit.length === 0) && !q.unit.some((w) => MONTH.test(w)),
  );
}

/**
 * Does a sentence give a figure of the thing counted, as an answer's value (grounding.ts
 * value-missing)? Stricter than countsOtherThing: a figure naming it by its unit, or one without a
 * unit in a sentence that names it ("brought to 173 the number of Member States"); without a
 * counted thing read, any figure. Not a day of a date nor a year ("GENEVA, 2 October 2023 — …"), nor
 * a figure without a unit in a sentence that never names the thing: "began her five-year term on
 * 1 October 2023" gives no number of votes (fresh9: "How many votes did X get when the Council
 * elected her?" was answered with that line).
 */
export function givesCount(text: string, counted: Counted | null, passageLanguage: string | undefined): boolean {
  const language = figureLanguage(passageLanguage);
  const figures = countFigures(text, language);
  if (counted === null) return figures.length > 0;
  return figures.some((q) => (q.unit.length === 0 ? saysCounted(text, counted, language) : unitCountsAsked(text, q, counted, language)));
}

/** Does a word of the sentence name the counted thing (COUNTS_RULES), wherever it stands? */
function saysCounted(text: string, counted: Counted, language: 'fr' | 'en', rules = COUNTS_RULES): boolean {
  const asked = foldAccents(counted.word);
  for (const word of text.match(WORD) ?? []) {
    const bare = foldAccents(word.toLowerCase());
    const terms = () => textTerms(word, language);
    if (rules.some((rule) => rule.test(asked, bare, counted, terms))) return true;
  }
  return false;
}
/** The rule by which a sentence names the counted thing by the question's word, a translation or one of its family. */
const SAME_THING_RULES = COUNTS_RULES.filter((r) => r.id === 'same-thing');

/**
 * Does one of a sentence's figures name the thing counted, by its unit or the words after it
 * (COUNTS_RULES): "14 300 membres du personnel" counts the "personnes" of "Combien de personnes
 * l'OIM employait-elle…". `otherWord`: by another word than the question's, not by one sharing its
 * stem ("internal displacements" is no count of interns: wordsSaid.ts).
 */
export function countsAskedThing(text: string, counted: Counted | null, passageLanguage: string | undefined, otherWord = false): boolean {
  if (counted === null) return false;
  const language = figureLanguage(passageLanguage);
  const rules = otherWord ? OTHER_WORD_RULES : COUNTS_RULES;
  return quantitiesOf(text, language).some(
    (q) => q.concept === null && q.unit.length > 0 && !isYear(q.value) && countsThing(text, q, counted, language, rules),
  );
}
/** The rules by which a figure's word counts the thing asked though it is another word than the question's. */
const OTHER_WORD_RULES = COUNTS_RULES.filter((r) => r.id !== 'same-thing');

/** countsOtherThing for a unit among the passages. */
export function unitCountsOther(unit: Unit, counted: Counted | null, passages: Passage[]): boolean {
  return counted !== null && countsOtherThing(unit.text, counted, passages[unit.passage].language);
}

/**
 * Does a sentence count the people asked only as people in general ("48 000 personnes", "1,100
 * people")? Whose they are is then said by its other words (aided, employed): figureScope.ts reads
 * them. False when a figure names a kind of people ("185 membres du personnel"), or the question
 * counts no people.
 */
export function countsPeopleInGeneral(text: string, counted: Counted | null, language: 'fr' | 'en'): boolean {
  if (counted === null || !PEOPLE.has(foldAccents(counted.word))) return false;
  let general = false;
  for (const q of quantitiesOf(text, language)) {
    if (q.concept !== null || !countsThing(text, q, counted, language)) continue;
    const words = [...q.unit, ...followingWords(text, q)].map((w) => foldAccents(w.toLowerCase()));
    if (!words.some((w) => PEOPLE_IN_GENERAL.has(w))) return false;
    general = true;
  }
  return general;
}
