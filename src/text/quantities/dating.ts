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

/** Month names (folded), French and English: part of a date written before its year. */
const MONTH_LIST =
  'january february march april may june july august september october november december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(
    ' ',
  );
const MONTHS = new Set(MONTH_LIST);
/** Is a word a month's name ("mars", "March"; any case, accents aside)? */
export function isMonthName(word: string): boolean {
  return MONTHS.has(foldAccents(word.toLowerCase()));
}
/** The day and month (0–11) a date's words name, each null when not written: "octobre" and "October" are one month. */
export function dayAndMonthOf(words: string[]): { day: number | null; month: number | null } {
  const index = words.map((w) => MONTH_LIST.indexOf(foldAccents(w.toLowerCase()))).find((i) => i >= 0) ?? -1;
  const day = words.find((w) => /^(?:[12]?\d|3[01])$/.test(w));
  return { day: index >= 0 && day ? Number(day) : null, month: index < 0 ? null : index % 12 };
}
/** A day of the month before its month ("1er", "15", "1st") or the article before it ("le 1er", "the 1st"). */
const isDayPart = (t: Token) => /^(?:[12]?\d|3[01])$/.test(t.surface) || /^(?:er|st|nd|rd|th|le|the)$/.test(t.word);

/** Where the date whose year is at `first` begins: before its day and month ("le 1er octobre 2023", "1 October 2023"). */
function dateStart(tokens: Token[], first: number): number {
  let j = first;
  if (j > 0 && MONTHS.has(folded(tokens[j - 1]))) {
    j--;
    while (j > 0 && tokens[j - 1].clause === tokens[first].clause && isDayPart(tokens[j - 1])) j--;
  }
  return j;
}

/** The event a year dates: "depuis/since" just before it (or before its day and month), or a creation word in its clause. */
export function conceptOf(tokens: Token[], span: NumberSpan): { concept: Concept | null; used: number[] } {
  const clause = tokens[span.first].clause;
  const start = dateStart(tokens, span.first);
  // The day and month belong to the date: they are compared as such (dayAndMonthOf), not read as its setting.
  const dayAndMonth = Array.from({ length: span.first - start }, (_, k) => start + k);
  for (let j = start - 1; j >= Math.max(0, start - 2); j--) {
    if (tokens[j].clause === clause && SINCE.has(folded(tokens[j]))) return { concept: 'since', used: [j, ...dayAndMonth] };
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

/**
 * Possessives before which a year names an edition, not a count: "its 2022 appeal", "IOM's 2022
 * appeal", "son rapport 2024" has the year after the noun and needs no rule. A count of four digits
 * written without a thousands separator after a possessive ("its 2000 staff") is rare in edited text.
 */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos']);

/** A year written as an attribute of the noun after it ("its 2022 global appeal"): it dates, it does not count. */
export function isAttributiveYear(tokens: Token[], span: NumberSpan): boolean {
  if (!isYear(span.value) || span.first !== span.last || !/^\d{4}$/.test(tokens[span.first].surface)) return false;
  const before = tokens[span.first - 1];
  return before !== undefined && (POSSESSIVES.has(before.word) || /['’]s$/i.test(before.surface));
}
