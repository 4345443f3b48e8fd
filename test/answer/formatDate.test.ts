// formatDate keeps one Intl.DateTimeFormat per language and precision: the dates it writes must be
// what a formatter made for each call writes, whatever was formatted before.
import { describe, expect, it } from 'vitest';
import { asOf, formatDate } from '../../src/answer/messages.js';

describe('formatDate', () => {
  it('writes a day, a month or a year alone, in each language, as before and call after call', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2024-11-18', 'en')).toBe('18 November 2024');
      expect(formatDate('2024-11-18', 'fr')).toBe('18 novembre 2024');
      expect(formatDate('2016-03', 'en')).toBe('March 2016');
      expect(formatDate('2016-03', 'fr')).toBe('mars 2016');
      expect(formatDate('2019', 'fr')).toBe('2019');
      expect(formatDate('2023-01-01', 'en')).toBe('1 January 2023');
    }
    expect(asOf('2022-12-31', 'fr')).toBe('(au 31 décembre 2022)');
    expect(asOf('2022-12', 'en')).toBe('(as of December 2022)');
  });
});
