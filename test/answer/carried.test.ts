import { getCountries, Metadata } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { carriedItems, MIN_PHONE_DIGITS } from '../../src/answer/carried.js';

describe('phone numbers an answer carries', () => {
  it('no number the library accepts is shorter than the stretches skipped without asking it', () => {
    // The metadata the library's default export (the one carried.ts uses) reads.
    const plans = new Metadata();
    const shortestNational = Math.min(
      ...getCountries().flatMap((country) => {
        plans.selectNumberingPlan(country);
        return plans.numberingPlan?.possibleLengths() ?? [];
      }),
    );
    // A one-digit country code and the shortest national number.
    expect(MIN_PHONE_DIGITS).toBeLessThanOrEqual(1 + shortestNational);
  });

  it('finds the number and not the count beside it', () => {
    const text = "L'OIM compte 175 États Membres ; appelez le +41 22 717 91 11 [1].";
    const phones = carriedItems(text).filter((item) => item.kind === 'phone');
    expect(phones.map((p) => [p.key, text.slice(p.start, p.end)])).toEqual([['phone:+41227179111', '+41 22 717 91 11']]);
  });
});
