// Whether the chosen sentences say a question's words as those words, not only as other words that
// share a term with them: a name ("FIDA" for "paid" through a translation's stem, "Mariam" for
// "mariage"), or a longer word built on the same beginning ("internal", "international" for
// "interns": stemming makes internal and interns one term). Read by groundingFacts.ts; the rule
// using it is in grounding.ts with its pair in test/answer/groundingRules.test.ts.
import { memoByText } from '../lib/memo.js';
import type { TextLanguage } from '../text/analyzer.js';
import { foldAccents, words, wordTerms } from '../text/analyzer.js';
import { beginAlike, isFormOf } from '../text/wordForms.js';
import { MAX_INFLECTION, related } from '../text/stemSet.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { actionWord, isNumber, languageOf } from './passageTerms.js';
import type { Selection } from './select.js';
import { countsAskedThing } from './countedThing.js';
import { countedGroup } from './countedAsked.js';

/** One word as a sentence writes it: lower-cased, its terms, and whether it is written as a name (capitalised after the first word) or an acronym. */
interface WrittenWord {
  word: string;
  terms: readonly string[];
  name: boolean;
  acronym: boolean;
}

/** A written word with its elision and possessive (l'Organisation, IOM's). Module constant: tsx compiles a \p{…} literal at each call. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ELIDED = /^\p{L}{1,2}['’]|['’]s$/gu;
const UPPER = /\p{Lu}/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * The words of a sentence, each with its terms and whether it is written in capitals (FIDA) or as
 * a name (a capital after the sentence's first word: Mariam, but also États Membres, a common word
 * in a title).
 */
function readWrittenWords(text: string, language: TextLanguage): WrittenWord[] {
  const out: WrittenWord[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const [word] = words(token);
    if (!word) continue;
    const letters = token.replace(ELIDED, '');
    const acronym = letters.length > 1 && letters === letters.toUpperCase() && UPPER.test(letters);
    out.push({ word, terms: wordTerms(word, language), acronym, name: acronym || (out.length > 0 && CAPITAL.test(letters)) });
  }
  return out;
}

/** readWrittenWords remembered per sentence and language (memoByText): the same passage sentences are read question after question. */
const WRITTEN_WORDS: Record<TextLanguage, (text: string) => WrittenWord[]> = {
  fr: memoByText((text) => readWrittenWords(text, 'fr')),
  en: memoByText((text) => readWrittenWords(text, 'en')),
  es: memoByText((text) => readWrittenWords(text, 'es')),
};
const writtenWords = (text: string, language: TextLanguage) => WRITTEN_WORDS[language](text);

/**
 * A term that only extends the question word's own stem (one beginning like the word) by more
 * than an inflection: a word of the corpus taken for the question's word because it begins like it
 * ("international" for "interns"), not a translation ("officiel" for "official" adds two letters,
 * an inflection's; "president" extends "presid", the stem of another translation of "directeur",
 * not of the word itself).
 */
function extendsOwnStem(group: TermGroup, term: string): boolean {
  return group.stems.some((o) => o !== term && beginAlike(o, group.word) && term.startsWith(o) && term.length - o.length > MAX_INFLECTION);
}

/**
 * Does a written word say the group's word? In the question's language, a word beginning like it
 * must be a form of it (isFormOf): "internal" is another word than "interns", though both stem to
 * intern. In another language, a term related to one of the group's stems (stemSet.ts related: a
 * translation, a cognate: courriel for email, crisis for crise), not one that only extends the
 * word's own stem (extendsOwnStem), nor an acronym that a translation's stem happens to spell (FIDA),
 * nor a name that only begins like one (Mariam for mari).
 */
function says(group: TermGroup, written: WrittenWord, sameLanguage: boolean): boolean {
  const alike = beginAlike(group.word, written.word);
  if (sameLanguage && alike) return isFormOf(group.word, written.word);
  if (written.acronym && !alike) return false;
  // A name said by a likeness of a stem is another word (Mariam for mari, mariage): only its own stem says it (États for état).
  const liken = !written.name || alike;
  return written.terms.some(
    (t) => !extendsOwnStem(group, t) && (group.stems.includes(t) || (liken && group.stems.some((s) => related(s, t)))),
  );
}

/**
 * The positions of the words of a text of a passage (a chosen sentence, its section's heading) that
 * write the group's word as itself (says), read in the passage's language; `exact`: only those whose
 * terms are one of the group's own stems (the word, a translation), not a word merely alike: says
 * takes "care" for "car" (a form one letter on) and "entrée" for "entreprise", company's translation
 * (a cognate's beginning), which says nothing of a company car.
 */
export function saidAt(group: TermGroup, text: string, passage: Passage, reading: QuestionReading, exact = false): number[] {
  const language = languageOf(passage);
  const at: number[] = [];
  writtenWords(text, language).forEach((w, k) => {
    const said = exact ? w.terms.some((t) => group.stems.includes(t)) : says(group, w, language === reading.language);
    if (said) at.push(k);
  });
  return at;
}

/** The positions of the words of a text of a passage written as one of `forms` (lower-cased, without accents). */
export function writtenAt(text: string, passage: Passage, forms: ReadonlySet<string>): number[] {
  const at: number[] = [];
  writtenWords(text, languageOf(passage)).forEach((w, k) => {
    if (forms.has(foldAccents(w.word))) at.push(k);
  });
  return at;
}

/**
 * The question's words the rule weighs: not its numbers, nor an acronym nearly every page writes
 * (`pervasive`: the organisation's own, said beside anything), nor an action word (a verb said by
 * another form of it is the same word inflected: "established", "constituée"; passageTerms.ts).
 */
export function thingWords(reading: QuestionReading, pervasive: (g: TermGroup) => boolean): TermGroup[] {
  return reading.groups.filter((g) => !isNumber(g) && !(g.acronym !== undefined && pervasive(g)) && !actionWord(reading, g));
}

/**
 * The chosen sentences share a term with some of the question's words (thingWords) and say none
 * of them as itself: each only as an acronym or a longer word that begins like it. Then they speak
 * of something else ("In 2023, disasters triggered 24.3 million new internal displacements" for
 * "How many interns does IOM take each year?").
 */
export function saidOnlyAsOtherWords(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  quoted: ReadonlySet<string>,
  pervasive: (g: TermGroup) => boolean,
): boolean {
  // The thing a count asks is said by a figure that counts it in another word (countedThing.ts
  // COUNTS_RULES: "membres du personnel" for "personnes"), not only by a word beginning like it.
  const counted = countedGroup(reading);
  const countedSaid =
    counted !== null && selection.units.some((u) => countsAskedThing(u.text, counted, passages[u.passage].language, true));
  const groups = thingWords(reading, pervasive).filter((g) => matchStrength(g.stems, quoted) > 0);
  if (!groups.length || (countedSaid && groups.includes(counted as TermGroup))) return false;
  for (const u of selection.units) {
    const language = languageOf(passages[u.passage]);
    const written = writtenWords(u.text, language);
    if (groups.some((g) => written.some((w) => says(g, w, language === reading.language)))) return false;
  }
  return true;
}
