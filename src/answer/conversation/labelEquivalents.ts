// English for a French label, offered to an English visitor instead of the French words in an
// English template ("Tell me about Nations Unies"). Only what the project already knows is used, and
// only where it is reliable: the organisation's own translated pages first, then fixed names, the
// acronyms the corpus spells out in both languages, a single word the dictionary and the pages
// translate one way only, a proper name the English pages write alike, and several words only as the
// label's English page writes them. Word for word, several words have no reliable English: French
// noun phrases put their adjectives and numbers after the noun ("Programme 2040", "Structure
// organisationnelle") and nothing here can reorder them without that page. A label no rule knows is
// offered as the source's own words (templates.ts, ownWordsQuestion). The rules are data, each with
// its reason; test/conversation/labelEquivalents.test.ts checks each on a label it matches and one it does not.
import { isStopWord, words } from '../../text/analyzer.js';
import { isAcronym } from '../organisations.js';
import { counterpartPhrase } from './counterpartPhrase.js';
import { withoutArticle } from './templates.js';

/** What the project knows of English and French, gathered once per loaded index (see bilingual.ts). */
export interface BilingualKnowledge {
  /** The English label the corpus's translated pages give a French one (corpusPairs.ts). */
  corpusPairs: { englishOf(label: string): string | null; englishPageText(frenchSource: string): string | null };
  /** Fixed English names of French ones (fixedNames.ts). */
  fixedNames: { englishOf(name: string): string | null };
  /** Acronyms the corpus spells out with the same words in another language (AcronymReader.equivalents: OIM → IOM). */
  acronymEquivalents: ReadonlyMap<string, readonly string[]>;
  /** The English words the dictionary, the translated pages and the cognate rules give one French word (Vocabulary.translations). */
  englishWords(word: string): readonly string[];
  /** How the corpus's English pages write a word (englishSpelling.ts). */
  englishSpelling: { spelling(word: string): string | null; isName(word: string): boolean };
}

export type LabelRuleName = 'corpus-pair' | 'fixed-name' | 'corpus-acronym' | 'one-word' | 'same-name' | 'counterpart-phrase';

export interface LabelRule {
  name: LabelRuleName;
  why: string;
  /** The English for a cleaned French label (cleanLabel) of a French page, or null when the rule does not know it. */
  english(label: string, knowledge: BilingualKnowledge, source: string): string | null;
}

/** A single word: letters and inner hyphens or apostrophes, no digits. */
const ONE_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;
/** French plurals end in s or x, English ones in s: a translation of another number reads as a different topic. */
const FRENCH_PLURAL = /[sx]$/i;
const ENGLISH_PLURAL = /s$/i;

/** The one value of a list once case is set aside, or null when there are none or several. */
function only(values: readonly string[] | undefined): string | null {
  const distinct = [...new Map((values ?? []).map((v) => [v.toLowerCase(), v])).values()];
  return distinct.length === 1 ? distinct[0] : null;
}

/**
 * The English word as the English pages write it: a name with its capital ("Senegal"), a common
 * word in the French label's case ("Carrières" → "Careers").
 */
function written(french: string, english: string, k: BilingualKnowledge): string {
  if (k.englishSpelling.isName(english)) return k.englishSpelling.spelling(english) ?? english;
  return /^\p{Lu}/u.test(french) ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}

export const LABEL_RULES: readonly LabelRule[] = [
  {
    name: 'corpus-pair',
    why: "The organisation's own translation: its French page's title, heading or aligned item has an English page's counterpart, worded as it chose.",
    english: (label, k) => k.corpusPairs.englishOf(label) ?? k.corpusPairs.englishOf(withoutArticle(label, 'en')),
  },
  {
    name: 'fixed-name',
    why: 'The organisation and the UN-system bodies have official names in both languages, which no word-for-word reading would give ("Nations Unies" is "the United Nations").',
    english: (label, k) => k.fixedNames.englishOf(withoutArticle(label, 'en')),
  },
  {
    name: 'corpus-acronym',
    why: 'An acronym the corpus spells out in both languages with the same words is the same body (OIM and IOM); a single equivalent is required, since two would be a guess.',
    english: (label, k) => {
      const bare = withoutArticle(label, 'en');
      return isAcronym(bare) ? only(k.acronymEquivalents.get(bare)) : null;
    },
  },
  {
    name: 'one-word',
    why: 'One word has no word order to get wrong; it is translated only when every source agrees on one English word the English pages write, of the same number (a word with two senses, or none, is left in French; a search form such as "mediterranee" is no English).',
    english: (label, k) => {
      const word = withoutArticle(label, 'en');
      if (!ONE_WORD.test(word) || isAcronym(word)) return null;
      const spelled = k.englishWords(word).map((w) => k.englishSpelling.spelling(w));
      const english = only(spelled.filter((w): w is string => w !== null));
      if (!english || FRENCH_PLURAL.test(word) !== ENGLISH_PLURAL.test(english)) return null;
      return written(word, english, k);
    },
  },
  {
    name: 'same-name',
    why: 'A proper name the English pages also write, letter for letter and only with a capital (a place, a person), is English as it stands; a common word spelled alike may be a false friend ("formation"), so only names pass.',
    english: (label, k) => {
      const word = withoutArticle(label, 'en');
      return ONE_WORD.test(word) && !isAcronym(word) && k.englishSpelling.isName(word) && k.englishSpelling.spelling(word) === word
        ? word
        : null;
    },
  },
  {
    name: 'counterpart-phrase',
    why: "Several words are ordered by the label's own page in English: its translation must write one run of exactly their translations (the words themselves for names and numbers), in any order; every word must have one, or there is no English.",
    english: (label, k, source) => {
      const text = k.corpusPairs.englishPageText(source);
      if (!text) return null;
      const all = words(withoutArticle(label, 'en'));
      const content = all.filter((w) => !isStopWord(w, 'fr'));
      return counterpartPhrase(
        text,
        content.map((w) => [w, ...k.englishWords(w)]),
        all.length - content.length,
      );
    },
  },
];

export interface LabelEquivalent {
  english: string;
  rule: LabelRuleName;
}

function firstRule(label: string, knowledge: BilingualKnowledge, source: string): LabelEquivalent | null {
  for (const rule of LABEL_RULES) {
    const english = rule.english(label, knowledge, source);
    if (english) return { english, rule: rule.name };
  }
  return null;
}

/**
 * Answers per loaded index's knowledge, by page and label: every uncached turn labels the same
 * headings and names again, and a phrase is looked for through its English page's text. Labels come
 * from the corpus only (headings, titles, names, list items), never from a visitor, so the memo is
 * bounded by the corpus.
 */
const answers = new WeakMap<BilingualKnowledge, Map<string, LabelEquivalent | null>>();

/** The English for a cleaned French label of a French page by the first rule that knows it, or null. */
export function englishLabel(label: string, knowledge: BilingualKnowledge, source: string): LabelEquivalent | null {
  const known = answers.get(knowledge) ?? new Map<string, LabelEquivalent | null>();
  answers.set(knowledge, known);
  const key = `${source}\u0000${label}`;
  let found = known.get(key);
  if (found === undefined) {
    found = firstRule(label, knowledge, source);
    known.set(key, found);
  }
  return found;
}
