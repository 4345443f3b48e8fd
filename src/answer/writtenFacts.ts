// What the question writes that an answer must say in the question's own terms: its numbers
// ("in 2022", "175") and its names (a country, a person, a body). Facts for grounding
// (groundingFacts.ts), measured from the reading, the passages and the chosen sentences.
import { isStopWord } from '../text/analyzer.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { textTerms } from '../text/termSets.js';
import type { TermGroup } from '../retrieve/terms.js';
import { coverage, matchStrength } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { contentGroups, isNumber, languageOf, quotedLanguages, unitTerms } from './passageTerms.js';
import { namedGroups, nameSaid } from './nameSaid.js';
import { datedInPeriod, linePeriod } from './figurePeriod.js';
import { holdsAskedValue } from './askedValue.js';
import { countedGroup } from './countedAsked.js';

import type { ScoredUnit, Selection } from './select.js';

// Thresholds set with the offline answerer on the seed's dev and probe sets (dev 19/19 since).

/**
 * Least share of the question (numbers aside, by the words' own forms) that a sentence giving a
 * number the question writes must say, for that number to answer it. The same value as the least
 * share the best sentence must cover (grounding.ts MIN_SENTENCE_COVERAGE): on the multi-document
 * fixture the answered questions' number-bearing sentences say 0.40 to 1 of the rest, and the seed
 * dev set's 0.25; a year found only in a side sentence (a date in a biography quoted for an
 * appeal's figure) said 0.09.
 */
export const MIN_NUMBER_SENTENCE_COVERAGE = 0.2;

