// A question as weighted content words: each word with the stems that count as finding it (its
// translations and cognates too), and how strongly a set of passage terms matches it. The weights
// and whether the corpus knows a word come from the Vocabulary (vocabulary.ts) when the question
// is read; everything here is a pure function of the groups and the terms compared.
import { MemoUntilFull } from '../lib/memo.js';
import type { Language } from '../types.js';
import { englishStem, foldAccents, isStopWord, stem, stemIn, type TextLanguage, wordTerms, words } from '../text/analyzer.js';
import { withoutLocutions } from './locutions.js';
import { looselyRelated, MIN_SHARED_PREFIX, related } from '../text/stemSet.js';
import type { WordClass } from '../text/wordClass.js';
import { otherWordsOf, type SenseDictionary } from './wordSenses.js';

/** A stem that extends or is extended by a question stem (organis/organisation) counts this much of an exact match. */
const PARTIAL_MATCH = 0.8;
/** A stem sharing only a long beginning (directeur/directrice) counts this much; both values predate this file (tuned on the seed's probe set). */
const LOOSE_MATCH = 0.6;
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

export function matchStrength(stems: readonly string[], terms: ReadonlySet<string>): number {
  if (stems.some((s) => terms.has(s))) return 1;
  let best = 0;
  for (const s of stems) {
    for (const t of terms) {
      if (related(s, t)) return PARTIAL_MATCH;
      if (looselyRelated(s, t)) best = LOOSE_MATCH;
    }
  }
  return best;
}

