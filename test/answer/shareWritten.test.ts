// The ways a sentence writes a share (src/answer/shareWritten.ts): each form's example writes one, its close sentence none.
import { describe, expect, it } from 'vitest';
import { SHARE_FORMS, writesShare } from '../../src/answer/shareWritten.js';

describe('share forms', () => {
  it.each(SHARE_FORMS.map((f) => [f.id, f] as const))('%s: its example writes a share, the close sentence none', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(form.pattern.test(form.example), form.example).toBe(true);
    expect(writesShare(form.other), form.other).toBe(false);
  });

  it.each([
    ["L'appel n'a été financé qu'à 38 %.", true],
    ['Plus de la moitié de ce montant va aux abris.', true],
    ['Un migrant sur trois est une femme.', true],
    ["L'appel demande 3,4 milliards de dollars pour 47 millions de personnes.", false],
    ['In 2023, 71,400 migrants returned home.', false],
    ['More than 1,200 agencies in 40 countries have joined.', false],
  ] as const)('%s → %s', (sentence, share) => {
    expect(writesShare(sentence)).toBe(share);
  });
});
