// What grounding decides from, measured once from the question's reading, the passages and the
// chosen sentences: a pure function, no call back into retrieval. The rules that use these facts
// are the catalogue in grounding.ts.
import { holdsExpected } from '../retrieve/questionType.js';
import { statesCause } from '../retrieve/reasonAndName.js';
import { asksRoleHolder } from '../retrieve/questionForms.js';
import { givesContactBy, mediaAsked } from '../retrieve/contactForms.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { textTerms } from '../text/termSets.js';
import type { TermGroup } from '../retrieve/terms.js';
import { coverage, unknownShare } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { givesAskedValue, givesProperName, namesOtherThanSubject, subjectAcronyms, VALUE_REQUIRED } from './askedValue.js';
import { countedGroup } from './countedAsked.js';
import { amountApart } from './figureApart.js';
import { writesShare } from './shareWritten.js';
import { otherPersonUnnamed } from './otherPerson.js';
import { figureOutOfScope, scopeNamesSaid } from './figureScope.js';
import { unitTerms } from './passageTerms.js';
import { onlyActionsUnknown, ownActUnsaid, procedureApart } from './procedure.js';
import { namesSomeoneElse } from './roleHolder.js';
import type { Selection } from './select.js';
import { complementUnknown, unknownAskedKind, unknownPropertyOfKnown, unknownThingUnsaid } from './askedKind.js';
import { namesUnsaid, numbersPresent, numbersTied, onlyNamesSaid, unknownName } from './writtenFacts.js';
import { actOnThingApart, definedThingUnsaid, knownSaidHeaded, knownThingUnsaid, saidOnlyAlike } from './thingSaid.js';
import { saidOnlyAsOtherWords } from './wordsSaid.js';
import { focusQuoted, knownSaid, onlyActionSaid } from './quotedCoverage.js';
import { ownPeopleApart } from './peopleSaid.js';
import { askedApart } from './askedApart.js';

// Thresholds set with the offline answerer on the seed's dev and probe sets (dev 19/19 since).
/** A typed answer tolerates this many question words the corpus never uses (one synonym: fondée/créée). */
export const MAX_UNKNOWN_WORDS_TYPED = 1;

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
  /** The question gives names and the chosen sentences say nothing else it asks (only the names; a French title's lower-case words after its capital are its name, see writtenFacts.ts nameWords). */
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
  /** It asks for a thing the corpus does not know (what a "which"/"quel" names), and no chosen sentence says the rest it asks (see unknownThingUnsaid). */
  unknownThingUnsaid: boolean;
  /** It asks in the copula form for a property the corpus never names of a thing it knows ("Quel est le salaire de la Directrice générale ?": see unknownPropertyOfKnown). */
  unknownPropertyOfKnown: boolean;
  /** A word it asks about is known, and the word that one is of is not (see complementUnknown). */
  complementUnknown: boolean;
  /** The chosen sentences say some of its words, each only by a likeness of its stems, none as one of them (see saidOnlyAlike). */
  saidOnlyAlike: boolean;
  /** The chosen sentences share terms with its words and say none as itself, only as names or longer words beginning alike (see saidOnlyAsOtherWords). */
  saidOnlyAsOtherWords: boolean;
  /** A yes/no question whose focus (what its verb acts on) the corpus knows, no chosen sentence says, nor speaks to the visitor (see knownThingUnsaid). */
  knownThingUnsaid: boolean;
  /** A "what is" question whose known focus no chosen sentence nor its heading says (see definedThingUnsaid). */
  definedThingUnsaid: boolean;
  /** knownSaid of all the chosen sentences together with the headings of their sections (see knownSaidHeaded). */
  knownSaidHeaded: number;
  /** A yes/no question whose verb and focus no chosen sentence says together (see actOnThingApart). */
  actOnThingApart: boolean;
  /** An amount question whose chosen sentences holding an amount say nothing else it asks (see amountApart). */
  amountApart: boolean;
  /** It asks for a person other than the one it names (before, after, succeeded), and no chosen sentence names anyone else (otherPerson.ts). */
  otherPersonUnnamed: boolean;
  /** It asks what share of something, and no chosen sentence writes a share (shareWritten.ts). */
  shareMissing: boolean;
  /** A count question's chosen sentences give its figure only for another year, a running total or another place (see figureScope.ts). */
  figureOutOfScope: boolean;
  /** It asks what its focus is of other things it names, and the chosen sentences say the focus and those only in different passages (askedApart.ts). */
  askedApart: boolean;
  /** It asks something of the organisation's own people, and no chosen sentence says them with anything else it asks (see ownPeopleApart). */
  ownPeopleApart: boolean;
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