/** One term's strength for a group (matchStrength of a set holding that term alone): 1 when it is one of the stems, else partial, loose or 0. */
export function termStrength(stems: readonly string[], term: string): number {
  if (stems.includes(term)) return 1;
  let best = 0;
  for (const s of stems) {
    if (related(s, term)) return PARTIAL_MATCH;
    if (looselyRelated(s, term)) best = LOOSE_MATCH;
  }
  return best;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Weighted share of the groups found in a set of terms (a passage's, a sentence's), in [0, 1]; a
 * group found only among `secondary` terms (a section heading) counts `secondaryStrength` of it.
 */
export function coverage(
  groups: readonly TermGroup[],
  terms: ReadonlySet<string>,
  secondary: ReadonlySet<string> = NOTHING,
  secondaryStrength = 0,
): number {
  let total = 0;
  let found = 0;
  for (const g of groups) {
    total += g.weight;
    const main = matchStrength(g.stems, terms);
    found += g.weight * (main < 1 && secondary.size ? Math.max(main, secondaryStrength * matchStrength(g.stems, secondary)) : main);
  }
  return total ? found / total : 0;
}

/** Each term of a text whose occurrences all read as one class (text/wordClass.ts termClasses). */
export type TermClasses = ReadonlyMap<string, WordClass>;

/** Letters a loosely related term shares with a stem (stemSet's LOOSE_PREFIX): a longer related term shares them too. */
const SHARED_BEGINNING = 6;
/** Shortest stem related to another than itself (stemSet's MIN_SHORT_STEM). */
const SHORTEST_RELATED = 3;

/** The terms of a passage matching one stem, and how strongly each (termStrength of that stem alone). */
interface StemMatches {
  readonly terms: readonly string[];
  readonly strengths: readonly number[];
  /** The best of the strengths (0 for none): the stem's strength in the whole passage, found with its matches. */
  readonly best: number;
}

/** Stems whose matches a passage's TermIndex remembers before starting over (a question has a few dozen). */
const STEM_MATCHES_LIMIT = 512;

/** No term matches: what most stems find in most passages. */
const NO_MATCHES: StemMatches = Object.freeze({ terms: Object.freeze([]), strengths: Object.freeze([]), best: 0 });

/**
 * Buckets of the beginnings a TermIndex records (a bit each, 128 bytes a passage): a passage's few
 * hundred terms leave most of them empty, a heading's dozen nearly all.
 */
const BEGINNING_BUCKETS = 1024;

/** The bucket of a word's first SHORTEST_RELATED letters (it has that many). */
function beginningBucket(word: string): number {
  return (word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(2)) & (BEGINNING_BUCKETS - 1);
}

/**
 * A passage's terms, sorted once, so that a stem is compared only with the terms that can match it:
 * itself, its own beginnings, and the terms starting with its first SHARED_BEGINNING letters (all of
 * it, when shorter) — any related or loosely related term is one of them. Which of its terms match
 * a stem, and how strongly, is a pure function of the passage and the stem: each stem's matches are
 * remembered with the passage (stems, not questions: the same few stems come back question after
 * question), so measuring a passage's coverage compares no stem twice.
 */
export class TermIndex {
  readonly terms: ReadonlySet<string>;
  private readonly sorted: string[];
  private readonly stemMatches = new MemoUntilFull<StemMatches>(STEM_MATCHES_LIMIT);
  /**
   * The beginnings its terms have (beginningBucket, a bit each): every term that may match a stem of
   * SHORTEST_RELATED letters or more starts with the stem's first SHORTEST_RELATED letters (see
   * candidates), so a stem whose bucket is empty matches nothing here, known without a look-up.
   * Retrieval and sentence scoring ask every candidate passage and heading for every stem of the
   * question, and most find nothing: the look-ups in each passage's memo were 3.5% of an uncached
   * answer's CPU (in-process profile, seed corpus).
   */
  private readonly beginnings = new Uint32Array(BEGINNING_BUCKETS / 32);

  constructor(
    terms: Iterable<string>,
    /**
     * Its terms written only as proper names (properNames.ts nameOnlyTerms): such a term matches a
     * stem shorter than MIN_SHARED_PREFIX letters only for a question word that is a name itself
     * (TermGroup.properName). A name takes no inflection, so the likeness of a short stem and its
     * inflections (related: camp, campo) is chance, and so is a short stem another language's
     * stemmer cuts a name to (Spanish Campos → camp): "When does IOM lead the camp coordination
     * cluster" quoted "Lucía Herrera Campos has led the IOM mission in Colombia". A longer stem
     * keeps its family (Colombian, Colombia).
     */
    readonly names?: ReadonlySet<string>,
  ) {
    this.terms = new Set(terms);
    this.sorted = [...this.terms].sort();
    for (const t of this.sorted) {
      if (t.length < SHORTEST_RELATED) continue;
      const bucket = beginningBucket(t);
      this.beginnings[bucket >>> 5] |= 1 << (bucket & 31);
    }
  }

  /** Can a term here match this stem? False only when none can (a stem of SHORTEST_RELATED letters or more, no term of its beginning). */
  private mayMatch(stem: string): boolean {
    if (stem.length < SHORTEST_RELATED) return true;
    const bucket = beginningBucket(stem);
    return (this.beginnings[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
  }

  /** Adds every term that may match this stem (and some that do not) to `out`. */
  candidates(stem: string, out: Set<string>): void {
    if (this.terms.has(stem)) out.add(stem);
    if (stem.length < SHORTEST_RELATED) return;
    for (let n = SHORTEST_RELATED; n < stem.length; n++) {
      const shorter = stem.slice(0, n);
      if (this.terms.has(shorter)) out.add(shorter);
    }
    const beginning = stem.length > SHARED_BEGINNING ? stem.slice(0, SHARED_BEGINNING) : stem;
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < beginning) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k].startsWith(beginning); k++) out.add(sorted[k]);
  }

  /** matchStrength of one stem in these terms (the best of its matches), from its remembered matches. */
  strength(stem: string): number {
    return this.matches(stem).best;
  }

  /** The terms matching one stem (strength above 0), with their strengths, for a name or another word (see names); remembered. */
  matches(stem: string, asName = false): StemMatches {
    if (!this.mayMatch(stem)) return NO_MATCHES;
    // Names matter only to a short stem: any other is remembered once, whatever it stands for.
    const apart = !asName && this.names !== undefined && stem.length < MIN_SHARED_PREFIX;
    const key = apart ? `${stem}\u0000` : stem;
    let found = this.stemMatches.get(key);
    if (found === undefined) {
      const candidates = new Set<string>();
      this.candidates(stem, candidates);
      const terms: string[] = [];
      const strengths: number[] = [];
      const stems = [stem];
      for (const term of candidates) {
        const strength = termStrength(stems, term);
        if (strength <= 0 || (apart && this.names?.has(term))) continue;
        terms.push(term);
        strengths.push(strength);
      }
      let best = 0;
      for (const strength of strengths) if (strength > best) best = strength;
      found = this.stemMatches.set(key, { terms, strengths, best });
    }
    return found;
  }
}

/**
 * coverage() of a passage and of any part of it (a line, a run of lines), from one comparison of
 * the question's stems with the passage's terms: a part's terms are among the passage's, so a
 * group's strength in a part is the best of its matches the part holds. Retrieval measures every
 * candidate passage and each of its lines; comparing each stem with every term of each line was
 * the largest share of an uncached answer's CPU profile (bench:answer on the multidoc fixture).
 */
