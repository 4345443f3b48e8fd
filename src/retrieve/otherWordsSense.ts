// A question word's dictionary senses, less those another word of the same question says itself:
// each sense is searched as a stem in every passage, so a sense shared with another word counts twice.
import { englishStem, isStopWord, stem } from '../text/analyzer.js';
import { related } from '../text/stemSet.js';

/**
 * Each word's translations less those another word of the question writes itself: "asylum" →
 * refuge is a sense of asylum, but in "Does IOM grant asylum to refugees?" the stem refug is the
 * question's own "refugees" (a cognate), and asylum matched every sentence on refugees, quoting
 * resettlement lines rather than the page saying IOM handles no asylum requests. A sense related to
 * the word's own stem stays (the same word in both languages), and a word keeps its last one.
 */
export function withoutOtherWordsSense(
  translations: Map<string, readonly string[]>,
  ws: readonly string[],
  from: 'en' | 'fr',
): Map<string, readonly string[]> {
  const [ownStem, targetStem] = from === 'en' ? [englishStem, stem] : [stem, englishStem];
  const own = ws.filter((w) => !isStopWord(w, from)).map((w) => [w, ownStem(w.toLowerCase())] as const);
  for (const [w, list] of translations) {
    const mine = ownStem(w.toLowerCase());
    const kept = list.filter((t) => {
      const s = targetStem(t.toLowerCase());
      return related(s, mine) || !own.some(([other, o]) => other !== w && related(s, o));
    });
    if (kept.length && kept.length < list.length) translations.set(w, kept);
  }
  return translations;
}
