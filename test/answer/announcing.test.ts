// Sentences announcing what their page explains (src/answer/announcing.ts), and selection ranking
// them below the sentences that tell (select.ts).
import { describe, expect, it } from 'vitest';
import { ANNOUNCING_FORMS, announces } from '../../src/answer/announcing.js';

describe('sentences announcing what a page explains', () => {
  it.each(ANNOUNCING_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close sentence', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(announces(form.example), form.example).toBe(true);
    expect(announces(form.other), form.other).toBe(false);
  });

  it.each([
    ['This report sets out what the agency spent in 2001.', true],
    ['Le présent rapport expose les dépenses de l’agence.', true],
    ['Learn more about the seed banks.', true],
    ['The report explains that spending rose by 4%.', false],
    ['Seeds are lent for one season; see the catalogue.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(announces(sentence)).toBe(expected);
  });
});
