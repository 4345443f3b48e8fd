import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackTranslations } from '../../src/text/backTranslation.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { writeDictionary } from '../helpers/dictd.js';

// fra-eng's entries as its reader gives them: the French headword and the English it gives back.
const FRA_ENG = [
  { headword: 'projet', translations: ['design', 'plan', 'project', 'scheme'], tags: ['n'] },
  { headword: 'avion', translations: ['aeroplane', 'airplane', 'plane'], tags: ['n'] },
  { headword: 'adopter', translations: ['choose', 'elect', 'pick out'], tags: ['v'] },
  { headword: 'don', translations: ['gift', 'present'], tags: ['n'] },
];

describe('eng-fra pairs read in fra-eng’s sense (BackTranslations)', () => {
  const check = new BackTranslations(FRA_ENG);
  it.each([
    // fra-eng gives the English word back.
    ['plane', 'avion', true],
    ['project', 'projet', true],
    // Another sense's synonym: projet is a plan as a design, never an aeroplane.
    ['plane', 'projet', false],
    ['talent', 'don', false],
    // One spelling: fra-eng's adopter lacks "adopt", but the words are one.
    ['adopt', 'adopter', true],
    // Nothing to check against: fra-eng has no entry for the French word, or it is a phrase.
    ['plane', 'aéroplane', true],
    ['ask', 'poser une question', true],
  ])('%s → %s is kept: %s', (english, french, kept) => {
    expect(check.confirms(english, french)).toBe(kept);
  });
});

describe('the glossary keeps eng-fra’s pairs that fra-eng gives back', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-back-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeDictionary(dir, 'freedict-eng-fra', { plane: 'avion, projet', project: 'projet' });
  writeDictionary(dir, 'freedict-fra-eng', { projet: 'plan, project', avion: 'plane' }, 'n');
  const glossary = buildGlossary(dir, [
    { text: 'Le projet recense les décès en mer.', language: 'fr' },
    { text: 'Les travailleurs sont rapatriés par avion.', language: 'fr' },
  ]);

  it('gives an English question’s plane the avion of the pages, not their projet', () => {
    expect(glossary.entries.plane).toEqual(['avion']);
    expect(glossary.entries.project).toEqual(['projet']);
    expect(glossary.senses?.projet).toEqual(['plan', 'project']);
  });
});
