// Scores each sentence of the retrieved passages for a question: how much of the question it
// covers, how good its passage is, and whether it holds the kind of value asked for (a number, a
// year). select.ts chooses the quotes from these scores. A pure function of the question's reading
// and the passages: the weights come with the reading.
import { type TextLanguage, textLanguage } from '../text/analyzer.js';
import { textClasses } from '../text/termSets.js';
import { definesByVerb, holdsExpected } from '../retrieve/questionType.js';
import { statesCause } from '../retrieve/reasonAndName.js';
import { type QuestionReading, rankingGroups } from '../retrieve/reading.js';
import { isAskedTerm } from '../retrieve/termEntry.js';
import type { TermGroup } from '../retrieve/terms.js';
import { PassageCoverage } from '../retrieve/passageCoverage.js';
import type { TermIndex } from '../retrieve/termIndex.js';
import type { Passage } from '../types.js';
import type { WordClass } from '../text/wordClass.js';
import { VALUE_REQUIRED } from './askedValue.js';
import { datedInPeriod } from './figurePeriod.js';
import { countsAskedThing, countsOtherThing } from './countedThing.js';
import { countedGroup } from './countedAsked.js';
import { namesSomeoneElse } from './roleHolder.js';
import { ANNOUNCING_SHARE } from './announcing.js';
import { setsApartAsked } from './setApart.js';
import { cachedPassage } from './unitCache.js';
import { NAME_WORDS_SAID, namesFromPassage, namesInAntecedent, namesInContext } from './namesSaid.js';
import type { Unit } from './units.js';
import { speakerUnsaid, speaksToVisitor, VISITOR_BONUS, type VisitorQuestion } from './visitor.js';

export interface ScoredUnit extends Unit {
  /** Share of the question's own words it says (grounding reads it). */
  coverage: number;
  /** The same with the question's hints (QuestionReading.hints): what it is ranked by. */
  rankedCoverage: number;
  score: number;
  /**
   * Its terms (analyze in its passage's language, as textTerms reads them) and its text as sameText
   * normalises it, read once with its passage's units: grounding and the dedup read them from here
   * rather than looking each sentence up in a memo on every answer (30-60 look-ups an answer).
   */
  terms?: ReadonlySet<string>;
  same?: string;
  /** It opens on a pronoun and counts a name the sentence before it says (antecedent.ts): it is quoted with that sentence. */
  readsAntecedent?: boolean;
  /** It announces what its page explains (announcing.ts). */
  announcing?: boolean;
}

// Values set with the extractive answerer on the seed's dev set, unchanged since.
/** Passages whose sentences are considered (the retriever's default k). */
const PASSAGES_CONSIDERED = 5;
/** A sentence holding the kind of value asked for (a number, a year; for a why question a cause) gets this much more. */
const EXPECTED_BONUS = 0.2;
/** A sentence's score: its own coverage of the question, and its passage's hybrid score. */
const COVERAGE_SHARE = 0.6;
const PASSAGE_SHARE = 0.4;
/**
 * A question's word that a sentence's section heading says, and the sentence not, counts this much
 * of it for ranking the sentence (not for grounding's coverage): a page's sections name their topic
 * once ("Health assessments before departure") and their sentences do not repeat it. Retrieval's
 * heading weight (passageReader.ts HEADING_MATCH), so a sentence ranks as its passage was found.
 */
const SECTION_HEADING_MATCH = 0.5;

/** The summed weight of groups. */
function weightOf(groups: readonly TermGroup[]): number {
  let total = 0;
  for (const g of groups) total += g.weight;
  return total;
}

/** The classes a sentence writes its terms as, when the question has senses to tell apart (language given), else none. */
function classesOf(text: string, language: TextLanguage | null): ReadonlyMap<string, WordClass> | undefined {
  return language === null ? undefined : textClasses(text, language);
}

/** What scoreUnits reads beyond the question and its passages (selectUnits gives them from the corpus's vocabulary). */
export interface UnitScoring {
  /** The question as asked by the visitor (visitorQuestion), whose sentences speaking to them are preferred. */
  visitor?: VisitorQuestion | null;
  /** Is a word a proper name (Vocabulary.isProperName): only those a pronoun's sentence reads from the sentence before (antecedent.ts). */
  properName?: (word: string) => boolean;
  /** Is an acronym group one a pronoun's sentence reads from the sentence before (not the organisation's own: Vocabulary.isPervasive). */
  namedAcronym?: (group: TermGroup) => boolean;
}

