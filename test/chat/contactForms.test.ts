// A contact asked (src/retrieve/contactForms.ts): each form with a question that has it and a
// neighbour that does not, in both languages (invented examples about a seed guild).
import { describe, expect, it } from 'vitest';
import { givesContact, givesContactBy, mediaAsked } from '../../src/retrieve/contactForms.js';
import { withoutFormWords } from '../../src/retrieve/questionForms.js';
import { expectedValue } from '../../src/retrieve/questionType.js';

describe('contact questions', () => {
  it.each([
    // the noun of the medium, both languages
    ['What is the phone number of the guild press desk?', ['phone', 'number'], 'How many phones does the guild press desk have?'],
    ['Quel est le numéro de téléphone de la guilde ?', ['numéro', 'téléphone'], 'Quel est le numéro de la revue de la guilde ?'],
    ['What is the email address of the seed library?', ['email', 'address'], 'Can I send my seed order by email?'],
    ["Quelle est l'adresse électronique de la grainothèque ?", ['adresse', 'électronique'], "Quelle est l'adresse de la grainothèque ?"],
    ['What is the email of the guild secretariat?', ['email'], 'Does the guild answer every email?'],
    // a verb of reaching with a medium, and a number one calls
    ['How can growers reach the guild by email?', ['reach', 'email'], 'How can growers reach the guild fairs?'],
    ['Comment joindre la guilde par téléphone ?', ['joindre', 'téléphone'], 'Les producteurs peuvent-ils joindre la guilde aux foires ?'],
    [
      'What number should I call to reach the seed desk?',
      ['number', 'call', 'reach'],
      'What number is printed on the seed packets growers call heirlooms?',
    ],
    ['How do I get in touch with the guild secretariat?', ['touch'], 'How do growers keep in touch with the guild?'],
    ['Comment contacter la guilde ?', ['contacter'], 'La guilde peut-elle contacter les producteurs ?'],
    ['Which phone number do growers call at the guild?', ['phone', 'number', 'call'], 'Which growers call the guild their home?'],
  ])('reads "%s" as a contact asked, its %j blanked; not "%s"', (asked, blanked, other) => {
    expect(expectedValue(asked)).toBe('contact');
    const left = withoutFormWords(asked);
    for (const word of blanked) expect(left).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'));
    expect(expectedValue(other)).not.toBe('contact');
    expect(withoutFormWords(other)).toBe(other);
  });

  it.each([
    ['Growers may call the guild desk on +33 4 55 01 02 03.', 'Growers may call the guild desk on weekdays.'],
    ['Write to seeds@guild.example.org for a catalogue.', 'Write to the guild for a catalogue.'],
    ['Standard : 04 55 01 02 03', 'Ouvert de 9 h à 17 h, 5 jours sur 7.'],
  ])('a line giving a contact: "%s", not "%s"', (giving, other) => {
    expect(givesContact(giving)).toBe(true);
    expect(givesContact(other)).toBe(false);
    // the test keeps no state between texts
    expect(givesContact(giving)).toBe(true);
  });
});

describe('a contact in the medium asked', () => {
  const phoneLine = 'Les producteurs peuvent joindre la guilde au +33 4 55 01 02 03.';
  const faxLine = 'Guilde des semences — fax : +33 4 55 01 02 99.';
  const mailLine = 'Écrivez à la grainothèque : graines@guilde.example.org.';
  it.each([
    // a fax needs a number labelled as one: the desk's telephone is no fax
    ['What is the fax number of the guild?', faxLine, phoneLine],
    ['Quel est le numéro de téléphone de la guilde ?', phoneLine, mailLine],
    ["Quelle est l'adresse électronique de la grainothèque ?", mailLine, phoneLine],
  ])('%s is given by its medium only', (question, gives, other) => {
    const media = mediaAsked(question);
    expect(givesContactBy(gives, media)).toBe(true);
    expect(givesContactBy(other, media)).toBe(false);
  });

  it('a question naming several media is given by any of them', () => {
    const media = mediaAsked('Comment joindre la guilde : téléphone, adresse électronique ?');
    for (const line of [phoneLine, mailLine]) expect(givesContactBy(line, media)).toBe(true);
    expect(givesContactBy('Guilde des semences — fax : +33 4 55 01 02 99.', ['mail'])).toBe(false);
  });

  it('a question naming no medium is given by any contact', () => {
    const media = mediaAsked('How do I get in touch with the guild?');
    expect(media).toEqual([]);
    for (const line of [phoneLine, mailLine]) expect(givesContactBy(line, media)).toBe(true);
    expect(givesContactBy('La guilde fut fondée en 1987.', media)).toBe(false);
  });
});
