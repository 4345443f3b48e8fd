// A sentence whose subject is a pronoun ("In 2023 it was active in 86 countries", "Elle compte…")
// speaks of what the sentence before it named: that sentence's words are part of its setting. Only
// a third-person pronoun in subject position counts (the sentence's first clause, or the one after
// a short opening phrase such as "En 2023,"): a pronoun further on ("L'Agence compte 40 antennes,
// et elle a…") refers to the sentence's own subject, and a sentence without one is read
// alone, so that a neighbour's words never complete a claim about something else.
import type { Language } from '../types.js';
import { tokenize } from '../text/quantities/tokens.js';

/** Third-person pronouns that stand for a thing or a body already named. */
const SUBJECT_PRONOUNS: Record<Language, Set<string>> = {
  en: new Set(['it', 'they']),
  fr: new Set(['il', 'elle', 'ils', 'elles']),
};

/**
 * Longest opening phrase, in words, that may come before the subject in its own clause: "En 2023,"
 * (2), "Depuis sa création," (3), "Au cours de 2023," would be 4 and is not taken — a longer opening
 * is more often a clause with its own subject ("Lorsque le programme a commencé, il…").
 */
const MAX_OPENING_WORDS = 3;

/** Does the sentence's subject refer back, as a pronoun, to what came before it? */
export function refersBack(text: string, language: Language): boolean {
  const pronouns = SUBJECT_PRONOUNS[language];
  const words = tokenize(text, language).filter((t) => t.word);
  const firstClause = words.filter((t) => t.clause === words[0]?.clause);
  const secondClause = firstClause.length <= MAX_OPENING_WORDS ? words.filter((t) => t.clause === words[firstClause.length]?.clause) : [];
  return [...firstClause, ...secondClause].some((t) => pronouns.has(t.word));
}
