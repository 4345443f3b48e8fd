// English→French query translation from Debian's FreeDict dictionary (dict-freedict-eng-fra),
// reduced at ingestion time to translations whose stems occur in the corpus, and saved with the
// index: the server never needs the dictionary, and without it the glossary is simply empty.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze, englishStem, foldAccents, isStopWord, stem, words } from './analyzer.js';

export interface Glossary {
  source: string | null;
  /** English stem → French words (surface forms) whose stems occur in the corpus. */
  entries: Record<string, string[]>;
  /** Acronyms written in the corpus (OIM, ONU…), to recognise their reordered English forms. */
  acronyms: string[];
}

export const EMPTY_GLOSSARY: Glossary = { source: null, entries: {}, acronyms: [] };
const DICTIONARY_NAME = 'freedict-eng-fra';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeDictNumber(text: string): number {
  let n = 0;
  for (const c of text) n = n * 64 + B64.indexOf(c);
  return n;
}

/** Translations of one dictd entry: numbered senses, comma-separated, after the headword line. */
function parseEntry(body: string): string[] {
  return body
    .split('\n')
    .slice(1)
    .flatMap((line) => line.replace(/^\s*\d+\.\s*/, '').split(/[,;]/))
    .map((t) => t.trim())
    .filter((t) => t && !t.includes('/'));
}

/** Acronyms in the corpus text: all-capital words of 2–6 letters. */
export function corpusAcronyms(texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\b\p{Lu}{2,6}\b/gu)) found.add(foldAccents(m[0]));
  return [...found].sort();
}

function dictionaryFiles(dictionaryDir: string) {
  return { index: path.join(dictionaryDir, `${DICTIONARY_NAME}.index`), dict: path.join(dictionaryDir, `${DICTIONARY_NAME}.dict.dz`) };
}

/** The dictionary's name when it is installed in dictionaryDir (null: not asked for, or absent). */
export function availableDictionary(dictionaryDir: string | null): string | null {
  if (!dictionaryDir) return null;
  const files = dictionaryFiles(dictionaryDir);
  return existsSync(files.index) && existsSync(files.dict) ? DICTIONARY_NAME : null;
}

export function buildGlossary(dictionaryDir: string | null, corpusTexts: string[]): Glossary {
  const acronyms = corpusAcronyms(corpusTexts);
  if (!dictionaryDir || !availableDictionary(dictionaryDir)) return { ...EMPTY_GLOSSARY, acronyms };
  const files = dictionaryFiles(dictionaryDir);
  const indexFile = files.index;
  const dictFile = files.dict;
  const corpusStems = new Set(corpusTexts.flatMap((t) => analyze(t)));
  const dict = gunzipSync(readFileSync(dictFile)); // dictzip files are valid gzip
  const entries: Record<string, Set<string>> = {};
  for (const line of readFileSync(indexFile, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !length || /\s|^00/.test(headword) || isStopWord(headword)) continue;
    const body = dict.subarray(decodeDictNumber(offset), decodeDictNumber(offset) + decodeDictNumber(length)).toString('utf8');
    const french = parseEntry(body).filter((t) => {
      const stems = analyze(t);
      return stems.length === 1 && corpusStems.has(stems[0]);
    });
    if (!french.length) continue;
    const key = englishStem(headword.toLowerCase());
    for (const f of french) (entries[key] ??= new Set()).add(f);
  }
  return {
    source: DICTIONARY_NAME,
    entries: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [...v].sort()])),
    acronyms,
  };
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/**
 * French words for each English word of a question: dictionary translations, and the corpus form
 * of acronyms whose letters are reordered (IOM/OIM: French and English put the adjective apart).
 */
export function translateEnglish(query: string, glossary: Glossary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of query.matchAll(/\b\p{Lu}{2,6}\b/gu)) {
    if (glossary.acronyms.includes(m[0])) continue;
    const match = glossary.acronyms.find((a) => a.length === m[0].length && sortedLetters(a) === sortedLetters(m[0]));
    if (match) out.set(m[0].toLowerCase(), [match]);
  }
  for (const w of words(query)) {
    if (isStopWord(w) || out.has(w)) continue;
    const french = (glossary.entries[englishStem(w)] ?? []).filter((f) => stem(f) !== stem(w));
    if (french.length) out.set(w, french);
  }
  return out;
}
