// The verbs whose sense a question's frame fixes (src/retrieve/frameSenses.ts): each rule with a
// question it reads and a neighbouring one it must leave alone (the verb in another sense or
// another frame). Then through a Vocabulary: the framed verb stands for its sense's verbs and
// their translations, not for the dictionary's other senses. Invented questions and passages.
import { describe, expect, it } from 'vitest';
import { englishStem } from '../../src/text/analyzer.js';
import { FRAME_SENSES, framedSenses } from '../../src/retrieve/frameSenses.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

interface Row {
  /** A question in the frame, and the verb (as written) that must be read in the rule's sense. */
  read: [question: string, verb: string];
  /** A question writing the verb in another sense or frame: no verb of it is read. */
  apart: string;
}

const ROWS: Record<string, Row> = {
  'who-runs': {
    read: ['Who runs the shelter in the port city?', 'runs'],
    apart: 'How long does the training course run?',
  },
  'run-by': {
    read: ['Is the helpline run by volunteers?', 'run'],
    apart: 'Do families run away from the floods?',
  },
  'charge-fee': {
    read: ['Do the training centres charge students any fees?', 'charge'],
    apart: 'Who is in charge of the fee waivers?',
  },
  'qui-s-occupe': {
    read: ['Quel service s’occupe des bourses d’études ?', 'occupe'],
    apart: 'Les familles occupent-elles encore les abris ?',
  },
};

describe('verbs whose sense the frame fixes', () => {
  it('has a row here and a reason for every rule', () => {
    expect(FRAME_SENSES.map((r) => r.id).sort()).toEqual(Object.keys(ROWS).sort());
    for (const r of FRAME_SENSES) expect(r.why.length).toBeGreaterThan(20);
  });

  for (const rule of FRAME_SENSES) {
    it(`${rule.id}: reads its frame, not the verb elsewhere`, () => {
      const row = ROWS[rule.id];
      expect(framedSenses(row.read[0], rule.language).get(row.read[1])).toEqual(rule.senses);
      expect(framedSenses(row.apart, rule.language).size).toBe(0);
    });
  }

  it('leaves "who runs" of an acronym alone: a leader question asks that organisation’s head', () => {
    expect(framedSenses('Who runs UNHCR?', 'en').size).toBe(0);
    expect(framedSenses('Who runs UNHCR’s camp?', 'en').size).toBe(1);
  });

  it('reads a frame only in its own language', () => {
    expect(framedSenses('Who runs the shelter?', 'fr').size).toBe(0);
  });
});

describe('a framed verb through a vocabulary', () => {
  const PASSAGES = [
    { text: 'Le centre d’accueil de la ville portuaire est géré par une association locale depuis 2019.', language: 'fr' },
    { text: 'Les bénévoles courent chaque année un marathon pour collecter des fonds.', language: 'fr' },
    { text: 'The shelter was opened in 2019 and can host two hundred people.', language: 'en' },
  ];

  it('stands for the sense’s verbs and their translations, not for the other senses', async () => {
    const { vocabulary } = await memoryRetriever(PASSAGES, {
      entries: { [englishStem('run')]: ['courir'], [englishStem('manage')]: ['gérer'], [englishStem('lead')]: ['diriger', 'mener'] },
    });
    const translations = vocabulary.translations('Who runs the shelter in the port city?', 'en');
    const words = (translations.get('runs') ?? []).map((f) => f.word);
    expect(words).toContain('gérer');
    expect(words).toContain('manage');
    expect(words).not.toContain('courir');
    // The sense verbs the question does not write get no entry of their own.
    expect(translations.has('manage')).toBe(false);
  });

  it('leaves the verb to the dictionary outside the frame', async () => {
    const { vocabulary } = await memoryRetriever(PASSAGES, { entries: { [englishStem('run')]: ['courir'] } });
    const words = (vocabulary.translations('Do volunteers run every year?', 'en').get('run') ?? []).map((f) => f.word);
    expect(words).not.toContain('gérer');
  });
});
