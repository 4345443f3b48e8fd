// What kind of answer a question asks for (src/answer/questionType.ts).
import { describe, expect, it } from 'vitest';
import { asksForAction, expectedValue, holdsExpected } from '../../src/retrieve/questionType.js';

describe('question type', () => {
  it('recognises name questions in both languages, accents or not', () => {
    for (const q of [
      'What is the name of the head of the agency?',
      "What's the agency called?",
      'Quel est le nom du programme ?',
      'Comment s’appelle le plan ?',
      'quel est le nom de la directrice',
    ])
      expect(expectedValue(q), q).toBe('name');
    // "au nom de" is "on behalf of", not a question about a name.
    expect(expectedValue('Que fait l’agence au nom de ses membres ?')).toBe('any');
    // Numbers and years take precedence: "the number of" asks for a count.
    expect(expectedValue('What is the number of member states named in the report?')).toBe('count');
  });

  it('takes capitalised words in a row or a spelt-out acronym as a name, not a role written in lower case', () => {
    expect(holdsExpected('La directrice est Jane Doe-Martin depuis peu.', 'name')).toBe(true);
    expect(holdsExpected('Elle relève des Nations Unies.', 'name')).toBe(true);
    expect(holdsExpected('Le Haut-Commissariat pour les réfugiés (HCR) coordonne.', 'name')).toBe(true);
    expect(holdsExpected('- Directrice générale adjointe chargée des opérations', 'name')).toBe(false);
    expect(holdsExpected("L'agence compte 175 membres.", 'name')).toBe(false);
  });

  it('tells a request to act for the visitor from a question about how to do it', () => {
    for (const q of [
      'Book me an appointment at the medical centre next Tuesday.',
      'Please charge 50 euros to my card.',
      'Envoyez ma candidature pour le poste de chauffeur.',
      'Inscris-moi à la lettre d’information.',
      "S'il vous plaît, réservez une place.",
    ])
      expect(asksForAction(q), q).toBe(true);
    for (const q of [
      'Can I send my CV by email?',
      'How do I apply for a job?',
      'Comment postuler ?',
      'Où envoyer ma candidature ?',
      'Sending money home: what does IOM do?',
    ])
      expect(asksForAction(q), q).toBe(false);
  });
});
