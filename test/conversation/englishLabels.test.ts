// An English visitor's suggestions from a French page, on an invented site whose garden guide exists
// in both languages: the English page's own title, headings and aligned items stand for the French
// ones; a label with no reliable English is quoted as the source's own words, after the others, and
// a translated label not answered is asked in its own words instead. A French visitor's are unchanged.
import { describe, expect, it } from 'vitest';
import { indexKnowledge } from '../../src/answer/conversation/bilingual.js';
import { followUpCandidates, outlineCandidates, type PassageRef } from '../../src/answer/conversation/candidates.js';
import { FixedNames } from '../../src/answer/conversation/fixedNames.js';
import type { BilingualKnowledge } from '../../src/answer/conversation/labelEquivalents.js';
import { CorpusOutline } from '../../src/answer/conversation/outline.js';
import { SuggestionVerifier } from '../../src/answer/conversation/verify.js';
import type { Vocabulary } from '../../src/retrieve/vocabulary.js';
import type { Chunk, ChunkTranslation } from '../../src/types.js';

function chunk(
  source: string,
  title: string,
  heading: string,
  text: string,
  line: number,
  language: string,
  translations?: ChunkTranslation[],
): Chunk {
  const c: Chunk = { source, title, heading, text, lines: [line, line], hash: `${source}:${line}`, language };
  if (translations) c.translations = translations;
  return c;
}
const toEnglish = (sentences: Array<[string, string]>): ChunkTranslation[] => [
  {
    language: 'en',
    source: 'guide-en.md',
    title: 'Garden guide',
    sentences: sentences.map(([text, translation]) => ({ text, translation, lines: [1, 1] })),
  },
];

const CHUNKS: Chunk[] = [
  chunk('guide-fr.md', 'Guide du jardin', 'Semer', 'On sème en avril dans la Commune Basse.', 1, 'fr'),
  chunk(
    'guide-fr.md',
    'Guide du jardin',
    'Arroser',
    "- Arrosage du soir : moins d'évaporation.\n- Paillage : garde l'humidité.",
    5,
    'fr',
    toEnglish([["- Arrosage du soir : moins d'évaporation.", '- Evening watering: less evaporation.']]),
  ),
  chunk('guide-fr.md', 'Guide du jardin', 'Récolter', 'La Ligue des Jardiniers organise la fête des récoltes.', 9, 'fr'),
  chunk('guide-en.md', 'Garden guide', 'Sowing', 'We sow in April in the Lower Commune.', 1, 'en'),
  chunk('guide-en.md', 'Garden guide', 'Watering', '- Evening watering: less evaporation.\n- Mulching: keeps the moisture.', 5, 'en'),
  chunk('guide-en.md', 'Garden guide', 'Harvesting', 'The Gardeners League runs the harvest festival.', 9, 'en'),
];
const outline = new CorpusOutline(CHUNKS);
const knowledge: BilingualKnowledge = {
  corpusPairs: outline.pairs,
  fixedNames: new FixedNames([{ en: ['Gardeners League'], fr: ['Ligue des Jardiniers'] }]),
  acronymEquivalents: new Map(),
  englishWords: () => [],
  englishSpelling: outline.english,
};
const ref = (c: Chunk): PassageRef => ({ source: c.source, title: c.title, heading: c.heading, text: c.text });
const input = (language: 'fr' | 'en') => ({
  language,
  cited: [ref(CHUNKS[0]), ref(CHUNKS[2])],
  retrieved: [ref(CHUNKS[0])],
  quoted: '',
  asked: ['?'],
});

describe('CorpusPairs', () => {
  it('pairs a translated page’s title, its headings in order, and aligned items', () => {
    expect(outline.pairs.englishOf('Guide du jardin')).toBe('Garden guide');
    expect(outline.pairs.englishOf('Arroser')).toBe('Watering');
    expect(outline.pairs.englishOf('Arrosage du soir')).toBeNull();
    expect(outline.pairs.englishOf("Arrosage du soir : moins d'évaporation")).toBe('Evening watering: less evaporation');
    expect(outline.pairs.englishOf('Paillage')).toBeNull();
  });

  it('pairs no headings when the pages have different sections', () => {
    const uneven = new CorpusOutline(CHUNKS.slice(0, 5));
    expect(uneven.pairs.englishOf('Guide du jardin')).toBe('Garden guide');
    expect(uneven.pairs.englishOf('Semer')).toBeNull();
  });
});

