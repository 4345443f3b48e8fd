// The chosen sentences made whole (src/answer/quotedLists.ts): a question the page asks is quoted
// with the line after it, its answer. Invented sentences.
import { describe, expect, it } from 'vitest';
import { withFollowingAnswers } from '../../src/answer/quotedLists.js';
import type { Unit } from '../../src/answer/units.js';

const unit = (text: string, position: number, passage = 0): Unit => ({ text, passage, position, isItem: false, list: null });

describe('a question line and its answer', () => {
  const asked = unit('Comment une guilde devient-elle membre du réseau ?', 0);
  const answer = unit('La guilde écrit au bureau du réseau, qui vote son admission.', 1);
  const said = unit('Le réseau compte 41 guildes.', 2);
  const after = unit('Il se réunit chaque printemps.', 3);
  const all = [asked, answer, said, after];

  it.each([
    ['a question line brings the line after it', [asked], [asked, answer]],
    ['a statement brings nothing', [said], [said]],
    ['an answer chosen already is not added twice', [asked, answer], [asked, answer]],
  ])('%s', (_, chosen, quoted) => {
    expect(withFollowingAnswers(chosen, all)).toEqual(quoted);
  });

  it('takes the answer from the same passage only', () => {
    const elsewhere = unit('Une autre page, une autre ligne.', 1, 1);
    expect(withFollowingAnswers([asked], [asked, elsewhere])).toEqual([asked]);
  });
});
