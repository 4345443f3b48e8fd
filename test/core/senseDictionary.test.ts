// The dictionary's English senses of the corpus's French words (Glossary.senses), read whatever
// language the corpus writes: on a French-only corpus the English side (toEnglish) is empty, and the
// part-of-speech rules (src/retrieve/wordSenses.ts) had nothing to tell a translation's meanings
// apart with. Invented dictionary entries and passages.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stem } from '../../src/text/analyzer.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';
import { writeDictionary } from '../helpers/dictd.js';

const french = (text: string) => ({ text, language: 'fr', source: `corpus/${text.length}.txt` });

describe('the senses of a French-only corpus', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-senses-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // "dairy" → traite (milking), whose stem is also traiter's (to handle, to treat). fra-eng has no
  // entry for traite, which would have to give dairy back for eng-fra's pair to stand (backTranslation.ts).
  writeDictionary(dir, 'freedict-eng-fra', { dairy: 'traite' });
  writeDictionary(dir, 'freedict-fra-eng', { traiter: 'handle, treat' }, 'v');
  const passages = [
    french('La fermière ne traite pas les commandes.'),
    french('La traite des vaches commence chaque matin avant le jour.'),
  ];
  const glossary = buildGlossary(dir, passages);

  it("keeps every English word of a corpus stem, both dictionaries' (dairy from eng-fra), though no passage writes English", () => {
    expect(glossary.toEnglish).toEqual({});
    expect(glossary.senses?.[stem('traite')]).toEqual(['dairy', 'handle', 'treat']);
  });

  it('tells the noun a question word translates to from the verb of its stem', async () => {
    const retriever = await memoryRetriever(passages, glossary);
    expect(retriever.read('dairy', { language: 'en' }).groups[0].otherWords?.get(stem('traite'))).toBe('verb');
    const found = await retriever.search('dairy', 2, { language: 'en' });
    expect(found[0].text).toContain('La traite des vaches');
  });

  it('leaves both counting from an older index without senses (its toEnglish says nothing here)', async () => {
    const retriever = await memoryRetriever(passages, { ...glossary, senses: undefined });
    expect(retriever.read('dairy', { language: 'en' }).groups[0].otherWords).toBeUndefined();
  });
});