function valuePresent(reading: QuestionReading, passages: Passage[], selection: Selection, isName: (word: string) => boolean): boolean {
  const expected = reading.expected;
  if (!VALUE_REQUIRED.has(expected)) return true;
  // Who holds a role the question names: a person's name, not the role again (roleHolder.ts).
  if (expected === 'leader' && asksRoleHolder(reading.text)) return selection.units.some((u) => namesSomeoneElse(u.text, reading.text));
  // A contact in the medium asked (a telephone number does not give a fax: contactForms.ts
  // givesContactBy), of the place or body the question names: the line, the one its pronoun takes
  // up or its page's title or heading says it, as a figure's scope (figureScope.ts scopeNamesSaid);
  // the New York office's address is no contact of the Colombia office.
  if (expected === 'contact') {
    const media = mediaAsked(reading.text);
    return selection.units.some((u) => givesContactBy(u.text, media) && scopeNamesSaid(reading, u, passages));
  }
  // A former name: another name than the subject's present one (askedValue.ts namesOtherThanSubject).
  if (reading.formerName) {
    const acronyms = subjectAcronyms(reading.groups);
    return selection.units.some((u) => namesOtherThanSubject(u.text, acronyms));
  }
  // A name: a proper name, not a title the corpus writes in common words (askedValue.ts givesProperName).
  if (expected === 'name') return selection.units.some((u) => givesProperName(u.text, isName));
  const counted = countedGroup(reading);
  return selection.units.some((u) => givesAskedValue(u, expected, passages, counted));
}

/**
 * A why question about a name is answered by a chosen line stating a cause (reasonAndName.ts
 * CAUSE_STATED), though it says none of the question's other words: its verb is what the page puts
 * in its own words ("Why was the … Project started?", "Il a été lancé en 2014, après deux naufrages").
 */
function causeQuoted(reading: QuestionReading, selection: Selection): boolean {
  return reading.reason && selection.units.some((u) => statesCause(u.text));
}

/** Every acronym taken as the organisation's own, written nearly everywhere (without a vocabulary to tell). */
const EVERY_ACRONYM = () => true;

/** Every word taken as a name (without a vocabulary to tell): any capitalised run is one. */
const EVERY_WORD_A_NAME = () => true;

/**
 * `pervasive`: is a word group one nearly every page writes (Vocabulary.isPervasive): the
 * organisation's acronym. `isName`: does the corpus write a word (lower case) only as a name
 * (Vocabulary.isProperName).
 */
export function groundingFacts(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  pervasive: (g: TermGroup) => boolean = EVERY_ACRONYM,
  isName: (word: string) => boolean = EVERY_WORD_A_NAME,
): GroundingFacts {
  const quoted = quotedTerms(passages, selection);
  const kind = unknownAskedKind(reading, quoted);
  const unknown = unknownShare(reading.groups);
  return {
    topScore: passages[0]?.score ?? 0,
    unknownShare: unknown,
    unknownShareBesideKind: kind ? unknownShare(reading.groups.filter((g) => g !== kind)) : unknown,
    bestCoverage: selection.best?.coverage ?? 0,
    typedAnswer: typedAnswer(reading, selection),
    valuePresent: valuePresent(reading, passages, selection, isName),
    numbersPresent: numbersPresent(reading, passages, selection),
    numbersTied: numbersTied(reading, passages, selection),
    focusKnown: focusQuoted(reading, quoted),
    knownSaid: knownSaid(reading, passages, selection, quoted),
    unknownName: unknownName(reading),
    namesUnsaid: namesUnsaid(reading, passages, selection, quoted),
    onlyNamesSaid: onlyNamesSaid(reading, quoted) && !causeQuoted(reading, selection),
    takeover: reading.takeover,
    onlyActionSaid: onlyActionSaid(reading, quoted),
    procedureApart: procedureApart(reading, passages, selection),
    onlyActionsUnknown: onlyActionsUnknown(reading),
    ownActUnsaid: ownActUnsaid(reading, selection),
    unknownThingUnsaid: unknownThingUnsaid(reading, passages, selection),
    unknownPropertyOfKnown: unknownPropertyOfKnown(reading),
    complementUnknown: complementUnknown(reading),
    actionRequest: reading.actionRequest,
    saidOnlyAlike: saidOnlyAlike(reading, quoted),
    saidOnlyAsOtherWords: saidOnlyAsOtherWords(reading, passages, selection, quoted, pervasive),
    knownThingUnsaid: knownThingUnsaid(reading, selection, quoted),
    definedThingUnsaid: definedThingUnsaid(reading, passages, selection, quoted),
    knownSaidHeaded: knownSaidHeaded(reading, passages, selection, quoted),
    actOnThingApart: actOnThingApart(reading, passages, selection),
    amountApart: amountApart(reading, passages, selection),
    otherPersonUnnamed: otherPersonUnnamed(reading, selection.units, isName),
    shareMissing: reading.share && !selection.units.some((u) => writesShare(u.text)),
    figureOutOfScope: figureOutOfScope(reading, passages, selection.units),
    ownPeopleApart: ownPeopleApart(reading, passages, selection, pervasive),
    askedApart: askedApart(reading, passages, selection),
  };
}
