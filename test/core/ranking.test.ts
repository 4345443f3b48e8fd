// Ranking preferences of the hybrid retriever (src/retrieve/preferences.ts, answerType.ts) on small
// corpora written for them: the figure asked for, the newest count, the page's title, and the
// asker's language only between a page and its translation.
import { describe, expect, it } from 'vitest';
import { answerTypeMatch, countedUnits, countsPeople } from '../../src/retrieve/answerType.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

describe('what a line says a count of', () => {
  it.each([
    ['Le verger compte aujourd’hui 140 pommiers.', 'fr', [['pommiers']]],
    ['The orchard now has 140 apple trees.', 'en', [['apple', 'trees']]],
    // A year, a day of a month and nothing counted are no counts.
    ['Le verger a été planté en 1987.', 'fr', []],
    ['La fête a lieu le 14 octobre.', 'fr', []],
    ['Le verger a été replanté.', 'fr', []],
  ] as const)('%s', (text, language, units) => {
    expect(countedUnits(text, language)).toEqual(units);
  });

  it('rates a count of what the question names above any count, and other kinds of question at 0', () => {
    const names = (word: string) => word.startsWith('pommier');
    expect(answerTypeMatch('count', 'Le verger compte 140 pommiers.', 'fr', names)).toBe(2);
    expect(answerTypeMatch('count', 'Le verger emploie 12 jardiniers.', 'fr', names)).toBe(1);
    expect(answerTypeMatch('count', 'Le verger est ouvert au public.', 'fr', names)).toBe(0);
    expect(answerTypeMatch('any', 'Le verger compte 140 pommiers.', 'fr', names)).toBe(0);
  });
});

