// Query translation from Debian's FreeDict dictionaries (eng-fra and fra-eng), both ways: English
// words to the French the corpus has, French words to the English the corpus has. Reduced at
// ingestion time to translations whose stems occur in passages of the target language, and saved
// with the index: the server never needs the dictionary, and without it the glossary is empty.
import { acronymData } from './acronyms.js';
import { englishBaseStem, englishStem, foldAccents, isStopWord, isTextStopWord, stem, type TextLanguage, words } from './analyzer.js';
import { englishCognates, frenchCognates } from './cognates.js';
import { typoLexicons, withTyposRepaired } from './dictTypos.js';
import { CorpusSide as Side } from './corpusSide.js';
import { type DictEntry, installedDictionaries, readDictionary } from './dictd.js';
import { passageLanguages } from './language.js';
import { installedPivots, MIN_PIVOT_AGREEMENT, pivotPairs } from './pivot.js';
import { englishMainlyNoun } from './wordClass.js';

export interface Glossary {
  source: string | null;
  /** English entry key (englishEntryKey) → French words (surface forms) whose stems occur in the corpus's French passages. */
  entries: Record<string, string[]>;
  /** French stem → English words whose stems occur in the corpus's English passages (absent: none, or an older index). */
  toEnglish?: Record<string, string[]>;
  /**
   * French stem the corpus's French passages have → every English word the dictionary gives for a
   * French word of that stem, whether or not the corpus writes it in English: what a passage word
   * can mean (retrieve/wordSenses.ts). toEnglish keeps only the English an English passage writes,
   * so on a French-only corpus it is empty and no translation's senses could be told apart.
   * Absent (an older index, or no dictionary installed): toEnglish stands in.
   */
  senses?: Record<string, string[]>;
  /**
   * Entry keys of derived English words the dictionary has an entry for, whatever the corpus has
   * (only those whose base has entries to lend): such a word never borrows its base's (see entryKeyOf).
   * Absent (an older index): none.
   */
  derived?: string[];
  /** Acronyms written in the corpus (OIM, ONU…), outside datelines and headings in capitals (see acronyms.ts). */
  acronyms: string[];
  /** Acronym → its spelled-out forms as the corpus writes them ("Organisation internationale pour les migrations"). */
  expansions?: Record<string, string[]>;
  /** Names of several capitalised words the corpus writes ("Nations Unies"). */
  names?: string[];
  /** Spelled-out form or name → for each content word, the initials of its translations (IOM from OIM's form). */
  initials?: Record<string, string[]>;
  /** Dictionary words of 2–6 letters: typed in lower case, such a word is not read as an acronym ("how" is no WHO). */
  shortWords?: string[];
  /** Stems known only as verbs, adjectives or adverbs (see weakStems). */
  weak: { fr: string[]; en: string[] };
}

/**
 * Endings that make a derived word, another dictionary entry than the word it comes from, which the
 * English stemmer cuts away or leaves one letter apart (employment → employ, application → applic
 * beside apply's appli). Keyed by its stem alone, the derived word got its base's translations:
 * "employment" got employ's "employer" and "servir", "application" apply's "pratiquer", and a
 * question about a job application quoted the corpus's "pratiques". Only endings that no inflection
 * of another word ends in (-ed, -ing, -s are taken off first: "implemented" is implement's).
 * Data, each with why; pairs in test/core/glossaryKeys.test.ts.
 */
export const DERIVED_ENDINGS: ReadonlyArray<{ ending: string; why: string }> = [
  {
    ending: 'ment',
    why: 'a noun of the act or state of a verb (employment, development): the stemmer cuts it, so it shared the verb’s key',
  },
  {
    ending: 'ion',
    why: 'a noun of the act of a verb (application, organisation): its stem is the verb’s or one letter from it (applic, appli)',
  },
];

/** An inflection taken off before a derived ending is looked for: the entry of "employments", "implemented" is employment’s, implement’s. */
const INFLECTION = /(?:ed|ing|s)$/;

