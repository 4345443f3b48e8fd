// The pivot languages' FreeDict dictionaries (pivot.ts): which are installed, and each language's
// words for the French and the English words asked for, read from both directions (fra-X and the
// reversed X-fra, eng-X and the reversed X-eng).
import { statSync } from 'node:fs';
import path from 'node:path';
import { type DictEntry, hasDictionary, readDictionary, type WantedHeadwords, wantedTest } from './dictd.js';

/** FreeDict's codes of the pivot languages, each with English and French dictionaries in Debian (dict-freedict-*). */
export const PIVOT_LANGUAGES = ['deu', 'spa', 'ita', 'por', 'swe'] as const;

/**
 * A pivot language whose English dictionaries' indexes are larger than this is read for the pairs
 * the small ones leave open only (see pivotPairs). German's Ding dictionaries are 10.8 and 12.7 MB of
 * index (460k and 520k headwords, 15–17 MB compressed): read for every French word's German, they
 * took ~1.7 s of the seed's ingestion (load 2.5). The other eng-X and X-eng are 50–260 kB.
 */
const SMALL_INDEX_BYTES = 1_000_000;

/** The installed pivot dictionaries' names (freedict-eng-deu…), in a fixed order. */
export function installedPivots(dir: string): string[] {
  const pairs = PIVOT_LANGUAGES.flatMap((x) => [
    dictionaryName('eng', x),
    dictionaryName(x, 'eng'),
    dictionaryName('fra', x),
    dictionaryName(x, 'fra'),
  ]);
  return pairs.filter((name) => hasDictionary(dir, name));
}

export type Table = Map<string, Set<string>>;

export function put(table: Table, key: string, value: string): void {
  const set = table.get(key);
  if (set) set.add(value);
  else table.set(key, new Set([value]));
}

const isWord = (term: string) => !/\s/.test(term);

const dictionaryName = (from: string, to: string) => `freedict-${from}-${to}`;

/** Entries of dictionary `from-to` when installed (none otherwise), those `wanted` accepts. */
function entries(dir: string, from: string, to: string, wanted?: WantedHeadwords): DictEntry[] {
  const name = dictionaryName(from, to);
  return hasDictionary(dir, name) ? readDictionary(dir, name, wanted) : [];
}

/** Whether a pivot language's English dictionaries are small enough to read for every French word's translation. */
export function smallEnglishSide(dir: string, language: string): boolean {
  return [dictionaryName('eng', language), dictionaryName(language, 'eng')].every(
    (name) => !hasDictionary(dir, name) || statSync(path.join(dir, `${name}.index`)).size <= SMALL_INDEX_BYTES,
  );
}

/** French word → words of `language` it translates to (fra-X, and X-fra reversed), for the French words `french` keeps. */
export function frenchToPivot(dir: string, language: string, french: WantedHeadwords): Table {
  const out: Table = new Map();
  const isFrench = wantedTest(french);
  for (const e of entries(dir, 'fra', language, french)) for (const t of e.translations) put(out, e.headword, t.toLowerCase());
  for (const e of entries(dir, language, 'fra'))
    for (const t of e.translations) if (isWord(t) && isFrench(t.toLowerCase())) put(out, t.toLowerCase(), e.headword);
  return out;
}

/** English word → words of `language` among `pivot` it translates to (eng-X, and X-eng reversed), for the English words `isEnglish` keeps. */
export function englishToPivot(dir: string, language: string, pivot: Set<string>, english: WantedHeadwords): Table {
  const out: Table = new Map();
  const isEnglish = wantedTest(english);
  for (const e of entries(dir, language, 'eng', pivot))
    for (const t of e.translations) if (isWord(t) && isEnglish(t.toLowerCase())) put(out, t.toLowerCase(), e.headword);
  for (const e of entries(dir, 'eng', language, english))
    for (const t of e.translations) if (pivot.has(t.toLowerCase())) put(out, e.headword, t.toLowerCase());
  return out;
}
