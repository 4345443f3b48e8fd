// What a candidate passage is preferred for beyond its similarity to the question: the asker's
// language, the period asked or the newest release, the kind of value asked for in its best line,
// the name's own or defining page. Each preference only orders passages: the score hybrid
// retrieval returns (hybrid.ts) stays the similarity, which the answer layer's thresholds read.
import type { Chunk } from '../types.js';
import type { TextLanguage } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import { statesCause, titleNamesIt } from './reasonAndName.js';
import { answerTypeMatch, countsPeople, READ_IN_WHOLE_PASSAGE } from './answerType.js';
import type { PassageReader, ReadableIndex } from './passageReader.js';
import type { QuestionReading } from './reading.js';
import type { TermGroup } from './terms.js';
import { matchStrength } from './termMatch.js';

/**
 * How much a passage in the question's own language is preferred over its translation (a passage
 * of a translated pair whose page in the asker's language is indexed too): it orders passages
 * only, the score returned stays the similarity (the answer layer's thresholds read it). Small, so
 * that a translation that says more still wins. Only between translations: a French page with no
 * English version is the only place a French-only fact is written, and an English question about it
 * must not lose it to an English page on another subject (multidoc fixture, with the count
 * preferences below: "how many member states" lost the current English page to a 2022 French
 * release without it; fr hit@1 37/44 either way, en hit@3 36 → 37/44). Equal ranks still go to the
 * asker's language.
 */
const SAME_LANGUAGE_PREFERENCE = 0.03;
/**
 * How much a passage of the period a question names ("in 2016") is preferred (0.05 left the 2016
 * release fourth for "the number of member states in 2016" on the fixture), or, when it names
 * none, how much the most recent of the candidates' documents is preferred over the oldest (the
 * others in between by date; undated ones halfway): a figure that changed is asked for as it
 * stands now unless a year is given. Orders only, like the language preference.
 */
const PERIOD_PREFERENCE = 0.1;
const RECENCY_PREFERENCE = 0.03;
/**
 * The recency preference of a question asking how many: a count is the kind of figure that
 * changes from one release to the next (member states, offices, staff), so its newest statement
 * is preferred more firmly. 0.1, as PERIOD_PREFERENCE: with 0.03 a 2022 release stating 178 member
 * states ranked above the about page updated in 2024 (multidoc fixture en hit@1 32 → 33/44).
 */
const COUNT_RECENCY_PREFERENCE = 0.1;
/**
 * Kinds of answer that change from one release to the next, so that their newest statement is
 * preferred by COUNT_RECENCY_PREFERENCE: a count, and who leads (an organisation's head changes
 * every few years, and each release names the head of its day: multidoc "Who leads IOM?" ranked
 * 2018 and 2022 releases naming the former head above the 2023 one naming the current).
 */
const CHANGING_ANSWERS: ReadonlySet<string> = new Set(['count', 'leader']);
/**
 * How much a passage whose best line holds the kind of value asked for is preferred, per degree of
 * answerTypeMatch (a count: 1; a count of what the question names, "how many sites" → "3,900
 * sites": 2). Orders only, like the language preference. 0.05 a degree: on the multidoc fixture fr
 * hit@1 35 → 37/44, hit@3 40 → 41/44 (a FAQ line naming the topic without its figure ranked
 * first); a year for "when" questions was tried and left out: every release's dateline holds one
 * (fr hit@1 −1). A duration, a rate over time or a place named, for how-long, how-often and where
 * questions, count one degree (fr hit@1 37 → 39/44 with the locutions of those forms; en +1 from
 * the FAQ answer line's place). A head's role for a leader question counts one degree, two with a
 * person's name beside it (questionForms.ts; with the role group it stands for, multidoc "Who leads
 * IOM?" quotes the head's line, and the seed's "Qui dirige l'OIM ?" its structure list). A cause stated
 * (reasonAndName.ts) for a why question counts one degree (see NAMED_TITLE_PREFERENCE).
 */
const ANSWER_TYPE_PREFERENCE = 0.05;
/**
 * How much a passage where a name the question asks about is the subject of a defining statement
 * ("The Long Name (ACR) is the …", definitions.ts) is preferred, when the question's only topic is
 * that name ("What is ACR?", "What is ACR's mission?"): every page of a site writes the name, so
 * coverage ties and DEFINING_BONUS rewards every line spelling it out (datelines, legal lines),
 * while only the defining line says what it is. Such passages also join the candidates: long
 * ones are not among BM25's first 40 for a word every passage holds (the multidoc fixture's
 * who-we-are pages were not). Orders only, like the language preference; 0.05 as one degree of
 * ANSWER_TYPE_PREFERENCE, the same kind of evidence (the line holds what is asked).
 */
const DEFINING_STATEMENT_PREFERENCE = 0.05;
/**
 * How much a passage of a page whose title writes most of a capitalised name the question writes
 * is preferred (reasonAndName.ts): the page of the project or report asked about. 0.05, as
 * OWN_PAGE_PREFERENCE, the same kind of evidence; with a cause stated for a "why" question (one
 * degree of ANSWER_TYPE_PREFERENCE), multidoc en hit@3 41 → 42/44, nothing else moved.
 */
const NAMED_TITLE_PREFERENCE = 0.05;
/**
 * How much a passage of the name's own page (a page that opens by defining it, definitions.ts
 * ownPagesOf) is preferred, for the same questions: what the organisation aims at, how it works, is
 * said on its about page, the section after its definition, while a strategy's or a programme's page
 * states that programme's goals ("La stratégie … de l'OIM poursuit trois buts"). 0.05, as
 * DEFINING_STATEMENT_PREFERENCE: multidoc "Quelle est la mission de l'OIM ?" and "What is IOM's
 * mission?" rank the about page's "three priorities" first (second before, after a climate
 * strategy's goals).
 */