/**
 * The key of an English word in the glossary's entries: its stem (stemOf: the headword's own when
 * building, a question word's past form undone when looking up), marked with the derived ending it
 * has (DERIVED_ENDINGS), so that a derived word and its base are two entries.
 */
export function englishEntryKey(word: string, stemOf: (word: string) => string = englishStem): string {
  const lower = word.toLowerCase();
  const base = lower.replace(INFLECTION, '');
  const derived = DERIVED_ENDINGS.find((d) => base.length > d.ending.length + 2 && base.endsWith(d.ending));
  const key = stemOf(lower);
  return derived ? `${key}${DERIVED_MARK}${derived.ending}` : key;
}

/** What separates a derived word's key from its ending. */
const DERIVED_MARK = '~';

/** The key of the word a derived key comes from (the key itself for a word with no derived ending). */
function baseOfKey(key: string): string {
  const mark = key.indexOf(DERIVED_MARK);
  return mark < 0 ? key : key.slice(0, mark);
}

const derivedKeySets = new WeakMap<Glossary, ReadonlySet<string>>();

/**
 * The key a word's entries are under (englishEntryKey): its own, or for a derived word the
 * dictionary has no entry for at all, its base's ("development", which FreeDict lacks, is read
 * through develop's translations, as the stemmer read it before derived words had keys of their
 * own). A derived word the dictionary does have ("employment") keeps its own entry, even empty.
 */
export function entryKeyOf(glossary: Glossary, word: string, stemOf: (word: string) => string = englishStem): string {
  const key = englishEntryKey(word, stemOf);
  if (!key.includes(DERIVED_MARK) || Object.hasOwn(glossary.entries, key)) return key;
  let known = derivedKeySets.get(glossary);
  if (!known) {
    known = new Set(glossary.derived ?? []);
    derivedKeySets.set(glossary, known);
  }
  return known.has(key) ? key : baseOfKey(key);
}

export const EMPTY_GLOSSARY: Glossary = {
  source: null,
  entries: {},
  toEnglish: {},
  acronyms: [],
  expansions: {},
  names: [],
  initials: {},
  shortWords: [],
  weak: { fr: [], en: [] },
};

/** A corpus text, with its language when known (ingestion passes passages; a bare string is detected). */
export type CorpusText = string | { text: string; language?: string };

/** The corpus texts by the language they are analysed in. */
function textsByLanguage(corpus: CorpusText[]): Map<TextLanguage, string[]> {
  const passages = corpus.map((item) => (typeof item === 'string' ? { text: item } : item));
  const languages = passageLanguages(passages);
  const out = new Map<TextLanguage, string[]>();
  passages.forEach((passage, i) => {
    const list = out.get(languages[i]) ?? [];
    list.push(passage.text);
    out.set(languages[i], list);
  });
  return out;
}

/** The dictionaries' names when installed in dictionaryDir (null: not asked for, or absent). */
export function availableDictionary(dictionaryDir: string | null): string | null {
  const found = installedDictionaries(dictionaryDir);
  // The pivot dictionaries change the glossary too: an index built before they were installed is rebuilt.
  return found.length && dictionaryDir ? [...found.map((d) => d.name), ...installedPivots(dictionaryDir)].join('+') : null;
}

const NOUN_TAGS = new Set(['n', 'num']);

/**
 * Stems that the dictionary only knows as verbs, adjectives or adverbs, never as nouns: French
 * from fra-eng's tags, English from the translations of those French entries. A question's topic
 * is in its nouns, so an unknown verb ("handles", "dirige") says less about what the corpus lacks.
 */
