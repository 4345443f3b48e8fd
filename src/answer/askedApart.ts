// A question asks what its focus is of something else it names ("Quel soutien l'OIM apporte-t-elle
// aux travailleurs saisonniers ?": support, for seasonal workers). Its answer says both on one
// page; one page saying the focus in another sense ("to support the implementation of the
// Compact") beside another saying the rest ("pour un travail saisonnier", in a glossary) answers
// nothing: each was found for a word, neither of the thing asked. Read by groundingFacts.ts.
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import { textTerms } from '../text/termSets.js';
import type { Passage } from '../types.js';
import { actionWord, contentGroups, languageOf, unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';

/**
 * The question's other words the answer must say beside its focus: what it names of its own (no
 * acronym, number or action word: a verb is what a page puts in its own words), known to the corpus.
 */
function otherThings(reading: QuestionReading, focus: TermGroup): TermGroup[] {
  return contentGroups(reading).filter((g) => g !== focus && g.known && !actionWord(reading, g));
}

/**
 * "Quel soutien…", "What support…", "Which help…": an interrogative determiner before the focus asks
 * what kind of it the question's other words receive. Not "quel est…" (a copula, what the focus is)
 * nor "combien de temps…" (a figure: its rules judge it).
 */
const KIND_ASKED = /^\s*(?:quel(?:le)?s?|what|which)\s+(\p{L}+)/iu;

/**
 * The chosen sentences say the question's focus and its other things only on different pages
 * (each page's chosen sentences with their sections' headings): some page says the focus, some
 * other page one of the other things, and none says the focus with any of them. Only a question
 * asking the kind of its focus (KIND_ASKED): "Que fait l'agence pour les agriculteurs ?" is answered
 * by "Elle forme les agriculteurs", its subject taken up by a pronoun. False for a question without
 * a known focus (how, why) or with nothing else it names, and for a yes/no question
 * (act-on-thing-apart reads its verb and its focus).
 */
export function askedApart(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  const focus = reading.focus;
  if (reading.yesNo || !focus?.known || focus.byChance || focus.acronym !== undefined) return false;
  if (KIND_ASKED.exec(reading.text)?.[1].toLowerCase() !== focus.word.toLowerCase()) return false;
  const others = otherThings(reading, focus);
  if (!others.length) return false;
  // By page: a page's sentences say one thing together ("Elle forme les agriculteurs" under its title).
  const parts = new Map<string, Set<string>>();
  const headed = new Set<number>();
  for (const u of selection.units) {
    const passage = passages[u.passage];
    const terms = parts.get(passage.source) ?? new Set<string>();
    parts.set(passage.source, terms);
    if (passage.heading && !headed.has(u.passage)) for (const t of textTerms(passage.heading, languageOf(passage))) terms.add(t);
    headed.add(u.passage);
    for (const t of unitTerms(u, passages)) terms.add(t);
  }
  let saysFocus = false;
  let saysOther = false;
  for (const terms of parts.values()) {
    const focusSaid = matchStrength(focus.stems, terms) > 0;
    const otherSaid = others.some((g) => matchStrength(g.stems, terms) > 0);
    if (focusSaid && otherSaid) return false;
    saysFocus ||= focusSaid;
    saysOther ||= otherSaid;
  }
  return saysFocus && saysOther;
}
