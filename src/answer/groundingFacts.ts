// What grounding decides from, measured once from the question's reading, the passages and the
// chosen sentences: a pure function, no call back into retrieval. The rules that use these facts
// are the catalogue in grounding.ts.
import { foldAccents, type TextLanguage, wordTerms } from '../text/analyzer.js';
import { related } from '../text/stemSet.js';
import { holdsExpected } from '../retrieve/questionType.js';
import { asksRoleHolder } from '../retrieve/questionForms.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { textTerms } from '../text/termSets.js';
import { coverage, matchStrength, type TermGroup, unknownShare } from '../retrieve/terms.js';
import type { Passage } from '../types.js';
import { holdsAskedValue } from './askedValue.js';
import { actionWord, contentGroups, isNumber, languageOf, quotedLanguages, unitTerms } from './passageTerms.js';
import { onlyActionsUnknown, ownActUnsaid, procedureApart } from './procedure.js';
import { namesSomeoneElse } from './roleHolder.js';
import type { ScoredUnit, Selection } from './select.js';

// Thresholds set with the offline answerer on the seed's dev and probe sets (dev 19/19 since).
/** A typed answer tolerates this many question words the corpus never uses (one synonym: fondée/créée). */
export const MAX_UNKNOWN_WORDS_TYPED = 1;
/**
 * Least share of the question (numbers aside, by the words' own forms) that a sentence giving a
 * number the question writes must say, for that number to answer it. The same value as the least
 * share the best sentence must cover (grounding.ts MIN_SENTENCE_COVERAGE): on the multi-document
 * fixture the answered questions' number-bearing sentences say 0.40 to 1 of the rest, and the seed
 * dev set's 0.25; a year found only in a side sentence (a date in a biography quoted for an
 * appeal's figure) said 0.09.
 */
export const MIN_NUMBER_SENTENCE_COVERAGE = 0.2;

export interface GroundingFacts {
  topScore: number;
  unknownShare: number;
  bestCoverage: number;
  typedAnswer: boolean;
  /** The question asks for a number, a year, a name, who leads or where someone comes from, and the chosen sentences hold one (see VALUE_REQUIRED). */
  valuePresent: boolean;
  /** Every number written in the question is in the chosen sentences. */
  numbersPresent: boolean;
  /** Every number written in the question is in a chosen sentence that also says the rest of the question (see numbersTied). */
  numbersTied: boolean;
  /** The corpus knows what the question is about (its focus word), and the chosen sentences say it. */
  focusKnown: boolean;
  /** Weighted share of the question words the corpus knows that the chosen sentences of one page say (the page that says most). */
  knownSaid: number;
  /** The message asks the assistant to do something (book, send, pay, apply) rather than what the documents say. */
  actionRequest: boolean;
  /** A name in the question (a capitalised word inside a sentence) that the corpus never mentions. */
  unknownName: string | null;
  /** The question gives names and the chosen sentences say none of them (in their own form), nor a number it writes. */
  namesUnsaid: boolean;
  /** The question gives names and the chosen sentences say nothing else it asks (only the names). */
  onlyNamesSaid: boolean;
  /** The message tries to give the assistant new instructions or a new role. */
  takeover: boolean;
  /** The question asks about things the corpus knows, and the chosen sentences say only its verbs (see onlyActionSaid). */
  onlyActionSaid: boolean;
  /** It asks how something is done, and the chosen sentences say its act and its object only apart (see procedureApart). */
  procedureApart: boolean;
  /**
   * The weighted share of its words the corpus never mentions, the noun its interrogative
   * determiner asks the kind of aside ("Avec quels acteurs…", "Which actors…": see unknownAskedKind),
   * when that noun is its focus and unknown; otherwise unknownShare.
   */
  unknownShareBesideKind: number;
  /** A how or why question (no focus) some of whose words are unknown to the corpus, every one of them an action word (see onlyActionsUnknown). */
  onlyActionsUnknown: boolean;
  /** It asks about the visitor's own act and only that (and the organisation), and no chosen sentence speaks to the visitor (see ownActUnsaid). */
  ownActUnsaid: boolean;
}

/** Every term the chosen sentences say, each analysed in its own passage's language. */
function quotedTerms(passages: Passage[], selection: Selection): Set<string> {
  // Added set by set: copying each sentence's terms into arrays first was most of this step's time.
  const quoted = new Set<string>();
  for (const u of selection.units) for (const t of unitTerms(u, passages)) quoted.add(t);
  return quoted;
}

function typedAnswer(reading: QuestionReading, selection: Selection): boolean {
  const best = selection.best;
  if (reading.expected === 'any' || !best || !holdsExpected(best.text, reading.expected)) return false;
  const knownGroups = reading.groups.filter((g) => g.known);
  const unknownWords = reading.groups.length - knownGroups.length;
  // "What is X's budget?" asks for the budget, not what X is: a definition tolerates no unknown word.
  const tolerated = reading.expected === 'definition' ? 0 : MAX_UNKNOWN_WORDS_TYPED;
  return knownGroups.length > 0 && unknownWords <= tolerated && coverage(knownGroups, textTerms(best.text, 'fr')) === 1;
}

