// Names spelled out in a question, read as the corpus's acronym (src/retrieve/spelledOut.ts).
import { describe, expect, it } from 'vitest';
import { collapseSpelledOutNames } from '../../src/retrieve/spelledOut.js';

describe('collapseSpelledOutNames', () => {
  it('replaces capitalised words whose initials are an acronym, in either order, connectors included', () => {
    expect(collapseSpelledOutNames('What does the World Health Organization do?', ['OMS', 'WHO'])).toBe('What does the WHO do?');
    expect(collapseSpelledOutNames('Goals of the International Organization for Migration?', ['OIM'])).toBe('Goals of the OIM?');
    expect(collapseSpelledOutNames("Rôle de l'Agence Nationale de la Recherche", ['ANR'])).toBe("Rôle de l'ANR");
  });

  it('leaves other capitalised words, single words and unknown initials alone', () => {
    const acronyms = ['OIM'];
    for (const text of [
      'What does IOM do?',
      'Is IOM part of the United Nations?',
      'Organisation internationale pour les migrations',
      'Who is Ivan Orlov Mendez Junior?',
    ])
      expect(collapseSpelledOutNames(text, acronyms)).toBe(text);
    expect(collapseSpelledOutNames('International Organization for Migration', [])).toBe('International Organization for Migration');
  });
});
