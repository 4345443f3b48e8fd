// Builds an index's glossary at ingestion from Debian's FreeDict dictionaries (eng-fra and fra-eng,
// both ways, filled in through pivot languages): reduced to translations whose stems occur in
// passages of the target language, and saved with the index. Without a dictionary the glossary has
// the corpus's acronyms alone.
import { acronymData } from './acronyms.js';
import { BackTranslations } from './backTranslation.js';
import { englishBaseStem, isStopWord, isTextStopWord, stem, type TextLanguage, words } from './analyzer.js';
import { CorpusSide as Side } from './corpusSide.js';
import { withTyposRepairedFrom } from './typoLexicons.js';
import { type DictEntry, installedDictionaries, readDictionary } from './dictd.js';
import { baseOfKey, englishEntryKey, isDerivedKey } from './entryKeys.js';
import { EMPTY_GLOSSARY, type Glossary } from './glossaryType.js';
import { passageLanguages } from './language.js';
import { cognatesOnly, Lexicon, weakStems } from './lexicon.js';
import { installedPivots } from './pivotDictionaries.js';
import { fillFromPivots } from './pivotFill.js';
import { buildSynonyms } from './synonyms.js';
import { lookUp, sortedTable, type TableBuilder } from './translationTable.js';

/** A corpus text, with its language and page when known (ingestion passes passages; a bare string is detected, and is its own page). */
export type CorpusText = string | { text: string; language?: string; source?: string };

/** The corpus texts by the language they are analysed in, and the English ones joined by page (a text without a page is one). */
function textsByLanguage(corpus: CorpusText[]): { byLanguage: Map<TextLanguage, string[]>; englishPages: string[] } {
  const passages = corpus.map((item) => (typeof item === 'string' ? { text: item } : item));
  const languages = passageLanguages(passages);
  const byLanguage = new Map<TextLanguage, string[]>();
  const pages = new Map<string | number, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, text: string) => {
    const list = map.get(key) ?? [];
    list.push(text);
    map.set(key, list);
  };
  passages.forEach((passage, i) => {
    add(byLanguage, languages[i], passage.text);
    if (languages[i] === 'en') add(pages, passage.source ?? i, passage.text);
  });
  return { byLanguage, englishPages: [...pages.values()].map((texts) => texts.join('\n')) };
}

/** The dictionaries' names when installed in dictionaryDir (null: not asked for, or absent). */
export function availableDictionary(dictionaryDir: string | null): string | null {
  const found = installedDictionaries(dictionaryDir);
  // The pivot dictionaries change the glossary too: an index built before they were installed is rebuilt.
  return found.length && dictionaryDir ? [...found.map((d) => d.name), ...installedPivots(dictionaryDir)].join('+') : null;
}

/** The content words of an English dictionary phrase ("make use of" → make, use), lower-cased. */
function englishWords(phrase: string): string[] {
  return words(phrase.toLowerCase()).filter((w) => !isTextStopWord(w, 'en'));
}

export function buildGlossary(dictionaryDir: string | null, corpus: CorpusText[]): Glossary {
  const corpusTexts = corpus.map((c) => (typeof c === 'string' ? c : c.text));
  const dictionaries = installedDictionaries(dictionaryDir);
  const { byLanguage, englishPages } = textsByLanguage(corpus);
  const synonyms = buildSynonyms(englishPages);
  if (!dictionaryDir || !dictionaries.length) return { ...EMPTY_GLOSSARY, ...acronymData(corpusTexts, cognatesOnly), synonyms };
  const french = new Side('fr', byLanguage.get('fr') ?? []);
  const english = new Side('en', byLanguage.get('en') ?? []);
  const entries: TableBuilder = {};
  const toEnglish: TableBuilder = {};
  const senses: TableBuilder = {};
  const derived = new Set<string>();
  const put = (table: TableBuilder, key: string, value: string) => {
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
      if (isDerivedKey(key)) derived.add(key);
      for (const word of french.kept(frenchPhrase)) put(entries, key, word);
    }
    if (frenchWords.length !== 1) return;
    if (french.kept(frenchWords[0]).length) for (const word of englishWords(englishWord)) put(senses, stem(frenchWords[0]), word);
    if (english.empty) return;
    for (const word of english.kept(englishWord)) put(toEnglish, stem(frenchWords[0]), word);
  };
  const read = dictionaries.map(({ name, englishHeadwords }) => ({
    englishHeadwords,
    dictionary: withTyposRepairedFrom(dictionaryDir, readDictionary(dictionaryDir, name), englishHeadwords ? 'fra' : 'eng'),
  }));
  const tagged: DictEntry[] = read.find((d) => !d.englishHeadwords)?.dictionary ?? [];
  // eng-fra's pairs in fra-eng's sense only (backTranslation.ts): plane is no projet.
  const senseCheck = new BackTranslations(tagged);
  for (const { englishHeadwords, dictionary } of read) {
    for (const { headword, translations } of dictionary) {
      for (const t of translations) {
        if (englishHeadwords) {
          if (senseCheck.confirms(headword, t)) add(headword, t);
        } else if (!/\s/.test(t)) add(t.toLowerCase(), headword);
      }
    }
  }
  fillFromPivots(dictionaryDir, { entries, toEnglish, derived }, french, english);
  const kept = sortedTable(entries);
  return {
    source: availableDictionary(dictionaryDir),
    entries: kept,
    toEnglish: sortedTable(toEnglish),
    senses: sortedTable(senses),
    // Only where a base would lend its translations (lookUp: its key or one a letter apart, apply's appli for applic).
    derived: [...derived].filter((k) => lookUp(kept, baseOfKey(k)).length > 0).sort(),
    ...acronymData(corpusTexts, lexicon.translationsOf),
    shortWords: [...lexicon.shortWords].sort(),
    weak: weakStems(tagged),
    synonyms,
  };
}
