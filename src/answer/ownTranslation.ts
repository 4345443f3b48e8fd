// The organisation's own sentence in another language for a quoted one: ingestion aligns a page
// and its translation sentence by sentence (ChunkTranslation). Never a machine translation: when
// the page has no aligned counterpart for the sentence, there is none.
import { memoByText } from '../lib/memo.js';
import { sameText } from '../text/analyzer.js';
import type { Passage } from '../types.js';
import type { Unit } from './units.js';

/** The aligned sentence of the passage's page in `language` for one of its sentences, or null. */
export function ownTranslationOf(passage: Passage, sentence: string, language: string): string | null {
  // Most passages have no aligned page (the seed's none): the sentence is then not read at all.
  if (!passage.translations?.length) return null;
  const key = sameText(sentence);
  for (const t of passage.translations ?? []) {
    if (t.language !== language) continue;
    const aligned = t.sentences.find((s) => sameText(s.text) === key);
    if (aligned) return aligned.translation;
  }
  return null;
}

/**
 * The numbers a sentence writes, separators aside ("21 450" and "21,450" are one number): read once
 * per sentence (memoByText), since the same passages' sentences come back question after question and
 * every answer read each of its candidates' numbers anew.
 */
const numbersOf: (text: string) => string = memoByText((text) => {
  const numbers = (text.match(/\d(?:[\d\s\u00a0\u202f.,]*\d)?/g) ?? []).map((n) => n.replace(/\D/g, ''));
  return [...new Set(numbers)].sort().join(' ');
});

/**
 * Without the sentences in another language than the asker's that a chosen sentence in the
 * asker's language already says: its page's aligned translation is that sentence, or (pages not
 * aligned) it writes the same numbers.
 */
export function inAskersLanguage<T extends Pick<Unit, 'text' | 'passage'> & { same?: string }>(
  units: T[],
  passages: Passage[],
  language: string,
): T[] {
  const own = units.filter((u) => passages[u.passage].language === language);
  // Every one in the asker's language (a question in its pages' language): none to leave out, nothing read.
  if (own.length === units.length) return units;
  const ownTexts = new Set(own.map((u) => u.same ?? sameText(u.text)));
  const ownNumbers = new Set(own.map((u) => numbersOf(u.text)));
  ownNumbers.delete('');
  return units.filter((u) => {
    if (passages[u.passage].language === language) return true;
    const translation = ownTranslationOf(passages[u.passage], u.text, language);
    // No sentence in the asker's language writes numbers (an English question over French pages): none is read.
    return !(translation && ownTexts.has(sameText(translation))) && !(ownNumbers.size && ownNumbers.has(numbersOf(u.text)));
  });
}