describe('ranking preferences', () => {
  it('puts the passage stating the figure asked for above a more similar one naming the topic without it', async () => {
    const retriever = await memoryRetriever([
      { text: 'Les pommiers du verger communal.', source: 'corpus/a.txt', language: 'fr' },
      { text: 'Le verger communal a 140 pommiers.', source: 'corpus/b.txt', language: 'fr' },
    ]);
    const passages = await retriever.search('Combien de pommiers compte le verger communal ?', 2, { language: 'fr' });
    expect(passages.map((p) => p.source)).toEqual(['corpus/b.txt', 'corpus/a.txt']);
    expect(passages[1].score).toBeGreaterThan(passages[0].score);
  });

  it('prefers the newest statement of a count when the question names no year, though an older one is more similar', async () => {
    const retriever = await memoryRetriever([
      { text: 'Le verger communal compte 120 pommiers.', source: 'corpus/2019.txt', language: 'fr', date: '2019-05-01' },
      { text: 'Le verger communal compte désormais 140 pommiers anciens.', source: 'corpus/2024.txt', language: 'fr', date: '2024-05-01' },
    ]);
    const passages = await retriever.search('Combien de pommiers compte le verger communal ?', 2, { language: 'fr' });
    expect(passages.map((p) => p.source)).toEqual(['corpus/2024.txt', 'corpus/2019.txt']);
    expect(passages[1].score).toBeGreaterThan(passages[0].score);
  });

  it("answers a purpose question from the name's own page, where it lists its aims, over a programme's goals", async () => {
    const retriever = await memoryRetriever([
      {
        text: "Le Réseau des gardiens de phares (RGP) est l'association qui veille sur les feux de la côte.",
        source: 'corpus/about.txt',
        language: 'fr',
        lines: [1, 1],
      },
      {
        text: 'Le RGP part d’une idée simple. Son action repose sur trois priorités : entretenir les feux, former les gardiens.',
        source: 'corpus/about.txt',
        language: 'fr',
        lines: [3, 3],
      },
      {
        text: 'Le plan lumière du RGP pour 2030 poursuit trois buts : remplacer les lampes, réduire la consommation.',
        source: 'corpus/plan.txt',
        language: 'fr',
        lines: [1, 1],
      },
      { text: 'Le RGP tient son assemblée chaque printemps.', source: 'corpus/assemblee.txt', language: 'fr', lines: [1, 1] },
    ]);
    const reading = retriever.read('Quelle est la mission du RGP ?', { language: 'fr' });
    // The aims are a hint: ranked by, never required of an answer.
    expect(reading.groups.map((g) => g.acronym)).toEqual(['RGP']);
    expect(reading.hints).toHaveLength(1);
    const passages = await retriever.retrieve(reading, 3);
    expect(passages[0].text).toMatch(/trois priorités/);
    expect(passages[0].score).toBeLessThan(passages.find((p) => p.source === 'corpus/plan.txt')?.score ?? 0);
  });

  it('reads a name after a French elided word as a name ("d’Ana Lupu", "l’Orchestre")', async () => {
    const retriever = await memoryRetriever(['Ana Lupu dirige l’Orchestre du port.']);
    expect(retriever.read('Quelle est la nationalité d’Ana Lupu ?', { language: 'fr' }).names).toEqual(['ana', 'lupu']);
    expect(retriever.read("Qui a fondé l'Orchestre du port ?", { language: 'fr' }).names).toEqual(['orchestre']);
    expect(retriever.read("Qui a fondé l'orchestre du port ?", { language: 'fr' }).names).toEqual([]);
  });

  it('reads a count of women and men, staff or migrants as a count of the people a question counts', () => {
    expect(answerTypeMatch('count', 'Le chœur réunit 40 femmes et hommes.', 'fr', countsPeople)).toBe(2);
    expect(answerTypeMatch('count', 'Le chœur chante trois cantates.', 'fr', countsPeople)).toBe(1);
    expect(answerTypeMatch('count', 'Le chœur réunit 40 choristes.', 'fr', countsPeople)).toBe(1);
    // Retrieval's use of it is measured on the multidoc fixture (m04, in its fr hit@1 floor).
  });

  it('answers "who leads" with the whole organisation’s head, not a part’s head, unless the question names the part', async () => {
    const retriever = await memoryRetriever([
      { text: 'La guilde : sa mission de Lille est dirigée par Ada Lind.', source: 'corpus/lille.txt', language: 'fr' },
      { text: 'Ines Roy, directrice de la guilde, a ouvert la saison des concerts.', source: 'corpus/guilde.txt', language: 'fr' },
    ]);
    const [whole] = await retriever.search('Qui dirige la guilde ?', 2, { language: 'fr' });
    expect(whole.source).toBe('corpus/guilde.txt');
    const [part] = await retriever.search('Qui dirige la mission de la guilde à Lille ?', 2, { language: 'fr' });
    expect(part.source).toBe('corpus/lille.txt');
  });

  it('answers "who leads" with the newest head, though an older release is more similar', async () => {
    const retriever = await memoryRetriever([
      { text: 'La guilde est dirigée par le directeur Paul Marr.', source: 'corpus/2018.txt', language: 'fr', date: '2018-01-01' },
      {
        text: 'Depuis janvier, la guilde est dirigée par la directrice Ines Roy, élue par ses membres.',
        source: 'corpus/2024.txt',
        language: 'fr',
        date: '2024-01-01',
      },
    ]);
    const [first] = await retriever.search('Qui dirige la guilde ?', 2, { language: 'fr' });
    expect(first.source).toBe('corpus/2024.txt');
  });

  it('reads a sentence opening on an article before a capitalised noun as no person’s name beside a role', () => {
    const names = () => false;
    expect(answerTypeMatch('leader', 'Le Conseil écrit au Directeur général.', 'fr', names, true)).toBe(1);
    expect(answerTypeMatch('leader', 'Le Directeur général, Paul Marr, écrit au Conseil.', 'fr', names, true)).toBe(2);
  });

  it('reads a question page’s question line with its answer, for the kind of value asked', async () => {
    const retriever = await memoryRetriever([
      { text: 'Où se trouve le musée du verre ?\nIl est installé à Lyon.', source: 'corpus/faq.txt', language: 'fr', date: '2019-01-01' },
      { text: 'Le musée du verre se trouve être le plus visité.', source: 'corpus/musee.txt', language: 'fr', date: '2024-01-01' },
    ]);
    const [first] = await retriever.search('Où se trouve le musée du verre ?', 2, { language: 'fr' });
    expect(first.source).toBe('corpus/faq.txt');
  });

  it.each([
    [
      'fr',
      "Qu'est-ce que le RGP ?",
      [
        'Pour devenir bénévole au RGP, écrivez à benevoles@rgp.example.org.',
        'Le Fonds côtier du Réseau des gardiens de phares (RGP) finance les travaux.',
        "Le Réseau des gardiens de phares (RGP) est l'association des feux de la côte.",
      ],
    ],
    [
      'en',
      'What is LKN?',
      [
        'To volunteer with LKN, write to volunteers@lkn.example.org.',
        'BREST, 4 May 2021 – The Lighthouse Keepers Network (LKN) today opened a new station.',
        'The Lighthouse Keepers Network (LKN) is the body that keeps the coast lit.',
      ],
    ],
  ] as const)('(%s) ranks the line defining a name above lines that mention it or spell it out', async (language, question, texts) => {
    const retriever = await memoryRetriever(texts.map((text, i) => ({ text, source: `corpus/${i}.txt`, language })));
    const passages = await retriever.search(question, 3, { language });
    expect(passages[0].source).toBe('corpus/2.txt');
  });

  it('finds a passage by the words of its page’s title', async () => {
    const retriever = await memoryRetriever([
      {
        text: 'Il est entretenu par une association de quartier depuis 2015.',
        source: 'corpus/verger.txt',
        title: 'Le verger communal',
        language: 'fr',
      },
      {
        text: 'La bibliothèque est entretenue par la commune depuis 2015.',
        source: 'corpus/biblio.txt',
        title: 'Bibliothèque',
        language: 'fr',
      },
    ]);
    const [first] = await retriever.search('Qui entretient le verger communal ?', 2, { language: 'fr' });
    expect(first.source).toBe('corpus/verger.txt');
  });

  it('demotes a passage below its translation in the asker’s language, and only a translation', async () => {
    const translation = (language: string, source: string) => [{ language, source, title: 'T', sentences: [] }];
    // The French sentence is the slightly more similar to the bare name.
    const english = { text: 'Pomona 2030 guides the valley orchards each spring.', language: 'en', source: 'corpus/en.txt' };
    const french = { text: 'Pomona 2030 guide chaque printemps les vergers.', language: 'fr', source: 'corpus/fr.txt' };
    const paired = await memoryRetriever([
      { ...english, translations: translation('fr', french.source) },
      { ...french, translations: translation('en', english.source) },
    ]);
    const en = await paired.search('Pomona 2030', 2, { language: 'en' });
    expect(en.map((p) => p.source)).toEqual(['corpus/en.txt', 'corpus/fr.txt']);
    expect(en[1].score).toBeGreaterThan(en[0].score);
    // Two pages that are not each other's translation: the more similar comes first, whatever its language.
    const unpaired = await memoryRetriever([english, french]);
    const [first] = await unpaired.search('Pomona 2030', 2, { language: 'en' });
    expect(first.source).toBe('corpus/fr.txt');
  });
});
