// A qualified figure ("plus de 115 000", "fewer than 40") as the range of values it allows, so that a
// claim's figure can be compared with a source's when either is not exact: the source supports the
// claim when every value it allows is one the claim allows (logic alone), and contradicts it when
// no value it allows, read as a writer's rounded bound, is one the claim allows.
import type { Relation } from '../text/quantities/qualifiers.js';

/**
 * How far past its bound a writer's "more than N" (or below a "less than N") the count can be.
 * Someone who writes "more than N" gives the largest round figure below the count; in the 1-2-5
 * series of round figures (…, 100 000, 200 000, 500 000, …) consecutive figures are at most 2.5
 * apart, so a count of 2.5 N or more would have been written from the next round figure up. A
 * claim that needs the count at 2.5 N or beyond ("more than 500 000" against "more than 115 000")
 * is contradicted; between N and 2.5 N it stays undecided.
 */
export const ROUNDED_BOUND_SPAN = 2.5;

export interface Range {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export type RangeOutcome = 'supported' | 'contradicted' | 'undecided';

/** The values a figure allows by logic alone ("more than 10": anything above 10). */
export function logicalRange(relation: Exclude<Relation, 'approx'>, value: number): Range {
  switch (relation) {
    case 'eq':
      return { lo: value, hi: value, loOpen: false, hiOpen: false };
    case 'gt':
    case 'ge':
      return { lo: value, hi: Number.POSITIVE_INFINITY, loOpen: relation === 'gt', hiOpen: false };
    case 'lt':
    case 'le':
      return { lo: Number.NEGATIVE_INFINITY, hi: value, loOpen: false, hiOpen: relation === 'lt' };
  }
}

/**
 * The values a source's bound allows when read as a rounded figure (see ROUNDED_BOUND_SPAN), its
 * bound included: "115 000" read against "plus de 115 000" is the same figure without its
 * qualifier, not a contradiction.
 */
export function roundedRange(relation: Exclude<Relation, 'approx'>, value: number): Range {
  if (relation === 'gt' || relation === 'ge') return { lo: value, hi: value * ROUNDED_BOUND_SPAN, loOpen: false, hiOpen: true };
  if (relation === 'lt' || relation === 'le') return { lo: value / ROUNDED_BOUND_SPAN, hi: value, loOpen: true, hiOpen: false };
  return logicalRange(relation, value);
}

function startsAfter(a: Range, b: Range): boolean {
  return a.lo > b.lo || (a.lo === b.lo && (a.loOpen || !b.loOpen));
}

function endsBefore(a: Range, b: Range): boolean {
  return a.hi < b.hi || (a.hi === b.hi && (a.hiOpen || !b.hiOpen));
}

/** Is every value of `inner` in `outer`? */
export function within(inner: Range, outer: Range): boolean {
  return startsAfter(inner, outer) && endsBefore(inner, outer);
}

/** Do the two ranges share no value? */
export function apart(a: Range, b: Range): boolean {
  const before = (x: Range, y: Range) => x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen));
  return before(a, b) || before(b, a);
}

/** A claim's figure against a source's, either qualified (neither "about"). */
export function compareRanges(
  claim: { relation: Exclude<Relation, 'approx'>; value: number },
  source: { relation: Exclude<Relation, 'approx'>; value: number },
): RangeOutcome {
  const claimed = logicalRange(claim.relation, claim.value);
  if (within(logicalRange(source.relation, source.value), claimed)) return 'supported';
  return apart(roundedRange(source.relation, source.value), claimed) ? 'contradicted' : 'undecided';
}
