// The year a question gives as its time frame (src/retrieve/period.ts): after a frame word, and as a
// noun's complement, not a count of that many (invented questions).
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../src/retrieve/period.js';

describe('a year as a noun’s complement', () => {
  it.each<[string, number | null]>([
    ["Combien de votants à l'élection de 2019 du conseil de la guilde ?", 2019],
    ['Qui a gagné la foire de 2021 ?', 2021],
    ['Who won the seed fair of 2021?', 2021],
    ['La guilde a-t-elle aidé plus de 2000 producteurs ?', null],
    ['La guilde a-t-elle un budget de 2000 euros ?', null],
    ['Did the guild help more than 2000 growers?', null],
    ['Is there a fund of 2000 dollars?', null],
    ['Combien de producteurs en 2020 ?', 2020],
  ])('"%s" → %s', (question, year) => {
    expect(periodOf(question)).toBe(year);
  });
});

describe('a year named as such after a frame word', () => {
  it.each<[string, number | null]>([
    ["Combien de sachets la guilde a-t-elle vendus au cours de l'année 2018 ?", 2018],
    ['Combien de sachets durant l’année 2017 ?', 2017],
    ['How many seed bags did the guild sell for the year 2018?', 2018],
    ['How many seed bags were sold in the year 2000?', 2000],
    // "l'année" alone, no frame before it: no period read.
    ["Quelle a été l'année 2018 de la guilde ?", null],
  ])('"%s" → %s', (question, year) => {
    expect(periodOf(question)).toBe(year);
  });
});
