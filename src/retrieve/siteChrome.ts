// Site chrome: the lines many documents repeat (a menu, a footer, a cookie banner), read from the
// indexed passages when an index is loaded, so that no answer quotes them.
import type { Chunk } from '../types.js';
import { sameText } from '../text/analyzer.js';

/**
 * A line found in this many documents or more is site chrome (a menu, a footer, a banner), never
 * an answer: three, because a page and its print copy or translation share lines, a menu more.
 */
const MIN_CHROME_DOCUMENTS = 3;

/** A line as chrome is compared: no list bullet, no case, accents or punctuation. */
export function chromeKey(line: string): string {
  return sameText(line.replace(/^\s*[-–—•*·]\s+/, ''));
}

/** Lines that MIN_CHROME_DOCUMENTS documents or more repeat, compared as sameText normalises them. */
export function repeatedLines(chunks: ReadonlyArray<Pick<Chunk, 'text' | 'source'>>): Set<string> {
  const sources = new Map<string, Set<string>>();
  for (const c of chunks) {
    for (const line of c.text.split('\n')) {
      const key = chromeKey(line);
      if (key) sources.set(key, (sources.get(key) ?? new Set()).add(c.source));
    }
  }
  return new Set([...sources].filter(([, s]) => s.size >= MIN_CHROME_DOCUMENTS).map(([line]) => line));
}
