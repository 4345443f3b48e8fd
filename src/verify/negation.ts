// Whether a claim denies something, in French or English: a negated claim is never "supported".
const VERBAL_NEGATION =
  /\b(?:ne|n['’])\s*(?:\S+\s+){0,3}?(?:pas|plus|jamais|point|aucun|aucune|nullement|rien)\b|\bnot\b|n['’]t\b|\bnever\b|\bneither\b|\bnor\b/i;
const OTHER_NEGATION = /\b(?:non|sans|aucun|aucune|no|none|without|nobody|nothing)\b/i;

const NEGATION_WORDS = new Set([
  'ne',
  'pas',
  'jamais',
  'point',
  'aucun',
  'aucune',
  'nullement',
  'rien',
  'non',
  'sans',
  'plus',
  'not',
  'never',
  'neither',
  'nor',
  'no',
  'none',
  'without',
  'nobody',
  'nothing',
]);

/** Words that only negate: they are not what a claim is about. */
export function isNegationWord(word: string): boolean {
  return NEGATION_WORDS.has(word) || /n['’]t$/.test(word);
}

/** "verbal": the claim denies something ("n'est pas", "is not"); "other": a negative word ("non-", "without"). */
export function negation(text: string): 'verbal' | 'other' | null {
  if (VERBAL_NEGATION.test(text)) return 'verbal';
  if (OTHER_NEGATION.test(text)) return 'other';
  return null;
}
