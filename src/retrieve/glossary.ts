// English→French query translation from Debian's FreeDict dictionary (dict-freedict-eng-fra),
// reduced at ingestion time to translations whose stems occur in the corpus, and saved with the
// index: the server never needs the dictionary, and without it the glossary is simply empty.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze, englishStem, foldAccents, isStopWord, stem, words } from './analyzer.js';
import { StemSet } from './stemSet.js';

export interface Glossary {
  source: string | null;
  /** English stem → French words (surface forms) whose stems occur in the corpus. */
  entries: Record<string, string[]>;
  /** Acronyms written in the corpus (OIM, ONU…), to recognise their reordered English forms. */
  acronyms: string[];
}

export const EMPTY_GLOSSARY: Glossary = { source: null, entries: {}, acronyms: [] };
// Both directions are used: eng-fra gives "goal → but", the reversed fra-eng gives "country → pays".
const DICTIONARIES = [
  { name: 'freedict-eng-fra', englishHeadwords: true },
  { name: 'freedict-fra-eng', englishHeadwords: false },
];
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
    .map((t) => t.trim().replace(/^to\s+/, ''))
    .filter((t) => t && !/[/<>()]/.test(t) && t.split(/\s+/).length <= 3);
}

function dictionaryFiles(dictionaryDir: string, name: string) {
  return { index: path.join(dictionaryDir, `${name}.index`), dict: path.join(dictionaryDir, `${name}.dict.dz`) };
}

function installed(dictionaryDir: string | null) {
  if (!dictionaryDir) return [];
  return DICTIONARIES.filter((d) => {
    const files = dictionaryFiles(dictionaryDir, d.name);
    return existsSync(files.index) && existsSync(files.dict);
  });
}

/** The dictionaries' names when installed in dictionaryDir (null: not asked for, or absent). */
export function availableDictionary(dictionaryDir: string | null): string | null {
  const found = installed(dictionaryDir);
  return found.length ? found.map((d) => d.name).join('+') : null;
}

/** Every single-word headword of a dictd dictionary with its single-word translations. */
function readDictionary(dictionaryDir: string, name: string): Array<[string, string[]]> {
  const files = dictionaryFiles(dictionaryDir, name);
  const dict = gunzipSync(readFileSync(files.dict)); // dictzip files are valid gzip
  const out: Array<[string, string[]]> = [];
  for (const line of readFileSync(files.index, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !length || /\s|^00/.test(headword)) continue;
    const start = decodeDictNumber(offset);
    out.push([headword.toLowerCase(), parseEntry(dict.subarray(start, start + decodeDictNumber(length)).toString('utf8'))]);
  }
  return out;
}

/** Acronyms in the corpus text: all-capital words of 2–6 letters. */
export function corpusAcronyms(texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\b\p{Lu}{2,6}\b/gu)) found.add(foldAccents(m[0]));
  return [...found].sort();
}

export function buildGlossary(dictionaryDir: string | null, corpusTexts: string[]): Glossary {
  const acronyms = corpusAcronyms(corpusTexts);
  const dictionaries = installed(dictionaryDir);
  if (!dictionaryDir || !dictionaries.length) return { ...EMPTY_GLOSSARY, acronyms };
  const corpus = new StemSet(corpusTexts.flatMap((t) => analyze(t)));
  const entries: Record<string, Set<string>> = {};
  // A phrase translation ("cas d'urgence") contributes its content words that the corpus has.
  const add = (english: string, french: string) => {
    if (isStopWord(english, 'en')) return;
    for (const word of words(french)) {
      if (isStopWord(word) || !corpus.hasRelated(stem(word))) continue;
      (entries[englishStem(english)] ??= new Set()).add(word);
    }
  };
  for (const { name, englishHeadwords } of dictionaries) {
    for (const [headword, translations] of readDictionary(dictionaryDir, name)) {
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
    if (isStopWord(w, 'en') || out.has(w)) continue;
    const french = (glossary.entries[englishStem(w)] ?? []).filter((f) => stem(f) !== stem(w));
    if (french.length) out.set(w, french);
  }
  return out;
}
