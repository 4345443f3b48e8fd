// The focus of a question: the first thing it asks about once the question words are gone
// ("Quel est le salaire de…" → salaire, "Which office handles…" → office), skipping classifier
// nouns ("what kind of operations"), the organisation's own acronym, and words the dictionary
// knows only as verbs or adjectives ("Write me a poem…" is about a poem). Manner and reason
// questions (how, why) have no noun focus.
import type { HybridRetriever, TermGroup } from '../retrieve/hybrid.js';

const MANNER = /^\s*(how|why|comment|pourquoi)\b/i;
// Nouns that only classify the real focus that follows them, in both languages.
const CLASSIFIERS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'genre', 'genres', 'sorte', 'sortes', 'forme', 'formes']);

export function focusGroup(question: string, groups: TermGroup[], retriever: HybridRetriever): TermGroup | null {
  if (MANNER.test(question)) return null;
  return groups.find((g) => !g.weak && !CLASSIFIERS.has(g.word) && !retriever.isAcronymGroup(g)) ?? null;
}
