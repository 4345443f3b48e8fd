// A follow-up naming an item of the previous answer by its rank (src/answer/ordinalReference.ts),
// over answers written for this test.
import { describe, expect, it } from 'vitest';
import type { PriorTurn } from '../../src/answer/history.js';
import { withOrdinalResolved } from '../../src/answer/ordinalReference.js';

const LIST_ANSWER = [
  "Voici ce qu'indiquent les documents de l'AES :",
  "L'AES poursuit trois buts : [1]",
  '- Conserver les graines : les variétés anciennes sont gardées en chambre froide. [1]',
  '- Former les agriculteurs : des stages ont lieu chaque printemps. [1]',
  '- Publier le catalogue [1]',
].join('\n');
const ONE_ITEM = "Voici ce qu'indiquent les documents de l'AES :\n- Former les agriculteurs : des stages ont lieu chaque printemps. [1]";

const turn = (content: string, verified = true): PriorTurn => ({ role: 'assistant', content, verified });
const asked: PriorTurn = { role: 'user', content: "Quels sont les buts de l'AES ?", verified: false };

describe('a rank that names an item of the previous answer', () => {
  it.each([
    ['Et le premier ?', 'Et Conserver les graines ?'],
    ['tell me more about the second one', 'tell me more about Former les agriculteurs'],
    ['et la dernière ?', 'et Publier le catalogue ?'],
    ['And the third?', 'And Publier le catalogue?'],
  ])('reads "%s" as "%s" (the label before the colon, or the item whole)', (message, resolved) => {
    expect(withOrdinalResolved(message, [asked, turn(LIST_ANSWER)])).toBe(resolved);
  });

  it.each([
    ['a rank past the list', 'et le cinquième ?', [asked, turn(LIST_ANSWER)]],
    ['a rank followed by what it ranks: a question of its own', 'Quel est le premier État membre ?', [asked, turn(LIST_ANSWER)]],
    ['an answer the server did not sign (its text could be anything)', 'Et le premier ?', [asked, turn(LIST_ANSWER, false)]],
    ['no answer quoting a list', 'Et le premier ?', [asked, turn(ONE_ITEM)]],
  ] as const)('leaves the message as it is for %s', (_, message, history) => {
    expect(withOrdinalResolved(message, history)).toBeNull();
  });

  it('counts in the latest answer that quotes a list, past a single item quoted since', () => {
    expect(withOrdinalResolved('and the last one?', [asked, turn(LIST_ANSWER), asked, turn(ONE_ITEM)])).toBe('and Publier le catalogue?');
  });
});
