// What kind of answer a question asks for: a number, a year, a name, a definition, or anything.
// These are question forms of the two languages the assistant speaks, not topics of the corpus.
import { foldAccents } from '../text/analyzer.js';

export type Expected = 'count' | 'year' | 'name' | 'definition' | 'any';

// Matched against the question without accents, since visitors often type without them.
const COUNT = /\b(combien|nombre de|how many|how much|number of|quantite)\b/i;
const YEAR = /\b(quand|quelle annee|depuis quand|depuis combien|when|what year|which year|since when|date)\b/i;
// "Who is the…" asks for a person ("who is IOM", without an article, for a definition).
const NAME =
  /\b(who is the|qui est le|qui est la|what is the name|what's the name|name of|called|named|quel est le nom|quel est son nom|(?<!au )nom d[eu]|(?<!au )nom des|comment s['’]appelle|comment se nomme|s['’]appelle)\b/i;
const DEFINITION =
  /^\s*(what is|what's|what are|who is|who are|qu['’]est[- ]ce que?|c['’]est quoi|qui est|qui sont|que signifie|what does \S+ stand for)\b/i;

/** "Organisation internationale pour les migrations (OIM)": the words before the brackets spell it out. */
const ACRONYM_SPELT_OUT = /\(\p{Lu}{2,6}\)/u;

export function expectedValue(question: string): Expected {
  const bare = foldAccents(question);
  if (YEAR.test(bare)) return 'year';
  if (COUNT.test(bare)) return 'count';
  if (NAME.test(bare)) return 'name';
  if (DEFINITION.test(bare)) return 'definition';
  return 'any';
}

/** Does a sentence hold the kind of value asked for? (Definitions: it spells out an acronym.) */
export function holdsExpected(text: string, expected: Expected): boolean {
  if (expected === 'year') return /\b(1[89]\d\d|20\d\d)\b/.test(text);
  // A count is a number that is not a year: "1951" does not say how many.
  if (expected === 'count') return [...text.matchAll(/\b\d+\b/g)].some((m) => !/^(1[89]\d\d|20\d\d)$/.test(m[0]));
  // A name: capitalised words in a row (Nations Unies, a person's name), or an acronym spelt out.
  if (expected === 'name') return /(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+/u.test(text) || ACRONYM_SPELT_OUT.test(text);
  if (expected === 'definition') return ACRONYM_SPELT_OUT.test(text);
  return false;
}

/** Numbers written in a question ("in 2022", "175"): an answer must contain them. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\b\d+\b/g)].map((m) => m[0]);
}

/**
 * A message that asks the assistant to act for the visitor — book, send, pay, apply, register,
 * cancel — in the imperative, in either language. Not a question about the documents: "Can I send
 * my CV by email?" asks what they say; "Send my application" asks for an act.
 */
const ACTION_REQUEST =
  /^\s*(?:please[,\s]+|s['’]il (?:te|vous) pla[iî]t[,\s]+|merci de\s+)?(?:book|reserve|send|submit|charge|pay|order|apply|register|enrol|enroll|schedule|cancel|transfer|wire|envoie|envoyez|envoyer|reserve|reservez|paie|paye|payez|commande|commandez|inscris|inscrivez|postule|postulez|soumets|soumettez|transfere|transferez|annule|annulez|debite|debitez|prends|prenez)(?:[\s-]+(?:me|moi|us|nous|my|mon|ma|mes))?\b/i;

export function asksForAction(question: string): boolean {
  return ACTION_REQUEST.test(foldAccents(question));
}
