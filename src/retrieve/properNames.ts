// The corpus's proper names, read once when an index is loaded (see corpusEvidence.ts): words it
// only ever writes capitalised inside a sentence (Sénégal, Sabatier, Montoya).
import type { Chunk } from '../types.js';
import { isMonthName } from '../text/quantities/dating.js';
import { englishStem, foldAccents, isStopWord, isTextStopWord, stem, type TextLanguage, words, wordTerms } from '../text/analyzer.js';

/**
 * Words (lower case, accents folded) the corpus writes capitalised inside sentences and never in
 * lower case, in any inflection ("Bureaux" is no name where "bureau" is written).
 */
export function properNames(chunks: ReadonlyArray<Pick<Chunk, 'text'>>): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const forms = (word: string) => [word, stem(word), englishStem(word)];
  for (const { text } of chunks) {
    for (const m of text.matchAll(/(?<=([\p{L}\p{N},;:]\s+|^))(\p{L}[\p{L}'’-]*)/gmu)) {
      const word = m[2];
      const key = foldAccents(word.toLowerCase());
      if (/^\p{Ll}/u.test(word)) for (const form of forms(key)) lower.add(form);
      // Only inside a sentence (after a word, a comma, a semicolon or a colon): a sentence's first
      // word is capitalised anyway. A press contact's name follows a colon or a semicolon
      // ("Contacts presse : Jonas Keller… ; Mariam Diop"), and Mariam was no name: "wedding" → mari
      // (marier) found it as a short stem's inflection (see TermIndex's names).
      else if (m[1] && /[\p{L}\p{N},;:]\s+$/u.test(m[1]) && /\p{Ll}/u.test(word)) capitalised.add(key);
    }
  }
  return new Set([...capitalised].filter((w) => !forms(w).some((f) => lower.has(f)) && w.length >= 3 && !isStopWord(w, 'en')));
}

/**
 * The terms a text has only from its proper names (isName: the corpus writes the word only as a
 * name), none from another word: "Campos" gives campo, which no other word of the line writes.
 * Undefined when there are none (most passages). A name does not inflect, so such a term is no
 * inflection of a short question stem that begins it (camp → campo; see TermIndex's names).
 */
export function nameOnlyTerms(text: string, language: TextLanguage, isName: (word: string) => boolean): Set<string> | undefined {
  const names = new Set<string>();
  const others = new Set<string>();
  for (const w of words(text)) {
    if (isTextStopWord(w, language)) continue;
    const into = isName(w) ? names : others;
    for (const t of wordTerms(w, language)) into.add(t);
  }
  for (const t of others) names.delete(t);
  return names.size ? names : undefined;
}

/**
 * Words that take no inflection: the corpus's proper names (isName), and months ("12 mars" gives
 * mar, which "wedding" → mari found as its inflection: "Does IOM do weddings?" ranked a release
 * dated in March first). For nameOnlyTerms.
 */
export function uninflected(isName: (word: string) => boolean): (word: string) => boolean {
  return (word) => isName(word) || isMonthName(word);
}
