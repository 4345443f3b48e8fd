// memoByText keeps what a pure function of a text gave, within a bound on the characters it holds.
import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/lib/memo.js';
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

  it('leaves sameText answering as before', () => {
    expect(sameText('  L’Organisation  Internationale\n pour les MIGRATIONS ')).toBe("l'organisation internationale pour les migrations");
    expect(sameText('Élan')).toBe(sameText('elan'));
  });
});
