// English→French query translation from Debian's FreeDict dictionaries (eng-fra and fra-eng),
// reduced at ingestion time to translations whose stems occur in the corpus, and saved with the
// index: the server never needs the dictionary, and without it the glossary is simply empty.
import { analyze, englishStem, foldAccents, isStopWord, stem, words } from './analyzer.js';
import { type DictEntry, installedDictionaries, readDictionary } from './dictd.js';
import { sortedLetters } from './spelledOut.js';
import { StemSet } from './stemSet.js';

export interface Glossary {
  source: string | null;
  /** English stem → French words (surface forms) whose stems occur in the corpus. */
  entries: Record<string, string[]>;
  /** Acronyms written in the corpus (OIM, ONU…), to recognise their reordered English forms. */
  acronyms: string[];
  /** Stems known only as verbs, adjectives or adverbs (see weakStems). */
  weak: { fr: string[]; en: string[] };
}

export const EMPTY_GLOSSARY: Glossary = { source: null, entries: {}, acronyms: [], weak: { fr: [], en: [] } };

/** The dictionaries' names when installed in dictionaryDir (null: not asked for, or absent). */
export function availableDictionary(dictionaryDir: string | null): string | null {
  const found = installedDictionaries(dictionaryDir);
  return found.length ? found.map((d) => d.name).join('+') : null;
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

/** Acronyms in the corpus text: all-capital words of 2–6 letters. */
export function corpusAcronyms(texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\b\p{Lu}{2,6}\b/gu)) found.add(foldAccents(m[0]));
  return [...found].sort();
}

export function buildGlossary(dictionaryDir: string | null, corpusTexts: string[]): Glossary {
  const acronyms = corpusAcronyms(corpusTexts);
  const dictionaries = installedDictionaries(dictionaryDir);
  if (!dictionaryDir || !dictionaries.length) return { ...EMPTY_GLOSSARY, acronyms };
  const corpus = new StemSet(corpusTexts.flatMap((t) => analyze(t)));
  const entries: Record<string, Set<string>> = {};
  // A phrase translation ("cas d'urgence") contributes its content words that the corpus has.
  const add = (english: string, french: string) => {
    if (isStopWord(english, 'en')) return;
    for (const word of words(french)) {
      if (isStopWord(word) || !corpus.hasRelated(stem(word))) continue;
      const key = englishStem(english);
      entries[key] ??= new Set();
      entries[key].add(word);
    }
  };
  let tagged: DictEntry[] = [];
  for (const { name, englishHeadwords } of dictionaries) {
    const dictionary = readDictionary(dictionaryDir, name);
    if (!englishHeadwords) tagged = dictionary;
    for (const { headword, translations } of dictionary) {
      for (const t of translations) {
        if (englishHeadwords) add(headword, t);
        else if (!/\s/.test(t)) add(t.toLowerCase(), headword);
      }
    }
  }
  return {
    source: availableDictionary(dictionaryDir),
    entries: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [...v].sort()])),
    acronyms,
    weak: weakStems(tagged),
  };
}

/**
 * French words for each English word of a question: dictionary translations, and the corpus form
 * of acronyms whose letters are reordered (IOM/OIM: French and English put the adjective apart).
 */
export function translateEnglish(query: string, glossary: Glossary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // Matched whatever the case: visitors often type acronyms in lower case ("what is iom").
  for (const m of query.matchAll(/\b\p{L}{2,6}\b/gu)) {
    const word = m[0].toUpperCase();
    if (glossary.acronyms.includes(word) || isStopWord(m[0], 'en')) continue;
    const match = glossary.acronyms.find((a) => a.length === word.length && sortedLetters(a) === sortedLetters(word));
    if (match) out.set(m[0].toLowerCase(), [match]);
  }
  for (const w of words(query)) {
    if (isStopWord(w, 'en') || out.has(w)) continue;
    const french = (glossary.entries[englishStem(w)] ?? []).filter((f) => stem(f) !== stem(w));
    if (french.length) out.set(w, french);
  }
  return out;
}
