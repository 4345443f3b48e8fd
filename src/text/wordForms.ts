// Whether a word a text writes is a form of a question's word, or another word that only begins
// like it. Stemming makes "internal" and "interns" one term (intern), and "international" begins
// with it: a stem shared by words of different meanings. A question's word is said by a text only
// when the text writes it inflected (interns, intern; returning, returns), not a longer word built
// on its beginning (internal, international). A pure function of two spellings, in either language.
import { foldAccents } from './analyzer.js';

/**
 * Inflectional endings (plural, agreement, tense, infinitive, English -ing), longest first: removing them
 * leaves the word's base. Derivational endings (-al, -ation, -ment) are not among them: they make
 * another word (internal, not intern).
 */
const INFLECTIONS: readonly string[] = [
  'aient',
  'ing',
  'ies',
  'ees',
  'ent',
  'ons',
  'ait',
  'es',
  'ed',
  'ee',
  'ez',
  'er',
  'ir',
  's',
  'x',
  'e',
  'd',
];

/** Least length of a base an ending leaves: "as", "bus" keep their letters. */
const MIN_BASE = 3;

/**
 * Letters one base may add to the other and still be one word: a stem's last consonant doubled
 * or a silent letter (plann-ing, plan; employe-es, employ). Two already make another word
 * (intern-al): "internal" and "interns" (intern) differ by these two.
 */
const MAX_EXTRA_LETTERS = 1;

/**
 * Letters two spellings must share at their beginning for the one to be taken as a form of the
 * other rather than a translation written otherwise (courriel for email): the first five, the
 * beginning stemSet.ts (MIN_SHARED_PREFIX) takes as one word family; the whole word when shorter.
 */
export const SHARED_BEGINNING = 5;

/** A word's base: lower-cased, accents folded, its inflectional ending removed. */
export function inflectionBase(word: string): string {
  const w = foldAccents(word.toLowerCase());
  for (const ending of INFLECTIONS) if (w.endsWith(ending) && w.length - ending.length >= MIN_BASE) return w.slice(0, -ending.length);
  return w;
}

/** Do two spellings begin alike (their first SHARED_BEGINNING letters, or all of the shorter)? */
export function beginAlike(a: string, b: string): boolean {
  const [x, y] = [foldAccents(a.toLowerCase()), foldAccents(b.toLowerCase())];
  const n = Math.min(SHARED_BEGINNING, x.length, y.length);
  return x.slice(0, n) === y.slice(0, n);
}

/** Letters two bases of one length may differ by and be one word spelt two ways (organization, organisation). */
const MAX_SPELLING_CHANGES = 1;

/** How many letters two words of one length differ by. */
function changes(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Is `written` a form of `asked`: the same base, one base the other with at most
 * MAX_EXTRA_LETTERS more ("interns" of "intern"; not "internal", "international"), or one base
 * spelt otherwise by a letter (organization, organisation).
 */
export function isFormOf(asked: string, written: string): boolean {
  const [a, w] = [inflectionBase(asked), inflectionBase(written)];
  if (a.length === w.length) return changes(a, w) <= MAX_SPELLING_CHANGES;
  const [short, long] = a.length < w.length ? [a, w] : [w, a];
  return long.startsWith(short) && long.length - short.length <= MAX_EXTRA_LETTERS;
}
