// Reads Debian's FreeDict dictionaries (dictd format: a base64-offset index and a dictzip file).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeDictNumber, indexLines, indexLinesFor, lineStartingWith } from './dictIndex.js';
import { type DictEntry, parseEntry, shapeOf } from './dictShapes.js';
import { DictBody } from './dictzip.js';

export type { DictEntry } from './dictShapes.js';

// Both directions are used: eng-fra gives "goal → but", the reversed fra-eng gives "country → pays".
export const DICTIONARIES = [
  { name: 'freedict-eng-fra', englishHeadwords: true },
  { name: 'freedict-fra-eng', englishHeadwords: false },
] as const;
export type DictionaryInfo = (typeof DICTIONARIES)[number];

function dictionaryFiles(dictionaryDir: string, name: string) {
  return { index: path.join(dictionaryDir, `${name}.index`), dict: path.join(dictionaryDir, `${name}.dict.dz`) };
}

/** Whether dictionary `name` (e.g. freedict-eng-deu) is installed in dictionaryDir. */
export function hasDictionary(dictionaryDir: string, name: string): boolean {
  const files = dictionaryFiles(dictionaryDir, name);
  return existsSync(files.index) && existsSync(files.dict);
}

export function installedDictionaries(dictionaryDir: string | null): DictionaryInfo[] {
  if (!dictionaryDir) return [];
  return DICTIONARIES.filter((d) => hasDictionary(dictionaryDir, d.name));
}

/** The dictionary's own description line: names its entries' shape (dictShapes.ts). */
const DESCRIPTION = '00databaseshort';

/** The headwords to read, lower-cased: a test of each, or the set of them (a set is looked up without reading every index line: dictIndex.ts). */
export type WantedHeadwords = ((headword: string) => boolean) | ReadonlySet<string>;

/** The test a WantedHeadwords stands for. */
export function wantedTest(wanted: WantedHeadwords): (headword: string) => boolean {
  return typeof wanted === 'function' ? wanted : (headword) => wanted.has(headword);
}

/**
 * The single-word headwords of a dictd dictionary (those `wanted` accepts, lower-cased; every one
 * without it) with their translations and parts of speech. Only the entries asked for are
 * decompressed (dictzip.ts): of the 15 MB eng-deu, a glossary needs a few thousand.
 */
export function readDictionary(dictionaryDir: string, name: string, wanted?: WantedHeadwords): DictEntry[] {
  const files = dictionaryFiles(dictionaryDir, name);
  const body = new DictBody(files.dict);
  const index = readFileSync(files.index);
  const isWanted = wanted && wantedTest(wanted);
  const lines = typeof wanted === 'object' ? indexLinesFor(index, wanted) : indexLines(index);
  const range = (line: string): [number, number] => {
    const [, offset, length] = line.split('\t');
    return length ? [decodeDictNumber(offset), decodeDictNumber(length)] : [0, 0];
  };
  const description = lineStartingWith(index, `${DESCRIPTION}\t`);
  const shape = shapeOf(description ? body.read(...range(description)) : '');
  const headwords: string[] = [];
  const ranges: Array<[number, number]> = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 1) continue;
    const headword = line.slice(0, tab);
    if (/\s|^00/.test(headword)) continue;
    const lower = headword.toLowerCase();
    if (isWanted && !isWanted(lower)) continue;
    headwords.push(lower);
    ranges.push(range(line));
  }
  const texts = body.readMany(ranges);
  return headwords.map((headword, i) => parseEntry(headword, texts[i], shape));
}
