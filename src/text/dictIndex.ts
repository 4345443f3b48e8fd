// The lines of a dictd index (headword, tab, base64 offset, tab, base64 length), all of them or
// only those whose headword may be one of a set of words. German's Ding index has 520k lines
// (12.7 MB): splitting it into strings and lower-casing each headword took ~0.4 s of an ingestion,
// for the few thousand headwords the pivot words reach.

const NEWLINE = 10;
const TAB = 9;
/** Bytes from here on are part of a multi-byte UTF-8 character. */
const FIRST_NON_ASCII = 0x80;
const UPPER_A = 65;
const UPPER_Z = 90;
/** What an ASCII capital letter's code is below its small letter's. */
const CASE_OFFSET = 32;

/** A hash of a word's ASCII bytes, capitals read as small letters (the same for "Haus" and "haus"). */
function foldedHash(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    hash = (Math.imul(hash, 31) + (b >= UPPER_A && b <= UPPER_Z ? b + CASE_OFFSET : b)) | 0;
  }
  return hash;
}

/**
 * The lines of the index whose headword, lower-cased, may be one of `words` (lower case): every
 * line whose headword has a non-ASCII byte (its lower case is not a byte-wise one), and the ASCII
 * ones whose folded hash is an ASCII word's. A superset, read in the index's order: the caller
 * still compares each headword itself. An ASCII headword lower-cases to ASCII, so it can only be
 * an ASCII word.
 */
export function indexLinesFor(index: Buffer, words: ReadonlySet<string>): string[] {
  const hashes = new Set<number>();
  for (const w of words) {
    const bytes = Buffer.from(w);
    if (bytes.every((b) => b < FIRST_NON_ASCII)) hashes.add(foldedHash(bytes, 0, bytes.length));
  }
  const lines: string[] = [];
  for (let start = 0; start < index.length; ) {
    let end = index.indexOf(NEWLINE, start);
    if (end < 0) end = index.length;
    let tab = start;
    while (tab < end && index[tab] !== TAB && index[tab] < FIRST_NON_ASCII) tab++;
    // Stopped before the tab (a non-ASCII byte) or a line without one: the caller decides.
    if (index[tab] !== TAB || hashes.has(foldedHash(index, start, tab))) lines.push(index.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}

/** Every line of the index. */
export function indexLines(index: Buffer): string[] {
  return index.toString('utf8').split('\n');
}

/** The first line of the index that starts with `prefix` (undefined: none). */
export function lineStartingWith(index: Buffer, prefix: string): string | undefined {
  for (let at = index.indexOf(prefix); at >= 0; at = index.indexOf(prefix, at + 1)) {
    if (at > 0 && index[at - 1] !== NEWLINE) continue;
    const end = index.indexOf(NEWLINE, at);
    return index.toString('utf8', at, end < 0 ? index.length : end);
  }
  return undefined;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** An offset or length of an index line, written in base 64. */
export function decodeDictNumber(text: string): number {
  let n = 0;
  for (const c of text) n = n * 64 + B64.indexOf(c);
  return n;
}
