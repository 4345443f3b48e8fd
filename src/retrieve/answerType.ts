// Does a line hold the kind of value a question asks for? Retrieval's own reading of it: a count
// is a number with what it counts ("185 membres du personnel", "3,900 sites"), never a year, a
// day of a month or a phone number's digits, so a passage stating the figure asked for ranks above
// one that only names the topic.
import { memoByText } from '../lib/memo.js';
import type { TextLanguage } from '../text/analyzer.js';
import { foldAccents, isStopWord } from '../text/analyzer.js';
import { isYear } from '../text/quantities/dating.js';
import { extractQuantities } from '../text/quantities/quantities.js';
import { givesContact } from './contactForms.js';
import { isPartWord } from './organisationParts.js';
import {
  CAPITALISED_RUN,
  type Expected,
  LEADER_ROLE,
  namesLeaderRole,
  namesPlace,
  statesOrigin,
  statesRate,
  TIME_UNIT,
} from './questionType.js';

/** Two capitalised words in a row: a person's name beside a head's role ("Directrice générale, Ada Lind"). */
const PERSON_NAME = new RegExp(CAPITALISED_RUN.source, 'gu');

/**
 * Does a text write a person's name (PERSON_NAME) whose first word is no function word: a
 * sentence opening on an article before a capitalised noun ("Le Conseil se prononce", "The
 * Council") names no one (multidoc: a FAQ's "Le Conseil" made its line about admission rank as a
 * head's line with a name for "Who leads IOM?").
 */
function writesPersonName(text: string): boolean {
  return [...text.matchAll(PERSON_NAME)].some((m) => {
    const first = m[1].toLowerCase();
    return !isStopWord(first, 'fr') && !isStopWord(first, 'en');
  });
}

/** Month names of both languages: "18 décembre" is a date, not a count of Decembers. */
const MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;

/**
 * Nouns that count people, in both languages, accents folded: a question counting "personnes" or
 * "people" is answered by a count of women and men, staff or migrants, which never writes its
 * noun ("21 450 femmes et hommes"). Without it, any count on a page mentioning "personnes" scored
 * as well (multidoc: "Combien de personnes travaillent pour l'OIM ?" ranked a list announcing
 * "trois priorités" above the staff figure).
 */
const PERSON_NOUNS = new Set(
  'personne personnes gens individus femmes hommes enfants employes employees salaries agents collaborateurs collaboratrices personnel migrants migrantes refugies people persons individuals women men children employees staff workers migrants refugees'.split(
    ' ',
  ),
);

/** Is this word a noun counting people (see PERSON_NOUNS)? */
export function countsPeople(word: string): boolean {
  return PERSON_NOUNS.has(foldAccents(word.toLowerCase()));
}

/**
 * Words read on each side of a head's role for a part word qualifying it: "Directrice régionale",
 * "directeur général adjoint", and four for a passive's subject ("le bureau de Lille est dirigé par").
 */
const ROLE_CONTEXT_WORDS = 4;
const ANY_LEADER_ROLE = new RegExp(LEADER_ROLE.source, 'gi');

/**
 * Does a text name a head's role, and, when the question asks for the whole organisation's head
 * (wholeHead), one that no part word qualifies within ROLE_CONTEXT_WORDS words (see
 * PART_OF_ORGANISATION): "Directrice régionale", "Deputy Director General", "la mission est
 * dirigée par" head a part. One unqualified role is enough ("IOM is led by Director General X. She
 * is supported by two Deputy Directors General").
 */
export function namesHeadRole(text: string, wholeHead: boolean): boolean {
  if (!wholeHead) return namesLeaderRole(text);
  const bare = foldAccents(text.toLowerCase());
  const wordsOf = (part: string) => part.split(/[^\p{L}]+/u).filter(Boolean);
  for (const m of bare.matchAll(ANY_LEADER_ROLE)) {
    const before = wordsOf(bare.slice(0, m.index)).slice(-ROLE_CONTEXT_WORDS);
    const after = wordsOf(bare.slice(m.index + m[0].length)).slice(0, ROLE_CONTEXT_WORDS);
    if (![...before, ...after].some(isPartWord)) return true;
  }
  return false;
}

