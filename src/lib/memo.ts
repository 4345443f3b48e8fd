// Answers of pure functions of a text, kept for texts seen again. The offline answer reads the same
// passage sentences on every request (normalising them, reading their figures): a profile of the
// uncached chat (bench:chat, --cpu-prof) spent a third of its time redoing that per request. The
// cache is bounded by the characters it holds, so a large corpus cannot grow it without limit.
import { LRUCache } from 'lru-cache';

/** Characters of keys kept by one memo (about twice that in memory with the values). */
const MAX_CHARS = 4_000_000;

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
