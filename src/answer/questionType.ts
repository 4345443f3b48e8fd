// What kind of value a question asks for, so that a sentence holding such a value is preferred.
// These are question forms of the two languages the assistant speaks, not topics of the corpus.
export type Expected = 'count' | 'year' | 'any';

const COUNT = /\b(combien|nombre|how many|how much|number of|quantité)\b/i;
const YEAR = /\b(quand|quelle année|en quelle année|depuis quand|depuis combien|when|what year|which year|since when|date)\b/i;

export function expectedValue(question: string): Expected {
  if (YEAR.test(question)) return 'year';
  if (COUNT.test(question)) return 'count';
  return 'any';
}

export function holdsExpected(text: string, expected: Expected): boolean {
  if (expected === 'year') return /\b(1[89]\d\d|20\d\d)\b/.test(text);
  if (expected === 'count') return /\b\d+\b/.test(text);
  return false;
}
