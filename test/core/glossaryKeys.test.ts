// Derived English words keyed apart from the word they come from (src/text/entryKeys.ts
// DERIVED_ENDINGS): the stemmer cuts "-ment" away and leaves "-ion" words a letter from their verb,
// so a derived noun got its verb's translations. Each ending has a row: a derived word the invented
// dictionary translates keeps its own translations, and one it does not know borrows its base's, as
// before. Invented dictionary entries and passages.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { DERIVED_ENDINGS, englishEntryKey } from '../../src/text/entryKeys.js';
import { translateEnglish } from '../../src/text/glossary.js';
import { writeDictionary } from '../helpers/dictd.js';

const french = (text: string) => ({ text, language: 'fr' });

/** Per ending: a verb and its derived noun the dictionary has (each its own French), and a derived noun it lacks. */
const ROWS: Record<string, { base: string; derived: string; baseFrench: string; derivedFrench: string; unlisted: string }> = {
  ment: { base: 'settle', derived: 'settlement', baseFrench: 'régler', derivedFrench: 'colonie', unlisted: 'settlements' },
  ion: { base: 'collect', derived: 'collection', baseFrench: 'ramasser', derivedFrench: 'recueil', unlisted: 'collections' },
};
/** Derived words the invented dictionary does not have: they read their base's translations. */
const BORROWING: Record<string, { base: string; derived: string; baseFrench: string }> = {
  ment: { base: 'improve', derived: 'improvement', baseFrench: 'améliorer' },
  ion: { base: 'irrigate', derived: 'irrigation', baseFrench: 'arroser' },
};

describe('derived words in the glossary', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entries: Record<string, string> = {};
  for (const r of [...Object.values(ROWS), ...Object.values(BORROWING)]) entries[r.base] = r.baseFrench;
  for (const r of Object.values(ROWS)) entries[r.derived] = r.derivedFrench;
  writeDictionary(dir, 'freedict-eng-fra', entries);
  writeDictionary(dir, 'freedict-fra-eng', {});
  const glossary = buildGlossary(dir, [
    french('Les habitants de la colonie doivent régler leurs dettes avant la fête.'),
    french('Les enfants vont ramasser les pommes pour le recueil de recettes du village.'),
    french('Il faut améliorer les chemins et arroser les jardins du village.'),
  ]);

  it('has a row for every ending of the catalogue, each with its reason', () => {
    expect(Object.keys(ROWS).sort()).toEqual(DERIVED_ENDINGS.map((d) => d.ending).sort());
    expect(Object.keys(BORROWING).sort()).toEqual(DERIVED_ENDINGS.map((d) => d.ending).sort());
    for (const d of DERIVED_ENDINGS) expect(d.why.length, d.ending).toBeGreaterThan(20);
  });

  it.each(Object.entries(ROWS))('-%s: the derived word and its base are two entries', (_, r) => {
    expect(englishEntryKey(r.derived)).not.toBe(englishEntryKey(r.base));
    expect(translateEnglish(r.derived, glossary).get(r.derived)).toEqual([r.derivedFrench]);
    expect(translateEnglish(r.base, glossary).get(r.base)).toEqual([r.baseFrench]);
    // An inflection is the same entry: a plural, a past form.
    expect(translateEnglish(r.unlisted, glossary).get(r.unlisted)).toEqual([r.derivedFrench]);
    expect(translateEnglish(`${r.base}ed`, glossary).get(`${r.base}ed`)).toEqual([r.baseFrench]);
  });

  it.each(Object.entries(BORROWING))('-%s: a derived word the dictionary lacks reads its base', (_, r) => {
    expect(translateEnglish(r.derived, glossary).get(r.derived)).toEqual([r.baseFrench]);
  });
});
