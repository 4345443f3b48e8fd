// The event a year dates ("créée en 1951", "founded in 1961", "depuis 1951"), from general French
// and English dating words, not from the corpus.
import { foldAccents } from '../analyzer.js';
import type { NumberSpan } from './numbers.js';
import type { Token } from './tokens.js';

/** What a year dates: the creation of something, or the start of an ongoing state. */
export type Concept = 'creation' | 'since';

/** Words that date the creation of something, in both languages (folded). */
const CREATION = new Set(
  [
    'cree',
    'creee',
    'crees',
    'creees',
    'creer',
    'creation',
    'fonde',
    'fondee',
    'fondes',
    'fondees',
    'fonder',
    'fondation',
    'etabli',
    'etablie',
    'institue',
    'instituee',
    'naissance',
    'founded',
    'founding',
    'foundation',
    'establish',
    'established',
    'establishment',
    'created',
    'creation',
    'create',
    'inception',
    'formed',
    'born',
  ].map(foldAccents),
);
const CREATION_PAIRS = [
  ['set', 'up'],
  ['mise', 'en', 'place'],
  ['mis', 'en', 'place'],
  ['vu', 'le', 'jour'],
];
const SINCE = new Set(['depuis', 'since']);

export const isYear = (value: number) => Number.isInteger(value) && value >= 1800 && value <= 2100;

const folded = (t: Token) => foldAccents(t.word);

/** How many tokens from `i` on say "created" ("fondée", "set up", "mise en place"); 0 when they do not. */
function creationWordsAt(tokens: Token[], i: number): number {
  if (CREATION.has(folded(tokens[i]))) return 1;
  for (const pair of CREATION_PAIRS) if (pair.every((p, k) => tokens[i + k] && folded(tokens[i + k]) === p)) return pair.length;
  return 0;
}

/** The event a year dates: "depuis/since" just before it, or a creation word in its clause. */
export function conceptOf(tokens: Token[], span: NumberSpan): { concept: Concept | null; used: number[] } {
  const clause = tokens[span.first].clause;
  for (let j = span.first - 1; j >= Math.max(0, span.first - 2); j--) {
    if (tokens[j].clause === clause && SINCE.has(folded(tokens[j]))) return { concept: 'since', used: [j] };
  }
  let best: { distance: number; used: number[] } | null = null;
  for (let j = 0; j < tokens.length; j++) {
    if (tokens[j].clause !== clause) continue;
    const length = creationWordsAt(tokens, j);
    if (!length) continue;
    const distance = Math.abs(j - span.first);
    if (!best || distance < best.distance) best = { distance, used: Array.from({ length }, (_, k) => j + k) };
  }
  return best ? { concept: 'creation', used: best.used } : { concept: null, used: [] };
}
