// Questions that ask the same thing share a group key: the set of their content terms as the
// retrieval analyzer reads them (stop words and question forms out, Snowball stems, accents
// folded), in sorted order. "Quels sont les objectifs de l'OIM ?" and "quel est l'objectif de
// l'oim" both become "objectif oim". The key is computed once, when the turn is written, so that
// the database groups and counts (GROUP BY) rather than the page reading every question.
import { memoByText } from '../lib/memo.js';
import { analyze, foldAccents, normalizeText } from '../text/analyzer.js';
import type { Language } from '../types.js';

/** Keys longer than this are cut: the insights page shows the example question, not the key. */
export const MAX_GROUP_KEY = 300;

// Popular questions come back word for word: their key is looked up, not analysed again. Up to
// 200,000 characters of questions per language: 2,000 questions of 100 characters.
const QUESTION_CHARS = 200_000;
const keyByLanguage = { fr: memoByText((q) => keyOf(q, 'fr'), QUESTION_CHARS), en: memoByText((q) => keyOf(q, 'en'), QUESTION_CHARS) };

export function groupKey(question: string, language: Language): string {
  return keyByLanguage[language](question);
}

function keyOf(question: string, language: Language): string {
  const terms = [...new Set(analyze(question, language))].sort();
  // A message of stop words only ("Bonjour ?") groups by its normalised text instead.
  const key = terms.length
    ? terms.join(' ')
    : foldAccents(normalizeText(question))
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  return key.slice(0, MAX_GROUP_KEY);
}
