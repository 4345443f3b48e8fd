// The keys of English words in the glossary's entries: a word's stem, marked with the derived
// ending it has, so that a derived word ("employment") and its base ("employ") are two entries.
import { englishStem } from './analyzer.js';
import type { Glossary } from './glossaryType.js';

/**
 * Endings that make a derived word, another dictionary entry than the word it comes from, which the
 * English stemmer cuts away or leaves one letter apart (employment → employ, application → applic
 * beside apply's appli). Keyed by its stem alone, the derived word got its base's translations:
 * "employment" got employ's "employer" and "servir", "application" apply's "pratiquer", and a
 * question about a job application quoted the corpus's "pratiques". Only endings that no inflection
 * of another word ends in (-ed, -ing, -s are taken off first: "implemented" is implement's).
 * Data, each with why; pairs in test/core/glossaryKeys.test.ts.
 */
export const DERIVED_ENDINGS: ReadonlyArray<{ ending: string; why: string }> = [
  {
    ending: 'ment',
    why: 'a noun of the act or state of a verb (employment, development): the stemmer cuts it, so it shared the verb’s key',
  },
  {
    ending: 'ion',
    why: 'a noun of the act of a verb (application, organisation): its stem is the verb’s or one letter from it (applic, appli)',
  },
];

/** An inflection taken off before a derived ending is looked for: the entry of "employments", "implemented" is employment’s, implement’s. */
const INFLECTION = /(?:ed|ing|s)$/;

/** What separates a derived word's key from its ending. */
const DERIVED_MARK = '~';

/**
 * The key of an English word in the glossary's entries: its stem (stemOf: the headword's own when
 * building, a question word's past form undone when looking up), marked with the derived ending it
 * has (DERIVED_ENDINGS), so that a derived word and its base are two entries.
 */
export function englishEntryKey(word: string, stemOf: (word: string) => string = englishStem): string {
  const lower = word.toLowerCase();
  const base = lower.replace(INFLECTION, '');
  const derived = DERIVED_ENDINGS.find((d) => base.length > d.ending.length + 2 && base.endsWith(d.ending));
  const key = stemOf(lower);
  return derived ? `${key}${DERIVED_MARK}${derived.ending}` : key;
}

/** Whether a key is a derived word's (englishEntryKey marked it). */
export function isDerivedKey(key: string): boolean {
  return key.includes(DERIVED_MARK);
}

/** The key of the word a derived key comes from (the key itself for a word with no derived ending). */
export function baseOfKey(key: string): string {
  const mark = key.indexOf(DERIVED_MARK);
  return mark < 0 ? key : key.slice(0, mark);
}

const derivedKeySets = new WeakMap<Glossary, ReadonlySet<string>>();

/**
 * The key a word's entries are under (englishEntryKey): its own, or for a derived word the
 * dictionary has no entry for at all, its base's ("development", which FreeDict lacks, is read
 * through develop's translations, as the stemmer read it before derived words had keys of their
 * own). A derived word the dictionary does have ("employment") keeps its own entry, even empty.
 */
export function entryKeyOf(glossary: Glossary, word: string, stemOf: (word: string) => string = englishStem): string {
  const key = englishEntryKey(word, stemOf);
  if (!isDerivedKey(key) || Object.hasOwn(glossary.entries, key)) return key;
  let known = derivedKeySets.get(glossary);
  if (!known) {
    known = new Set(glossary.derived ?? []);
    derivedKeySets.set(glossary, known);
  }
  return known.has(key) ? key : baseOfKey(key);
}
