// A question as weighted content words: each word with the stems that count as finding it (its
// translations and cognates too). The weights and whether the corpus knows a word come from the
// Vocabulary (vocabulary.ts) when the question is read; how strongly passage terms match the groups
// is termMatch.ts (a set of terms), termIndex.ts and passageCoverage.ts (a passage and its parts).
import type { Language } from '../types.js';
import { englishStem, foldAccents, isStopWord, stem, stemIn, type TextLanguage, wordTerms, words } from '../text/analyzer.js';
import { withoutLocutions } from './locutions.js';
import type { WordClass } from '../text/wordClass.js';
import { otherWordsOf, type SenseDictionary } from './wordSenses.js';

/**
 * A passage term found through one of a word's WordNet synonyms (WordGroup.synonyms) counts this much
 * of its strength: a synonym is another word, as a related form is another form (PARTIAL_MATCH).
 * Measured on the multidoc fixture and two own sets: 0.5 and 0.65 found none of the pages the
 * synonyms were for (erase → delete, put → set), 1 lost "How does IOM check refugees for
 * tuberculosis before they travel?" to travel → move; 0.8 kept both.
 */
export const SYNONYM_MATCH = 0.8;

/** One content word of the question with the stems that count as finding it (its translations too). */
export interface WordGroup {
  word: string;
  stems: string[];
  /** Known to the dictionary only as a verb, adjective or adverb (see Glossary.weak). */
  weak?: boolean;
  /**
   * Stems of its translations that, written in a passage as this class, are another word sharing
   * the stem ("trafficking" → traite: "ne traite pas" is a verb; see wordSenses.ts).
   */
  otherWords?: ReadonlyMap<string, WordClass>;
  /**
   * A word of a language no passage is written in, with no translation: only its own spelling, read
   * in the corpus's languages, stands for it (a cognate guess: "migrants"). Such a stem is known
   * only when the corpus has it or a related form: sharing a beginning with a word of another
   * language is no sign of one word ("internships", "internationale"; see Vocabulary.weigh).
   */
  cognateOnly?: boolean;
  /**
   * Its stems that stand for it only as a WordNet synonym the corpus writes ("collect" for "gather":
   * text/synonyms.ts): a passage term matched through one counts SYNONYM_MATCH of its strength.
   */
  synonyms?: ReadonlySet<string>;
}

/** A word group as the corpus sees it: how much it weighs, and whether the corpus has it in any form. */
export interface TermGroup extends WordGroup {
  /** idf of its most specific stem the corpus has (see Vocabulary.weigh). */
  weight: number;
  /** The corpus has one of its stems, or a related form of one. */
  known: boolean;
  /** The corpus acronym this word names (OIM for "oim", "IOM" or a spelled-out name), if any. */
  acronym?: string;
  /**
   * Known only by chance: the corpus has none of its stems, only a form related to a stem shorter
   * than MIN_SHARED_PREFIX letters (stemSet.ts: an inflection's likeness), as "met" (dishes, mets)
   * is found in "mettre" and "char" (cars) in "chargée". Set by Vocabulary.weigh; absent otherwise.
   */
  byChance?: true;
  /** The corpus writes the word only as a name (Vocabulary.isProperName): it matches names' short stems (TermIndex's names). */
  properName?: true;
  /**
   * The share of a match's strength each synonym stem (WordGroup.synonyms) gives: SYNONYM_MATCH, less
   * for a synonym more common in the corpus than the word (Vocabulary.weigh). Absent: no synonyms.
   */
  synonymShares?: ReadonlyMap<string, number>;
}

export interface WeakWords {
  fr: Set<string>;
  en: Set<string>;
}

function isWeak(word: string, language: Language, weakWords: WeakWords): boolean {
  if (language === 'fr') return weakWords.fr.has(stem(word));
  // English participles and past forms ("faced", "leading") read as verbs or adjectives.
  return weakWords.en.has(englishStem(word)) || /(ed|ing)$/.test(word);
}

/** A question word's form in another language of the corpus (a translation, a cognate spelling). */
export interface Form {
  word: string;
  language: TextLanguage;
  /** Another word of the question's own language, WordNet's synonym (WordGroup.synonyms), not a translation. */
  synonym?: true;
}

/** What a question word is on its own, whatever else the question says (see ownWordOf). */
export interface OwnWord {
  /** Its stems in each of the corpus's languages, then a French plural verb's singular stem. */
  readonly stems: readonly string[];
  /** Known to the dictionary only as a verb, adjective or adverb (WordGroup.weak). */
  readonly weak: boolean;
}

