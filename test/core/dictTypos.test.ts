// Misspelt dictionary translations read as the one headword an edit away (src/text/dictTypos.ts).
// Lexicons and dictionaries are invented; each row says why a word is or is not repaired.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishStem, stem } from '../../src/text/analyzer.js';
import { MIN_TYPO_LENGTH, type TypoLexicons, typoFix } from '../../src/text/dictTypos.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { translateEnglish } from '../../src/text/glossary.js';
import { writeDictionary } from '../helpers/dictd.js';

const ENGLISH = ['orchard', 'harbour', 'ladder', 'barrel', 'barren', 'director', 'directory', 'barn', 'project'];
const FRENCH = ['verger', 'échelle', 'taudis', 'projet', 'grange'];

function lexicons(own: string[], other: string[], language: 'en' | 'fr'): TypoLexicons {
  return {
    own: new Set(own),
    ownFolded: new Set(own),
    other: new Set(other),
    stemOf: language === 'en' ? englishStem : stem,
    isStopWord: (w) => w === 'tandis',
  };
}
const english = lexicons(ENGLISH, FRENCH, 'en');
const french = lexicons(FRENCH, ENGLISH, 'fr');

const ROWS: Array<{ word: string; lexicons: TypoLexicons; fix: string | null; why: string }> = [
  { word: 'orchrad', lexicons: english, fix: 'orchard', why: 'two letters swapped, one headword that far' },
  { word: 'harbuor', lexicons: english, fix: 'harbour', why: 'two letters swapped' },
  { word: 'ladderr', lexicons: english, fix: 'ladder', why: 'a letter doubled' },
  { word: 'échele', lexicons: french, fix: 'échelle', why: 'a letter left out, French' },
  { word: 'barrem', lexicons: english, fix: null, why: 'barrel and barren are both one edit away: no telling which' },
  { word: 'darbour', lexicons: english, fix: null, why: 'an edit at the first letter: names and glued elisions (dhudson) look like that' },
  { word: 'ladders', lexicons: english, fix: null, why: 'a plural, not a typo of its singular' },
  { word: 'directors', lexicons: english, fix: null, why: 'its stem is a headword (director), though directory is one edit away' },
  { word: 'Harbuor', lexicons: english, fix: null, why: 'capitalised: a name, left as written' },
  { word: 'project', lexicons: french, fix: null, why: 'a word of the other language in a French translation (projet is one edit away)' },
  { word: 'tandis', lexicons: french, fix: null, why: 'a stop word no dictionary has as a headword (taudis is one edit away)' },
  { word: 'barm', lexicons: english, fix: null, why: `shorter than MIN_TYPO_LENGTH (${MIN_TYPO_LENGTH}): barn is one edit away` },
  { word: 'orchard', lexicons: english, fix: null, why: 'a headword itself' },
];

describe('dictionary typos', () => {
  it.each(ROWS)('$word → $fix ($why)', ({ word, lexicons, fix }) => {
    expect(typoFix(word, lexicons)).toBe(fix);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-typos-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeDictionary(dir, 'freedict-eng-fra', { barn: 'grange' });
  // fra-eng misspells orchard; another English dictionary has it as a headword.
  writeDictionary(dir, 'freedict-fra-eng', { verger: '1. orchrad\n2. fruit garden' }, { tag: 'n, masc' });
  writeDictionary(dir, 'freedict-eng-spa', { orchard: 'huerto' });
  const passage = { text: 'Le verger du village longe la grange.', language: 'fr' };

  it('repairs a translation before the glossary is built: the corpus’s French is found by the right English word', () => {
    const glossary = buildGlossary(dir, [passage]);
    expect(translateEnglish('orchard', glossary).get('orchard')).toEqual(['verger']);
    expect(translateEnglish('orchrad', glossary).size).toBe(0);
  });
});
