// memoByText keeps what a pure function of a text gave, within a bound on the characters it holds.
import { describe, expect, it } from 'vitest';
import { ALL_MEMOS_CHARS, memoByText, memoChars } from '../../src/lib/memo.js';
import { sameText } from '../../src/text/analyzer.js';

describe('memoByText', () => {
  it('computes a text once while it is kept, and again once the bound pushed it out', () => {
    const calls: string[] = [];
    const length = memoByText((text) => {
      calls.push(text);
      return text.length;
    }, 10);
    expect([length('abcd'), length('abcd')]).toEqual([4, 4]);
    expect(calls).toEqual(['abcd']);
    length('efghij'); // 4 + 6 characters: both kept
    length('klm'); // over 10: the least recently used ('abcd') goes
    length('abcd');
    expect(calls).toEqual(['abcd', 'efghij', 'klm', 'abcd']);
    // Longer than the whole memo: computed each time, nothing evicted for it.
    length('x'.repeat(20));
    length('x'.repeat(20));
    expect(calls.filter((c) => c.length === 20)).toHaveLength(2);
  });

  it('keeps all memos together within ALL_MEMOS_CHARS, the memo holding the most giving up its oldest texts first', () => {
    const calls: string[] = [];
    const small = memoByText((text) => {
      calls.push(text);
      return text.length;
    });
    small('a short text');
    // Six memos of two long texts each: every memo within its own bound, all of them past the budget.
    const long = Math.floor(ALL_MEMOS_CHARS / 10);
    const memos = Array.from({ length: 6 }, () => memoByText((text) => text.length));
    for (const [i, memo] of memos.entries()) for (const j of [0, 1]) expect(memo(`${i}${j}`.padEnd(long, 'x'))).toBe(long);
    expect(memoChars()).toBeLessThanOrEqual(ALL_MEMOS_CHARS);
    expect(memoChars()).toBeGreaterThan(ALL_MEMOS_CHARS - 2 * long);
    expect(small('a short text')).toBe(12);
    expect(calls).toEqual(['a short text']);
  });

  it('leaves sameText answering as before', () => {
    expect(sameText('  L’Organisation  Internationale\n pour les MIGRATIONS ')).toBe("l'organisation internationale pour les migrations");
    expect(sameText('Élan')).toBe(sameText('elan'));
  });
});
