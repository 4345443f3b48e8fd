// A set of stems that also answers "is there a related form?". Stems are related when one extends
// the other (organis/organisation, uni/unir), or loosely when they share a long beginning
// (directeur/directrice); the hybrid scorer gives loose matches less weight.
export const MIN_SHARED_PREFIX = 5;
export const MIN_SHORT_STEM = 3;
export const MAX_INFLECTION = 2;
export const LOOSE_PREFIX = 6;

/** Are two stems forms of one word (one extends the other)? */
export function related(a: string, b: string): boolean {
  if (a === b) return true;
  // No [short, long] destructuring: this runs for every (question stem, passage term) pair, and the
  // arrays it allocates were a visible share of retrieval's garbage at 100k passages.
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (!long.startsWith(short)) return false;
  return short.length >= MIN_SHARED_PREFIX || (short.length >= MIN_SHORT_STEM && long.length - short.length <= MAX_INFLECTION);
}

/**
 * Are two stems of one word family: the same, or sharing their first MIN_SHARED_PREFIX letters
 * (déplac/deplaced, commun/communaut) — not the likeness of a short stem and its inflections that
 * `related` also accepts ("met", mets, in "mettr", mettre). MIN_SHARED_PREFIX is the beginning
 * `related` already takes as one word, whatever the longer stem adds.
 */
export function sameFamily(a: string, b: string): boolean {
  return a === b || (a.length >= MIN_SHARED_PREFIX && b.length >= MIN_SHARED_PREFIX && a.startsWith(b.slice(0, MIN_SHARED_PREFIX)));
}

/** Do two stems share their first LOOSE_PREFIX letters (a weaker sign of one word family)? */
export function looselyRelated(a: string, b: string): boolean {
  if (a.length < LOOSE_PREFIX || b.length < LOOSE_PREFIX) return false;
  // Character codes rather than slice(): no two substrings allocated per pair compared.
  for (let i = 0; i < LOOSE_PREFIX; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Every stem a visit-until-true walk offers, walked to its end. */
function collected(walk: (visit: (stem: string) => boolean) => boolean): string[] {
  const found: string[] = [];
  walk((stem) => {
    found.push(stem);
    return false;
  });
  return found;
}

export class StemSet {
  private readonly sorted: string[];
  private readonly set: Set<string>;

  constructor(stems: Iterable<string>) {
    this.set = new Set(stems);
    this.sorted = [...this.set].sort();
  }

  get size(): number {
    return this.set.size;
  }

  has(stem: string): boolean {
    return this.set.has(stem);
  }

  /** Index of the first stem ≥ prefix in sorted order. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private someStartingWith(prefix: string, accept: (candidate: string) => boolean): boolean {
    for (let i = this.lowerBound(prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++)
      if (accept(this.sorted[i])) return true;
    return false;
  }

  /** The stems that begin with this prefix, in sorted order. */
  startingWith(prefix: string): string[] {
    return collected((visit) => this.someStartingWith(prefix, visit));
  }

  /** Visits the other stems related to this one (shorter ones it extends, longer ones extending it) until `visit` returns true. */
  private someRelated(stem: string, visit: (related: string) => boolean): boolean {
    for (let n = MIN_SHORT_STEM; n < stem.length; n++) {
      const shorter = stem.slice(0, n);
      if (this.set.has(shorter) && related(shorter, stem) && visit(shorter)) return true;
    }
    return this.someStartingWith(stem, (longer) => longer !== stem && related(stem, longer) && visit(longer));
  }

  /** The stem itself, a shorter stem it extends, or a longer one that extends it. */
  hasRelated(stem: string): boolean {
    return this.set.has(stem) || this.someRelated(stem, () => true);
  }

  /** The other stems of the set related to this one. */
  relatedForms(stem: string): string[] {
    return collected((visit) => this.someRelated(stem, visit));
  }

  /** A stem related to this one, or sharing its first LOOSE_PREFIX letters. */
  hasLooselyRelated(stem: string): boolean {
    return this.hasRelated(stem) || (stem.length >= LOOSE_PREFIX && this.someStartingWith(stem.slice(0, LOOSE_PREFIX), () => true));
  }
}
