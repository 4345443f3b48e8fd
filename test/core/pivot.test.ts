// Translations through pivot languages (src/text/pivot.ts): an English and a French word are taken
// as translations when MIN_PIVOT_AGREEMENT languages have a word translating both. Invented
// dictionaries in the three shapes FreeDict ships (dictShapes.ts): plain FreeDict, Ding (eng-deu,
// deu-eng: tags, "see:" and "Synonym:" lines) and WikDict (fra-X, X-fra: a definition in the
// headword's language after each sense). Each row says which languages agree and why.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../src/text/dictd.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { translateEnglish } from '../../src/text/glossary.js';
import { MIN_PIVOT_AGREEMENT, pivotPairs } from '../../src/text/pivot.js';
import { writeDictionary } from '../helpers/dictd.js';

const DING = { description: 'English - German Ding/FreeDict dictionary ver. 1.9-fd1' };
const WIKDICT = { description: 'français-español FreeDict+WikDict dictionary ver. 2022.11.18' };

const PASSAGE = 'Le verger du village longe le port ; la grange garde une échelle contre le mur du havre.';
const CORPUS_FRENCH = new Set(['verger', 'port', 'grange', 'échelle', 'havre']);

function writePivots(dir: string): void {
  writeDictionary(
    dir,
    'freedict-eng-deu',
    {
      orchard: 'Obstgarten <masc>\n   Synonym: {fruit garden}\n see: {orchards}',
      // The German word of grange is only in the cross-reference: no translation of barn.
      barn: 'Scheune <fem>\n see: {Stadel}',
    },
    DING,
  );
  writeDictionary(dir, 'freedict-deu-eng', { Hafen: 'harbour <n>\n see: {Häfen}' }, DING);
  writeDictionary(
    dir,
    'freedict-fra-deu',
    {
      verger: '1. Obstgarten\nTerrain planté d’arbres fruitiers',
      grange: '1. Stadel, Scheuer\nBâtiment rural où l’on abrite les récoltes',
    },
    WIKDICT,
  );
  writeDictionary(dir, 'freedict-deu-fra', { Hafen: 'port\nAbri aménagé pour les navires' }, WIKDICT);
  writeDictionary(dir, 'freedict-eng-spa', { orchard: 'huerto', barn: 'granero', ladder: 'escalera' });
  writeDictionary(
    dir,
    'freedict-fra-spa',
    {
      verger: 'huerto\nTerrain planté d’arbres fruitiers',
      grange: '1. granero\nBâtiment rural',
      échelle: '1. escala\nSuite de degrés\n2. escalera\nObjet fait de barreaux',
    },
    WIKDICT,
  );
  writeDictionary(dir, 'freedict-eng-ita', { barn: 'granaio' });
  // The Italian word of barn is only in the definition line (French, the headword's language).
  writeDictionary(dir, 'freedict-fra-ita', { grange: '1. fienile\nLocal rural, granaio' }, WIKDICT);
  writeDictionary(dir, 'freedict-por-eng', { porto: 'harbour' });
  writeDictionary(dir, 'freedict-por-fra', { porto: 'port' }, WIKDICT);
}

/** Pairs and the languages that should (or should not) bring them together. */
const ROWS: Array<{ english: string; french: string; admitted: boolean; why: string }> = [
  {
    english: 'orchard',
    french: 'verger',
    admitted: true,
    why: 'German (Ding eng-deu, WikDict fra-deu) and Spanish (eng-spa, an unnumbered WikDict sense)',
  },
  {
    english: 'harbour',
    french: 'port',
    admitted: true,
    why: 'German and Portuguese, each through its reversed dictionaries (deu-eng, deu-fra; por-eng, por-fra)',
  },
  { english: 'ladder', french: 'échelle', admitted: false, why: 'Spanish alone (escalera, a second numbered sense)' },
  {
    english: 'barn',
    french: 'grange',
    admitted: false,
    why: 'Spanish alone: German only through a "see:" line, Italian only through a definition line',
  },
];

describe('pivot translations', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-pivot-'));
  const direct = mkdtempSync(path.join(os.tmpdir(), 'oim-pivot-direct-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(direct, { recursive: true, force: true });
  });
  for (const d of [dir, direct]) {
    writeDictionary(d, 'freedict-eng-fra', { harbour: 'havre' });
    writeDictionary(d, 'freedict-fra-eng', {});
  }
  writePivots(dir);
  const pairs = pivotPairs(
    dir,
    (w) => CORPUS_FRENCH.has(w),
    () => true,
  );
  const found = (english: string, french: string) => pairs.some((p) => p.english === english && p.french === french);

  it.each(ROWS)('$english ↔ $french admitted: $admitted ($why)', ({ english, french, admitted }) => {
    expect(found(english, french)).toBe(admitted);
  });

  it('needs MIN_PIVOT_AGREEMENT languages: one more than two refuses orchard', () => {
    expect(MIN_PIVOT_AGREEMENT).toBe(2);
    const strict = pivotPairs(
      dir,
      (w) => CORPUS_FRENCH.has(w),
      () => true,
      MIN_PIVOT_AGREEMENT + 1,
    );
    expect(strict.some((p) => p.english === 'orchard')).toBe(false);
  });

  it('reads translation lines only, in each shape', () => {
    const words = (name: string, headword: string) => readDictionary(dir, name).find((e) => e.headword === headword)?.translations;
    expect(words('freedict-eng-deu', 'barn')).toEqual(['Scheune']);
    expect(words('freedict-fra-spa', 'échelle')).toEqual(['escala', 'escalera']);
    expect(words('freedict-fra-ita', 'grange')).toEqual(['fienile']);
    expect(words('freedict-fra-spa', 'verger')).toEqual(['huerto']);
  });

  it('fills English words the direct dictionaries leave without the corpus’s French, and only those', () => {
    const glossary = buildGlossary(dir, [{ text: PASSAGE, language: 'fr' }]);
    expect(translateEnglish('orchard', glossary).get('orchard')).toEqual(['verger']);
    // eng-fra's havre stays alone: the pivots' port is no fill for a word already translated.
    expect(translateEnglish('harbour', glossary).get('harbour')).toEqual(['havre']);
    expect(translateEnglish('ladder barn', glossary).size).toBe(0);
    expect(glossary.source).toContain('freedict-eng-deu');
  });

  it('is absent without pivot dictionaries', () => {
    const glossary = buildGlossary(direct, [{ text: PASSAGE, language: 'fr' }]);
    expect(translateEnglish('orchard', glossary).size).toBe(0);
    expect(glossary.source).toBe('freedict-eng-fra+freedict-fra-eng');
  });

  it('reads a dictzip file chunk by chunk as it reads the whole gzip', () => {
    const entries = { orchard: '1. huerto\n2. vergel', barn: 'granero, pajar', ladder: 'escalera' };
    writeDictionary(dir, 'freedict-eng-zz', entries);
    writeDictionary(dir, 'freedict-eng-yy', entries, { dictzipChunk: 16 });
    expect(readDictionary(dir, 'freedict-eng-yy', (h) => h !== 'barn')).toEqual(
      readDictionary(dir, 'freedict-eng-zz').filter((e) => e.headword !== 'barn'),
    );
    expect(readDictionary(dir, 'freedict-eng-yy').map((e) => e.translations)).toEqual([
      ['huerto', 'vergel'],
      ['granero', 'pajar'],
      ['escalera'],
    ]);
  });
});
