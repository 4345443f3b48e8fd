// A sentence cut into words, numbers and punctuation, each with its clause: a number's unit and
// context are read inside its own clause only.
import { isStopWord, words } from '../analyzer.js';
import type { Language } from '../../types.js';
import { isNumberWord } from './numbers.js';
import type { Token } from './token.js';

export type { Token } from './token.js';

const TOKEN = /(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
const BOUNDARY = /^[,;:.!?()«»"“”[\]…—–]$/;
const CONJUNCTIONS = new Set(['et', 'and', 'mais', 'but', 'ou', 'or']);

export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [surface, digits, letters] = m;
    const start = m.index;
    if (!digits && !letters) {
      if (BOUNDARY.test(surface)) clause++;
      tokens.push({ surface, word: '', start, end: start + surface.length, clause, content: false });
      continue;
    }
    const word = digits ? surface : (words(surface)[0] ?? surface.toLowerCase());
    // Acronyms are names even when they spell a stop word (UN, ONU…).
    const content =
      !digits &&
      ((!isNumberWord(word) && !isStopWord(word, language)) || /^\p{Lu}{2,}$/u.test(surface.slice(surface.length - word.length)));
    tokens.push({ surface, word, start, end: start + surface.length, clause, content });
  }
  return splitCoordinatedClauses(tokens, language);
}

/**
 * "créée en 1951 et fait partie du système…": a conjunction followed by a verb or a pronoun starts
 * a new clause, so the words of one statement are not taken as the setting of another's number.
 * Coordinated words ("humaine et ordonnée") stay together: what follows them is a content word.
 */
function splitCoordinatedClauses(tokens: Token[], language: Language): Token[] {
  let shift = 0;
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    if (
      CONJUNCTIONS.has(t.word) &&
      next?.word &&
      !/^\d/.test(next.surface) &&
      !next.content &&
      !isNumberWord(next.word) &&
      isStopWord(next.word, language)
    )
      shift++;
    return shift ? { ...t, clause: t.clause + shift } : t;
  });
}
