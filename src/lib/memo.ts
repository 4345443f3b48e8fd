// Answers of pure functions of a text, kept for texts seen again. The offline answer reads the same
// passage sentences on every request (normalising them, reading their figures): a profile of the
// uncached chat (bench:chat, --cpu-prof) spent a third of its time redoing that per request. Each
// cache is bounded by the characters it holds, and all of them together by ALL_MEMOS_CHARS, so a
// large corpus cannot grow them without limit. The insights keep their redactions, group keys and
// passage hashes here too.
import { LRUCache } from 'lru-cache';

/** Characters of keys kept by one memo (about twice that in memory with the values). */
const MAX_CHARS = 4_000_000;

/**
 * Characters of keys kept by all the memos of a process (or thread) together. Each memo is bounded
 * on its own (MAX_CHARS), but there are some twenty of them, one per reading of a text that the
 * answer path keeps: on a large corpus they could hold 80 million characters between them, in every
 * worker. Past this budget the memo holding the most gives up its least recently used texts first.
 * Measured at the end of an eval run: 0.69 million characters over the 57-document multidoc corpus
 * (392 kB), so corpora of several megabytes are still kept whole; a miss costs about 1 µs more for
 * the look over the memos (scratch timing, 200,000 misses, load 10), a hit nothing. Answers do not
 * depend on it: the multidoc eval JSON was identical with a budget of 100,000 characters.
 */
export const ALL_MEMOS_CHARS = 16_000_000;

/** What the shared budget reads of a memo's cache. */
interface Held {
  readonly calculatedSize: number;
  readonly size: number;
  pop(): unknown;
}

/** The memos alive, held weakly: a memo of an index reloaded away goes with its index. */
const memos = new Set<WeakRef<Held>>();

/** Characters of keys the memos alive hold together, and the memo holding the most. */
function holdings(): { total: number; largest: Held | null } {
  let total = 0;
  let largest: Held | null = null;
  for (const ref of memos) {
    const memo = ref.deref();
    if (!memo) memos.delete(ref);
    else {
      total += memo.calculatedSize;
      if (!largest || memo.calculatedSize > largest.calculatedSize) largest = memo;
    }
  }
  return { total, largest };
}

/** Characters of keys all the memos alive hold (ALL_MEMOS_CHARS at most). */
export function memoChars(): number {
  return holdings().total;
}

/** Frees room for `chars` more within ALL_MEMOS_CHARS, from the memo holding the most. */
function makeRoom(chars: number): void {
  for (;;) {
    const { total, largest } = holdings();
    let over = total + chars - ALL_MEMOS_CHARS;
    if (over <= 0 || !largest?.size) return;
    while (over > 0 && largest.size) {
      const before = largest.calculatedSize;
      largest.pop();
      over -= before - largest.calculatedSize;
    }
  }
}

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
  memos.add(new WeakRef(cache));
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      // A text longer than the whole cache is computed each time rather than evicting everything.
      if (text.length < maxChars) {
        makeRoom(Math.max(1, text.length));
        cache.set(text, value);
      }
    }
    return value;
  };
}