/**
 * The units of the numbers in a text that count something named beside them (not a year, not a
 * day of a month): [] when it states no count.
 */
export function countedUnits(text: string, language: TextLanguage): readonly string[][] {
  return language === 'en' ? englishCounts(text) : frenchCounts(text);
}

function readCountedUnits(text: string, language: 'en' | 'fr'): string[][] {
  return extractQuantities(text, language)
    .filter((q) => !isYear(q.value) && q.unit.length > 0 && !MONTH.test(foldAccents(q.unit[0].toLowerCase())))
    .map((q) => q.unit);
}

// Retrieval asks this of the best line of every candidate of every count question: the same
// passage lines each time, and reading their numbers was 15% of an uncached answer's CPU profile
// (bench:answer on the multidoc fixture). Remembered per text, in each language it is read in.
const frenchCounts = memoByText((text) => readCountedUnits(text, 'fr'));
const englishCounts = memoByText((text) => readCountedUnits(text, 'en'));

/**
 * The kinds read in the whole passage rather than its best line: a person's origin is stated beside
 * the name once, then by pronoun ("A national of Canada, Ms Lind…" after the line naming her in
 * full), so the line that names the person best is seldom the one saying where she comes from.
 */
export const READ_IN_WHOLE_PASSAGE: ReadonlySet<Expected> = new Set(['origin']);

// The degrees that read the passage's line alone, remembered per line (the same lines are ranked
// question after question): a rate, a place named, an origin stated; a head's role, 2 with a
// person's name beside it (the line that answers "who leads X"; the whole X's head when the
// question names no part of it).
const STATES_RATE = memoByText((text) => (statesRate(text) ? 1 : 0));
const NAMES_PLACE = memoByText((text) => (namesPlace(text) ? 1 : 0));
const STATES_ORIGIN = memoByText((text) => (statesOrigin(text) ? 1 : 0));
const GIVES_CONTACT = memoByText((text) => (givesContact(text) ? 1 : 0));
const headDegree = (text: string, wholeHead: boolean) => (namesHeadRole(text, wholeHead) ? (writesPersonName(text) ? 2 : 1) : 0);
const WHOLE_HEAD = memoByText((text) => headDegree(text, true));
const ANY_HEAD = memoByText((text) => headDegree(text, false));

/**
 * How well a text holds the value a question of this kind asks for: 0 when it does not (or the
 * kind is not one retrieval reads), 1 for a count, a duration (a figure of months, years…) or a
 * rate over time ("une fois par an"), 2 for a count of something the question names ("how many
 * sites" → "3,900 sites"); a head's role for a leader question 1, 2 with a person's name (with
 * wholeHead, only a role no part word qualifies: see namesHeadRole); a person's origin stated, for
 * an origin question, 1.
 */
export function answerTypeMatch(
  expected: Expected,
  text: string,
  language: TextLanguage,
  names: (word: string) => boolean,
  wholeHead = false,
): number {
  if (expected === 'frequency') return STATES_RATE(text);
  if (expected === 'contact') return GIVES_CONTACT(text);
  if (expected === 'place') return NAMES_PLACE(text);
  if (expected === 'origin') return STATES_ORIGIN(text);
  if (expected === 'leader') return (wholeHead ? WHOLE_HEAD : ANY_HEAD)(text);
  if (expected === 'duration')
    return countedUnits(text, language).some((unit) => TIME_UNIT.test(foldAccents(unit[0].toLowerCase()))) ? 1 : 0;
  if (expected !== 'count') return 0;
  const units = countedUnits(text, language);
  if (!units.length) return 0;
  return units.some((unit) => unit.some(names)) ? 2 : 1;
}
