// Whether a quoted sentence holds the value a question asks for: a number, a year, a count written
// in words. Read by the selection (a count or a year question quotes the sentences that give one)
// and by grounding (an answer must hold the value asked).
import { memoByText } from '../lib/memo.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { CAPITALISED_RUNS, holdsExpected, spellsOutAcronym } from '../retrieve/questionType.js';
import type { TermGroup } from '../retrieve/terms.js';
import { isYear } from '../text/quantities/dating.js';
import { extractQuantities } from '../text/quantities/quantities.js';
import { foldAccents, words } from '../text/analyzer.js';
import type { Passage } from '../types.js';
import { figureLanguage } from './figures.js';
import type { Unit } from './units.js';
import { givesCount, unitCountsOther } from './countedThing.js';
import type { Counted } from './countedNouns.js';
import { countedGroup } from './countedAsked.js';
import { writesShare } from './shareWritten.js';

/**
 * The kinds of value an answer must hold: a number, a year, a name, a head's role, a person's
 * origin, a contact. An origin question answered with lines that only name the person (her post, a
 * quote) says nothing of where she comes from; a contact question answered with lines about the
 * office asked ("IOM has worked in Colombia since 1956") gives no way to reach it.
 */
export const VALUE_REQUIRED: ReadonlySet<QuestionReading['expected']> = new Set(['count', 'year', 'name', 'leader', 'origin', 'contact']);

/** A count written in words ("de deux à six mois", "three times"): a quantity that is no year and no date's day. */
export function countInWords(unit: Unit, passages: Passage[]): boolean {
  // The passage's language read here, not through passageTerms.languageOf: passageTerms imports
  // select.ts, which imports this module.
  return COUNT_IN_WORDS[figureLanguage(passages[unit.passage].language)](unit.text);
}

/** Does a passage sentence write a count in words, by the sentence's language: remembered per sentence (memoByText). */
const COUNT_IN_WORDS = {
  fr: memoByText((text) => writesCountInWords(text, 'fr')),
  en: memoByText((text) => writesCountInWords(text, 'en')),
};

function writesCountInWords(text: string, language: 'fr' | 'en'): boolean {
  return extractQuantities(text, language).some((q) => q.concept === null && !/^\d/.test(q.phrase) && !isYear(q.value));
}

/**
 * Does the sentence hold the kind of value asked for, a count in words counting for a count? Not a
 * count whose figures all count another thing than the question's (countedThing.ts: `counted`).
 */
export function holdsAskedValue(
  unit: Unit,
  expected: QuestionReading['expected'],
  passages: Passage[],
  counted: Counted | null = null,
): boolean {
  const holds = holdsExpected(unit.text, expected) || (expected === 'count' && countInWords(unit, passages));
  return holds && !unitCountsOther(unit, counted, passages);
}

/**
 * Does the sentence give the value asked, as an answer must (groundingFacts.ts valuePresent)? It
 * holds it (holdsAskedValue), and for a count one of its figures counts the thing asked
 * (countedThing.ts givesCount): not a dateline's day, nor "a five-year term" for a number of votes.
 * The selection reads holdsAskedValue alone: a line beside the figure keeps its words in the answer.
 */
export function givesAskedValue(
  unit: Unit,
  expected: QuestionReading['expected'],
  passages: Passage[],
  counted: Counted | null = null,
): boolean {
  if (!holdsAskedValue(unit, expected, passages, counted)) return false;
  return expected !== 'count' || givesCount(unit.text, counted, passages[unit.passage].language);
}

/**
 * The kinds whose value is a figure: a sentence without one does not answer "how many", however
 * many of the question's words it says. A year is left out: "when" asks for a year, a date without
 * one ("le 30 juillet") or a condition ("when is it sustainable?"), and the multi-document fixture's
 * answers to such questions lost the sentence that gave them. A name, a place or a role is read
 * loosely (capitalised words, a place word), and a sentence around it may be the answer all the same.
 */
const FIGURE_KINDS: ReadonlySet<QuestionReading['expected']> = new Set(['count']);

/**
 * Of the sentences chosen to quote, those that give the figure asked for, when some do: the others
 * were chosen for the question's words alone ("how many offices" quoting an objective that says
 * "services", a sense of office). Never adds a sentence, so it cannot make an answer of a weaker one.
 * A question that writes a number itself ("in 1995") keeps them all: the sentence writing its
 * number is what the number rules of grounding read (grounding.ts number-missing, number-aside).
 */
