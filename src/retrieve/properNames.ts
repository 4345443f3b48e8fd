// The corpus's proper names, read once when an index is loaded (see corpusEvidence.ts): words it
// only ever writes capitalised inside a sentence (Sénégal, Sabatier, Montoya).
import type { Chunk } from '../types.js';
import { englishStem, foldAccents, isStopWord, stem } from '../text/analyzer.js';

/**
 * Words (lower case, accents folded) the corpus writes capitalised inside sentences and never in
 * lower case, in any inflection ("Bureaux" is no name where "bureau" is written).
 */
export function properNames(chunks: ReadonlyArray<Pick<Chunk, 'text'>>): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const forms = (word: string) => [word, stem(word), englishStem(word)];
  for (const { text } of chunks) {
    for (const m of text.matchAll(/(?<=([\p{L}\p{N},]\s+|^))(\p{L}[\p{L}'’-]*)/gmu)) {
      const word = m[2];
      const key = foldAccents(word.toLowerCase());
      if (/^\p{Ll}/u.test(word)) for (const form of forms(key)) lower.add(form);
      // Only inside a sentence (after a word or a comma): a sentence's first word is capitalised anyway.
      else if (m[1] && /[\p{L}\p{N},]\s+$/u.test(m[1]) && /\p{Ll}/u.test(word)) capitalised.add(key);
    }
  }
  return new Set([...capitalised].filter((w) => !forms(w).some((f) => lower.has(f)) && w.length >= 3 && !isStopWord(w, 'en')));
}
