// How a claim's number compares with a source's that counts the same thing: exact figures, "about",
// bounds ("plus de", ranges.ts), years of events that may recur, and dates at the claim's precision.
import { dayAndMonthOf, isYear } from '../text/quantities/dating.js';
import type { Relation } from '../text/quantities/qualifiers.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { compareRanges } from './ranges.js';

/** "about N": within 5% is right, beyond 15% is wrong, in between undecided. */
const APPROX_OK = 0.05;
const APPROX_WRONG = 0.15;

export type Outcome = 'supported' | 'contradicted' | 'undecided';

function compare(relation: Relation, claimed: number, actual: number): Outcome {
  switch (relation) {
    case 'eq':
      return actual === claimed ? 'supported' : 'contradicted';
    case 'gt':
      return actual > claimed ? 'supported' : 'contradicted';
    case 'ge':
      return actual >= claimed ? 'supported' : 'contradicted';
    case 'lt':
      return actual < claimed ? 'supported' : 'contradicted';
    case 'le':
      return actual <= claimed ? 'supported' : 'contradicted';
    case 'approx': {
      const gap = Math.abs(actual - claimed) / Math.max(Math.abs(actual), 1);
      return gap <= APPROX_OK ? 'supported' : gap > APPROX_WRONG ? 'contradicted' : 'undecided';
    }
  }
}

export const isBareYear = (q: Quantity) => isYear(q.value) && q.concept === null && !q.unit.length;

/**
 * The same year of a dated event, compared at the claim's precision: another month or day is another
 * date; a month or day the claim gives and the source does not leaves it open ("depuis mars 2023"
 * is not confirmed by "depuis 2023"). Null when the claim gives the year alone.
 */
function finerDate(claim: Quantity, source: Quantity): Outcome | null {
  const claimed = dayAndMonthOf(claim.words);
  const stated = dayAndMonthOf(source.words);
  const parts = (['month', 'day'] as const).filter((p) => claimed[p] !== null);
  if (!parts.length) return null;
  if (parts.some((p) => stated[p] !== null && stated[p] !== claimed[p])) return 'contradicted';
  return parts.every((p) => stated[p] === claimed[p]) ? null : 'undecided';
}

/** A qualified source number ("plus de 100") confirms what it implies and contradicts what its rounding rules out (ranges.ts). */
export function outcomeOf(claim: Quantity, source: Quantity): Outcome {
  // An event that may happen again ("amended in 1989 and in 2013") is not denied by another year: the same year confirms, another leaves it open.
  if (isBareYear(claim) && isBareYear(source)) return claim.value === source.value && claim.relation === 'eq' ? 'supported' : 'undecided';
  if (claim.concept && claim.value === source.value && claim.relation === 'eq') {
    const finer = finerDate(claim, source);
    if (finer) return finer;
  }
  if (source.relation === 'eq') return compare(claim.relation, claim.value, source.value);
  if (source.relation === claim.relation && source.value === claim.value) return 'supported';
  // Two bounds on a count ("plus de 500 000" against "plus de 115 000"): what one allows against what the other does.
  if (claim.relation !== 'approx' && source.relation !== 'approx' && !claim.concept && !source.concept) {
    return compareRanges({ relation: claim.relation, value: claim.value }, { relation: source.relation, value: source.value });
  }
  return 'undecided';
}
