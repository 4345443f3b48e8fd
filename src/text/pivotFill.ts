// The glossary's fill-in from pivot languages (pivot.ts): English words the direct dictionaries
// leave without the corpus's French, French words without the corpus's English.
import { englishBaseStem, isStopWord, stem } from './analyzer.js';
import { englishCognates, frenchCognates } from './cognates.js';
import type { CorpusSide as Side } from './corpusSide.js';
import { baseOfKey, englishEntryKey } from './entryKeys.js';
import { MIN_PIVOT_AGREEMENT, pivotPairs } from './pivot.js';
import { lookUp, sortedTable, type TableBuilder } from './translationTable.js';
import { englishMainlyNoun } from './wordClass.js';

/**
 * Translations through pivot languages (pivot.ts) for the English nouns the direct dictionaries
 * leave without any French the corpus has, and the French words without English: a fill-in, not an
 * addition, as the direct dictionaries' pairs are the surer ones (eng-fra's "emergency → crise" is
 * kept alone). Measured: adding pivot pairs to every word changed 19 probe answers (q04 lost, q10 and
 * r17 their first passage, r03 gained) where the fill-in changed 3 (n05 gained). Nouns only: the pivots of adjectives, verbs and numerals were the ambiguous ones
 * ("last" → reconduire through Spanish and Portuguese "durar", "one" → personne). A word whose
 * cognate spelling or beginning the corpus has is read through it already (vocabulary.ts), and a
 * translation would take its place: "directors" got the film's réalisateur (a stem of réaliser)
 * instead of the corpus's directrice.
 */
export function fillFromPivots(
  dir: string,
  tables: { entries: TableBuilder; toEnglish: TableBuilder; derived: ReadonlySet<string> },
  french: Side,
  english: Side,
): void {
  const direct = sortedTable(tables.entries);
  const directEnglish = sortedTable(tables.toEnglish);
  // Loosely, as the question's words are then read (vocabulary.ts sharedBeginnings): "directors" finds directrice.
  const hasCognate = (w: string, side: Side, cognates: (w: string) => string[]) => cognates(w).some((c) => side.hasLoosely(c));
  // As entryKeyOf reads it: a derived word the dictionary has ("management") by its own key alone, another by its base's too.
  const lacks = (w: string, key = englishEntryKey(w, englishBaseStem)) =>
    !lookUp(direct, key).length &&
    (tables.derived.has(key) || !lookUp(direct, baseOfKey(key)).length) &&
    !hasCognate(w, french, frenchCognates);
  const lacksEnglish = (f: string) => !lookUp(directEnglish, stem(f)).length && !hasCognate(f, english, englishCognates);
  const isFrench = (w: string) => !isStopWord(w) && french.mayKeep(w) && french.kept(w).length > 0;
  // Every noun, those with translations too: a pair is only taken when each word is the other's best (pivotPairs).
  const isEnglish = (w: string) => /^\p{L}+$/u.test(w) && !isStopWord(w, 'en') && englishMainlyNoun(w);
  // Own keys only: a pivot word such as "constructor" would find Object's own.
  const add = (table: TableBuilder, key: string, word: string) => {
    if (!Object.hasOwn(table, key)) table[key] = new Set();
    table[key].add(word);
  };
  // On a French-only corpus only untranslated English words are filled: only their pairs are asked for.
  const wanted = english.empty ? (e: string) => lacks(e) : () => true;
  for (const { english: e, french: f } of pivotPairs(dir, isFrench, isEnglish, MIN_PIVOT_AGREEMENT, wanted)) {
    if (lacks(e)) for (const word of french.kept(f)) add(tables.entries, englishEntryKey(e, englishBaseStem), word);
    if (english.empty || !lacksEnglish(f)) continue;
    for (const word of english.kept(e)) add(tables.toEnglish, stem(f), word);
  }
}
