// Words of the corpus's other language that share a long beginning with a question word no
// dictionary translates: English and French words of Latin origin keep their first letters where
// their endings part (portal/portail, donate/donateur). The suffix rules of
// cognates.ts only know regular endings; this finds the irregular ones, but only among the words
// the corpus writes, and only for a word left with no translation at all. Hand-written: no package
// maps English words to French cognates, and the corpus is the only list of candidates there is.
import { stemIn, type TextLanguage } from '../text/analyzer.js';
import { StemSet } from '../text/stemSet.js';

/**
 * Least shared beginning, in letters: stemSet's MIN_SHARED_PREFIX, the length at which two stems
 * are taken as one word family in one language. Shorter, "port" would find porter, portée, portail.
 */
export const MIN_COGNATE_PREFIX = 5;
/**
 * Letters at the end of the question word's stem that may differ from the other word's: one, as
 * portal/portail (-al/-ail). Two would let in false friends that share only a root: library's stem
 * less two letters, "libra", begins librairie (a bookshop).
 */
export const MAX_COGNATE_GAP = 1;
/** At most this many words a question word: a beginning shared with many words says too little. */
export const MAX_COGNATES = 3;

/**
 * Largest share of the longer stem's letters that two stems of two languages may differ by (edits:
 * letters changed, added or removed) and still be one word's spellings. Measured on the seed's
 * probe and dev sets' English words that no dictionary translates but that share a beginning with a
 * French stem: the cognates differ by 0.1 to 0.25 (intergovernmental/intergouvernemental,
 * director/directeur, humanitarian/humanitair), "internship"/"internationale", two words, by 0.45.
 * A third, between.
 */
export const MAX_COGNATE_DISTANCE = 1 / 3;

/** Edits (a letter changed, added or removed) that turn one stem into the other (Levenshtein). */
function spellingDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length];
}

/** Are two stems of two languages spellings of one word: they differ by MAX_COGNATE_DISTANCE of the longer's letters at most? */
export function isCognateSpelling(a: string, b: string): boolean {
  return spellingDistance(a, b) <= MAX_COGNATE_DISTANCE * Math.max(a.length, b.length);
}

/**
 * The corpus's stems in one language, for looking up a beginning. Read from the lexical index's
 * passages (their stems and languages) on first use: most questions never need it, and the words
 * are not analysed a second time (tokenising and stemming every passage again took 40 s for 10
 * million words).
 */
export class CorpusCognates {
  private known: StemSet | null = null;

  constructor(
    private readonly passageTerms: ReadonlyArray<ReadonlySet<string>>,
    private readonly passageLanguages: readonly TextLanguage[],
    readonly language: TextLanguage,
  ) {}

  private stems(): StemSet {
    if (this.known) return this.known;
    const stems = new Set<string>();
    this.passageTerms.forEach((terms, i) => {
      if (this.passageLanguages[i] === this.language) for (const t of terms) if (t.length >= MIN_COGNATE_PREFIX) stems.add(t);
    });
    this.known = new StemSet(stems);
    return this.known;
  }

  /** Does a passage of this language write the stem (MIN_COGNATE_PREFIX letters or more)? */
  has(stem: string): boolean {
    return this.stems().has(stem);
  }

  /**
   * Stems of this language that begin with the question stem less its last MAX_COGNATE_GAP letters
   * (never fewer than MIN_COGNATE_PREFIX); none when more than MAX_COGNATES do. A stem serves as
   * its own word (it is stemmed again where it is searched): only those it stays are kept.
   */
  of(questionStem: string): string[] {
    if (questionStem.length < MIN_COGNATE_PREFIX) return [];
    const prefix = questionStem.slice(0, Math.max(MIN_COGNATE_PREFIX, questionStem.length - MAX_COGNATE_GAP));
    const found = this.stems()
      .startingWith(prefix)
      .filter((s) => s !== questionStem);
    return found.length <= MAX_COGNATES ? found.filter((s) => stemIn(s, this.language) === s) : [];
  }
}
