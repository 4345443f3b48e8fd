// The catalogue of conversational turns, table-driven: every kind's recognised examples are read as
// that kind, its close-but-different examples are not, and each kind in French and English is read
// alone as a conversational turn and, followed by a question, as that question.
import { describe, expect, it } from 'vitest';
import { CONVERSATIONAL_KINDS } from '../../src/answer/conversation/catalogue.js';
import { recogniseTurn } from '../../src/answer/conversation/recognise.js';
import { messageWords } from '../../src/answer/conversation/tokens.js';
import { followedBy, KINDS } from './kinds.js';

describe('conversational catalogue', () => {
  for (const entry of CONVERSATIONAL_KINDS) {
    describe(entry.kind, () => {
      it('has its reason and both languages', () => {
        expect(entry.why.length).toBeGreaterThan(20);
        expect(entry.patterns.fr.length).toBeGreaterThan(0);
        expect(entry.patterns.en.length).toBeGreaterThan(0);
        expect(entry.examples.recognised.length).toBeGreaterThan(0);
        expect(entry.examples.notRecognised.length).toBeGreaterThan(0);
      });

      it.each(entry.examples.recognised)('recognises %j', (message) => {
        const reading = recogniseTurn(message);
        expect(reading).toMatchObject({ type: 'smalltalk', kind: entry.kind });
      });

      it.each(entry.examples.notRecognised)('does not take %j for one', (message) => {
        const reading = recogniseTurn(message);
        expect(reading.type === 'smalltalk' && reading.kind === entry.kind).toBe(false);
      });

      it('replies in each language, without a URL unless one is configured', () => {
        for (const language of ['fr', 'en'] as const) {
          const plain = entry.reply[language]({ examples: false });
          expect(plain.length).toBeGreaterThan(10);
          expect(plain).not.toMatch(/https?:/);
          expect(entry.reply[language]({ examples: false, contactUrl: 'https://example.org/contact' }).length).toBeGreaterThan(10);
        }
      });
    });
  }
});

// Each kind in both languages, alone and followed by a question: alone it is a conversational turn in
// that language; followed by a question, the question is what remains to answer.
const QUESTION = { fr: 'Quand l’OIM a-t-elle été créée ?', en: 'When was IOM founded?' };

describe('each kind in French and English, with and without a following question', () => {
  for (const [kind, texts] of KINDS) {
    for (const language of ['fr', 'en'] as const) {
      it(`${kind} (${language}) alone is a conversational turn in that language`, () => {
        const reading = recogniseTurn(texts[language]);
        expect(reading).toMatchObject({ type: 'smalltalk', kind });
        // The language of the wording is a guess only a phrase of one language gives ("OK" is both).
        if (reading.type === 'smalltalk' && reading.language) expect(reading.language).toBe(language);
      });

      it(`${kind} (${language}) followed by a question leaves the question to answer`, () => {
        const reading = recogniseTurn(followedBy(texts[language], QUESTION[language]));
        // Its words are the question's own, as the follow-ups read them (the greeting's left out).
        const words = messageWords(QUESTION[language]).text;
        expect(reading).toEqual({ type: 'question', question: QUESTION[language], words, opener: kind });
      });
    }
  }

  it('strips a closing thanks, and keeps a question that only contains such words', () => {
    expect(recogniseTurn('Quand l’OIM a-t-elle été créée ? Merci !')).toEqual({
      type: 'question',
      question: 'Quand l’OIM a-t-elle été créée ?',
      words: "quand l'oim a-t-elle ete creee",
      opener: null,
    });
    expect(recogniseTurn('Thanks to whom was IOM founded?')).toEqual({
      type: 'question',
      question: 'Thanks to whom was IOM founded?',
      words: 'thanks to whom was iom founded',
      opener: null,
    });
  });

  it('answers the last kind of a run of openers ("Merci, au revoir")', () => {
    expect(recogniseTurn('Merci, au revoir !')).toMatchObject({ type: 'smalltalk', kind: 'goodbye', opener: 'thanks' });
    expect(recogniseTurn('Bonjour, qui êtes-vous ?')).toMatchObject({ type: 'smalltalk', kind: 'identity', opener: 'greeting' });
  });

  it('leaves messages without words to the question path', () => {
    expect(recogniseTurn('???')).toEqual({ type: 'question', question: '???', words: '', opener: null });
    expect(recogniseTurn('171 ?')).toEqual({ type: 'question', question: '171 ?', words: '171', opener: null });
  });
});
