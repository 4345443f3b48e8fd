// The lexicons a direct dictionary's translations are checked against (dictTypos.ts): every
// headword of the installed FreeDict dictionaries, by language, read once per process (~0.7 s with
// German's 460k-line Ding index, load 3). Looking up only the words that can matter (the
// translations', their bases', the unknown ones' one-edit spellings) by byte passes over each index
// (dictIndex.ts) took longer: 1.4 s, three passes over German's index against one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { englishStem, foldAccents, isAscii, isTextStopWord, stem } from './analyzer.js';
import type { DictEntry } from './dictShapes.js';
import { type TypoLexicons, withTyposRepaired } from './dictTypos.js';

/** FreeDict's codes of the two languages a direct dictionary's translations are written in. */
export type TranslationLanguage = 'eng' | 'fra';

/** The installed FreeDict dictionaries whose headwords are in `language`. */
function dictionariesFrom(dictionaryDir: string, language: TranslationLanguage): string[] {
  const pattern = new RegExp(`^(freedict-${language}-[a-z]+)\\.index$`);
  return readdirSync(dictionaryDir)
    .map((file) => pattern.exec(file)?.[1])
    .filter((name): name is string => !!name)
    .sort();
}

/** The single-word headwords (lower case) of the named dictionaries: only their index files are read, a headword per line before its tab. */
function headwordLexicon(dictionaryDir: string, names: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const text = readFileSync(path.join(dictionaryDir, `${name}.index`), 'utf8');
    // indexOf, not split('\n'): German's 460k-line index is read, and an array of its lines cost 40% more.
    for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      const tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) continue;
      const headword = text.slice(start, tab);
      if (!HEADWORD_NOT_A_WORD.test(headword)) out.add(headword.toLowerCase());
    }
  }
  return out;
}

/** A headword of several words, or with a digit (00databaseshort…), is no single word of a lexicon. */
const HEADWORD_NOT_A_WORD = /[\s0-9]/;

/** The set with its accented words also unaccented, as stems are. */
function withFoldedForms(words: ReadonlySet<string>): Set<string> {
  const out = new Set(words);
  for (const word of words) if (!isAscii(word)) out.add(foldAccents(word));
  return out;
}

/**
 * Per directory and language, read once: the dictionaries are the same at each ingestion of a
 * process (the tests ingest many corpora), and each language's lexicon serves both directions.
 */
const lexiconsByLanguage = new Map<string, { headwords: Set<string>; lexicons?: TypoLexicons }>();

function remembered(dictionaryDir: string, language: TranslationLanguage) {
  const key = `${dictionaryDir}\n${language}`;
  let known = lexiconsByLanguage.get(key);
  if (!known) {
    known = { headwords: headwordLexicon(dictionaryDir, dictionariesFrom(dictionaryDir, language)) };
    lexiconsByLanguage.set(key, known);
  }
  return known;
}

/** The lexicons for translations written in `language`: every headword of the installed dictionaries of each language. */
function lexiconsFor(dictionaryDir: string, language: TranslationLanguage): TypoLexicons {
  const own = remembered(dictionaryDir, language);
  if (own.lexicons) return own.lexicons;
  const textLanguage = language === 'eng' ? 'en' : 'fr';
  own.lexicons = {
    own: own.headwords,
    ownFolded: withFoldedForms(own.headwords),
    other: remembered(dictionaryDir, language === 'eng' ? 'fra' : 'eng').headwords,
    stemOf: language === 'eng' ? englishStem : stem,
    isStopWord: (w) => isTextStopWord(w, textLanguage),
  };
  return own.lexicons;
}

/** The entries of a direct dictionary whose translations are in `language`, with their typos repaired (dictTypos.ts). */
export function withTyposRepairedFrom(dictionaryDir: string, entries: DictEntry[], language: TranslationLanguage): DictEntry[] {
  return withTyposRepaired(entries, lexiconsFor(dictionaryDir, language));
}
