// Links that open the live page at the quoted sentence (src/answer/fragment.ts), per the URL
// Fragment Text Directives spec: percent-encoded terms, "-", "," and "&" escaped, long quotes as
// textStart,textEnd, an existing fragment kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTextDirective, textFragmentLink } from '../../src/answer/fragment.js';

const directiveOf = (link: string) => link.split(':~:text=')[1];

describe('text fragment links', () => {
  it('highlights a short quote whole, percent-encoded', () => {
    const link = textFragmentLink('https://example.org/fr/qui', 'L’OIM compte 175 États Membres.');
    expect(link).toBe('https://example.org/fr/qui#:~:text=L%E2%80%99OIM%20compte%20175%20%C3%89tats%20Membres.');
  });

  it('escapes the characters the directive syntax reserves', () => {
    const directive = directiveOf(textFragmentLink('https://example.org/p', 'Aide-mémoire, santé & droits'));
    expect(directive).toBe('Aide%2Dm%C3%A9moire%2C%20sant%C3%A9%20%26%20droits');
  });

  it('links a long sentence by its first and last words, without the list bullet', () => {
    const quote =
      '- Trouver des solutions aux déplacements : pour atteindre ce but, l’organisation réduit les risques auxquels les communautés sont exposées.';
    const [start, end, ...rest] = directiveOf(textFragmentLink('https://example.org/p', quote)).split(',');
    expect(rest).toEqual([]);
    expect(decodeURIComponent(start)).toBe('Trouver des solutions aux déplacements');
    expect(decodeURIComponent(end)).toBe('auxquels les communautés sont exposées.');
  });

  it('keeps a fragment the URL already has, and replaces a text directive it had', () => {
    expect(textFragmentLink('https://example.org/p#structure', 'Bureau du Chef de Cabinet')).toBe(
      'https://example.org/p#structure:~:text=Bureau%20du%20Chef%20de%20Cabinet',
    );
    expect(textFragmentLink('https://example.org/p#:~:text=old', 'new')).toBe('https://example.org/p#:~:text=new');
  });

  it('leaves the URL alone when there is nothing to highlight', () => {
    expect(textFragmentLink('https://example.org/p', ' - ')).toBe('https://example.org/p');
  });

  it('always decodes back to the quote’s words, with at most one raw comma and no raw "-" or "&"', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (quote) => {
        const directive = directiveOf(textFragmentLink('https://example.org/p', `x ${quote}`));
        expect(directive).not.toMatch(/[-&\s]/);
        const terms = directive.split(',');
        expect(terms.length).toBeLessThanOrEqual(2);
        const visible = `x ${quote}`.replace(/\s+/g, ' ').trim().split(' ');
        expect(decodeURIComponent(terms[0]).split(' ')).toEqual(visible.slice(0, decodeURIComponent(terms[0]).split(' ').length));
      }),
    );
    expect(encodeTextDirective('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
});
