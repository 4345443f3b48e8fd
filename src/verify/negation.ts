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

/** "ne … pas seulement", "not only", "pas uniquement": a restriction lifted, not a denial. */
const NOT_ONLY = /\b(?:pas|not)\s+(?:seulement|uniquement|que|only|just|merely|simply)\b/i;
/** Clause boundaries inside a sentence: what a negation denies stays in its clause. */
const CLAUSE_BREAK = /[:;,()—–]|\s-\s/;

/**
 * The clause of a source sentence that denies something ("Le retour volontaire reste un choix : l'OIM
 * ne participe pas aux expulsions" → "l'OIM ne participe pas aux expulsions"), or null: no verbal
 * negation, a question, or a restriction lifted ("ne … pas seulement") rather than a denial.
 */
export function deniedClause(sentence: string): string | null {
  if (/\?\s*$/.test(sentence)) return null;
  const clauses = sentence.split(CLAUSE_BREAK).filter((c) => VERBAL_NEGATION.test(c));
  if (clauses.length !== 1 || NOT_ONLY.test(clauses[0])) return null;
  return clauses[0].trim();
}
