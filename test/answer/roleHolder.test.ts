// Who holds a role (src/answer/roleHolder.ts): a sentence answers with a name the question does not write.
import { describe, expect, it } from 'vitest';
import { namesSomeoneElse } from '../../src/answer/roleHolder.js';

describe('names someone else', () => {
  it.each([
    ['La présidente de la guilde, Oda Vintersol, est en fonction depuis 2019.', 'Qui est la présidente de la guilde ?', true],
    ['Guild President Oda Vintersol opened the fair.', 'Who is the Guild President?', true],
    ['- Présidente', 'Qui est la présidente de la guilde ?', false],
    ['The Guild President chairs the board.', 'Who is the Guild President?', false],
    ['The guild president chairs the board.', 'Who is the guild president?', false],
  ])('%s (asked: %s) → %s', (text, question, expected) => {
    expect(namesSomeoneElse(text, question)).toBe(expected);
  });
});
