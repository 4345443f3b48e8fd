// Why-questions and names written in capitals (src/retrieve/reasonAndName.ts): each rule with a
// matched and a not-matched example (invented sentences).
import { describe, expect, it } from 'vitest';
import {
  asksReason,
  CAUSE_STATED,
  capitalisedNameWords,
  REASON_QUESTION,
  statesCause,
  titleNamesIt,
} from '../../src/retrieve/reasonAndName.js';

const RULES = [
  {
    rule: REASON_QUESTION,
    test: asksReason,
    matched: ['Why did the agency open an office in Lima?', 'Pourquoi le bureau a-t-il fermé ?', 'pour quelle raison le plan change-t-il'],
    notMatched: ['When did the agency open an office in Lima?', 'Comment le bureau a-t-il fermé ?', 'Who asked why?'],
  },
  {
    rule: CAUSE_STATED,
    test: statesCause,
    matched: [
      'Le plan a été adopté après une série d’inondations.',
      'The fund was set up following the 2010 earthquake.',
      'Le centre a ouvert en réponse aux demandes des communes.',
      'It closed because funding ended.',
      'Le bureau a déménagé à la suite d’un incendie.',
    ],
    notMatched: ['Le plan a été adopté en 2012 par le conseil.', 'The fund pays for schooling.', 'Elle prend la car pour Lyon.'],
  },
];

describe('reading why-questions', () => {
  for (const { rule, test, matched, notMatched } of RULES)
    it(`${rule.id}: ${rule.why}`, () => {
      for (const text of matched) expect(test(text), text).toBe(true);
      for (const text of notMatched) expect(test(text), text).toBe(false);
    });
});

describe('names written in capitals', () => {
  it('takes the words of capitalised names after the first word, not the sentence capital alone', () => {
    expect(capitalisedNameWords('When did the Flood Relief Fund start?')).toEqual(['flood', 'relief', 'fund']);
    expect(capitalisedNameWords('Quand le Fonds Secours a-t-il commencé ?')).toEqual(['fonds', 'secours']);
    expect(capitalisedNameWords('Where Is the office?')).toEqual([]);
    expect(capitalisedNameWords('What does the agency do in Peru?')).toEqual([]);
  });

  it('takes a title writing two of three words of a name as its page, not one of three or one of one', () => {
    expect(titleNamesIt(2, 3)).toBe(true);
    expect(titleNamesIt(2, 2)).toBe(true);
    expect(titleNamesIt(1, 3)).toBe(false);
    expect(titleNamesIt(1, 1)).toBe(false);
  });
});
