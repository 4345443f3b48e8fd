// Word links from one aligned sentence pair (src/retrieve/positionLinks.ts): the words the
// dictionary and cognate spellings account for are set aside, and of those left, one on each side
// at about the same place is the other's translation. Sentences invented, as stems.
import { describe, expect, it } from 'vitest';
import { AlignedLexicon } from '../../src/retrieve/corpusEvidence.js';
import { agreedPositionPartner, positionPartner, type StemSentencePair } from '../../src/retrieve/positionLinks.js';
import type { Chunk } from '../../src/types.js';

// "The mayor is elected by the council for six years." / "Le maire est élu par le conseil pour six ans."
const ELECTED: StemSentencePair = { en: ['mayor', 'elect', 'council', 'six', 'year'], fr: ['mair', 'elu', 'conseil', 'six', 'an'] };
const DICTIONARY = new Set(['mayor|mair', 'council|conseil', 'six|six', 'year|an']);
const explains = (e: string, f: string) => DICTIONARY.has(`${e}|${f}`);

describe('a link by place among the words nothing else accounts for', () => {
  it.each([
    { stem: 'elect', language: 'en' as const, partner: 'elu', why: 'the one word left on each side' },
    { stem: 'elu', language: 'fr' as const, partner: 'elect', why: 'both ways' },
    { stem: 'council', language: 'en' as const, partner: null, why: 'accounted for: it has its translation there' },
  ])('$stem → $partner: $why', ({ stem, language, partner }) => {
    expect(positionPartner(stem, language, ELECTED, explains)).toBe(partner);
  });

  it('links nothing where the words left stand far apart', () => {
    // "Elected …, the mayor serves six years on the council, …" against a French clause order that puts élu last.
    const apart: StemSentencePair = {
      en: ['elect', 'mayor', 'serv', 'six', 'year', 'council'],
      fr: ['mair', 'sieg', 'six', 'an', 'conseil', 'elu'],
    };
    expect(positionPartner('elect', 'en', apart, explains)).toBeNull();
  });

  it('takes no partner two sentence pairs disagree on', () => {
    const other: StemSentencePair = { en: ['mayor', 'elect', 'council'], fr: ['mair', 'nomm', 'conseil'] };
    expect(agreedPositionPartner('elect', 'en', [ELECTED, ELECTED], explains)).toBe('elu');
    expect(agreedPositionPartner('elect', 'en', [ELECTED, other], explains)).toBeNull();
  });
});

describe('the aligned lexicon: positional links for words of one sentence pair', () => {
  const side = (text: string, language: string, other: string, translation: string): Pick<Chunk, 'text' | 'language' | 'translations'> => ({
    text,
    language,
    translations: [{ language: other, source: `corpus/${other}.md`, title: other, sentences: [{ text, translation, lines: [1, 1] }] }],
  });
  const [fr, en] = ['Le maire est élu par le conseil.', 'The mayor is elected by the council.'];
  const chunks = [side(fr, 'fr', 'en', en), side(en, 'en', 'fr', fr)];
  const words = new Set(['mayor|maire', 'council|conseil']);

  it('links elected ↔ élu when the dictionary accounts for the words beside them', () => {
    const lexicon = new AlignedLexicon(chunks, (e, f) => words.has(`${e.toLowerCase()}|${f.toLowerCase()}`));
    expect(lexicon.translationOf('elect', 'en', true)).toBe('élu');
  });

  it('links nothing without a dictionary: every word of the sentence is as likely', () => {
    expect(new AlignedLexicon(chunks).translationOf('elect', 'en', true)).toBeNull();
  });
});