function weakStems(entries: DictEntry[]): { fr: string[]; en: string[] } {
  const fr = new Map<string, boolean>();
  const en = new Map<string, boolean>();
  const mark = (map: Map<string, boolean>, key: string, noun: boolean) => map.set(key, (map.get(key) ?? false) || noun);
  for (const e of entries) {
    if (!e.tags.length) continue;
    const noun = e.tags.some((t) => NOUN_TAGS.has(t));
    mark(fr, stem(e.headword), noun);
    for (const t of e.translations) if (!/\s/.test(t)) mark(en, englishStem(t.toLowerCase()), noun);
  }
  const weak = (map: Map<string, boolean>) =>
    [...map]
      .filter(([, noun]) => !noun)
      .map(([k]) => k)
      .sort();
  return { fr: weak(fr), en: weak(en) };
}

/** Both dictionaries as one word → translations table, looked up by the word and by its stems (any direction). */
class Lexicon {
  private readonly table = new Map<string, Set<string>>();
  readonly shortWords = new Set<string>();

  pair(a: string, b: string): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      for (const key of new Set([from, stem(from), englishStem(from)])) this.table.set(key, (this.table.get(key) ?? new Set()).add(to));
      const folded = foldAccents(from);
      if (/^\p{L}{2,6}$/u.test(folded)) this.shortWords.add(folded);
    }
  }

  /** Translations of a word (lower case) and its cognate spellings. */
  translationsOf = (word: string): string[] => {
    const found = new Set<string>([...frenchCognates(word), ...englishCognates(word)]);
    for (const key of [word, stem(word), englishStem(word)]) for (const t of this.table.get(key) ?? []) found.add(t);
    return [...found];
  };
}

const cognatesOnly = (word: string) => [...frenchCognates(word), ...englishCognates(word)];

/** The content words of an English dictionary phrase ("make use of" → make, use), lower-cased. */
function englishWords(phrase: string): string[] {
  return words(phrase.toLowerCase()).filter((w) => !isTextStopWord(w, 'en'));
}

const sorted = (table: Record<string, Set<string>>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v].sort()]));

export function buildGlossary(dictionaryDir: string | null, corpus: CorpusText[]): Glossary {
  const corpusTexts = corpus.map((c) => (typeof c === 'string' ? c : c.text));
  const dictionaries = installedDictionaries(dictionaryDir);
  if (!dictionaryDir || !dictionaries.length) return { ...EMPTY_GLOSSARY, ...acronymData(corpusTexts, cognatesOnly) };
  const byLanguage = textsByLanguage(corpus);
  const french = new Side('fr', byLanguage.get('fr') ?? []);
  const english = new Side('en', byLanguage.get('en') ?? []);
  const entries: Record<string, Set<string>> = {};
  const toEnglish: Record<string, Set<string>> = {};
  const senses: Record<string, Set<string>> = {};
  const derived = new Set<string>();
  const put = (table: Record<string, Set<string>>, key: string, value: string) => {
    table[key] = (table[key] ?? new Set()).add(value);
  };
  // One dictionary pair (English word, French phrase), added in both directions where the target side has it.
  const lexicon = new Lexicon();
  const add = (englishWord: string, frenchPhrase: string) => {
    const frenchWords = words(frenchPhrase).filter((w) => !isStopWord(w));
    if (frenchWords.length === 1 && !/\s/.test(englishWord)) lexicon.pair(englishWord.toLowerCase(), frenchWords[0]);
    // A headword is a base form: keyed by its own stem, not a past form's verb ("found" is to found).
    if (!isStopWord(englishWord, 'en')) {
      const key = englishEntryKey(englishWord, englishBaseStem);
      if (key.includes(DERIVED_MARK)) derived.add(key);
      for (const word of french.kept(frenchPhrase)) put(entries, key, word);
    }
    if (frenchWords.length !== 1) return;
    if (french.kept(frenchWords[0]).length) for (const word of englishWords(englishWord)) put(senses, stem(frenchWords[0]), word);
    if (english.empty) return;
    for (const word of english.kept(englishWord)) put(toEnglish, stem(frenchWords[0]), word);
  };
  let tagged: DictEntry[] = [];
  const typos = typoLexicons(dictionaryDir);
  for (const { name, englishHeadwords } of dictionaries) {
    const dictionary = withTyposRepaired(readDictionary(dictionaryDir, name), englishHeadwords ? typos.french : typos.english);
    if (!englishHeadwords) tagged = dictionary;
    for (const { headword, translations } of dictionary) {
      for (const t of translations) {
        if (englishHeadwords) add(headword, t);
        else if (!/\s/.test(t)) add(t.toLowerCase(), headword);
      }
    }
  }
  fillFromPivots(dictionaryDir, { entries, toEnglish, derived }, french, english);
  const kept = sorted(entries);
  return {
    source: availableDictionary(dictionaryDir),
    entries: kept,
    toEnglish: sorted(toEnglish),
    senses: sorted(senses),
    // Only where a base would lend its translations (lookUp: its key or one a letter apart, apply's appli for applic).
    derived: [...derived].filter((k) => lookUp(kept, baseOfKey(k)).length > 0).sort(),
    ...acronymData(corpusTexts, lexicon.translationsOf),
    shortWords: [...lexicon.shortWords].sort(),
    weak: weakStems(tagged),
  };
}

