// A question read once, before anything is searched: its language, what kind of answer it asks
// for, its weighted words (with their translations and the acronyms they name), its focus, the
// names and numbers it writes, the period it speaks of, and whether it tries to take the
// assistant over. Retrieval, sentence selection, grounding and fact checking all decide from this
// one immutable value rather than reading the question again.
import { triesToTakeOver } from '../text/takeover.js';
import type { Language } from '../types.js';
import { foldAccents, isStopWord, words } from '../text/analyzer.js';
import { detectLanguage } from '../text/language.js';
import { withOwnBodyNoun } from './ownBody.js';
import { periodOf } from './period.js';
import { focusOf } from './questionFocus.js';
import { QuestionForms, withoutFormWords } from './questionForms.js';
import { asksPartHead } from './organisationParts.js';
import { standInGroups } from './standIns.js';
import { asksReason, capitalisedNameWords } from './reasonAndName.js';
import { asksForAction, asksShare, type Expected, expectedValue, numbersIn } from './questionType.js';
import { type Form, type TermGroup, wordGroups } from './terms.js';
import type { Vocabulary } from './vocabulary.js';
import { asksYesNo, yesNoVerb } from './yesNo.js';
import { otherPersonForm } from './otherPersonForms.js';

export interface QuestionReading {
  /** The question as asked. */
  readonly text: string;
  /** What the embedder reads: the question with spelled-out names as their acronym, and its translations. */
  readonly searchText: string;
  readonly language: Language;
  readonly expected: Expected;
  /** A count asked as a share ("quel pourcentage de", "what share of"): its figure is a percentage. */
  readonly share: boolean;
  /** A who question asking for a person other than the one it names: before, after, in place of them (otherPersonForms.ts). */
  readonly otherPerson: boolean;
  /** A leader question naming no part of its subject (no office, region, deputy, place): it asks for the whole organisation's head. */
  readonly wholeHead: boolean;
  /** A how/why question: it asks for a manner or a reason, so it has no noun focus. */
  readonly manner: boolean;
  /** It asks a name its subject had before its present one (formWords.ts FORMER_NAME_FORMS). */
  readonly formerName: boolean;
  /** A why question: a line stating a cause answers it (reasonAndName.ts). */
  readonly reason: boolean;
  /** The words of the capitalised names it writes, lower-cased (reasonAndName.ts). */
  readonly nameWords: readonly string[];
  readonly groups: readonly TermGroup[];
  /**
   * Word groups that rank passages but that an answer need not say: what the question's form stands
   * for when a page may answer without writing it (a purpose question's objectives, questionForms.ts).
   */
  readonly hints: readonly TermGroup[];
  /** The first thing it asks about once the question words are gone (see focusOf). */
  readonly focus: TermGroup | null;
  /** A yes/no question (yesNo.ts asksYesNo): an English auxiliary opening, or a French inverted verb. */
  readonly yesNo: boolean;
  /** The verb a yes/no question asks about (yesNo.ts yesNoVerb), read with its focus; null for other questions and how/why ones. */
  readonly yesNoVerb: string | null;
  /** Capitalised words inside its sentences (acronyms aside), lower-cased: the names it gives. */
  readonly names: readonly string[];
  /** Numbers written in it ("in 2022", "175"): an answer must contain them. */
  readonly numbers: readonly string[];
  /** The year it gives as a time frame ("in 2017"), or null. */
  readonly period: number | null;
  /** It tries to give the assistant new instructions or a new role. */
  readonly takeover: boolean;
  /** It asks the assistant to act for the visitor (book, send, pay, apply) rather than what the documents say. */
  readonly actionRequest: boolean;
}

export interface ReadOptions {
  language?: Language;
  /** Add the corpus's translations of the question's words (default true). */
  translate?: boolean;
  /**
   * The caller has screened this very text for a takeover and found none (the answer layer screens
   * every message before it is answered), so it is not screened twice: the screening's patterns
   * and normal form were 2% of a chat request's CPU, half of it the second time.
   */
  screened?: boolean;
}

// "How" before a word of degree asks for a quantity ("How many staff…", "How long…"), not a manner:
// such a question has a noun focus, what it counts, as "Combien de…" has.
const MANNER = /^\s*(how|why|comment|pourquoi)\b(?!\s+(?:many|much|long|old|far|often|large|big)\b)/i;

