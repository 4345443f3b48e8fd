import { describe, expect, it } from 'vitest';
import { safeHttpUrl, tokenizeAnswer } from '../../src/widget/markers.js';

const known = new Set([1, 2, 3]);

describe('tokenizeAnswer', () => {
  it('turns markers naming given citations into chips between text runs', () => {
    expect(tokenizeAnswer('IOM was founded in 1951 [1]. It has 175 members [2][3].', known)).toEqual([
      { kind: 'text', text: 'IOM was founded in 1951 ' },
      { kind: 'chip', id: 1 },
      { kind: 'text', text: '. It has 175 members ' },
      { kind: 'chip', id: 2 },
      { kind: 'chip', id: 3 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('splits grouped markers into one chip per citation', () => {
    expect(tokenizeAnswer('Both [1, 3]', known)).toEqual([
      { kind: 'text', text: 'Both ' },
      { kind: 'chip', id: 1 },
      { kind: 'chip', id: 3 },
    ]);
  });

  it('leaves markers naming unknown citations as text', () => {
    expect(tokenizeAnswer('See [4] and [1, 9] but [2].', known)).toEqual([
      { kind: 'text', text: 'See [4] and [1, 9] but ' },
      { kind: 'chip', id: 2 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps markup in the answer as literal text, never as anything else', () => {
    const hostile = '<img src=x onerror=alert(1)> [1] <script>alert(2)</script> <a href="javascript:alert(3)">x</a>';
    const tokens = tokenizeAnswer(hostile, known);
    expect(tokens).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'chip', id: 1 },
      { kind: 'text', text: ' <script>alert(2)</script> <a href="javascript:alert(3)">x</a>' },
    ]);
  });

  it('does not treat a half-streamed marker as a chip yet', () => {
    expect(tokenizeAnswer('Founded in 1951 [', known)).toEqual([{ kind: 'text', text: 'Founded in 1951 [' }]);
    expect(tokenizeAnswer('Founded in 1951 [1', known)).toEqual([{ kind: 'text', text: 'Founded in 1951 [1' }]);
  });

  it('returns no tokens for an empty answer', () => {
    expect(tokenizeAnswer('', known)).toEqual([]);
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://www.iom.int/fr/qui-sommes-nous')).toBe('https://www.iom.int/fr/qui-sommes-nous');
    expect(safeHttpUrl('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//evil.example/x',
    '',
    undefined,
    42,
  ])('rejects %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
