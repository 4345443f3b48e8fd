// A question as weighted content words: each word with the stems that count as finding it (its
// French translations and cognates too), and how strongly a set of passage terms matches it.
import type { Language } from '../types.js';
import { englishStem, isStopWord, stem, wordTerms, words } from './analyzer.js';
import { withoutLocutions } from './locutions.js';
import { looselyRelated, related } from './stemSet.js';

const PARTIAL_MATCH = 0.8;
const LOOSE_MATCH = 0.6;
/** One content word of the question with the stems that count as finding it (its translations too). */
export interface TermGroup {
  word: string;
  stems: string[];
  /** Known to the dictionary only as a verb, adjective or adverb (see Glossary.weak). */
  weak?: boolean;
}

export interface WeakWords {
  fr: Set<string>;
  en: Set<string>;
}

function isWeak(word: string, language: Language, weakWords: WeakWords): boolean {
  if (language === 'fr') return weakWords.fr.has(stem(word));
  // English participles and past forms ("faced", "leading") read as verbs or adjectives.
  return weakWords.en.has(englishStem(word)) || /(ed|ing)$/.test(word);
}

export function termGroups(
  query: string,
  translations: Map<string, string[]>,
  language: Language,
  weakWords: WeakWords = { fr: new Set(), en: new Set() },
): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const w of words(withoutLocutions(query, language))) {
    if (isStopWord(w, language)) continue;
    const stems = [...wordTerms(w), ...(translations.get(w) ?? []).map((f) => stem(f.toLowerCase()))];
    const key = stems[0];
    if (key && !groups.has(key)) groups.set(key, { word: w, stems: [...new Set(stems)], weak: isWeak(w, language, weakWords) });
  }
  return [...groups.values()];
}

export function matchStrength(stems: string[], terms: Set<string>): number {
  if (stems.some((s) => terms.has(s))) return 1;
  let best = 0;
  for (const s of stems) {
    for (const t of terms) {
      if (related(s, t)) return PARTIAL_MATCH;
      if (looselyRelated(s, t)) best = LOOSE_MATCH;
    }
  }
  return best;
}
