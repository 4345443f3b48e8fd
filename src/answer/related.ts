// What a refusal offers instead: a few titles of documents related to the question (those of the
// passages retrieval found for it, best first), each document once, in the asker's language where
// the document is in it — never a section heading in file order (menu labels, datelines, "Global").
import { sameText } from '../text/analyzer.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import type { Language, Passage } from '../types.js';

/** Titles offered at most. */
const MAX_PAGES = 3;
/**
 * Least hybrid score for a passage's document to count as related: below it a passage shares
 * little more than a common word with the question (an off-topic question's best passages on the
 * seed score 0.04–0.13; answerable ones 0.25 and up, see MIN_TOP_SCORE).
 */
const MIN_RELATED_SCORE = 0.15;

export function relatedPages(passages: Passage[], language: Language, vocabulary: Vocabulary): string[] {
  const related = passages.filter((p) => p.score >= MIN_RELATED_SCORE && p.title && !vocabulary.isChrome(p.title));
  // The asker's language first, then the others, each in retrieval order.
  const ordered = [...related.filter((p) => p.language === language), ...related.filter((p) => p.language !== language)];
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const p of ordered) {
    const key = sameText(p.title);
    if (seen.has(p.source) || seen.has(key)) continue;
    seen.add(p.source);
    seen.add(key);
    titles.push(p.title);
  }
  return titles.slice(0, MAX_PAGES);
}
