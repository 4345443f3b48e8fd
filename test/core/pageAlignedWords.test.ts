// Word translations learned from the corpus's own translated pages, the whole way: two pages linked
// by their sidecar, aligned sentence by sentence at ingestion (ingest/translations.ts), read into
// the aligned lexicon when the index loads (retrieve/corpusEvidence.ts AlignedLexicon), and used by
// an English question over a page written in French alone. corpusEvidence.test.ts covers the
// lexicon's rules on aligned sentences written by hand. Invented pages (a village orchard's); no
// dictionary installed (rows that need one give their glossary entries), so the translated pages
// are the only way from English to French.
import { describe, expect, it } from 'vitest';
import { AlignedLexicon } from '../../src/retrieve/corpusEvidence.js';
import { englishStem, stem } from '../../src/text/analyzer.js';
import type { Chunk } from '../../src/types.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';
import { corpusFile, passagesOf } from '../ingest/support.js';

// A page and its translation: a figure in each sentence, so that the alignment is sure.
const FR = [
  'Le verger de la vallée compte 320 pommiers depuis 2015.',
  'La grêle de 2019 a détruit 40 arbres du verger.',
  'Les bénévoles ont replanté 55 arbres au printemps 2020.',
  'Le verger produit désormais 12 tonnes de fruits par an.',
  'Une échelle de 4 mètres sert à cueillir les 3 rangées hautes.',
  'La coopérative vend 70 % de la production au marché local.',
];
const EN = [
  'The valley orchard has counted 320 apple trees since 2015.',
  'The hail of 2019 destroyed 40 trees in the orchard.',
  'Volunteers replanted 55 trees in the spring of 2020.',
  'The orchard now yields 12 tonnes of fruit a year.',
  'A 4-metre ladder is used to pick the 3 upper rows.',
  'The cooperative sells 70% of its output at the local market.',
];
const page = (title: string, sentences: string[]) => [title, title, ...sentences].join('\n');
const pagePair = [
  corpusFile('fr/verger.txt', page('Notre verger', FR), { language: 'fr', translations: ['en/verger.txt'] }),
  corpusFile('en/verger.txt', page('Our orchard', EN), { language: 'en' }),
];

describe('word pairs learned from a page and its translation', () => {
  const lexicon = new AlignedLexicon(passagesOf(pagePair).chunks);

  it.each([
    { english: 'orchard', french: 'verger', why: 'three aligned sentences have both, and neither word is in another' },
    { english: 'trees', french: 'arbres', why: 'two aligned sentences have both; "trees" is in a third (Dice 0.8)' },
    { english: 'ladder', french: null, why: 'one aligned sentence has it: below MIN_EVIDENCE, every word beside it is as likely' },
    { english: 'hail', french: null, why: 'one aligned sentence, as ladder' },
  ])('$english → $french: $why', ({ english, french }) => {
    expect(lexicon.translationOf(englishStem(english), 'en')).toBe(french);
    if (french) expect(lexicon.translationOf(stem(french), 'fr')).toBe(english);
  });

  it('learns nothing from a corpus without a translated page (one French page, as the seed corpus)', () => {
    const alone = new AlignedLexicon(passagesOf([pagePair[0]]).chunks);
    expect(alone.translationOf(englishStem('orchard'), 'en')).toBeNull();
    expect(alone.knows(stem('verger'), 'fr')).toBe(false);
  });
});

type AlignedChunk = Pick<Chunk, 'text' | 'language' | 'translations'>;

describe('the pages’ words beside the dictionary’s, evidence counted once per aligned sentence pair', () => {
  it('does not link a word whose one aligned sentence both pages carry', () => {
    // Both passages carry the pair (the French page's, the English page's): counted per passage it
    // was two pieces of evidence, and "ladder", whose other words are in other sentences, linked.
    const side = (text: string, language: string, other: string, translation: string): AlignedChunk => ({
      text,
      language,
      translations: [{ language: other, source: `corpus/${other}.md`, title: other, sentences: [{ text, translation, lines: [1, 1] }] }],
    });
    const pairOf = (fr: string, en: string) => [side(fr, 'fr', 'en', en), side(en, 'en', 'fr', fr)];
    const chunks = [
      ...pairOf('Le verger a une échelle.', 'The orchard has a ladder.'),
      ...pairOf('Le verger fleurit.', 'The orchard blooms.'),
    ];
    const lexicon = new AlignedLexicon(chunks);
    expect(lexicon.translationOf(englishStem('ladder'), 'en')).toBeNull();
    expect(lexicon.translationOf(englishStem('orchard'), 'en')).toBe('verger');
  });

  it.each([
    { word: 'trees', dictionary: [], read: ['arbres'], why: 'no dictionary word: the pages’ own fills the gap (two sentence pairs)' },
    { word: 'orchard', dictionary: ['jardin'], read: ['jardin', 'verger'], why: 'a sense the pages never use: theirs beside it' },
    { word: 'orchard', dictionary: ['jardin', 'verger'], read: ['verger'], why: 'the pages use one of the senses: that one alone' },
  ])('reads "$word" with dictionary $dictionary as $read: $why', async ({ word, dictionary, read }) => {
    const { chunks } = passagesOf(pagePair);
    const key = englishStem(word);
    const { vocabulary } = await memoryRetriever(chunks, { entries: dictionary.length ? { [key]: dictionary } : {} });
    expect(
      vocabulary
        .translations(`Where are the ${word}?`, 'en')
        .get(word)
        ?.map((f) => f.word),
    ).toEqual(read);
  });
});

describe('an English question over a page written in French alone, through a learned pair', () => {
  // Pages in French alone: one on the orchard's school mornings, the others on the village's other days.
  const frenchOnly = [
    ['scolaires', 'Le verger accueille les classes du village chaque mardi matin.'],
    ['ecole', 'Les classes du village déjeunent à la cantine le mardi.'],
    ['mairie', 'La mairie reçoit le public chaque matin sauf le mardi.'],
    ['gare', 'Le train du matin dessert le village à 7 heures.'],
  ].map(([name, text]) => corpusFile(`fr/${name}.txt`, page(name, [text]), { language: 'fr' }));
  const chunks = passagesOf([...pagePair, ...frenchOnly]).chunks;
  // The same passages with the alignment withheld: nothing links the two orchard pages' words.
  const unaligned = chunks.map(({ translations: _, ...chunk }) => chunk);
  const question = 'Which day do pupils come to the orchard?';
  const found = async (passages: typeof chunks) => (await (await memoryRetriever(passages)).search(question, 2)).map((p) => p.source);

  it('finds the French page through orchard → verger, and does not without the alignment', async () => {
    expect(await found(chunks)).toContain('corpus/fr/scolaires.txt');
    expect(await found(unaligned)).not.toContain('corpus/fr/scolaires.txt');
  });
});
