// Reading a dictd dictionary for a set of headwords (src/text/dictIndex.ts indexLinesFor): only the
// index lines whose headword may be one of the set are decoded, by a hash of their ASCII bytes
// read in small letters, and every headword with a non-ASCII byte is decoded. The entries must be
// those a test of each headword reads: capitals ("Haus"), accented and other non-ASCII headwords
// ("Größe", "ÉCOLE", the Kelvin sign of "Kelvin", which lower-cases to an ASCII k), phrases and the
// dictionary's own 00 lines left out, words the dictionary lacks. And the body's ranges read in the
// file's order (DictBody.readMany), each chunk let go once passed, give each range's own text,
// whatever order they are asked in. Invented entries.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../src/text/dictd.js';
import { decodeDictNumber, indexLines, indexLinesFor } from '../../src/text/dictIndex.js';
import { DictBody } from '../../src/text/dictzip.js';
import { writeDictionary } from '../helpers/dictd.js';

const ENTRIES = {
  Haus: 'house',
  haus: 'shell',
  Größe: 'size',
  ÉCOLE: 'school',
  école: 'schooling',
  '\u212Aelvin': 'kelvin',
  Hafen: 'harbour',
  'Haus und Hof': 'house and home',
  Zaun: 'fence',
};

const WANTED = ['haus', 'größe', 'école', 'kelvin', 'zaun', 'scheune', 'haus und hof'];

describe('reading a dictionary for a set of headwords', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dict-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeDictionary(dir, 'freedict-deu-eng', ENTRIES, { description: 'Deutsch-English Ding/FreeDict dictionary', dictzipChunk: 32 });

  it('reads the entries a test of each headword reads, in the index order', () => {
    const wanted = new Set(WANTED);
    const bySet = readDictionary(dir, 'freedict-deu-eng', wanted);
    expect(bySet).toEqual(readDictionary(dir, 'freedict-deu-eng', (h) => wanted.has(h)));
    expect(bySet.map((e) => [e.headword, e.translations[0]])).toEqual([
      ['haus', 'house'],
      ['haus', 'shell'],
      ['größe', 'size'],
      ['école', 'school'],
      ['école', 'schooling'],
      ['kelvin', 'kelvin'],
      ['zaun', 'fence'],
    ]);
  });

  it('decodes the ASCII lines of the set and the non-ASCII ones, not the others', () => {
    const index = readFileSync(path.join(dir, 'freedict-deu-eng.index'));
    const headwords = indexLinesFor(index, new Set(['haus', 'zaun'])).map((l) => l.split('\t')[0]);
    expect(headwords).toEqual(['Haus', 'haus', 'Größe', 'ÉCOLE', 'école', '\u212Aelvin', 'Zaun']);
    expect(indexLines(index)).toHaveLength(Object.keys(ENTRIES).length + 2);
  });
});

describe('reading many ranges of a dictzip body', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dict-body-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each range its own text, asked in any order, across chunks', () => {
    // Chunks of 16 bytes: most entries span two or three of them.
    writeDictionary(dir, 'freedict-deu-eng', ENTRIES, { dictzipChunk: 16 });
    const ranges = indexLines(readFileSync(path.join(dir, 'freedict-deu-eng.index')))
      .filter((l) => l.includes('\t'))
      .map((l): [number, number] => [decodeDictNumber(l.split('\t')[1]), decodeDictNumber(l.split('\t')[2])]);
    const scrambled = [...ranges.slice(5), ...ranges.slice(0, 5).reverse(), ranges[3]];
    const body = new DictBody(path.join(dir, 'freedict-deu-eng.dict.dz'));
    const one = new DictBody(path.join(dir, 'freedict-deu-eng.dict.dz'));
    const texts = body.readMany(scrambled);
    expect(texts).toEqual(scrambled.map(([start, length]) => one.read(start, length)));
    expect(texts[texts.length - 1]).toBe('ÉCOLE /x/ <n>\nschool\n');
  });
});
