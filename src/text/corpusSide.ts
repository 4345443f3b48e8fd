// One language's side of the corpus for the glossary: a dictionary word is kept when its stem, or a
// related one, occurs in that language's passages.
import { analyze, englishStem, foldAccents, isTextStopWord, stem, type TextLanguage, words } from './analyzer.js';
import { MIN_SHORT_STEM, StemSet } from './stemSet.js';

const beginning = (word: string) => word.slice(0, MIN_SHORT_STEM).replace(/y/g, 'i');

export class CorpusSide {
  private readonly corpus: StemSet;
  /** The first MIN_SHORT_STEM letters of every stem, y read as i (see mayKeep). */
  private readonly beginnings: Set<string>;
  constructor(
    readonly language: TextLanguage,
    texts: string[],
  ) {
    const stems = texts.flatMap((t) => analyze(t, language));
    this.corpus = new StemSet(stems);
    this.beginnings = new Set(stems.map(beginning));
  }

  get empty(): boolean {
    return this.corpus.size === 0;
  }

  /** The content words of a translation ("cas d'urgence" → cas, urgence) that the corpus has. */
  kept(translation: string): string[] {
    const stemOf = this.language === 'en' ? englishStem : stem;
    return words(translation).filter((w) => !isTextStopWord(w, this.language) && this.corpus.hasRelated(stemOf(w)));
  }

  /** Whether the corpus has a word sharing this one's stem's beginning (directeur, directrice: see StemSet.hasLooselyRelated). */
  hasLoosely(word: string): boolean {
    return this.corpus.hasLooselyRelated((this.language === 'en' ? englishStem : stem)(word));
  }

  /**
   * Whether kept() may find a single word, without stemming it: a related stem shares at least its
   * first MIN_SHORT_STEM letters, which the stemmer leaves as they are but for a y it may make an i
   * (foyer → foi). The pivot dictionaries have ~200k French headwords; stemming each was most of
   * their reading time.
   */
  mayKeep(word: string): boolean {
    return !/^\p{L}+$/u.test(word) || this.beginnings.has(beginning(foldAccents(word)));
  }
}
