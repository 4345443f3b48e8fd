// Questions that ask the same thing share a group key: the set of their content terms as the
// retrieval analyzer reads them (stop words and question forms out, Snowball stems, accents
// folded), in sorted order. "Quels sont les objectifs de l'OIM ?" and "quel est l'objectif de
// l'oim" both become "objectif oim". The key is computed once, when the turn is written, so that
// the database groups and counts (GROUP BY) rather than the page reading every question.
import { analyze, foldAccents, normalizeText } from '../retrieve/analyzer.js';
import type { Language } from '../types.js';

/** Keys longer than this are cut: the insights page shows the example question, not the key. */
export const MAX_GROUP_KEY = 300;

export function groupKey(question: string, language: Language): string {
  const terms = [...new Set(analyze(question, language))].sort();
  // A message of stop words only ("Bonjour ?") groups by its normalised text instead.
  const key = terms.length
    ? terms.join(' ')
    : foldAccents(normalizeText(question))
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  return key.slice(0, MAX_GROUP_KEY);
}