/**
 * matchStrength of a group's stems among secondary terms: from a TermIndex's remembered matches
 * when they come as one (the best over the stems is matchStrength's value: 1 for a stem it holds,
 * else related, else loosely related), else compared term by term.
 */
function secondaryMatch(stems: readonly string[], secondary: ReadonlySet<string> | TermIndex): number {
  if (!(secondary instanceof TermIndex)) return secondary.size ? matchStrength(stems, secondary) : 0;
  if (!secondary.terms.size) return 0;
  let best = 0;
  for (const s of stems) best = Math.max(best, secondary.strength(s));
  return best;
}

/** A secondary strength not measured yet (strengths are never negative). */
const UNMEASURED = -1;

export class PassageCoverage {
  /** Each group's matching terms in the passage, stem by stem (TermIndex.matches: remembered with the passage). */
  private readonly matches: StemMatches[][];
  /**
   * Each group's strength among the secondary terms (the heading), counted only where the main terms
   * say less: measured on first need (UNMEASURED until then), since a group the passage says in full
   * never needs it, nor a passage that says nothing of the question (retrieval measures its lines
   * only when the whole says something). Measuring every group of every candidate passage up front
   * was a quarter of retrieval's coverage time on the multidoc fixture (in-process profile).
   */
  private readonly secondary: number[];
  /**
   * Each group's stems' share of their matches' strength: a synonym's (TermGroup.synonymShares), else
   * 1; null for a group without synonyms (most), so that a passage's coverage allocates nothing for them.
   */
  private readonly stemStrengths: Array<number[] | null>;

  constructor(
    private readonly groups: readonly TermGroup[],
    passage: TermIndex,
    private readonly secondaryTerms: ReadonlySet<string> | TermIndex = NOTHING,
    private readonly secondaryStrength = 0,
  ) {
    this.matches = groups.map((g) => g.stems.map((s) => passage.matches(s, g.properName)));
    this.stemStrengths = groups.map(({ stems, synonymShares: shares }) => (shares ? stems.map((s) => shares.get(s) ?? 1) : null));
    this.secondary = new Array<number>(groups.length).fill(UNMEASURED);
  }

  /** Group k's strength among the secondary terms, measured once. */
  private secondaryOf(k: number): number {
    let strength = this.secondary[k];
    if (strength === UNMEASURED) {
      strength = secondaryMatch(this.groups[k].stems, this.secondaryTerms);
      this.secondary[k] = strength;
    }
    return strength;
  }

  /**
   * coverage(groups, part, secondary, secondaryStrength) for a part of the passage's terms (all of
   * them: the passage's); a term the part writes only as another word of its stem (classes) does
   * not count for a group it is not (WordGroup.otherWords). A group's strength is its best match
   * the part holds, over each of its stems' matches.
   */
  of(part?: ReadonlySet<string>, classes?: TermClasses): number {
    let total = 0;
    let found = 0;
    for (let k = 0; k < this.groups.length; k++) {
      const g = this.groups[k];
      total += g.weight;
      const otherWords = classes === undefined ? undefined : g.otherWords;
      let main = 0;
      const stemMatches = this.matches[k];
      // The whole passage, read as one part of speech or another alike: a group's strength is its stems' best.
      const shares = this.stemStrengths[k];
      if (part === undefined && otherWords === undefined)
        for (let j = 0; j < stemMatches.length; j++) main = Math.max(main, (shares ? shares[j] : 1) * stemMatches[j].best);
      else
        for (let j = 0; j < stemMatches.length; j++) {
          const { terms, strengths } = stemMatches[j];
          const share = shares ? shares[j] : 1;
          // Keyed by the group's stem, not the passage term: a related form ("travaill" for "travail") is that stem written otherwise.
          const otherAs = otherWords?.get(g.stems[j]);
          for (let m = 0; m < terms.length && main < 1; m++) {
            const term = terms[m];
            if (share * strengths[m] <= main || (part && !part.has(term))) continue;
            if (otherAs !== undefined && classes?.get(term) === otherAs) continue;
            main = share * strengths[m];
          }
        }
      const secondary = main < 1 ? this.secondaryOf(k) : 0;
      found += g.weight * (main < 1 && secondary > 0 ? Math.max(main, this.secondaryStrength * secondary) : main);
    }
    return total ? found / total : 0;
  }
}

/** Weighted share of the groups that the corpus has in no form at all (1 for no groups: nothing to go on). */
export function unknownShare(groups: readonly TermGroup[]): number {
  let total = 0;
  let unknown = 0;
  for (const g of groups) {
    total += g.weight;
    if (!g.known) unknown += g.weight;
  }
  return total ? unknown / total : 1;
}