const OWN_PAGE_PREFERENCE = 0.05;

/**
 * How much a glossary entry headed by the very term a definition question asks about is preferred
 * (definitions.ts headingIsAskedTerm): it is the definition, while pages that mention the term say
 * its word in every line. "Qu'est-ce qu'un migrant ?" on the multidoc fixture ranked the glossary's
 * "Migrant" entry below five pages about migrants (0.41 against 0.73–0.80, the local embedder
 * reading nothing in a definition that does not write the word); 0.2 puts it first there. The
 * heading must be the term and nothing more, so that only one entry qualifies.
 */
export const TERM_ENTRY_PREFERENCE = 0.2;

/** Each candidate's preference for being of the period asked, or recent (see PERIOD_PREFERENCE). */
function timePreference(chunks: Chunk[], candidates: number[], period: number | null, recency: number): (i: number) => number {
  if (period !== null) return (i) => (chunks[i].date?.startsWith(String(period)) ? PERIOD_PREFERENCE : 0);
  const dates = [...new Set(candidates.map((i) => chunks[i].date).filter((d): d is string => Boolean(d)))].sort();
  if (dates.length < 2) return () => 0;
  const rank = new Map(dates.map((d, k) => [d, k / (dates.length - 1)]));
  return (i) => recency * (rank.get(chunks[i].date ?? '') ?? 0.5);
}

/** What a question prefers among its candidate passages (see preferenceOf). */
export interface Preferences {
  reading: QuestionReading;
  /** The groups passages are ranked by (rankingGroups). */
  groups: readonly TermGroup[];
  /** The question counts people: any count of people is named (see countsPeople). */
  asksPeople: boolean;
  defining: ReadonlySet<number>;
  ownPages: ReadonlySet<string>;
  titleNamed: (i: number) => boolean;
  timely: (i: number) => number;
  /** The kind of answer asked is read in the whole passage rather than its best line. */
  wholePassage: boolean;
  index: ReadableIndex;
  reader: PassageReader;
}

/** The passages a question names by its only topics: those defining the name, and the name's own pages (see DEFINING_STATEMENT_PREFERENCE). */
export interface NamedPassages {
  defining: ReadonlySet<number>;
  ownPages: ReadonlySet<string>;
}

/** A question's preferences over its candidates, read once before they are ranked. */
export function preferencesOf(
  reading: QuestionReading,
  groups: readonly TermGroup[],
  candidates: number[],
  named: NamedPassages,
  index: ReadableIndex,
  reader: PassageReader,
): Preferences {
  const recency = CHANGING_ANSWERS.has(reading.expected) ? COUNT_RECENCY_PREFERENCE : RECENCY_PREFERENCE;
  return {
    reading,
    groups,
    // A question counting people names any count of people (see countsPeople).
    asksPeople: groups.some((g) => countsPeople(g.word)),
    defining: named.defining,
    ownPages: named.ownPages,
    titleNamed: titleNamesQuestion(reading, groups, reader),
    timely: timePreference(index.chunks, candidates, reading.period, recency),
    wholePassage: READ_IN_WHOLE_PASSAGE.has(reading.expected),
    index,
    reader,
  };
}

/** How much a candidate passage is preferred beyond its similarity, its best line being `line` (orders only; see the preferences above). */
export function preferenceOf(p: Preferences, i: number, line: number): number {
  const { reading, index, reader } = p;
  const languages = index.lexical.languages;
  const typedText = p.wholePassage ? index.chunks[i].text : reader.lineText(i, line);
  return (
    (translatedFor(index, i, reading.language) ? 0 : SAME_LANGUAGE_PREFERENCE) +
    p.timely(i) +
    (p.defining.has(i) ? DEFINING_STATEMENT_PREFERENCE : 0) +
    (p.ownPages.has(index.chunks[i].source) ? OWN_PAGE_PREFERENCE : 0) +
    (reading.reason && statesCause(reader.lineText(i, line)) ? ANSWER_TYPE_PREFERENCE : 0) +
    (p.titleNamed(i) ? NAMED_TITLE_PREFERENCE : 0) +
    ANSWER_TYPE_PREFERENCE *
      answerTypeMatch(reading.expected, typedText, languages[i], (word) => namesGroup(p, word, languages[i]), reading.wholeHead)
  );
}

/** Is this passage in another language than the asker's, with its page's translation in the asker's language indexed too? */
function translatedFor(index: ReadableIndex, i: number, language: string): boolean {
  return index.lexical.languages[i] !== language && (index.chunks[i].translations ?? []).some((t) => t.language === language);
}

/** Does a passage's page title write most of a name the question writes (see NAMED_TITLE_PREFERENCE)? */
function titleNamesQuestion(reading: QuestionReading, groups: readonly TermGroup[], reader: PassageReader): (i: number) => boolean {
  const nameGroups = groups.filter((g) => reading.nameWords.includes(g.word.toLowerCase()));
  if (nameGroups.length < 2) return () => false;
  return (i) => {
    const title = reader.title(i);
    return titleNamesIt(nameGroups.filter((g) => matchStrength(g.stems, title) === 1).length, nameGroups.length);
  };
}

/** Does a word of a passage's line name one of the question's groups (or a count of people, for a question counting people)? */
function namesGroup(p: Preferences, word: string, language: TextLanguage): boolean {
  if (p.asksPeople && countsPeople(word)) return true;
  // A word of a passage's line: its terms are remembered with the passages' (text/termSets.ts).
  const terms = textTerms(word, language);
  return p.groups.some((g) => matchStrength(g.stems, terms) === 1);
}