export interface GroupOptions {
  translations?: Map<string, Form[]>;
  /**
   * ownWordOf for this corpus's languages and weak words, as its vocabulary remembers it per word
   * (Vocabulary.ownWord); computed each time without one.
   */
  ownWord?: (word: string, language: Language) => OwnWord;
  weakWords?: WeakWords;
  /** The corpus's languages, main one first: a word is stemmed in each (names and cognates cross languages). */
  corpusLanguages?: readonly TextLanguage[];
  /** The dictionary both ways: whether a translation's stem has several meanings (wordSenses.ts); none without one. */
  dictionary?: SenseDictionary;
}

/**
 * The shortest stem a plural verb's fallback may have: "client" → "cli", "agent" → "age" are no
 * verbs, and a stem of three letters or fewer relates to too many others (see stemSet.related).
 */
const MIN_VERB_STEM = 4;

/**
 * The stem of a French third-person plural that Snowball leaves whole ("travaillent", "trouvent",
 * "dirigent": its French stemmer strips no bare "-ent", since nouns and adverbs end so too), taken
 * from the singular ("travaille" → travaill), or null. A question word gets it beside its own stem,
 * so a noun ending so ("président") still matches itself. Multidoc fixture: "Combien de personnes
 * travaillent…" now meets "la majorité travaille…".
 */
export function frenchPluralVerbStem(word: string): string | null {
  if (!/[^aeiouy]ent$/.test(word) || stem(word) !== foldAccents(word)) return null;
  const singular = stem(word.slice(0, -2));
  return singular.length >= MIN_VERB_STEM ? singular : null;
}

const NO_DICTIONARY: SenseDictionary = { englishOf: () => [], frenchOf: () => [] };

/** The key of a word's group: its stem in the corpus's main language (a claim's words are found by it). */
export function groupKey(word: string, corpusLanguages: readonly TextLanguage[] = ['fr']): string {
  return wordTerms(word, corpusLanguages[0] ?? 'fr')[0] ?? '';
}

/**
 * A question word's own stems (in each corpus language, with a French plural verb's singular) and
 * whether it is weak: a pure function of the word, its language and the corpus, the same in every
 * question that writes it.
 */
export function ownWordOf(w: string, language: Language, corpusLanguages: readonly TextLanguage[], weakWords: WeakWords): OwnWord {
  const stems = corpusLanguages.flatMap((l) => wordTerms(w, l));
  const plural = language === 'fr' ? frenchPluralVerbStem(w) : null;
  if (plural) stems.push(plural);
  return Object.freeze({ stems: Object.freeze(stems), weak: isWeak(w, language, weakWords) });
}

export function wordGroups(query: string, language: Language, options: GroupOptions = {}): WordGroup[] {
  const { translations = new Map<string, Form[]>(), weakWords = { fr: new Set(), en: new Set() }, corpusLanguages = ['fr'] } = options;
  const { dictionary = NO_DICTIONARY, ownWord = (w: string, l: Language) => ownWordOf(w, l, corpusLanguages, weakWords) } = options;
  const groups = new Map<string, WordGroup>();
  for (const w of words(withoutLocutions(query, language))) {
    // A stop word read as an acronym ("UN", not the French article) stays: the reader gave it a meaning.
    if (isStopWord(w, language) && !translations.has(w)) continue;
    const own = ownWord(w, language);
    const forms = translations.get(w) ?? [];
    const formStems = forms.map((f) => stemIn(f.word.toLowerCase(), f.language));
    const stems = [...own.stems, ...formStems];
    const key = stems[0];
    if (!key || groups.has(key)) continue;
    const group: WordGroup = { word: w, stems: [...new Set(stems)], weak: own.weak };
    const synonyms = synonymStems(own.stems, forms, formStems);
    if (synonyms) group.synonyms = synonyms;
    if (!forms.length && !corpusLanguages.includes(language as TextLanguage)) group.cognateOnly = true;
    const otherWords = language === 'en' ? otherWordsOf(w, forms, own.stems, dictionary) : null;
    if (otherWords) group.otherWords = otherWords;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * A group's stems less those only a WordNet synonym gives (WordGroup.synonyms): the word and its
 * translations, for a check that must not take another word for it ("office" is a synonym of
 * "agency", yet a sentence setting the head office apart sets no agency apart).
 */
export function ownStems(group: WordGroup): readonly string[] {
  const { synonyms } = group;
  return synonyms ? group.stems.filter((s) => !synonyms.has(s)) : group.stems;
}

/** The stems only a synonym gives (Form.synonym), none the word or a translation gives too; null for none. */
function synonymStems(own: readonly string[], forms: readonly Form[], formStems: readonly string[]): ReadonlySet<string> | null {
  if (!forms.some((f) => f.synonym)) return null;
  const others = new Set(own);
  forms.forEach((f, k) => {
    if (!f.synonym) others.add(formStems[k]);
  });
  const only = new Set(formStems.filter((s, k) => forms[k].synonym && !others.has(s)));
  return only.size ? only : null;
}
