// Words written as names (capitalised, acronyms): a claim's names that the corpus never mentions
// cannot be checked, and a sentence's multi-word names do not lend their words to common words.
import { stem } from '../text/analyzer.js';
import type { Language } from '../types.js';
import { tokenize } from '../text/quantities/tokens.js';

interface NamedWord {
  word: string;
  /** As written, without an elision: "ONU" in "l'ONU". */
  surface: string;
}

function wordTokens(text: string, language: Language): NamedWord[] {
  return tokenize(text, language)
    .filter((t) => t.word && !/^\d/.test(t.surface))
    .map((t) => ({ word: t.word, surface: t.surface.slice(t.surface.length - t.word.length) }));
}

const capitalised = (w: NamedWord) => /^\p{Lu}/u.test(w.surface);

/** Words written as names: capitalised after the first word, or all capitals (acronyms). */
export function namedWords(text: string, language: Language): NamedWord[] {
  return wordTokens(text, language).filter((t, i) => capitalised(t) && (i > 0 || /^\p{Lu}{2,}$/u.test(t.surface)));
}

/**
 * Stems that a sentence uses only inside a name of several capitalised words ("Nations Unies"):
 * a common word of a claim ("national") does not match them.
 */
export function nameOnlyStems(text: string, language: Language): Set<string> {
  const tokens = wordTokens(text, language);
  const inName = tokens.map(
    (t, i) => i > 0 && capitalised(t) && ((i > 1 && capitalised(tokens[i - 1])) || (i + 1 < tokens.length && capitalised(tokens[i + 1]))),
  );
  const plain = new Set(tokens.filter((_, i) => !inName[i]).map((t) => stem(t.word)));
  return new Set(tokens.filter((t, i) => inName[i] && !plain.has(stem(t.word))).map((t) => stem(t.word)));
}