/**
 * Translations through pivot languages (pivot.ts) for the English nouns the direct dictionaries
 * leave without any French the corpus has, and the French words without English: a fill-in, not an
 * addition, as the direct dictionaries' pairs are the surer ones (eng-fra's "emergency → crise" is
 * kept alone). Measured: adding pivot pairs to every word changed 19 probe answers (q04 lost, q10 and
 * r17 their first passage, r03 gained) where the fill-in changed 3 (n05 gained). Nouns only: the pivots of adjectives, verbs and numerals were the ambiguous ones
 * ("last" → reconduire through Spanish and Portuguese "durar", "one" → personne). A word whose
 * cognate spelling or beginning the corpus has is read through it already (vocabulary.ts), and a
 * translation would take its place: "directors" got the film's réalisateur (a stem of réaliser)
 * instead of the corpus's directrice.
 */
function fillFromPivots(
  dir: string,
  tables: { entries: Record<string, Set<string>>; toEnglish: Record<string, Set<string>>; derived: ReadonlySet<string> },
  french: Side,
  english: Side,
): void {
  const direct = sorted(tables.entries);
  const directEnglish = sorted(tables.toEnglish);
  // Loosely, as the question's words are then read (vocabulary.ts sharedBeginnings): "directors" finds directrice.
  const hasCognate = (w: string, side: Side, cognates: (w: string) => string[]) => cognates(w).some((c) => side.hasLoosely(c));
  // As entryKeyOf reads it: a derived word the dictionary has ("management") by its own key alone, another by its base's too.
  const lacks = (w: string, key = englishEntryKey(w, englishBaseStem)) =>
    !lookUp(direct, key).length &&
    (tables.derived.has(key) || !lookUp(direct, baseOfKey(key)).length) &&
    !hasCognate(w, french, frenchCognates);
  const lacksEnglish = (f: string) => !lookUp(directEnglish, stem(f)).length && !hasCognate(f, english, englishCognates);
  const isFrench = (w: string) => !isStopWord(w) && french.mayKeep(w) && french.kept(w).length > 0;
  // Every noun, those with translations too: a pair is only taken when each word is the other's best (pivotPairs).
  const isEnglish = (w: string) => /^\p{L}+$/u.test(w) && !isStopWord(w, 'en') && englishMainlyNoun(w);
  // Own keys only: a pivot word such as "constructor" would find Object's own.
  const add = (table: Record<string, Set<string>>, key: string, word: string) => {
    if (!Object.hasOwn(table, key)) table[key] = new Set();
    table[key].add(word);
  };
  // On a French-only corpus only untranslated English words are filled: only their pairs are asked for.
  const wanted = english.empty ? (e: string) => lacks(e) : () => true;
  for (const { english: e, french: f } of pivotPairs(dir, isFrench, isEnglish, MIN_PIVOT_AGREEMENT, wanted)) {
    if (lacks(e)) for (const word of french.kept(f)) add(tables.entries, englishEntryKey(e, englishBaseStem), word);
    if (english.empty || !lacksEnglish(f)) continue;
    for (const word of english.kept(e)) add(tables.toEnglish, stem(f), word);
  }
}

