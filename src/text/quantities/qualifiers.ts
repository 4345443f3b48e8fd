// The relation a claim or a source states with its number ("plus de 170", "about 200", "before
// 1960"): general French and English qualifiers written just before the number.
import { foldAccents } from '../analyzer.js';
import type { NumberSpan } from './numbers.js';
import type { Token } from './tokens.js';

export type Relation = 'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'approx';

// Phrases just before a number (accents folded, lower case), in both languages.
const QUALIFIERS: Record<Relation, string[]> = {
  gt: ['plus de', "plus d'", 'more than', 'over', 'above', 'upwards of', 'in excess of', 'au-dela de', 'after', 'apres'],
  ge: ['au moins', 'at least', 'no fewer than', 'no less than'],
  lt: ['moins de', "moins d'", 'less than', 'fewer than', 'under', 'below', 'before', 'avant'],
  le: ['au plus', 'at most', 'up to', "jusqu'a", "jusqu'en"],
  approx: [
    'environ',
    'about',
    'around',
    'approximately',
    'roughly',
    'nearly',
    'almost',
    'pres de',
    "pres d'",
    'presque',
    'quelque',
    'some',
    'autour de',
    'approximativement',
    'circa',
  ],
  eq: [],
};
const QUALIFIER = new RegExp(
  `(?:^|[^\\p{L}'])(${Object.values(QUALIFIERS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*$`,
  'u',
);
const RELATION_OF = new Map(Object.entries(QUALIFIERS).flatMap(([relation, phrases]) => phrases.map((p) => [p, relation as Relation])));

/** The qualifier written just before a number ("plus de 170", "more than 200"), and where it starts. */
export function qualifierBefore(text: string, tokens: Token[], span: NumberSpan): { relation: Relation; start: number } {
  const first = tokens[span.first];
  // A number word glued to an elision ("plus d'un million") starts after the apostrophe.
  const numberStart = first.start + (/^\d/.test(first.surface) ? 0 : first.surface.length - first.word.length);
  const clauseStart = tokens.find((t) => t.clause === first.clause)?.start ?? 0;
  const before = foldAccents(text.slice(clauseStart, numberStart).toLowerCase()).replace(/’/g, "'");
  const m = QUALIFIER.exec(before);
  if (!m) return { relation: 'eq', start: first.start };
  return { relation: RELATION_OF.get(m[1]) ?? 'eq', start: clauseStart + before.length - m[0].length + m[0].indexOf(m[1]) };
}
