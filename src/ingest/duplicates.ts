// Duplicate passages are indexed once: a page captured twice, its print version, a paragraph two
// pages share. Copies are compared as comparable text (case, accents, punctuation, spacing set
// aside); near copies by the Jaccard resemblance of their word shingles (Broder's measure), with
// the same figures required: two texts that state different figures are different facts (a
// release updated from 175 to 155 members), however alike their words. One copy is kept (the best
// sourced, else the first in corpus order), the sources of the others recorded as its alternates.
//
// Resemblance is computed exactly, between passages that share a shingle (an inverted index), not
// estimated with MinHash: at a site's scale (thousands of passages) exact is cheap, and it cannot
// merge two passages by a hash collision.
import { comparable, figures } from '../corpus/comparable.js';
import type { Chunk } from '../types.js';

/** Words per shingle: 2 keeps word order (the same words in another order stay apart) and lets a short passage survive one edit. */
export const SHINGLE_WORDS = 2;
/**
 * Resemblance from which two passages are one. Broder's near-duplicate detection of web pages used
 * high resemblance (≈0.9) on whole pages; passages are shorter: one edited word in a 25-word
 * passage changes 2 of its 24 shingles (resemblance 22/26 ≈ 0.85), two edits 20/28 ≈ 0.71. 0.8
 * merges a copy with one word changed (a typo fixed, a print version's other quotes) and no more.
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;

function shingles(text: string): Set<string> {
  const words = text.split(' ').filter(Boolean);
  if (words.length <= SHINGLE_WORDS) return new Set([words.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

function jaccard(shared: number, a: number, b: number): number {
  return shared / (a + b - shared);
}

const sameFigures = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

interface Kept {
  chunk: Chunk;
  shingles: Set<string>;
  figures: string[];
}

export interface Deduplicated {
  chunks: Chunk[];
  /** Passages merged into another as its alternate. */
  merged: number;
}

/**
 * Which copy to keep: the one whose document says where it lives (an address) and when (a date):
 * a citation can link to it and date it. A print version or a capture without either loses to the
 * page; between equals, the first in corpus order stays.
 */
function betterSourced(copy: Chunk, kept: Chunk): boolean {
  const provenance = (c: Chunk) => (c.url ? 2 : 0) + (c.date ? 1 : 0);
  return provenance(copy) > provenance(kept);
}

function recordAlternates(kept: Chunk, copy: Chunk): void {
  const sources = [copy.source, ...(copy.alternates ?? [])].filter((s) => s !== kept.source && !kept.alternates?.includes(s));
  if (sources.length) kept.alternates = [...(kept.alternates ?? []), ...new Set(sources)];
}

export function mergeDuplicates(chunks: Chunk[]): Deduplicated {
  const kept: Kept[] = [];
  const exact = new Map<string, Kept>();
  const byShingle = new Map<string, Kept[]>();
  let merged = 0;
  for (const chunk of chunks) {
    const key = `${chunk.language ?? ''}\u0000${comparable(chunk.text)}`;
    const candidate: Kept = { chunk: { ...chunk }, shingles: shingles(comparable(chunk.text)), figures: figures(chunk.text) };
    const original = exact.get(key) ?? nearest(candidate, byShingle);
    if (original) {
      if (betterSourced(chunk, original.chunk)) {
        const { text, ...better } = chunk;
        const previous = original.chunk;
        original.chunk = { ...better, text, alternates: previous.alternates };
        recordAlternates(original.chunk, previous);
      } else recordAlternates(original.chunk, chunk);
      merged++;
      continue;
    }
    kept.push(candidate);
    exact.set(key, candidate);
    for (const s of candidate.shingles) {
      const list = byShingle.get(s);
      if (list) list.push(candidate);
      else byShingle.set(s, [candidate]);
    }
  }
  return { chunks: kept.map((k) => k.chunk), merged };
}

function nearest(candidate: Kept, byShingle: Map<string, Kept[]>): Kept | null {
  const shared = new Map<Kept, number>();
  for (const s of candidate.shingles) for (const k of byShingle.get(s) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  let best: Kept | null = null;
  let bestScore = NEAR_DUPLICATE_JACCARD;
  for (const [k, count] of shared) {
    if (k.chunk.language !== candidate.chunk.language || !sameFigures(k.figures, candidate.figures)) continue;
    const score = jaccard(count, k.shingles.size, candidate.shingles.size);
    if (score >= bestScore) [best, bestScore] = [k, score];
  }
  return best;
}