/** A stem may differ from its dictionary entry's by this many trailing letters and still be that word. */
const MAX_SPELLING_GAP = 1;
/** Shortest stem that may stand for an entry of another length. */
const MIN_NEAR_STEM = 5;

/** A translation table's keys in their order, and each key under the stems it extends by up to MAX_SPELLING_GAP letters. */
interface TableIndex {
  position: Map<string, number>;
  longer: Map<string, string[]>;
}

/**
 * Each table's index, built once per table: a question word the dictionary lacks used to be compared
 * with every key of the table, on every request (a visible share of an uncached answer's profile).
 */
const tableIndexes = new WeakMap<Record<string, string[]>, TableIndex>();

function indexOf(table: Record<string, string[]>): TableIndex {
  let index = tableIndexes.get(table);
  if (!index) {
    const keys = Object.keys(table);
    const longer = new Map<string, string[]>();
    for (const k of keys) {
      for (let n = Math.max(1, k.length - MAX_SPELLING_GAP); n < k.length; n++) {
        const shorter = k.slice(0, n);
        const list = longer.get(shorter);
        if (list) list.push(k);
        else longer.set(shorter, [k]);
      }
    }
    index = { position: new Map(keys.map((k, i) => [k, i])), longer };
    tableIndexes.set(table, index);
  }
  return index;
}

/**
 * A stem's translations: its own entry, else the entries of stems up to MAX_SPELLING_GAP letters
 * longer or shorter (the stemmer cuts "trafficking" to traffick but "traffic" to traffic: one word,
 * two keys), in the table's order. Not further: "director" is not "direct".
 */
function lookUp(table: Record<string, string[]> | undefined, key: string): string[] {
  if (!table) return [];
  // Own keys only: "constructor" or "toString" read from the object's prototype crashed the request.
  if (Object.hasOwn(table, key)) return table[key];
  if (key.length < MIN_NEAR_STEM) return [];
  const { position, longer } = indexOf(table);
  const near = [...(longer.get(key) ?? [])];
  for (let n = Math.max(MIN_NEAR_STEM, key.length - MAX_SPELLING_GAP); n < key.length; n++) {
    const shorter = key.slice(0, n);
    if (position.has(shorter)) near.push(shorter);
  }
  near.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return [...new Set(near.flatMap((k) => table[k]))];
}

/** English words the corpus has for one French word of a question (words() gives it): none for a stop word. */
export function englishOfWord(w: string, glossary: Glossary): string[] {
  if (isStopWord(w)) return [];
  return lookUp(glossary.toEnglish, stem(w)).filter((e) => englishStem(e) !== englishStem(w));
}

/** French words the corpus has for one English word of a question (words() gives it): none for a stop word. */
export function frenchOfWord(w: string, glossary: Glossary): string[] {
  if (isStopWord(w, 'en')) return [];
  return lookUp(glossary.entries, entryKeyOf(glossary, w)).filter((f) => stem(f) !== stem(w));
}

/** Each word's translations (translate: englishOfWord or frenchOfWord), for the words that have some. */
function translated(query: string, glossary: Glossary, translate: (w: string, glossary: Glossary) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words(query)) {
    const found = translate(w, glossary);
    if (found.length) out.set(w, found);
  }
  return out;
}

/** English words the corpus has for each French word of a question (dictionary translations). */
export function translateFrench(query: string, glossary: Glossary): Map<string, string[]> {
  return translated(query, glossary, englishOfWord);
}

/** French words the corpus has for each English word of a question (dictionary translations). */
export function translateEnglish(query: string, glossary: Glossary): Map<string, string[]> {
  return translated(query, glossary, frenchOfWord);
}