describe('EnglishSpelling', () => {
  it('knows the English pages’ words and the names they only write capitalised', () => {
    expect(outline.english.spelling('SOW')).toBe('sow');
    expect(outline.english.isName('Commune')).toBe(true);
    expect(outline.english.isName('harvest')).toBe(false);
    // French pages' words are not English.
    expect(outline.english.spelling('sème')).toBeNull();
  });
});

describe('followUpCandidates for an English visitor on a French page', () => {
  it('gives the English page’s labels and fixed names, then the rest in the source’s own words', () => {
    const questions = followUpCandidates(input('en'), outline, knowledge).map((c) => c.question);
    expect(questions).toContain('Tell me about watering');
    expect(questions).toContain('Tell me about harvesting');
    expect(questions).toContain('Tell me about the Gardeners League');
    // No English for it: quoted, and after every translated label.
    const own = questions.indexOf('Tell me about “Commune Basse”');
    expect(own).toBeGreaterThan(questions.indexOf('Tell me about the Gardeners League'));
    expect(questions.some((q) => /Tell me about (arroser|récolter|Ligue)/i.test(q))).toBe(false);
  });

  it('carries the label in its own words as the fallback of a translated one', () => {
    const watering = followUpCandidates(input('en'), outline, knowledge).find((c) => c.question === 'Tell me about watering');
    expect(watering?.fallback).toBe('Tell me about “Arroser”');
  });

  it('offers nothing for a label whose English makes no question (navigation in both languages)', () => {
    // The pages pair by the ingestion's translations: one aligned sentence links them.
    const linked = new CorpusOutline([
      chunk('x-fr.md', 'Outils du jardin', 'Du semis à la récolte', 'Tout commence en avril.', 1, 'fr', [
        {
          language: 'en',
          source: 'x-en.md',
          title: 'Garden tools',
          sentences: [{ text: 'Tout commence en avril.', translation: 'It all starts in April.', lines: [1, 1] }],
        },
      ]),
      chunk('x-fr.md', 'Outils du jardin', 'Les bêches', 'Une bêche par parcelle.', 5, 'fr'),
      chunk('x-en.md', 'Garden tools', 'From seed to harvest', 'It all starts in April.', 1, 'en'),
      chunk('x-en.md', 'Garden tools', 'Spades', 'One spade per plot.', 5, 'en'),
    ]);
    const cited = ref(chunk('x-fr.md', 'Outils du jardin', 'Les bêches', 'Une bêche par parcelle.', 5, 'fr'));
    const questions = followUpCandidates({ language: 'en', cited: [cited], retrieved: [], quoted: '', asked: ['?'] }, linked, {
      ...knowledge,
      corpusPairs: linked.pairs,
      englishSpelling: linked.english,
    }).map((c) => c.question);
    expect(questions).toEqual([]);
    expect(linked.pairs.englishOf('Du semis à la récolte')).toBe('From seed to harvest');
  });

  it('leaves a French visitor’s suggestions as they were', () => {
    expect(followUpCandidates(input('fr'), outline, knowledge)).toEqual(followUpCandidates(input('fr'), outline));
    expect(outlineCandidates(outline, 'fr', knowledge)).toEqual(outlineCandidates(outline, 'fr'));
  });
});

describe('indexKnowledge', () => {
  it('reads the English words the vocabulary gives a French word, not its French or other readings', () => {
    const forms = new Map([
      [
        'semis',
        [
          { word: 'sowing', language: 'en' as const },
          { word: 'semis', language: 'fr' as const },
        ],
      ],
    ]);
    const vocabulary = { acronymReader: { equivalents: new Map() }, translations: () => forms } as unknown as Vocabulary;
    expect(indexKnowledge(outline, vocabulary).englishWords('semis')).toEqual(['sowing']);
  });
});

describe('SuggestionVerifier with fallbacks', () => {
  it('offers the label in its own words where its English is not answered', async () => {
    const answered = new Set(['Tell me about “Arroser”', 'Tell me about harvesting']);
    const verifier = new SuggestionVerifier(async (q) => answered.has(q));
    const picked = await verifier.pick(
      [
        { question: 'Tell me about watering', origin: 'neighbour-heading', source: 'guide-fr.md', fallback: 'Tell me about “Arroser”' },
        { question: 'Tell me about harvesting', origin: 'neighbour-heading', source: 'guide-fr.md', fallback: 'Tell me about “Récolter”' },
      ],
      'en',
      3,
      10,
    );
    expect(picked).toEqual(['Tell me about “Arroser”', 'Tell me about harvesting']);
  });
});
