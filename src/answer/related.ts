// What a refusal offers instead: a few titles of documents related to the question (those of the
// passages retrieval found for it, best first), each document once, in the asker's language where
// the document is in it — never a section heading in file order (menu labels, datelines, "Global").
import { sameText, textLanguage } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { coverage } from '../retrieve/termMatch.js';
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

/**
 * Least weighted share of the question's words the corpus knows that a passage must say for its
 * page to be offered: half. An off-topic request found only through a word sharing a stem with a
 * corpus word (donne, données) reaches a privacy page that says 0.45 of it; a page offered for
 * that is a page found by chance.
 */
const MIN_RELATED_KNOWN_SAID = 0.5;

function saysEnough(reading: QuestionReading, passage: Passage): boolean {
  const known = reading.groups.filter((g) => g.known);
  const terms = textTerms(passage.text, textLanguage(passage.language) ?? 'fr');
  return !known.length || coverage(known, terms) >= MIN_RELATED_KNOWN_SAID;
}

export function relatedPages(passages: Passage[], language: Language, vocabulary: Vocabulary, reading?: QuestionReading): string[] {
  const related = passages.filter(
    (p) => p.score >= MIN_RELATED_SCORE && p.title && !vocabulary.isChrome(p.title) && (!reading || saysEnough(reading, p)),
  );
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
