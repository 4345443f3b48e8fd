// A passage's terms indexed by their beginnings, so that a question's stem is compared only with
// the terms that can match it, and each stem's matches are remembered with the passage.
import { MemoUntilFull } from '../lib/memo.js';
import { MIN_SHARED_PREFIX } from '../text/stemSet.js';
import { termStrength } from './termMatch.js';

/** Letters a loosely related term shares with a stem (stemSet's LOOSE_PREFIX): a longer related term shares them too. */
const SHARED_BEGINNING = 6;
/** Shortest stem related to another than itself (stemSet's MIN_SHORT_STEM). */
const SHORTEST_RELATED = 3;

/** The terms of a passage matching one stem, and how strongly each (termStrength of that stem alone). */
export interface StemMatches {
  readonly terms: readonly string[];
  readonly strengths: readonly number[];
  /** The best of the strengths (0 for none): the stem's strength in the whole passage, found with its matches. */
  readonly best: number;
}

/** Stems whose matches a passage's TermIndex remembers before starting over (a question has a few dozen). */
const STEM_MATCHES_LIMIT = 512;

/** No term matches: what most stems find in most passages. */
const NO_MATCHES: StemMatches = Object.freeze({ terms: Object.freeze([]), strengths: Object.freeze([]), best: 0 });

/**
 * Buckets of the beginnings a TermIndex records (a bit each, 128 bytes a passage): a passage's few
 * hundred terms leave most of them empty, a heading's dozen nearly all.
 */
const BEGINNING_BUCKETS = 1024;

/** The bucket of a word's first SHORTEST_RELATED letters (it has that many). */
function beginningBucket(word: string): number {
  return (word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(2)) & (BEGINNING_BUCKETS - 1);
}

/**
 * A passage's terms, sorted once, so that a stem is compared only with the terms that can match it:
 * itself, its own beginnings, and the terms starting with its first SHARED_BEGINNING letters (all of
 * it, when shorter) — any related or loosely related term is one of them. Which of its terms match
 * a stem, and how strongly, is a pure function of the passage and the stem: each stem's matches are
 * remembered with the passage (stems, not questions: the same few stems come back question after
 * question), so measuring a passage's coverage compares no stem twice.
 */
export class TermIndex {
  readonly terms: ReadonlySet<string>;
  private readonly sorted: string[];
  private readonly stemMatches = new MemoUntilFull<StemMatches>(STEM_MATCHES_LIMIT);
  /**
   * The beginnings its terms have (beginningBucket, a bit each): every term that may match a stem of
   * SHORTEST_RELATED letters or more starts with the stem's first SHORTEST_RELATED letters (see
   * candidates), so a stem whose bucket is empty matches nothing here, known without a look-up.
   * Retrieval and sentence scoring ask every candidate passage and heading for every stem of the
   * question, and most find nothing: the look-ups in each passage's memo were 3.5% of an uncached
   * answer's CPU (in-process profile, seed corpus).
   */
  private readonly beginnings = new Uint32Array(BEGINNING_BUCKETS / 32);

  constructor(
    terms: Iterable<string>,
    /**
     * Its terms written only as proper names (properNames.ts nameOnlyTerms): such a term matches a
     * stem shorter than MIN_SHARED_PREFIX letters only for a question word that is a name itself
     * (TermGroup.properName). A name takes no inflection, so the likeness of a short stem and its
     * inflections (related: camp, campo) is chance, and so is a short stem another language's
     * stemmer cuts a name to (Spanish Campos → camp): "When does IOM lead the camp coordination
     * cluster" quoted "Lucía Herrera Campos has led the IOM mission in Colombia". A longer stem
     * keeps its family (Colombian, Colombia).
     */
    readonly names?: ReadonlySet<string>,
  ) {
    this.terms = new Set(terms);
    this.sorted = [...this.terms].sort();
    for (const t of this.sorted) {
      if (t.length < SHORTEST_RELATED) continue;
      const bucket = beginningBucket(t);
      this.beginnings[bucket >>> 5] |= 1 << (bucket & 31);
    }
  }

  /** Can a term here match this stem? False only when none can (a stem of SHORTEST_RELATED letters or more, no term of its beginning). */
  private mayMatch(stem: string): boolean {
    if (stem.length < SHORTEST_RELATED) return true;
    const bucket = beginningBucket(stem);
    return (this.beginnings[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
  }

  /** Adds every term that may match this stem (and some that do not) to `out`. */
  candidates(stem: string, out: Set<string>): void {
    if (this.terms.has(stem)) out.add(stem);
    if (stem.length < SHORTEST_RELATED) return;
    for (let n = SHORTEST_RELATED; n < stem.length; n++) {
      const shorter = stem.slice(0, n);
      if (this.terms.has(shorter)) out.add(shorter);
    }
    const beginning = stem.length > SHARED_BEGINNING ? stem.slice(0, SHARED_BEGINNING) : stem;
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < beginning) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k].startsWith(beginning); k++) out.add(sorted[k]);
  }

  /** matchStrength of one stem in these terms (the best of its matches), from its remembered matches. */
  strength(stem: string): number {
    return this.matches(stem).best;
  }

  /** The terms matching one stem (strength above 0), with their strengths, for a name or another word (see names); remembered. */
  matches(stem: string, asName = false): StemMatches {
    if (!this.mayMatch(stem)) return NO_MATCHES;
    // Names matter only to a short stem: any other is remembered once, whatever it stands for.
    const apart = !asName && this.names !== undefined && stem.length < MIN_SHARED_PREFIX;
    const key = apart ? `${stem}\u0000` : stem;
    let found = this.stemMatches.get(key);
    if (found === undefined) {
      const candidates = new Set<string>();
      this.candidates(stem, candidates);
      const terms: string[] = [];
      const strengths: number[] = [];
      const stems = [stem];
      for (const term of candidates) {
        const strength = termStrength(stems, term);
        if (strength <= 0 || (apart && this.names?.has(term))) continue;
        terms.push(term);
        strengths.push(strength);
      }
      let best = 0;
      for (const strength of strengths) if (strength > best) best = strength;
      found = this.stemMatches.set(key, { terms, strengths, best });
    }
    return found;
  }
}
