// English question words that nothing translates, matched to the French words of the corpus that
// begin as they do (src/retrieve/corpusCognates.ts), and dictionary senses read with their context
// label aside (src/text/dictd.ts). Each rule has a word it finds and one it refuses; corpora and
// dictionary entries written for this test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusCognates } from '../../src/retrieve/corpusCognates.js';
import { analyze, englishStem, stem } from '../../src/text/analyzer.js';
import { readDictionary } from '../../src/text/dictd.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { translateEnglish } from '../../src/text/glossary.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';
import { writeDictionary } from '../helpers/dictd.js';

const french = (text: string) => ({ text, language: 'fr' });

describe('French words sharing a beginning with an English word nothing translates', () => {
  const cases: Array<{ why: string; word: string; corpus: string; found: string[] }> = [
    {
      why: '-al/-ail: only the last letter of the stem differs',
      word: 'portal',
      corpus: 'Le portail publie des chiffres.',
      found: ['portail'],
    },
    {
      why: 'the whole English stem begins the French word',
      word: 'donate',
      corpus: 'Les donateurs financent le fonds.',
      found: ['donateurs'],
    },
    {
      why: 'refused: a stem shorter than MIN_COGNATE_PREFIX begins too many words',
      word: 'bank',
      corpus: 'Paiement par carte bancaire.',
      found: [],
    },
    {
      why: 'refused: a false friend parts two letters before the end (library is no librairie)',
      word: 'library',
      corpus: 'La librairie vend des livres.',
      found: [],
    },
    {
      why: 'refused: a beginning shared with more than MAX_COGNATES words says too little',
      word: 'inform',
      corpus: "Informer les informaticiens de l'informatisation des outils informatiques et des réseaux informels.",
      found: [],
    },
    {
      why: 'refused: English passages are not searched for French forms',
      word: 'portal',
      corpus: 'The portal publishes figures.',
      found: [],
    },
  ];
  it.each(cases)('$word: $why', ({ word, corpus, found }) => {
    const language = /^(The|the) /.test(corpus) ? 'en' : 'fr';
    const cognates = new CorpusCognates([new Set(analyze(corpus, language))], [language], 'fr');
    expect(cognates.of(englishStem(word))).toEqual(found.map((w) => stem(w)));
  });

  it('are a question word’s French forms only when the dictionary translates it to nothing the corpus has', async () => {
    const passages = [french('Le portail est géré par le centre de données.'), french('La porte du centre reste ouverte.')];
    const portalForms = async (glossary = {}) => {
      const { vocabulary } = await memoryRetriever(passages, glossary);
      return vocabulary
        .translations('Who runs the portal?', 'en')
        .get('portal')
        ?.map((f) => f.word);
    };
    expect(await portalForms()).toEqual(['portail']);
    // A dictionary that gave "porte": its translation stands, no beginning is looked up.
    expect(await portalForms({ entries: { [englishStem('portal')]: ['porte'] } })).toEqual(['porte']);
  });
});

describe('dictionary senses with a context label', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-dictd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  writeDictionary(dir, 'freedict-fra-eng', {
    virement: '(bank) transfer',
    frêne: 'ash (tree)',
    veine: '1. vein\n2. [geol] seam',
    argot: '(informal)',
    double: 'a/b',
  });

  const cases: Array<{ why: string; headword: string; translations: string[] }> = [
    { why: 'a label before the words', headword: 'virement', translations: ['transfer'] },
    { why: 'a label after the words', headword: 'frêne', translations: ['ash'] },
    { why: 'a label in brackets', headword: 'veine', translations: ['vein', 'seam'] },
    { why: 'refused: a sense that is only a label says no word', headword: 'argot', translations: [] },
    { why: 'refused: alternatives written with a slash stay out, as before', headword: 'double', translations: [] },
  ];
  it.each(cases)('$headword: $why', ({ headword, translations }) => {
    const entry = readDictionary(dir, 'freedict-fra-eng').find((e) => e.headword === headword);
    expect(entry?.translations).toEqual(translations);
  });

  it('give the glossary the word the label qualified', () => {
    const glossary = buildGlossary(dir, [french('Vous pouvez payer par virement bancaire depuis la Suisse.')]);
    expect(translateEnglish('bank transfer', glossary).get('transfer')).toEqual(['virement']);
  });
});

describe('an English word nothing translates, known to a French corpus only by its own spelling', () => {
  // [why, English question word, a French corpus word sharing its beginning, known?]
  const cases: Array<[string, string, string, boolean]> = [
    ['one word, a letter added and one changed', 'intergovernmental', 'Une réunion intergouvernementale a lieu.', true],
    ['one word, its ending spelled otherwise', 'veterinary', 'Le service vétérinaire ouvre.', true],
    ['two words sharing a beginning: a placement is no nation', 'internships', 'Les jardins internationaux ouvrent.', false],
    ['two words sharing a beginning: smuggled goods are no contract', 'contraband', 'Les contrats sont signés.', false],
  ];

  it.each(cases)('%s: "%s" beside "%s" is known: %s', async (_, word, corpus, known) => {
    const retriever = await memoryRetriever([french(corpus)]);
    const group = retriever.read(`Does the agency offer ${word}?`, { language: 'en' }).groups.find((g) => g.word === word);
    expect(group?.known).toBe(known);
  });

  it('a corpus with passages in the question’s language keeps the shared beginning', async () => {
    const retriever = await memoryRetriever([
      french('Les jardins internationaux ouvrent.'),
      { text: 'The gardens open in May.', language: 'en' },
    ]);
    const group = retriever.read('Does the agency offer internships?', { language: 'en' }).groups.find((g) => g.word === 'internships');
    expect(group?.known).toBe(true);
  });
});
