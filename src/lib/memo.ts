// Answers of pure functions of a text, kept for texts seen again. The offline answer reads the same
// passage sentences on every request (normalising them, reading their figures): a profile of the
// uncached chat (bench:chat, --cpu-prof) spent a third of its time redoing that per request. The
// cache is bounded by the characters it holds, so a large corpus cannot grow it without limit.
import { LRUCache } from 'lru-cache';

/** Characters of keys kept by one memo (about twice that in memory with the values). */
const MAX_CHARS = 4_000_000;

/**
 * Values kept by key until `limit` of them are, then all dropped at once: for keys that keep coming
 * back (a question's words, a passage's stems), where an LRU's bookkeeping per look-up would cost
 * more than recomputing after a rare reset. Look up with get, and on undefined compute and set:
 * no closure per call on the hot paths that use it. Values may be null or false, never undefined.
 */
export class MemoUntilFull<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Keeps the value (starting over when full) and returns it. */
  set(key: string, value: V): V {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}

export function memoByText<V extends {}>(compute: (text: string) => V, maxChars = MAX_CHARS): (text: string) => V {
  const cache = new LRUCache<string, V>({ maxSize: maxChars, sizeCalculation: (_value, key) => Math.max(1, key.length) });
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      // A text longer than the whole cache is computed each time rather than evicting everything.
      if (text.length < maxChars) cache.set(text, value);
    }
    return value;
  };
}