/**
 * The kinds of value an answer must hold: a number, a year, a name, a head's role, a person's
 * origin. An origin question answered with lines that only name the person (her post, a
 * quote) says nothing of where she comes from.
 */
const VALUE_REQUIRED: ReadonlySet<QuestionReading['expected']> = new Set(['count', 'year', 'name', 'leader', 'origin']);

function valuePresent(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  const expected = reading.expected;
  if (!VALUE_REQUIRED.has(expected)) return true;
  // Who holds a role the question names: a person's name, not the role again (roleHolder.ts).
  if (expected === 'leader' && asksRoleHolder(reading.text)) return selection.units.some((u) => namesSomeoneElse(u.text, reading.text));
  return selection.units.some((u) => holdsAskedValue(u, expected, passages));
}

/** The sentence writes the number, or it is the year the question names as its period and the sentence's document is of that year (its date is shown). */
function givesNumber(reading: QuestionReading, n: string, unit: ScoredUnit, passages: Passage[]): boolean {
  return new RegExp(`\\b${n}\\b`).test(unit.text) || (Number(n) === reading.period && !!passages[unit.passage].date?.startsWith(n));
}

function numbersPresent(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
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
function numbersTied(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  // The organisation's acronym is in most of its sentences, spelt out or as "it": saying it ties nothing.
  const rest = contentGroups(reading);
  if (!rest.length) return true;
  return reading.numbers.every((n) =>
    selection.units.some(
      (u) => givesNumber(reading, n, u, passages) && exactCoverage(rest, unitTerms(u, passages)) >= MIN_NUMBER_SENTENCE_COVERAGE,
    ),
  );
}

/** The corpus knows the question's focus and the chosen sentences hold it (a form of it). */
function focusQuoted(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  const focus = reading.focus;
  return !!focus?.known && coverage([focus], quoted) > 0;
}

/**
 * The most that one page's chosen sentences say of the words the corpus knows. One page, not all the
 * quotes together: words said apart by unrelated pages (a request's verb found in a privacy page's
 * "données", its object translated into a word of an English report) are a coincidence of the
 * vocabulary, not an answer. A one-page corpus (the seed) measures as before.
 */
function knownSaid(reading: QuestionReading, passages: Passage[], selection: Selection, quoted: ReadonlySet<string>): number {
  const known = reading.groups.filter((g) => g.known);
  if (!known.length) return 0;
  // Sentences of one page (the seed's only page; most answers): its terms are all the quoted terms,
  // gathered already (coverage reads a set in any order alike), so they are not gathered again.
  const units = selection.units;
  if (units.length && units.every((u) => passages[u.passage].source === passages[units[0].passage].source))
    return Math.max(0, coverage(known, quoted));
  const bySource = new Map<string, Set<string>>();
  for (const u of selection.units) {
    const source = passages[u.passage].source;
    const terms = bySource.get(source) ?? new Set<string>();
    for (const t of unitTerms(u, passages)) terms.add(t);
    bySource.set(source, terms);
  }
  return Math.max(0, ...[...bySource.values()].map((terms) => coverage(known, terms)));
}

function unknownName(reading: QuestionReading): string | null {
  return reading.groups.find((g) => reading.names.includes(g.word) && !g.known)?.word ?? null;
}

/** The question's names, apart from the corpus acronyms the reader resolved them to (the organisation itself). */
function namedGroups(reading: QuestionReading): TermGroup[] {
  return reading.groups.filter((g) => reading.names.includes(g.word) && g.acronym === undefined);
}

/**
 * A name is said when the sentences hold its own form or a related one (Sénégal, sénégalais), or
 * exactly a translation of it. A dictionary translation's related form is not the name: a country
 * read as a common word ("mali") would otherwise be found in "management". A related form spells
 * the whole name: a stemmer that shortens the name (French "Mali" → "mal") would otherwise find it in
 * any word of that beginning ("maladies" → "malad").
 */
function nameSaid(group: TermGroup, said: ReadonlyArray<ReadonlySet<string>>, languages: readonly TextLanguage[]): boolean {
  const spelt = foldAccents(group.word);
  // Loops rather than a local function and a copy of the quoted terms per stem (tsx names each local
  // function on every call): its own stems in each language, each term said a related form of one.
  // The terms said come as several sets (the sentences', their pages' titles): any of them may say it.
  for (const l of languages) {
    for (const s of wordTerms(group.word, l))
      for (const terms of said) for (const t of terms) if (t === s || (related(s, t) && t.startsWith(spelt))) return true;
  }
  return said.some((terms) => matchStrength(group.stems, terms) === 1);
}

/**
 * The question names things and the chosen sentences (or their pages' titles and headings) say none
 * of its names, nor a number it writes
 * (a title's words may be said otherwise in the corpus's language, "2030 Agenda" as "Programme 2030",
 * and the number then says it).
 */
function namesUnsaid(reading: QuestionReading, passages: Passage[], selection: Selection, quoted: ReadonlySet<string>): boolean {
  const names = namedGroups(reading);
  if (!names.length) return false;
  const numberSaid = reading.numbers.some((n) => selection.units.some((u) => givesNumber(reading, n, u, passages)));
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

/** The chosen sentences say the question's names and none of its other words (numbers aside): they speak of what it names, not of what it asks. */
function onlyNamesSaid(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  if (!reading.names.length) return false;
  const rest = reading.groups.filter((g) => !reading.names.includes(g.word) && !isNumber(g));
  return rest.length > 0 && coverage(rest, quoted) === 0;
}

/**
 * The question has words the corpus knows that are no action word (its topic: a job, a visa), and
 * every word of it the chosen sentences say is an action word (the organisation's acronym and
 * numbers aside): they share its verbs ("find", "apply" translated), so they say what the
 * organisation does, not what the question asks about.
 */
function onlyActionSaid(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  // Cheap tests first: most questions have no action word, or nothing else the corpus knows.
  const words = contentGroups(reading);
  const actions = words.filter((g) => actionWord(reading, g));
  if (!actions.length || !words.some((g) => g.known && !actions.includes(g))) return false;
  let saidAction = false;
  for (const g of words) {
    if (matchStrength(g.stems, quoted) === 0) continue;
    if (!actions.includes(g)) return false;
    saidAction = true;
  }
  return saidAction;
}

/**
 * An interrogative determiner and the noun after it: the noun names the kind of thing asked for
 * ("avec quels acteurs" → les gouvernements), which the answer names by instance, not by kind.
 */
const ASKED_KIND = /\b(?:quels?|quelles?|which|what)\s+(\p{L}+)/iu;

/**
 * Words of the question beside the kind asked that the chosen sentences must say (known, acronyms
 * aside). With one, "Which airline does IOM use?" passed on a sentence saying "s'emploie" (use's
 * employer): a sentence about the organisation and a verb. The probe questions this answers say
 * two (gérer, mobilité) and five (deputy, director, general, management, reform); nouns alone would
 * leave the first one (gérer is known only as a verb).
 */
const MIN_TOPIC_WORDS_BESIDE_KIND = 2;

/**
 * The question's focus when it is the unknown noun its interrogative determiner asks the kind of
 * (ASKED_KIND) and the chosen sentences say MIN_TOPIC_WORDS_BESIDE_KIND of its other words, else null.
 */
function unknownAskedKind(reading: QuestionReading, quoted: ReadonlySet<string>): TermGroup | null {
  const focus = reading.focus;
  if (!focus || focus.known) return null;
  const asked = ASKED_KIND.exec(reading.text)?.[1]?.toLowerCase();
  if (asked !== focus.word) return null;
  const topic = (g: TermGroup) => g !== focus && g.known && g.acronym === undefined;
  const said = reading.groups.filter((g) => topic(g) && matchStrength(g.stems, quoted) > 0);
  return said.length >= MIN_TOPIC_WORDS_BESIDE_KIND ? focus : null;
}

export function groundingFacts(reading: QuestionReading, passages: Passage[], selection: Selection): GroundingFacts {
  const quoted = quotedTerms(passages, selection);
  const kind = unknownAskedKind(reading, quoted);
  const unknown = unknownShare(reading.groups);
  return {
    topScore: passages[0]?.score ?? 0,
    unknownShare: unknown,
    unknownShareBesideKind: kind ? unknownShare(reading.groups.filter((g) => g !== kind)) : unknown,
    bestCoverage: selection.best?.coverage ?? 0,
    typedAnswer: typedAnswer(reading, selection),
    valuePresent: valuePresent(reading, passages, selection),
    numbersPresent: numbersPresent(reading, passages, selection),
    numbersTied: numbersTied(reading, passages, selection),
    focusKnown: focusQuoted(reading, quoted),
    knownSaid: knownSaid(reading, passages, selection, quoted),
    unknownName: unknownName(reading),
    namesUnsaid: namesUnsaid(reading, passages, selection, quoted),
    onlyNamesSaid: onlyNamesSaid(reading, quoted),
    takeover: reading.takeover,
    onlyActionSaid: onlyActionSaid(reading, quoted),
    procedureApart: procedureApart(reading, passages, selection),
    onlyActionsUnknown: onlyActionsUnknown(reading),
    ownActUnsaid: ownActUnsaid(reading, selection),
    actionRequest: reading.actionRequest,
  };
}
