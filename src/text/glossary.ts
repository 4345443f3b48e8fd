// Query translation with the glossary an index carries (built at ingestion by buildGlossary.ts from
// Debian's FreeDict dictionaries): English words of a question to the French the corpus has, French
// words to the English the corpus has. The server never needs the dictionary itself.
import { englishStem, isStopWord, stem, words } from './analyzer.js';
import { englishTags, singularOf } from './englishBase.js';
import { entryKeyOf } from './entryKeys.js';
import type { Glossary } from './glossaryType.js';
import { lookUp } from './translationTable.js';

export { EMPTY_GLOSSARY, type Glossary } from './glossaryType.js';

/** English words the corpus has for one French word of a question (words() gives it): none for a stop word. */
export function englishOfWord(w: string, glossary: Glossary): string[] {
  if (isStopWord(w)) return [];
  return lookUp(glossary.toEnglish, stem(w)).filter((e) => englishStem(e) !== englishStem(w));
}

/**
 * The singular of an English plural noun that is also a verb's form, whose stem the stemmer gives as
 * the verb's ("lives" → live, not "life"; "leaves" → leav, not "leaf"): a question's "save lives"
 * met "vivre"'s translations and not the page's "vies". Null when the stem is the singular's
 * already ("governments") or the word is not both a plural noun and a verb form (a plural of its
 * own, "data", "children", keeps its entry alone). wink's lexicon (NNS and VBZ tags) and
 * lemmatizer (WordNet's exception lists), as analyzer.ts verbBase reads irregular verbs.
 */
export function irregularSingular(word: string): string | null {
  const tags = englishTags(word);
  if (!tags?.includes('NNS') || !tags.includes('VBZ')) return null;
  const singular = singularOf(word);
  return singular !== word && englishStem(singular) !== englishStem(word) ? singular : null;
}

/**
 * French words the corpus has for one English word of a question (words() gives it): none for a stop
 * word. A plural noun the stemmer takes for another word ("lives": live) has its singular's too (life: vie).
 */
export function frenchOfWord(w: string, glossary: Glossary): string[] {
  if (isStopWord(w, 'en')) return [];
  const singular = irregularSingular(w);
  const found = lookUp(glossary.entries, entryKeyOf(glossary, w));
  const all = singular ? [...new Set([...found, ...lookUp(glossary.entries, entryKeyOf(glossary, singular))])] : found;
  return all.filter((f) => stem(f) !== stem(w));
}

/** Each word's translations (translate: englishOfWord or frenchOfWord), for the words that have some. */
function translated(query: string, glossary: Glossary, translate: (w: string, glossary: Glossary) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words(query)) {
    const found = translate(w, glossary);
    if (found.length) out.set(w, found);
  }
  return out;
}

/** English words the corpus has for each French word of a question (dictionary translations). */
export function translateFrench(query: string, glossary: Glossary): Map<string, string[]> {
  return translated(query, glossary, englishOfWord);
}

/** French words the corpus has for each English word of a question (dictionary translations). */
export function translateEnglish(query: string, glossary: Glossary): Map<string, string[]> {
  return translated(query, glossary, frenchOfWord);
}
