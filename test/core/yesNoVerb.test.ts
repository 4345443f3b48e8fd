// The verb a yes/no question asks about (src/retrieve/yesNo.ts yesNoVerb), after a catenative verb
// (CATENATIVE_VERBS): each has a row, a question where the bare verb after it is the act and one
// where it is the act itself. Invented questions.
import { describe, expect, it } from 'vitest';
import { CATENATIVE_VERBS, yesNoVerb } from '../../src/retrieve/yesNo.js';

const ROWS: Record<string, { followed: [question: string, act: string]; alone: [question: string, act: string] }> = {
  help: {
    followed: ['Does the agency help issue birth certificates?', 'issue'],
    alone: ['Does the agency help stranded travellers?', 'help'],
  },
};

describe('catenative verbs in yes/no questions', () => {
  it('has a row here and a reason for every verb', () => {
    expect(CATENATIVE_VERBS.map((c) => c.verb).sort()).toEqual(Object.keys(ROWS).sort());
    for (const c of CATENATIVE_VERBS) expect(c.why.length).toBeGreaterThan(20);
  });

  for (const [verb, row] of Object.entries(ROWS)) {
    it(`${verb}: the bare verb after it is the act, and it is the act alone`, () => {
      expect(yesNoVerb(row.followed[0], 'en')?.verb).toBe(row.followed[1]);
      expect(yesNoVerb(row.alone[0], 'en')?.verb).toBe(row.alone[1]);
    });
  }

  it('reads "help to" as "help"', () => {
    expect(yesNoVerb('Can the agency help to rebuild schools?', 'en')?.verb).toBe('rebuild');
  });
});

describe('light verbs the stop-word list holds', () => {
  it.each([
    ['Do the agency’s interns get free seeds?', 'get', ['free', 'seeds']],
    ['Does the agency give farmers a catalogue?', 'give', ['farmers', 'a', 'catalogue']],
  ] as const)('"%s" asks about what follows %s', (question, verb, after) => {
    expect(yesNoVerb(question, 'en')).toEqual({ verb, after });
  });

  it('still passes over other stop words to the verb', () => {
    expect(yesNoVerb('Does the agency also publish a catalogue?', 'en')?.verb).toBe('publish');
  });
});
