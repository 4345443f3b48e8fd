// A word a text writes is a form of a question's word (inflected, or spelt otherwise by a letter),
// or another word built on its beginning (src/text/wordForms.ts): a table of both, each row a pair
// that stemming alone would take as one word.
import { describe, expect, it } from 'vitest';
import { beginAlike, inflectionBase, isFormOf } from '../../src/text/wordForms.js';

const FORMS: readonly (readonly [string, string])[] = [
  ['interns', 'Interns'],
  ['interns', 'intern'],
  ['returning', 'returns'],
  ['employees', 'employs'],
  ['organization', 'organisation'],
  ['states', 'State'],
  ['travaillent', 'travaille'],
  ['états', 'etat'],
];

const OTHER_WORDS: readonly (readonly [string, string])[] = [
  // The same stem (intern) or its beginning, another meaning.
  ['interns', 'internal'],
  ['interns', 'international'],
  ['age', 'agence'],
  ['coopère', 'coopération'],
];

describe('wordForms', () => {
  it.each(FORMS)('"%s" is written as "%s"', (asked, written) => {
    expect(isFormOf(asked, written)).toBe(true);
  });

  it.each(OTHER_WORDS)('"%s" is not "%s", which only begins like it', (asked, written) => {
    expect(beginAlike(asked, written)).toBe(true);
    expect(isFormOf(asked, written)).toBe(false);
  });

  it('removes one inflectional ending, keeping a base of three letters', () => {
    expect(inflectionBase('Internes')).toBe('intern');
    expect(inflectionBase('bus')).toBe('bus');
    expect(inflectionBase('élaborées')).toBe('elabor');
  });

  it('tells a translation spelt otherwise from a form by its beginning', () => {
    expect(beginAlike('email', 'courriel')).toBe(false);
    expect(beginAlike('car', 'care')).toBe(true);
  });
});
