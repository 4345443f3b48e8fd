// A question's coverage of one passage and of any part of it (a line, a run of lines), from the
// passage's TermIndex: the matching that retrieval and sentence selection measure most often.
import { matchStrength, NOTHING, type TermClasses } from './termMatch.js';
import { type StemMatches, TermIndex } from './termIndex.js';
import type { TermGroup } from './terms.js';

/**
 * matchStrength of a group's stems among secondary terms: from a TermIndex's remembered matches
 * when they come as one (the best over the stems is matchStrength's value: 1 for a stem it holds,
 * else related, else loosely related), else compared term by term.
 */
function secondaryMatch(stems: readonly string[], secondary: ReadonlySet<string> | TermIndex): number {
  if (!(secondary instanceof TermIndex)) return secondary.size ? matchStrength(stems, secondary) : 0;
  if (!secondary.terms.size) return 0;
  let best = 0;
  for (const s of stems) best = Math.max(best, secondary.strength(s));
  return best;
}

/** A secondary strength not measured yet (strengths are never negative). */
const UNMEASURED = -1;

/**
 * coverage() of a passage and of any part of it (a line, a run of lines), from one comparison of
 * the question's stems with the passage's terms: a part's terms are among the passage's, so a
 * group's strength in a part is the best of its matches the part holds. Retrieval measures every
 * candidate passage and each of its lines; comparing each stem with every term of each line was
 * the largest share of an uncached answer's CPU profile (bench:answer on the multidoc fixture).
 */
export class PassageCoverage {
  /** Each group's matching terms in the passage, stem by stem (TermIndex.matches: remembered with the passage). */
  private readonly matches: StemMatches[][];
  /**
   * Each group's strength among the secondary terms (the heading), counted only where the main terms
   * say less: measured on first need (UNMEASURED until then), since a group the passage says in full
   * never needs it, nor a passage that says nothing of the question (retrieval measures its lines
   * only when the whole says something). Measuring every group of every candidate passage up front
   * was a quarter of retrieval's coverage time on the multidoc fixture (in-process profile).
   */
  private readonly secondary: number[];
  /**
   * Each group's stems' share of their matches' strength: a synonym's (TermGroup.synonymShares), else
   * 1; null for a group without synonyms (most), so that a passage's coverage allocates nothing for them.
   */
  private readonly stemStrengths: Array<number[] | null>;

  constructor(
    private readonly groups: readonly TermGroup[],
    passage: TermIndex,
    private readonly secondaryTerms: ReadonlySet<string> | TermIndex = NOTHING,
    private readonly secondaryStrength = 0,
  ) {
    this.matches = groups.map((g) => g.stems.map((s) => passage.matches(s, g.properName)));
    this.stemStrengths = groups.map(({ stems, synonymShares: shares }) => (shares ? stems.map((s) => shares.get(s) ?? 1) : null));
    this.secondary = new Array<number>(groups.length).fill(UNMEASURED);
  }

  /** Group k's strength among the secondary terms, measured once. */
  private secondaryOf(k: number): number {
    let strength = this.secondary[k];
    if (strength === UNMEASURED) {
      strength = secondaryMatch(this.groups[k].stems, this.secondaryTerms);
      this.secondary[k] = strength;
    }
    return strength;
  }

  /**
   * coverage(groups, part, secondary, secondaryStrength) for a part of the passage's terms (all of
   * them: the passage's); a term the part writes only as another word of its stem (classes) does
   * not count for a group it is not (WordGroup.otherWords). A group's strength is its best match
   * the part holds, over each of its stems' matches.
   */
  of(part?: ReadonlySet<string>, classes?: TermClasses): number {
    let total = 0;
    let found = 0;
    for (let k = 0; k < this.groups.length; k++) {
      const g = this.groups[k];
      total += g.weight;
      const otherWords = classes === undefined ? undefined : g.otherWords;
      let main = 0;
      const stemMatches = this.matches[k];
      // The whole passage, read as one part of speech or another alike: a group's strength is its stems' best.
      const shares = this.stemStrengths[k];
      if (part === undefined && otherWords === undefined)
        for (let j = 0; j < stemMatches.length; j++) main = Math.max(main, (shares ? shares[j] : 1) * stemMatches[j].best);
      else
        for (let j = 0; j < stemMatches.length; j++) {
          const { terms, strengths } = stemMatches[j];
          const share = shares ? shares[j] : 1;
          // Keyed by the group's stem, not the passage term: a related form ("travaill" for "travail") is that stem written otherwise.
          const otherAs = otherWords?.get(g.stems[j]);
          for (let m = 0; m < terms.length && main < 1; m++) {
            const term = terms[m];
            if (share * strengths[m] <= main || (part && !part.has(term))) continue;
            if (otherAs !== undefined && classes?.get(term) === otherAs) continue;
            main = share * strengths[m];
          }
        }
      const secondary = main < 1 ? this.secondaryOf(k) : 0;
      found += g.weight * (main < 1 && secondary > 0 ? Math.max(main, this.secondaryStrength * secondary) : main);
    }
    return total ? found / total : 0;
  }
}
