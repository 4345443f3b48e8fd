// French analysis (shared by the lexical channel and the embedder) and the offline embedder.
import { describe, expect, it } from 'vitest';
import { cleanToBlocks } from '../../src/corpus/clean.js';
import { plainTextLines } from '../../src/corpus/sourceLines.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { chunkBlocks } from '../../src/ingest/chunk.js';
import { analyze, englishBaseStem, englishStem, foldAccents, isStopWord, stem, words } from '../../src/text/analyzer.js';
import { dot, readRealCorpus } from './support.js';

describe('French analyzer', () => {
  it('strips elisions with straight and curly apostrophes: l’Organisation → organisation', () => {
    expect(words("l'Organisation")).toEqual(['organisation']);
    expect(words('l’Organisation d’abord qu’elle jusqu’à')).toEqual(['organisation', 'abord', 'elle', 'à']);
    expect(analyze("l'Organisation")).toEqual(analyze('organisation'));
    expect(analyze("l'Organisation")).toEqual([stem('organisation')]);
    expect(stem('organisation').startsWith('organis')).toBe(true);
  });

  it('drops the English possessive like an elision', () => {
    expect(words("IOM's objectives")).toEqual(['iom', 'objectives']);
  });

  it('folds accents and case', () => {
    expect(foldAccents('États Membres à Genève')).toBe('Etats Membres a Geneve');
    expect(analyze('ÉTATS')).toEqual(analyze('etats'));
    expect(analyze('Déplacements des États')).toEqual(analyze('deplacements des etats'));
    expect(analyze('déplacements sécurité créée').every((t) => !/[^\x00-\x7f]/.test(t))).toBe(true);
  });

  // The stemmer runs before folding (it needs accents), so for some accented words a question typed
  // without accents gets another stem (sécurité → secur, securite → securit): text terms include both.
  it('finds a word typed without its accents among the terms of the accented word', () => {
    for (const w of ['sécurité', 'données', 'régulières', 'vulnérabilité', 'touchées']) {
      for (const term of analyze(foldAccents(w))) expect(analyze(w), w).toContain(term);
    }
  });

  it('removes stop words of both languages and question words', () => {
    expect(analyze('le la les de des du et pour dans qui que avec')).toEqual([]);
    expect(analyze('what are the how many', 'en')).toEqual([]);
    // French text keeps English-looking French words: "but" (goal) is content in French.
    expect(analyze('le but de l’action')).toEqual(analyze('but action'));
    expect(isStopWord('combien')).toBe(true);
    expect(isStopWord('many', 'en')).toBe(true);
    expect(isStopWord('migration')).toBe(false);
    expect(analyze('Les objectifs de la migration')).toHaveLength(2);
  });

  // A stop word typed without its accents is still one; an accented word is compared as written.
  it.each([
    { word: 'été', stop: true, why: 'in the list with its accents' },
    { word: 'ete', stop: true, why: 'typed without accents, as visitors do' },
    { word: 'année', stop: true, why: 'a question word (en quelle année)' },
    { word: 'annee', stop: true, why: 'the same, unaccented' },
    { word: 'sur', stop: true, why: 'the preposition' },
    { word: 'sûr', stop: false, why: 'sure: folded it was the preposition sur' },
    { word: 'des', stop: true, why: 'the article' },
    { word: 'dès', stop: false, why: 'from, since: folded it was the article des' },
    { word: 'dû', stop: false, why: 'owed: folded it was the article du' },
  ])('$word is a stop word: $stop ($why)', ({ word, stop }) => {
    expect(isStopWord(word)).toBe(stop);
    expect(isStopWord(word, 'en')).toBe(stop);
  });

  it('drops prepositions the stop-word list lacks and requests that stand for a question', () => {
    expect(analyze('Parlez-moi de la lutte contre la traite, selon l’OIM')).toEqual(analyze('lutte traite OIM'));
    expect(analyze('Explain, according to IOM, the work against trafficking', 'en')).toEqual(analyze('IOM work trafficking', 'en'));
  });

  it.each([
    ['Puis-je faire un don ?', 'faire un don'],
    ['Est-ce que je peux faire un don ?', 'faire un don'],
    ['Dois-je payer des frais ?', 'payer des frais'],
    ['Pouvez-vous m’aider ?', 'aider'],
  ])('reads the modal a visitor asks with as no topic: %s', (question, topic) => {
    expect(analyze(question)).toEqual(analyze(topic));
  });

  it('gives plurals and inflections the stem of the singular', () => {
    const pairs: [string, string][] = [
      ['objectifs', 'objectif'],
      ['migrations', 'migration'],
      ['États membres', 'état membre'],
      ['déplacements', 'déplacement'],
      ['migrants', 'migrant'],
      ['gouvernementaux', 'gouvernemental'],
    ];
    for (const [plural, singular] of pairs) expect(analyze(plural), plural).toEqual(analyze(singular));
  });
});

