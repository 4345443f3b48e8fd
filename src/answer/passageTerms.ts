// Small readings that grounding's facts share (groundingFacts.ts, procedure.ts): a passage's
// language, a chosen sentence's terms, and what kind of question word a group is.
import { type TextLanguage, textLanguage } from '../text/analyzer.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { textTerms } from '../text/termSets.js';
import { englishMainlyVerb } from '../text/wordClass.js';
import { supportedVerb } from '../retrieve/yesNo.js';
import type { Passage } from '../types.js';
import type { ScoredUnit, Selection } from './select.js';

export const isNumber = (g: TermGroup) => /^\d/.test(g.word);

/** The question's word groups that say something of its own: the organisation's acronym and numbers aside. */
export function contentGroups(reading: QuestionReading): TermGroup[] {
  return reading.groups.filter((g) => g.acronym === undefined && !isNumber(g));
}

export function languageOf(passage: Passage): TextLanguage {
  return textLanguage(passage.language) ?? 'fr';
}

/** The languages of the passages the chosen sentences come from, each once. */
export function quotedLanguages(passages: Passage[], selection: Selection): TextLanguage[] {
  return [...new Set(selection.units.map((u) => languageOf(passages[u.passage])))];
}

export function unitTerms(unit: ScoredUnit, passages: Passage[]): ReadonlySet<string> {
  // Read with its passage's units (select.ts), the same set textTerms gives.
  return unit.terms ?? textTerms(unit.text, languageOf(passages[unit.passage]));
}

/**
 * A question word that says what is done rather than what about: mostly a verb in English, or the
 * verb "do" supports after a question word ("How does IOM address…": "address" is mostly a noun
 * elsewhere); known only as a verb, adjective or adverb in French.
 */
export function actionWord(reading: QuestionReading, group: TermGroup): boolean {
  if (reading.language !== 'en') return !!group.weak;
  return englishMainlyVerb(group.word) || group.word === supportedVerb(reading.text, reading.language);
}
