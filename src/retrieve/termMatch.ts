// How strongly a set of passage terms matches a question's word groups (terms.ts): a stem found
// exactly, a related form, or a long shared beginning; and the groups' weighted share found.
import type { WordClass } from '../text/wordClass.js';
import { looselyRelated, related } from '../text/stemSet.js';
import type { TermGroup } from './terms.js';

/** A stem that extends or is extended by a question stem (organis/organisation) counts this much of an exact match. */
const PARTIAL_MATCH = 0.8;
/** A stem sharing only a long beginning (directeur/directrice) counts this much; both values predate this file (tuned on the seed's probe set). */
const LOOSE_MATCH = 0.6;

export function matchStrength(stems: readonly string[], terms: ReadonlySet<string>): number {
  if (stems.some((s) => terms.has(s))) return 1;
  let best = 0;
  for (const s of stems) {
    for (const t of terms) {
      if (related(s, t)) return PARTIAL_MATCH;
      if (looselyRelated(s, t)) best = LOOSE_MATCH;
    }
  }
  return best;
}

/** One term's strength for a group (matchStrength of a set holding that term alone): 1 when it is one of the stems, else partial, loose or 0. */
export function termStrength(stems: readonly string[], term: string): number {
  if (stems.includes(term)) return 1;
  let best = 0;
  for (const s of stems) {
    if (related(s, term)) return PARTIAL_MATCH;
    if (looselyRelated(s, term)) best = LOOSE_MATCH;
  }
  return best;
}

export const NOTHING: ReadonlySet<string> = new Set();

/**
 * Weighted share of the groups found in a set of terms (a passage's, a sentence's), in [0, 1]; a
 * group found only among `secondary` terms (a section heading) counts `secondaryStrength` of it.
 */
export function coverage(
  groups: readonly TermGroup[],
  terms: ReadonlySet<string>,
  secondary: ReadonlySet<string> = NOTHING,
  secondaryStrength = 0,
): number {
  let total = 0;
  let found = 0;
  for (const g of groups) {
    total += g.weight;
    const main = matchStrength(g.stems, terms);
    found += g.weight * (main < 1 && secondary.size ? Math.max(main, secondaryStrength * matchStrength(g.stems, secondary)) : main);
  }
  return total ? found / total : 0;
}

/** Each term of a text whose occurrences all read as one class (text/wordClass.ts termClasses). */
export type TermClasses = ReadonlyMap<string, WordClass>;

/** Weighted share of the groups that the corpus has in no form at all (1 for no groups: nothing to go on). */
export function unknownShare(groups: readonly TermGroup[]): number {
  let total = 0;
  let unknown = 0;
  for (const g of groups) {
    total += g.weight;
    if (!g.known) unknown += g.weight;
  }
  return total ? unknown / total : 1;
}