// Module constants: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does).
const CAPITAL_FIRST = /^\p{Lu}/u;
const ACRONYM_WORD = /^\p{Lu}{2,}s?$/u;

/** A French elided word before a name ("d'", "l'", "qu'"…). */
const ELIDED = /^(?:[dljmnst]|qu|jusqu|lorsqu|puisqu)['’]/i;

/**
 * Capitalised words inside a sentence of the question: its names (acronyms aside). A question in Title Case
 * ("What Are The Goals Of IOM") capitalises its function words too, and then says nothing of names.
 */
function namesIn(question: string): string[] {
  const names = new Set<string>();
  for (const sentence of question.split(/[.!?:;]+/)) {
    const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    for (const written of tokens.slice(1)) {
      // A French elided article or preposition is not part of the name: "d'Ingrid", "l'Agence".
      const token = written.replace(ELIDED, '');
      // An acronym is left out: it often abbreviates common words the corpus spells out (NGO, ONG).
      if (!CAPITAL_FIRST.test(token) || ACRONYM_WORD.test(token)) continue;
      if (isStopWord(token.toLowerCase(), 'en')) return [];
      for (const w of words(token)) names.add(w);
    }
  }
  return [...names];
}

/** The groups passages and sentences are ranked by: the question's own, then its hints (see QuestionReading.hints). */
export function rankingGroups(reading: QuestionReading): readonly TermGroup[] {
  return reading.hints.length ? [...reading.groups, ...reading.hints] : reading.groups;
}

/**
 * QuestionReading.searchText: the question, then each translation's word, space-separated (what
 * joining them gave). A loop: spreading and flattening the lists cost a twentieth of reading a
 * question, about 1.5 µs (in-process profile of readQuestion alone, dist build).
 */
function searchTextOf(collapsed: string, translations: ReadonlyMap<string, readonly Form[]>): string {
  let text = collapsed;
  for (const forms of translations.values()) for (const f of forms) text += ` ${f.word}`;
  return text;
}

export function readQuestion(text: string, vocabulary: Vocabulary, options: ReadOptions = {}): QuestionReading {
  const language = options.language ?? detectLanguage(text);
  const collapsed = vocabulary.collapse(text, language);
  const translations = options.translate !== false ? vocabulary.translations(collapsed, language) : new Map<string, Form[]>();
  // The question's forms, read once for its stand-ins, its form words and its kind of answer.
  const forms = new QuestionForms(text);
  const standIns = standInGroups(text, forms);
  const written = wordGroups(withoutFormWords(collapsed, forms), language, {
    translations,
    ownWord: vocabulary.ownWord,
    weakWords: vocabulary.weakWords,
    corpusLanguages: vocabulary.languages,
    dictionary: vocabulary.senses,
  });
  const groups = withOwnBodyNoun(
    vocabulary.weigh([...written, ...standIns.required]),
    text,
    vocabulary.ownAcronym,
    (noun) => vocabulary.weigh([noun])[0].weight,
  );
  const manner = MANNER.test(text);
  // Folded once for the four readings that ignore accents (each folded it itself: a Unicode
  // normalisation of the whole question each, for a French one).
  const bare = foldAccents(text);
  const expected = expectedValue(text, bare, forms);
  // Read once, for the focus and the grounding rules (a question with no focus, how/why, needs none).
  const asked = manner ? null : yesNoVerb(text, language);
  return Object.freeze({
    text,
    searchText: searchTextOf(collapsed, translations),
    language,
    expected,
    share: expected === 'count' && asksShare(bare),
    otherPerson: otherPersonForm(text, bare) !== null,
    wholeHead: expected === 'leader' && !asksPartHead(text),
    manner,
    formerName: expected === 'name' && forms.formerName,
    reason: asksReason(text, bare),
    nameWords: Object.freeze(capitalisedNameWords(text)),
    groups: Object.freeze(groups),
    hints: Object.freeze(vocabulary.weigh(standIns.optional)),
    focus: focusOf(groups, manner, text, language, asked),
    yesNo: asksYesNo(text, language),
    yesNoVerb: asked?.verb ?? null,
    names: Object.freeze(namesIn(text)),
    numbers: Object.freeze(numbersIn(text)),
    period: periodOf(text, bare),
    takeover: options.screened ? false : triesToTakeOver(text),
    actionRequest: asksForAction(text, bare),
  });
}