/** A year written before a noun it dates, the year replaced by "#": "the # Sahel floods", "IOM's # appeal". */
const ATTRIBUTIVE_YEAR = /(?:\bthe|['’]s)\s+#\s+\p{L}/iu;

/** The sentence writes the number, or it is the year the question names as its period and the sentence's document is of that year (its date is shown), or the year its total runs from. */
function givesNumber(reading: QuestionReading, n: string, unit: ScoredUnit, passages: Passage[]): boolean {
  return (
    new RegExp(`\\b${n}\\b`).test(unit.text) ||
    // A year it asks as its period ("en 2019"), or names an event by ("the 2021 floods", "when the 2021
    // floods hit": a time clause is no period), said by a line of a page of that year.
    // The page's date first: it rules out most sentences before the question is read again for the year.
    (!!passages[unit.passage].date?.startsWith(n) &&
      (Number(n) === reading.period || ATTRIBUTIVE_YEAR.test(reading.text.replace(n, '#')))) ||
    // A total running from the year written, said by the sentence before it ("…depuis 2014. Plus de
    // 18 000 de ces décès…", "sur la même période"): figurePeriod.ts reads it.
    (/^\d{4}$/.test(n) && linePeriod(unit, passages).since === Number(n))
  );
}

export function numbersPresent(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  return reading.numbers.every((n) => selection.units.some((u) => givesNumber(reading, n, u, passages)));
}

/** Weighted share of the groups whose own stems (or a translation's) the terms hold exactly: no related or loose form. */
function exactCoverage(groups: readonly TermGroup[], terms: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const g of groups) {
    total += g.weight;
    if (matchStrength(g.stems, terms) === 1) found += g.weight;
  }
  return total ? found / total : 0;
}

/**
 * A number the question writes answers it only from a sentence that also says the rest of the
 * question: a year in a side sentence (a biography's dates quoted beside an appeal of another year)
 * does not make the other sentences speak of that year. Exact forms only: related forms (montant,
 * Montoya) are good enough to rank, not to tie a figure to a question.
 */
export function numbersTied(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  // The organisation's acronym is in most of its sentences, spelt out or as "it": saying it ties nothing.
  const rest = contentGroups(reading);
  if (!rest.length) return true;
  const counted = countedGroup(reading);
  return reading.numbers.every((n) =>
    selection.units.some(
      (u) =>
        givesNumber(reading, n, u, passages) &&
        (exactCoverage(rest, unitTerms(u, passages)) >= MIN_NUMBER_SENTENCE_COVERAGE || periodFigure(reading, n, u, passages, counted)),
    ),
  );
}

/**
 * The year asked as a count's period, tied by the figure of that year itself: a line giving the
 * count asked (of the thing counted), said in that year and writing no other (figurePeriod.ts
 * datedInPeriod). "L'OIM … compte quelque 14 300 membres du personnel" in a release of 2019 is the
 * staff of 2019, though it says "employait" and "personnes" in other words; a side sentence writing
 * the year gives no figure of it, and still ties nothing.
 */
function periodFigure(
  reading: QuestionReading,
  n: string,
  unit: ScoredUnit,
  passages: Passage[],
  counted: ReturnType<typeof countedGroup>,
): boolean {
  return (
    Number(n) === reading.period &&
    reading.expected === 'count' &&
    holdsAskedValue(unit, reading.expected, passages, counted) &&
    datedInPeriod(unit, passages, reading.period)
  );
}

export function unknownName(reading: QuestionReading): string | null {
  return reading.groups.find((g) => reading.names.includes(g.word) && !g.known)?.word ?? null;
}

/**
 * The question names things and the chosen sentences (or their pages' titles and headings) say none
 * of its names, nor a number it writes
 * (a title's words may be said otherwise in the corpus's language, "2030 Agenda" as "Programme 2030",
 * and the number then says it).
 */
export function namesUnsaid(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  quoted: ReadonlySet<string>,
  /** Does a number of the question said excuse its names (false: a year said is no place said, figureApart.ts)? */
  numbersExcuse = true,
): boolean {
  const names = namedGroups(reading);
  if (!names.length) return false;
  const numberSaid = numbersExcuse && reading.numbers.some((n) => selection.units.some((u) => givesNumber(reading, n, u, passages)));
  if (numberSaid) return false;
  const languages = quotedLanguages(passages, selection);
  // A page's title or heading makes its sentences about the name (see select.ts NAME_FROM_PASSAGE):
  // read once per passage quoted (its sentences share them), and looked in beside the quoted terms
  // rather than copied with them into one more set (a name is said when either says it).
  const titles = new Set<string>();
  const read = new Set<number>();
  for (const u of selection.units) {
    if (read.has(u.passage)) continue;
    read.add(u.passage);
    const p = passages[u.passage];
    for (const t of textTerms(`${p.title} ${p.heading ?? ''}`, languageOf(p))) titles.add(t);
  }
  return !names.some((g) => nameSaid(g, [quoted, titles], languages));
}

/**
 * Lower-case words written right after a name that a French question's name may run on with: French
 * capitalises a title's first word only ("la Directrice générale adjointe", where English writes
 * "Deputy Director General"). Two: the seed's roles run on for two ("Directrice générale
 * adjointe") before a function word ("chargée de…" is what the role is charged with, said apart).
 */
const MAX_NAME_TAIL_WORDS = 2;

/** A written word: letters, an apostrophe or a hyphen (an inverted verb, "aide-t-elle", is no part of a name). */
const WRITTEN_WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The words of the question's names: the names themselves, and in a French question the lower-case
 * words written right after one (at most MAX_NAME_TAIL_WORDS, up to a stop word, a capital, a
 * hyphenated word or a punctuation mark): "Directrice générale" is one name, as "Director General".
 */
function nameWords(reading: QuestionReading): Set<string> {
  const named = new Set(reading.names);
  if (reading.language !== 'fr') return named;
  for (const clause of reading.text.split(/[.!?:;,]+/)) {
    const tokens = clause.match(WRITTEN_WORDS) ?? [];
    for (let k = 0; k < tokens.length; k++) {
      if (!reading.names.includes(tokens[k].replace(/^\p{L}['’]/u, '').toLowerCase())) continue;
      for (let j = k + 1; j <= k + MAX_NAME_TAIL_WORDS && j < tokens.length; j++) {
        const t = tokens[j];
        if (t !== t.toLowerCase() || /['’-]/.test(t) || isStopWord(t, 'fr')) break;
        named.add(t);
      }
    }
  }
  return named;
}

/** The chosen sentences say the question's names and none of its other words (numbers aside): they speak of what it names, not of what it asks. */
export function onlyNamesSaid(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  if (!reading.names.length) return false;
  const named = nameWords(reading);
  const rest = reading.groups.filter((g) => !named.has(g.word) && !isNumber(g));
  return rest.length > 0 && coverage(rest, quoted) === 0;
}
