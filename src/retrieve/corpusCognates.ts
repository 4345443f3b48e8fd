// Words of the corpus's other language that share a long beginning with a question word no
// dictionary translates: English and French words of Latin origin keep their first letters where
// their endings part (portal/portail, donate/donateur, ministry/ministère). The suffix rules of
// cognates.ts only know regular endings; this finds the irregular ones, but only among the words
// the corpus writes, and only for a word left with no translation at all. Hand-written: no package
// maps English words to French cognates, and the corpus is the only list of candidates there is.
import type { Chunk } from '../types.js';
import { isTextStopWord, stemIn, type TextLanguage, words } from '../text/analyzer.js';
import { passageLanguages } from '../text/language.js';
import { StemSet } from '../text/stemSet.js';

/**
 * Least shared beginning, in letters: stemSet's MIN_SHARED_PREFIX, the length at which two stems
 * are taken as one word family in one language. Shorter, "port" would find porter, portée, portail.
 */
export const MIN_COGNATE_PREFIX = 5;
/**
 * Letters at the end of the question word's stem that may differ from the other word's: one, as
 * portal/portail (-al/-ail) or ministr/ministèr. Two let in false friends that share only a root
 * (librar/librair is one letter; "assist" and "assiette" would be two).
 */
export const MAX_COGNATE_GAP = 1;
/** At most this many words a question word: a beginning shared with many words says too little. */
export const MAX_COGNATES = 3;

/** The corpus's words in one language, by stem, for looking up a beginning. */
export class CorpusCognates {
  private known: StemSet | null = null;
  private readonly surface = new Map<string, string>();

  constructor(
    private readonly chunks: ReadonlyArray<Pick<Chunk, 'text' | 'language'>>,
    readonly language: TextLanguage,
  ) {}

  /** Built on first use: most questions never need it, and loading an index stays as fast. */
  private stems(): StemSet {
    if (this.known) return this.known;
    const languages = passageLanguages(this.chunks);
    this.chunks.forEach((chunk, i) => {
      if (languages[i] !== this.language) return;
      for (const w of words(chunk.text)) {
        if (isTextStopWord(w, this.language)) continue;
        const s = stemIn(w, this.language);
        if (s.length >= MIN_COGNATE_PREFIX && !this.surface.has(s)) this.surface.set(s, w);
      }
    });
    this.known = new StemSet(this.surface.keys());
    return this.known;
  }

  /**
   * Words of this language whose stems begin with the question stem less its last MAX_COGNATE_GAP
   * letters (never fewer than MIN_COGNATE_PREFIX); none when more than MAX_COGNATES do.
   */
  of(questionStem: string): string[] {
    if (questionStem.length < MIN_COGNATE_PREFIX) return [];
    const prefix = questionStem.slice(0, Math.max(MIN_COGNATE_PREFIX, questionStem.length - MAX_COGNATE_GAP));
    const found = this.stems()
      .startingWith(prefix)
      .map((stem) => this.surface.get(stem)!);
    return found.length <= MAX_COGNATES ? found : [];
  }
}
