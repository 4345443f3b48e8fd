// A set of stems that also answers "is there a related form?": one stem a prefix of the other,
// sharing 5+ letters (organis/organisation), or a short stem and its inflection (uni/unir).
export const MIN_SHARED_PREFIX = 5;
const MIN_SHORT_STEM = 3;
const MAX_INFLECTION = 2;

/** Are two stems forms of one word? */
export function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  return short.length >= MIN_SHARED_PREFIX || (short.length >= MIN_SHORT_STEM && long.length - short.length <= MAX_INFLECTION);
}

export class StemSet {
  private readonly sorted: string[];
  private readonly set: Set<string>;

  constructor(stems: Iterable<string>) {
    this.set = new Set(stems);
    this.sorted = [...this.set].sort();
  }

  has(stem: string): boolean {
    return this.set.has(stem);
  }

  /** The stem itself, a shorter stem it extends, or a longer one that extends it (binary search). */
  hasRelated(stem: string): boolean {
    if (this.set.has(stem)) return true;
    for (let n = MIN_SHORT_STEM; n < stem.length; n++) if (this.set.has(stem.slice(0, n)) && related(stem.slice(0, n), stem)) return true;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(stem); i++) if (related(stem, this.sorted[i])) return true;
    return false;
  }
}