export function figuresFirst<T extends Unit>(
  chosen: T[],
  reading: Pick<QuestionReading, 'expected' | 'numbers' | 'share' | 'text' | 'groups' | 'language'>,
  passages: Passage[],
): T[] {
  if (!FIGURE_KINDS.has(reading.expected) || reading.numbers.length) return chosen;
  const counted = countedGroup(reading);
  const giving = chosen.filter((u) => holdsAskedValue(u, reading.expected, passages, counted));
  // A share is a count written as one (shareWritten.ts): "71 400 migrants" does not say what share were children.
  const shares = reading.share ? giving.filter((u) => writesShare(u.text)) : [];
  return shares.length ? shares : giving.length ? giving : chosen;
}

/**
 * A question asking for several things of one kind, and nothing more specific ("What are the goals
 * of IOM?", "Quelles sont ses priorités ?", "List its offices"): a list holding one of them is the
 * answer whole. Its lead-in may not say the question's word (the seed: "goals" is said by one
 * objective's "Pour atteindre ce but", not by "les trois objectifs suivants"), so one item was all
 * that was quoted. A question with more words than its kind ("What are the risks faced by displaced
 * communities?") asks what one item says: the probe set's answer to it is that item alone.
 */
const ASKS_SEVERAL = /^\s*(?:(?:what|which)\s+are|quel(?:le)?s\s+sont|list|citez|[eé]num[eé]rez|listez)(?![\p{L}])/iu;
/** Words of such a question beside the organisation's name (acronyms): its kind only. */
const MAX_KIND_WORDS = 1;

export function asksForSeveral(reading: Pick<QuestionReading, 'text' | 'groups'>): boolean {
  if (!ASKS_SEVERAL.test(reading.text)) return false;
  let words = 0;
  for (const g of reading.groups) if (g.acronym === undefined) words++;
  return words <= MAX_KIND_WORDS;
}

/** An acronym spelt out in brackets ("… (CDS)"), captured. */
const BRACKETED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;
/**
 * A name given by a verb or phrase of naming, before its capitalised first word: "fondé sous le nom
 * de Cercle…", "devient en 1975 la Guilde…", "was renamed the…", "known as the…" (invented examples).
 */
const NAMING_PHRASE =
  /(?:sous\s+le\s+nom\s+d[e'’]|under\s+the\s+name|known\s+as|renamed|rebaptis[ée]e?|devient(?:\s+en\s+\d{4})?|became(?:\s+in\s+\d{4})?)\s+(?:l['’]|le\s+|la\s+|the\s+)?\p{Lu}/u;

/** The subject's acronyms a question names (its acronym groups' own and corpus forms: IOM, OIM), upper case. */
export function subjectAcronyms(groups: readonly TermGroup[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    if (g.acronym === undefined) continue;
    out.add(g.acronym.toUpperCase());
    for (const s of g.stems) if (/^[a-z]{2,6}$/.test(s)) out.add(s.toUpperCase());
  }
  return out;
}

/**
 * Does a sentence give a name other than the subject's present one, for a question asking its former
 * name (QuestionReading.formerName)? It spells out another acronym than the subject's ("… (CDS)"),
 * or names by a verb of naming (NAMING_PHRASE). Any name would not do: a page introducing X by its
 * present name, "The Seed Guild (SG) is…", or a line on its "Member States", writes a name, but not
 * the one asked ("What was IOM's first name?" was answered with the organisation's present name).
 */
export function namesOtherThanSubject(text: string, acronyms: ReadonlySet<string>): boolean {
  for (const [, acronym] of text.matchAll(BRACKETED_ACRONYM)) if (!acronyms.has(acronym)) return true;
  return NAMING_PHRASE.test(text);
}

/**
 * Does a sentence give a proper name, as an answer to a question asking a name (grounding's
 * value-missing)? An acronym spelt out ("… (GMDAC)"), or a run of capitalised words one of which
 * the corpus writes only as a name (`isName`: Vocabulary.isProperName: Sabatier, Lindqvist, Berlin).
 * A run of words the corpus also writes in lower case is a title or a sentence's opening, not a
 * name: "IOM Data Protection Principles", "Le Bureau de l'Ombudsman" (fresh9: "Comment s'appelle le
 * délégué à la protection des données ?" was answered with the principles' title beside an e-mail
 * address). Without a vocabulary (`isName` always true), any run, as holdsExpected reads a name.
 */
export function givesProperName(text: string, isName: (word: string) => boolean): boolean {
  if (spellsOutAcronym(text)) return true;
  for (const run of text.matchAll(CAPITALISED_RUNS)) if (words(foldAccents(run[0]).toLowerCase()).some(isName)) return true;
  return false;
}