describe('English analyzer', () => {
  it.each([
    ['kept', 'keep'],
    ['sent', 'send'],
    ['led', 'lead'],
    ['began', 'begin'],
    ['took', 'take'],
  ])('gives the irregular past "%s" the stem of its verb "%s"', (past, base) => {
    expect(englishStem(past)).toBe(englishStem(base));
  });

  it.each([
    ['children', 'child'],
    ['women', 'woman'],
    ['men', 'man'],
  ])('gives the irregular plural "%s" the stem of its singular "%s"', (plural, singular) => {
    expect(englishStem(plural)).toBe(englishStem(singular));
  });

  it('leaves a plural that is also another word as Snowball stems it: "people" (a singular noun too), "lives" (a verb too)', () => {
    expect(englishStem('people')).not.toBe(englishStem('person'));
    expect(englishStem('lives')).not.toBe(englishStem('life'));
  });

  it('leaves a word whose most frequent use is not a past form, and regular forms, as Snowball stems them', () => {
    expect(englishStem('ground')).not.toBe(englishStem('grind'));
    expect(englishStem('left')).not.toBe(englishStem('leave'));
    expect(englishStem('founded')).toBe(englishStem('founding'));
    expect(englishStem('offices')).toBe(englishStem('office'));
  });

  it('stems a dictionary headword as the base form it is: "found" (to found) meets "founded", not "find"', () => {
    expect(englishBaseStem('found')).toBe(englishStem('founded'));
    expect(englishStem('found')).toBe(englishStem('find'));
    expect(englishBaseStem('offices')).toBe(englishStem('office'));
  });
});

describe('local hash embedder', async () => {
  const embedder = new LocalHashEmbeddings(512);
  const raw = await readRealCorpus();
  const passages = chunkBlocks(cleanToBlocks(plainTextLines(raw)), { source: 's', title: 't' }, { chunkSize: 1200, chunkOverlap: 200 });
  const passageVectors = await embedder.embedDocuments(passages.map((p) => p.text));
  const passageWith = (phrase: string) => passages.findIndex((p) => p.text.includes(phrase));

  it('is deterministic across instances and calls, with the configured dimension', async () => {
    const text = "L'OIM vient en aide aux migrants partout dans le monde.";
    const a = await embedder.embedQuery(text);
    const b = await new LocalHashEmbeddings(512).embedQuery(text);
    expect(a).toHaveLength(512);
    expect(b).toEqual(a);
    expect(await new LocalHashEmbeddings(128).embedQuery(text)).toHaveLength(128);
    expect(new LocalHashEmbeddings(128).id).not.toBe(embedder.id);
  });

  it('returns unit vectors (and no NaN for an empty or stop-word-only text)', async () => {
    const [a, b] = await embedder.embedDocuments(['Sauver des vies et protéger les migrants.', 'Trouver des solutions aux déplacements.']);
    expect(Math.sqrt(dot(a, a))).toBeCloseTo(1, 6);
    expect(Math.sqrt(dot(b, b))).toBeCloseTo(1, 6);
    for (const empty of ['', 'le la les']) expect((await embedder.embedQuery(empty)).every(Number.isFinite)).toBe(true);
  });

  it('puts a French paraphrase closer than an unrelated text', async () => {
    const [source, paraphrase, unrelated] = await embedder.embedDocuments([
      "L'OIM vient en aide aux migrants partout dans le monde.",
      "L'Organisation aide les migrants dans le monde entier.",
      'La recette de la tarte aux pommes demande du beurre et du sucre.',
    ]);
    expect(dot(source, paraphrase)).toBeGreaterThan(dot(source, unrelated) + 0.2);
  });

  it('treats inflected forms as the same words', async () => {
    const [a, b, c] = await embedder.embedDocuments([
      'les objectifs des États membres',
      "l'objectif de l'État membre",
      'la tarte aux pommes',
    ]);
    expect(dot(a, b)).toBeGreaterThan(0.7);
    expect(dot(a, c)).toBeLessThan(0.2);
  });

  // English questions built from cognates of the passage they target: the n-gram features must bring
  // each closer to its French passage than to every other passage of the page.
  it.each([
    ['How many member states and observer states?', '8 États observateurs'],
    ['Which objectives concern climate change and the degradation of the environment?', 'Sauver des vies'],
    ['Organization structure: general director, deputy directors, cabinet, partnerships and communication', 'Structure organisationnelle'],
    ['Resilience of migrants in vulnerable situations and collaboration with governmental partners', 'renforcer la résilience'],
    ['principal intergovernmental organization, 2030 Agenda, humanitarian aid and sustainable development', 'Programme 2030'],
  ])('brings the English question "%s" closest to the French passage with "%s"', async (question, phrase) => {
    const target = passageWith(phrase);
    expect(target).toBeGreaterThanOrEqual(0);
    const q = await embedder.embedQuery(question);
    const scores = passageVectors.map((v) => dot(q, v));
    const best = scores.indexOf(Math.max(...scores));
    expect(passages[best].text.slice(0, 60)).toBe(passages[target].text.slice(0, 60));
  });
});
