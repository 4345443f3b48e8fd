// One language's side of the corpus for the glossary: a dictionary word is kept when its stem, or a
// related one, occurs in that language's passages.
import { analyze, englishStem, foldAccents, isTextStopWord, stem, type TextLanguage, words } from './analyzer.js';
import { MAX_INFLECTION, MIN_SHARED_PREFIX, MIN_SHORT_STEM, StemSet } from './stemSet.js';

/** The stemmer may write a y as i (foyer → foi): both sides are compared with y read as i. */
const plain = (word: string) => word.replace(/y/g, 'i');

/**
 * What a word must begin with for kept() to find a related stem (stemSet.ts related()): two stems
 * of MIN_SHARED_PREFIX letters or more share that many; a shorter one (MIN_SHORT_STEM or more)
 * is the beginning of one at most MAX_INFLECTION letters longer; a shorter still is only itself.
 */
class Beginnings {
  private readonly long = new Set<string>();
  private readonly short = new Set<string>();
  private readonly tiny = new Set<string>();
  constructor(stems: string[]) {
    for (const s of stems.map(plain)) {
      if (s.length >= MIN_SHARED_PREFIX) this.long.add(s.slice(0, MIN_SHARED_PREFIX));
      if (s.length < MIN_SHORT_STEM) this.tiny.add(s);
      else if (s.length < MIN_SHARED_PREFIX + MAX_INFLECTION) this.short.add(s.slice(0, MIN_SHORT_STEM));
    }
  }

  mayRelate(word: string): boolean {
    const w = plain(word);
    if (this.long.has(w.slice(0, MIN_SHARED_PREFIX)) || this.short.has(w.slice(0, MIN_SHORT_STEM))) return true;
    for (let n = 1; n < MIN_SHORT_STEM; n++) if (this.tiny.has(w.slice(0, n))) return true;
    return false;
  }
}

export class CorpusSide {
  private readonly corpus: StemSet;
  private readonly beginnings: Beginnings;
  /** The stemmer of this side's language, as its passages were analysed. */
  private readonly stemOf: (word: string) => string;
  constructor(
    readonly language: TextLanguage,
    texts: string[],
  ) {
    const stems = texts.flatMap((t) => analyze(t, language));
    this.corpus = new StemSet(stems);
    this.beginnings = new Beginnings(stems);
    this.stemOf = language === 'en' ? englishStem : stem;
  }

  get empty(): boolean {
    return this.corpus.size === 0;
  }

  /** The content words of a translation ("cas d'urgence" → cas, urgence) that the corpus has. */
  kept(translation: string): string[] {
    return words(translation).filter((w) => !isTextStopWord(w, this.language) && this.corpus.hasRelated(this.stemOf(w)));
  }

  /** Whether the corpus has a word sharing this one's stem's beginning (directeur, directrice: see StemSet.hasLooselyRelated). */
  hasLoosely(word: string): boolean {
    return this.corpus.hasLooselyRelated(this.stemOf(word));
  }

  /**
   * Whether kept() may find a single word, without stemming it: a related stem shares its first
   * letters (Beginnings), which the stemmer leaves as they are. The pivot dictionaries have ~200k
   * French headwords; stemming each was most of their reading time.
   */
  mayKeep(word: string): boolean {
    return !/^\p{L}+$/u.test(word) || this.beginnings.mayRelate(foldAccents(word));
  }
}