export function scoreUnits(
  reading: QuestionReading,
  passages: Passage[],
  { visitor = null, properName, namedAcronym }: UnitScoring = {},
): ScoredUnit[] {
  // A sentence is ranked as retrieval ranks passages: with the question's hints (a purpose question's objectives).
  const groups = rankingGroups(reading);
  const hinted = groups !== reading.groups;
  const proper = reading.groups.filter((g) => reading.names.includes(g.word) && g.acronym === undefined);
  // An acronym the question asks of (MIDAS) names a thing a pronoun or "the system" stands for, as a
  // proper name does; not the organisation's own (`namedAcronym` false), which nearly every sentence names.
  const acronyms = namedAcronym ? reading.groups.filter((g) => g.acronym !== undefined && namedAcronym(g)) : [];
  const names = [...proper, ...acronyms];
  // A pronoun stands for a person or a place it follows, not for any capitalised words before it (Member States).
  const named = names.map((g, k) => k >= proper.length || (properName?.(g.word) ?? false));
  const [rankedWeight, ownWeight] = [weightOf(groups), weightOf(reading.groups)];
  // A word the sentence writes as another part of speech than a translation's (WordGroup.otherWords) is not that word, as in retrieval.
  const senses = groups.some((g) => g.otherWords !== undefined);
  // Gathered in a loop: V8 leaves flatMap unoptimised, about 6 µs for five passages' sentences
  // against 1.5 µs pushed (microbenchmark); the same sentences in the same order.
  const scored: ScoredUnit[] = [];
  const asksDefinition = reading.expected === 'definition';
  // A value asked: a sentence naming a word of the question only to set it apart holds a value of something else (setApart.ts).
  const valueAsked = VALUE_REQUIRED.has(reading.expected);
  // A count's figure is the bonus's only when it counts what is asked (countedThing.ts).
  const counted = countedGroup(reading);
  // Asked who came before or after a person it names: a line naming someone else gives the value asked (otherPerson.ts).
  const otherPerson = properName !== undefined && reading.otherPerson;
  // The year asked ("en 2019") is said by a line of that year giving the value asked that does not write it (figurePeriod.ts datedInPeriod).
  const year = reading.period === null ? '' : String(reading.period);
  const yearGroup = year ? groups.find((g) => g.word === year) : undefined;
  for (const [p, passage] of passages.slice(0, PASSAGES_CONSIDERED).entries()) {
    // Only a page of that year, or one writing it (a dateline), may date a line in it.
    const mayDate = yearGroup !== undefined && (passage.date?.startsWith(year) || passage.text.includes(year));
    const { units, context, headingTerms, headingEntry, sectionHeading, terms: all } = cachedPassage(passage);
    // A glossary entry: its heading is the term asked, its first sentence the definition, saying none of it.
    let defines = asksDefinition && isAskedTerm(headingEntry, reading.groups);
    // Each unit's coverage as coverage() gives it, the question's stems compared with the passage's terms once.
    const question = new PassageCoverage(groups, all);
    const own = hinted ? new PassageCoverage(reading.groups, all) : question;
    const headed = new PassageCoverage(groups, all, sectionHeading, SECTION_HEADING_MATCH);
    // A definition question: a sentence defining by its verb reads the term's words its heading gives (headingCompletes), measured on first need.
    const completes = asksDefinition && headingTerms.length > 0;
    let completed: PassageCoverage | undefined;
    let ownCompleted: PassageCoverage | undefined;
    const language = senses ? (textLanguage(passage.language) ?? 'fr') : null;
    // An acronym's share from the title is none: the title reading was set with proper names alone.
    const fromContext = [...namesInContext(proper, context), ...acronyms.map(() => 0)];
    for (const { unit: cached, terms, apart, same, addressed, antecedent, announcing, lead } of units) {
      if (valueAsked && setsApartAsked(apart, reading.groups)) continue;
      const classes = classesOf(cached.text, language);
      // Or a glossary line naming the term before its definition ("Migrant – Terme générique…").
      const definition = defines || (asksDefinition && lead !== null && isAskedTerm(lead, reading.groups));
      defines = false;
      let said = definition ? 1 : question.of(terms, classes);
      const shortened = completes && said > 0 && said < 1 && definesByVerb(cached.text);
      if (shortened) {
        completed ??= headingCompletes(groups, all, headingTerms);
        if (hinted) ownCompleted ??= headingCompletes(reading.groups, all, headingTerms);
        said = completed.of(terms, classes);
      }
      // Only a sentence that says some of the question itself: else the names before it are all it would say.
      const fromNames =
        antecedent && said > 0 && (named.includes(true) || proper.length >= NAME_WORDS_SAID)
          ? namesInAntecedent(names, named, fromContext, antecedent)
          : fromContext;
      // Said to the visitor of what they ask (visitor.ts): preferred, and the organisation speaking need not name itself.
      const toVisitor = visitor !== null && speaksToVisitor(visitor, addressed, terms) ? visitor : null;
      const unsaid = toVisitor && said > 0 ? speakerUnsaid(toVisitor, terms) : 0;
      const byName = namesFromPassage(rankedWeight, names, terms, fromNames);
      const givesValue = holdsExpected(cached.text, reading.expected) && !countsOtherThing(cached.text, counted, passage.language);
      // Only a line giving the value asked, of the thing counted when the question names it: a page's
      // date says when its figures are of, not its other lines' (a constitution updated in 2023
      // "approuve le programme et le budget"), nor its figures of another thing ("14 300 membres du
      // personnel" beside "173 États Membres" for a count of States).
      const dated =
        mayDate &&
        valueAsked &&
        givesValue &&
        (counted === null || countsAskedThing(cached.text, counted, passage.language)) &&
        !cached.text.includes(year) &&
        datedInPeriod({ text: cached.text, passage: p, position: cached.position }, passages, reading.period!)
          ? yearGroup.weight
          : 0;
      const readsAntecedent = fromNames !== fromContext && byName > namesFromPassage(rankedWeight, names, terms, fromContext);
      const fromSentence = Math.min(1, said + byName + (unsaid && unsaid / rankedWeight) + dated / rankedWeight);
      const covered = hinted
        ? Math.min(
            1,
            (shortened && ownCompleted ? ownCompleted : own).of(terms, classes) +
              namesFromPassage(ownWeight, names, terms, fromNames) +
              (unsaid && unsaid / ownWeight) +
              dated / ownWeight,
          )
        : fromSentence;
      // A sentence completed by its heading (shortened) has read the heading already.
      const headedRank =
        definition || shortened || !sectionHeading.size ? fromSentence : Math.min(1, fromSentence - said + headed.of(terms, classes));
      const ranked = announcing ? ANNOUNCING_SHARE * headedRank : headedRank;
      // A why question's answer is a line stating a cause, as retrieval prefers it (preferences.ts ANSWER_TYPE_PREFERENCE).
      const asked =
        givesValue ||
        (reading.reason && statesCause(cached.text)) ||
        (otherPerson && namesSomeoneElse(cached.text, reading.text, properName));
      const expected = definition || (ranked > 0 && asked) ? EXPECTED_BONUS : 0;
      const bonus = expected + (toVisitor ? VISITOR_BONUS * ranked : 0);
      // One object per sentence, its fields written out: spreading the cached unit's (an intermediate
      // copy before that) was most of this loop's own time, 3.5% of a chat request in bench:chat's profile.
      scored.push({
        text: cached.text,
        position: cached.position,
        isItem: cached.isItem,
        list: cached.list,
        passage: p,
        coverage: covered,
        rankedCoverage: ranked,
        score: COVERAGE_SHARE * ranked + PASSAGE_SHARE * passage.score + bonus,
        terms,
        same,
        readsAntecedent,
        announcing,
      });
    }
  }
  return scored;
}

/**
 * The coverage of a sentence defining its term by a defining verb, the term's words its passage's
 * heading says counting as said: a page names the term in full once, in its heading ("Lutte contre
 * la traite des êtres humains"), then defines it shortened ("La traite consiste à recruter…"). Read
 * alone, the definition said a third of "Qu'est-ce que la traite des êtres humains ?" and a mention
 * saying all of it ("La Journée mondiale de la lutte contre la traite d'êtres humains…") was quoted
 * instead (multidoc fixture). Only a sentence that says some of the question itself and defines by
 * its verb (definesByVerb): another sentence under the heading is about the term, not its definition.
 */
function headingCompletes(groups: readonly TermGroup[], all: TermIndex, headingTerms: readonly string[]): PassageCoverage {
  return new PassageCoverage(groups, all, new Set(headingTerms), HEADING_STRENGTH);
}

/** A heading's term counts as fully said by the defining sentence under it (see headingCompletes). */
const HEADING_STRENGTH = 1;
