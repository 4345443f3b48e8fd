// Questions that ask the same thing share a group key; different questions do not.
import { describe, expect, it } from 'vitest';
import { groupKey } from '../../src/insights/grouping.js';

describe('question grouping', () => {
  it.each([
    ['fr', 'Quels sont les objectifs de l’OIM ?', "quels sont les objectifs de l'oim"],
    ['fr', 'Quels sont les objectifs de l’OIM ?', 'Quel est l’objectif de l’OIM'],
    ['fr', 'Combien de pays membres ?', 'combien de PAYS membres'],
    ['en', "What are IOM's objectives?", 'IOM objectives'],
    ['en', 'Where are the offices?', 'where is the office'],
  ] as const)('%s: "%s" ~ "%s"', (lang, a, b) => {
    expect(groupKey(a, lang)).toBe(groupKey(b, lang));
  });

  it.each([
    ['fr', 'Quels sont les objectifs de l’OIM ?', 'Quel est le budget de l’OIM ?'],
    ['en', 'When was IOM founded?', 'Who leads IOM?'],
  ] as const)('%s: "%s" differs from "%s"', (lang, a, b) => {
    expect(groupKey(a, lang)).not.toBe(groupKey(b, lang));
  });

  it('groups a message of stop words by its normalised text', () => {
    expect(groupKey('Bonjour ?', 'fr')).toBe(groupKey('bonjour', 'fr'));
    expect(groupKey('Bonjour ?', 'fr')).not.toBe('');
  });
});
