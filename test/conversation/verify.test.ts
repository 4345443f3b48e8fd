// Suggestions are checked before they are offered, once per loaded index, within a budget per turn;
// the replies to conversational turns carry checked example questions and never an invented URL.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/conversation/candidates.js';
import { Conversation, EXAMPLES_OFFERED } from '../../src/answer/conversation/conversation.js';
import { CorpusOutline } from '../../src/answer/conversation/outline.js';
import { SuggestionVerifier } from '../../src/answer/conversation/verify.js';
import type { Language } from '../../src/types.js';

const candidates = (...questions: string[]): Candidate[] => questions.map((question) => ({ question, origin: 'outline', source: 'a.md' }));

/** A fake assistant that answers the questions it is given and counts how often it is asked. */
function fakeAnswerer(answers: Set<string>) {
  const asked: string[] = [];
  const answerable = async (question: string, _language: Language) => {
    asked.push(question);
    return answers.has(question);
  };
  return { asked, answerable };
}

describe('SuggestionVerifier', () => {
  it('offers only answerable candidates, in order, and asks each once per index', async () => {
    const fake = fakeAnswerer(new Set(['b', 'd', 'e']));
    const verifier = new SuggestionVerifier(fake.answerable);
    expect(await verifier.pick(candidates('a', 'b', 'c', 'd', 'e'), 'fr', 2, 10)).toEqual(['b', 'd']);
    expect(await verifier.pick(candidates('a', 'b', 'c', 'd', 'e'), 'fr', 3, 10)).toEqual(['b', 'd', 'e']);
    expect(fake.asked).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await verifier.wasVerified('b', 'fr')).toBe(true);
    expect(await verifier.wasVerified('a', 'fr')).toBe(false);
    expect(await verifier.wasVerified('b', 'en')).toBe(false);
  });

  it('asks at most `budget` new candidates in one turn', async () => {
    const fake = fakeAnswerer(new Set(['z']));
    const verifier = new SuggestionVerifier(fake.answerable);
    expect(await verifier.pick(candidates('a', 'b', 'c', 'z'), 'fr', 3, 2)).toEqual([]);
    expect(fake.asked).toEqual(['a', 'b']);
    expect(await verifier.pick(candidates('a', 'b', 'c', 'z'), 'fr', 3, 2)).toEqual(['z']);
  });

  it('does not remember a check that failed, so it is tried again', async () => {
    let calls = 0;
    const verifier = new SuggestionVerifier(async () => {
      calls++;
      if (calls === 1) throw new Error('embedder down');
      return true;
    });
    expect(await verifier.isAnswerable('q', 'fr')).toBe(false);
    expect(await verifier.isAnswerable('q', 'fr')).toBe(true);
  });
});

const outline = new CorpusOutline([
  { source: 'a.md', title: 'Jardins', heading: 'Compostage', text: 'Le compost est retourné chaque mois.', lines: [1, 1], hash: 'a1' },
  { source: 'a.md', title: 'Jardins', heading: 'Tarifs', text: 'Une parcelle coûte dix euros par an.', lines: [2, 2], hash: 'a2' },
  { source: 'b.md', title: 'Bénévolat', heading: 'Arrosage', text: 'Les bénévoles arrosent en été.', lines: [1, 1], hash: 'b1' },
  { source: 'b.md', title: 'Bénévolat', heading: 'Outils', text: 'Les outils sont prêtés.', lines: [2, 2], hash: 'b2' },
  { source: 'c.md', title: 'Semis', heading: 'Printemps', text: 'On sème en avril.', lines: [1, 1], hash: 'c1' },
]);

describe('Conversation replies', () => {
  it('greets with checked example questions, found once per language', async () => {
    const answers = new Set(['Parlez-moi de compostage', 'Parlez-moi de tarifs', 'Parlez-moi de printemps', 'Parlez-moi de bénévolat']);
    const fake = fakeAnswerer(answers);
    const conversation = new Conversation({ outline, answerable: fake.answerable });
    const reply = await conversation.reply('greeting', null, 'fr');
    expect(reply.suggestions.length).toBe(EXAMPLES_OFFERED);
    expect(reply.suggestions.every((q) => answers.has(q))).toBe(true);
    // One document after another: the first two examples come from different pages.
    expect(reply.suggestions.slice(0, 2)).toEqual(['Parlez-moi de bénévolat', 'Parlez-moi de compostage']);
    expect(reply.answer).toMatch(/^Bonjour !.*:$/s);
    const asked = fake.asked.length;
    expect((await conversation.reply('help', null, 'fr')).suggestions).toEqual(reply.suggestions);
    expect(fake.asked.length).toBe(asked);
  });

  it('says so rather than offering examples when none is answerable', async () => {
    const conversation = new Conversation({ outline, answerable: async () => false });
    const reply = await conversation.reply('greeting', null, 'en');
    expect(reply.suggestions).toEqual([]);
    expect(reply.answer).toBe(
      'Hello! I answer questions from the IOM documents I have, and show the passages I rely on. Ask me your question.',
    );
  });

  it('points to CONTACT_URL when configured, and never invents one', async () => {
    const without = await new Conversation({ outline, answerable: async () => true }).reply('contact', null, 'fr');
    expect(without.answer).not.toMatch(/https?:|www\./);
    expect(without.contactUrl).toBeUndefined();
    const url = 'https://example.org/nous-joindre';
    const withUrl = await new Conversation({ outline, answerable: async () => true, contactUrl: url }).reply('contact', 'greeting', 'en');
    expect(withUrl.answer).toMatch(/^Hello! I am an automated assistant/);
    expect(withUrl.answer).toContain(url);
    expect(withUrl.contactUrl).toBe(url);
  });

  it('offers no examples without an outline', async () => {
    const conversation = new Conversation({ outline: null, answerable: async () => true });
    expect((await conversation.reply('help', null, 'fr')).suggestions).toEqual([]);
  });
});
