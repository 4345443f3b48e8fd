// The passages of ranked candidates with repeated text kept once: a page captured twice, or a
// block repeated on many pages, is one passage whose copies become alternates.
import type { Chunk, Passage } from '../types.js';
import { sameText } from '../text/analyzer.js';
import { copyWith } from '../lib/copyWith.js';

/**
 * The passages of the ranked candidates, keeping the first of each text (compared as sameText
 * normalises it), up to k: a page captured twice, or a block repeated on many pages, is one passage
 * whose copies become alternates. A passage (a copy of its chunk with its score) is made only for
 * those kept: copying every candidate's chunk, most of them then dropped, was a fifth of this
 * file's own time in a chat request's profile.
 */
export function withoutRepeatedText(
  chunks: readonly Chunk[],
  keys: Array<string | undefined>,
  ranked: ReadonlyArray<{ i: number; score: number }>,
  k: number,
): Passage[] {
  const byText = new Map<string, Passage>();
  const kept: Passage[] = [];
  for (const { i, score } of ranked) {
    const chunk = chunks[i];
    // Each chunk's sameText, kept by the retriever (see HybridRetriever.textKeys).
    keys[i] ??= sameText(chunk.text);
    const key = keys[i];
    const first = byText.get(key);
    if (first) {
      const copies = [chunk.source, ...(chunk.alternates ?? [])].filter((s) => s !== first.source);
      first.alternates = [...new Set([...(first.alternates ?? []), ...copies])];
    } else if (kept.length < k) {
      const passage: Passage = copyWith(chunk, { score: Math.round(score * 10_000) / 10_000 });
      byText.set(key, passage);
      kept.push(passage);
    }
  }
  return kept;
}
