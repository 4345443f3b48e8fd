// The direct dictionaries' single-word pairs as one table for acronyms.ts (initials of a spelled-out
// form's translations), and the parts of speech fra-eng gives (weak stems).
import { englishStem, foldAccents, stem } from './analyzer.js';
import { englishCognates, frenchCognates } from './cognates.js';
import type { DictEntry } from './dictd.js';

/** Both dictionaries as one word → translations table, looked up by the word and by its stems (any direction). */
export class Lexicon {
  private readonly table = new Map<string, Set<string>>();
  readonly shortWords = new Set<string>();

  pair(a: string, b: string): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      for (const key of new Set([from, stem(from), englishStem(from)])) this.table.set(key, (this.table.get(key) ?? new Set()).add(to));
      const folded = foldAccents(from);
      if (/^\p{L}{2,6}$/u.test(folded)) this.shortWords.add(folded);
    }
  }

  /** Translations of a word (lower case) and its cognate spellings. */
  translationsOf = (word: string): string[] => {
    const found = new Set<string>([...frenchCognates(word), ...englishCognates(word)]);
    for (const key of [word, stem(word), englishStem(word)]) for (const t of this.table.get(key) ?? []) found.add(t);
    return [...found];
  };
}

/** A word's cognate spellings alone: what acronyms.ts translates with when no dictionary is installed. */
export const cognatesOnly = (word: string) => [...frenchCognates(word), ...englishCognates(word)];

const NOUN_TAGS = new Set(['n', 'num']);

/**
 * Stems that the dictionary only knows as verbs, adjectives or adverbs, never as nouns: French
 * from fra-eng's tags, English from the translations of those French entries. A question's topic
 * is in its nouns, so an unknown verb ("handles", "dirige") says less about what the corpus lacks.
 */
export function weakStems(entries: DictEntry[]): { fr: string[]; en: string[] } {
  const fr = new Map<string, boolean>();
  const en = new Map<string, boolean>();
  const mark = (map: Map<string, boolean>, key: string, noun: boolean) => map.set(key, (map.get(key) ?? false) || noun);
  for (const e of entries) {
    if (!e.tags.length) continue;
    const noun = e.tags.some((t) => NOUN_TAGS.has(t));
    mark(fr, stem(e.headword), noun);
    for (const t of e.translations) if (!/\s/.test(t)) mark(en, englishStem(t.toLowerCase()), noun);
  }
  const weak = (map: Map<string, boolean>) =>
    [...map]
      .filter(([, noun]) => !noun)
      .map(([k]) => k)
      .sort();
  return { fr: weak(fr), en: weak(en) };
}
