// The glossary's translation tables (word key → translations) and how a key is looked up in one:
// its own entry, or those of keys a letter or so longer or shorter.

/** A table as it is built: key → the translations found so far. */
export type TableBuilder = Record<string, Set<string>>;

/** A table as the glossary saves it: each key's translations sorted. */
export const sortedTable = (table: TableBuilder): Record<string, string[]> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v].sort()]));

/** A stem may differ from its dictionary entry's by this many trailing letters and still be that word. */
const MAX_SPELLING_GAP = 1;
/** Shortest stem that may stand for an entry of another length. */
const MIN_NEAR_STEM = 5;

/** A translation table's keys in their order, and each key under the stems it extends by up to MAX_SPELLING_GAP letters. */
interface TableIndex {
  position: Map<string, number>;
  longer: Map<string, string[]>;
}

/**
 * Each table's index, built once per table: a question word the dictionary lacks used to be compared
 * with every key of the table, on every request (a visible share of an uncached answer's profile).
 */
const tableIndexes = new WeakMap<Record<string, string[]>, TableIndex>();

function indexOf(table: Record<string, string[]>): TableIndex {
  let index = tableIndexes.get(table);
  if (!index) {
    const keys = Object.keys(table);
    const longer = new Map<string, string[]>();
    for (const k of keys) {
      for (let n = Math.max(1, k.length - MAX_SPELLING_GAP); n < k.length; n++) {
        const shorter = k.slice(0, n);
        const list = longer.get(shorter);
        if (list) list.push(k);
        else longer.set(shorter, [k]);
      }
    }
    index = { position: new Map(keys.map((k, i) => [k, i])), longer };
    tableIndexes.set(table, index);
  }
  return index;
}

/** A table's own entry for a key: a word such as "constructor" is no key of the prototype's. */
export function ownEntry(table: Record<string, string[]> | undefined, key: string): string[] {
  return table && Object.hasOwn(table, key) ? table[key] : [];
}

/**
 * A stem's translations: its own entry, else the entries of stems up to MAX_SPELLING_GAP letters
 * longer or shorter (the stemmer cuts "trafficking" to traffick but "traffic" to traffic: one word,
 * two keys), in the table's order. Not further: "director" is not "direct".
 */
export function lookUp(table: Record<string, string[]> | undefined, key: string): string[] {
  if (!table) return [];
  // Own keys only: "constructor" or "toString" read from the object's prototype crashed the request.
  if (Object.hasOwn(table, key)) return table[key];
  if (key.length < MIN_NEAR_STEM) return [];
  const { position, longer } = indexOf(table);
  const near = [...(longer.get(key) ?? [])];
  for (let n = Math.max(MIN_NEAR_STEM, key.length - MAX_SPELLING_GAP); n < key.length; n++) {
    const shorter = key.slice(0, n);
    if (position.has(shorter)) near.push(shorter);
  }
  near.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return [...new Set(near.flatMap((k) => table[k]))];
}
