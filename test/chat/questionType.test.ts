// What kind of answer a question asks for (src/answer/questionType.ts).
import { describe, expect, it } from 'vitest';
import { asksForAction, expectedValue, holdsExpected, type Expected } from '../../src/retrieve/questionType.js';

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

  it('takes a number as a count, but not a year nor the digit groups of a telephone number', () => {
    expect(holdsExpected("L'agence compte 175 membres.", 'count')).toBe(true);
    expect(holdsExpected('Il compte 21 450 agents.', 'count')).toBe(true);
    expect(holdsExpected("L'agence a été fondée en 1951.", 'count')).toBe(false);
    expect(holdsExpected('Contact presse : Anne Tamm, Tartu, +372 555 01 45, atamm@aes.example.org', 'count')).toBe(false);
    expect(holdsExpected('Renseignements au 01 45 67 89 00.', 'count')).toBe(false);
  });

  // Each answer kind retrieval reads from a question's form: a question of that form and one that
  // is not, a line that holds that kind of value and one that does not (invented examples).
  it.each<[Expected, string, string, string, string]>([
    [
      'duration',
      'Combien de temps dure la formation ?',
      'Combien de formations propose-t-elle ?',
      'Une formation de trois mois.',
      'Elle propose 12 formations.',
    ],
    ['duration', 'How long does the course last?', 'How many courses are there?', 'The course lasts 6 weeks.', 'There are 6 courses.'],
    [
      'frequency',
      'À quelle fréquence le jury se réunit-il ?',
      'Qui préside le jury ?',
      'Le jury se réunit deux fois par an.',
      'Le jury compte neuf membres.',
    ],
    [
      'frequency',
      'How often is the report published?',
      'Who publishes the report?',
      'The report is published every two years.',
      'The report has 40 pages.',
    ],
    ['place', 'Où se trouve le musée ?', 'Que montre le musée ?', 'Le musée est installé à Lyon.', 'Le musée montre des tapisseries.'],
    ['place', 'Where is the archive kept?', 'What does the archive keep?', 'The archive is kept in Leeds.', 'The archive keeps letters.'],
    [
      'leader',
      'Qui dirige le conservatoire ?',
      'Qui finance le conservatoire ?',
      'Le conservatoire est dirigé par sa présidente, Oda Vintersol.',
      'Le conservatoire accueille 300 élèves.',
    ],
    [
      'leader',
      'Qui est à la tête du conservatoire ?',
      'Qu’est-ce que le conservatoire ?',
      '- Directeur des études',
      '- Salle des concerts',
    ],
    [
      'leader',
      'Who heads the seed bank?',
      'Who funds the seed bank?',
      'The seed bank is led by its Director General, Ruth Okafor.',
      'The seed bank holds 4,000 varieties.',
    ],
    ['leader', 'Who is the head of the choir?', 'Who is in the choir?', 'Head of choir: Ines Marr', 'The choir sings on Sundays.'],
    // The active voice with its object names a head too, in the present; "led to", a former head ("a dirigé") do not.
    [
      'leader',
      'Who heads the choir in Oslo?',
      'Why did the choir go to Oslo?',
      'Ines Marr has led the choir in Oslo since 2019.',
      'A grant led to the choir’s tour of Oslo.',
    ],
    [
      'leader',
      'Qui dirige le chœur à Lyon ?',
      'Où le chœur répète-t-il à Lyon ?',
      'Ines Marr dirige le chœur de Lyon depuis 2019.',
      'Avant 2019, Ines Marr a dirigé le chœur de Lyon.',
    ],
    // "Chef de file" is a leading body, not a head.
    [
      'leader',
      'Qui est le chef du chœur ?',
      'Qui chante dans le chœur ?',
      'La cheffe du chœur est Ana Lupu.',
      'Le chœur est chef de file du festival.',
    ],
    // A perfect's "how long" asks since when (a start year answers it); the present's asks for a span.
    [
      'year',
      'How long has the choir existed?',
      'How long does a rehearsal last?',
      'The choir was founded in 1987.',
      'The choir rehearses weekly.',
    ],
    ['year', 'how old is the choir', 'how many singers is the choir', 'The choir was founded in 1987.', 'The choir has 30 singers.'],
    ['year', 'la chorale a quel âge', 'la chorale a quel chef', 'La chorale a été fondée en 1987.', 'La chorale compte 30 choristes.'],
    [
      'duration',
      'How long is a rehearsal?',
      'How long have rehearsals been held?',
      'A rehearsal lasts two hours.',
      'Rehearsals began in 1987.',
    ],
    [
      'origin',
      'De quel pays la cheffe de chœur est-elle originaire ?',
      'Dans quel pays le chœur chante-t-il ?',
      'Née au Chili, elle dirige le chœur depuis 2015.',
      'Elle a dirigé des chœurs au Chili et en Italie.',
    ],
    [
      'origin',
      "Quelle est la nationalité d'Ana Lupu ?",
      "Quel est le métier d'Ana Lupu ?",
      'Ana Lupu, de nationalité roumaine, enseigne le chant.',
      'Ana Lupu enseigne le chant à Bucarest.',
    ],
    [
      'origin',
      'Where is the choir director from?',
      'Where does the choir rehearse?',
      'A national of Romania, she has led the choir since 2015.',
      'She has led choirs in Romania and Italy.',
    ],
    [
      'definition',
      "Qu'est-ce que le bouturage ?",
      'Combien de boutures la guilde vend-elle ?',
      'Guide du jardinierLe bouturage consiste à planter un rameau coupé.',
      'Le bouturage est pratiqué par la guilde depuis 1990.',
    ],
    [
      'definition',
      'What is grafting?',
      'When did the guild start grafting?',
      'Grafting means joining two plants so that they grow as one.',
      'The guild teaches grafting to its members every spring and summer, and it means a lot to them.',
    ],
  ])('reads a %s question (%s) and the line that answers it', (kind, asked, other, holds, lacks) => {
    expect(expectedValue(asked)).toBe(kind);
    expect(expectedValue(other)).not.toBe(kind);
    expect(holdsExpected(holds, kind), holds).toBe(true);
    expect(holdsExpected(lacks, kind), lacks).toBe(false);
  });

  it('reads "when and where" as a question about a year, the first thing it asks', () => {
    expect(expectedValue('When and where was the club founded?')).toBe('year');
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

// A time clause after another interrogative (questionType.ts askedClause): its "when" is a conjunction. Invented questions.
describe('a time clause after another interrogative', () => {
  it.each([
    ['What was the network called when it was founded?', 'name'],
    ['How many keepers did the network have when it was founded?', 'count'],
    ['Où était le siège quand le réseau a été créé ?', 'place'],
  ])('"%s" asks a %s, not a year', (q, kind) => expect(expectedValue(q)).toBe(kind));
  it.each([
    'When was the network founded?',
    'Can you tell me when the network was founded?',
    'Since when does the network exist?',
    'Quand le réseau a-t-il été créé ?',
    'When was the seed bank considered complete?',
  ])('"%s" still asks a year', (q) => expect(expectedValue(q)).toBe('year'));
});

// A judgement in the present asks its condition (questionType.ts CONDITION_ASKED). Invented questions.
describe('when a judgement holds', () => {
  it.each([
    'When is a seed variety considered rare?',
    'When are keepers deemed active members?',
    'Quand une variété est-elle considérée comme rare ?',
  ])('"%s" asks the condition, not a year', (q) => expect(expectedValue(q)).not.toBe('year'));
});

it('reads "what does X mean" of a term as a definition question, not of a clause', () => {
  expect(expectedValue('What does seed saving mean?')).toBe('definition');
  expect(expectedValue('What does the seed strategy mean for farmers?')).not.toBe('definition');
});

// A kind of place asked with a count's words (questionType.ts PLACE_RANKED): the place is the answer. Invented questions.
describe('a kind of place ranked by a count', () => {
  it.each([
    'Which region has the largest number of seed banks?',
    'What country has the highest number of archive visitors?',
    'Quelle ville compte le plus grand nombre de musées ?',
  ])('"%s" asks a place', (q) => expect(expectedValue(q)).toBe('place'));
  it.each(['How many regions have a seed bank?', 'What number of cities host an archive?', 'Combien de villes accueillent un musée ?'])(
    '"%s" still asks a count',
    (q) => expect(expectedValue(q)).toBe('count'),
  );
  it('"Which region hosts the archive?" writes no count and stays a topic question', () =>
    expect(expectedValue('Which region hosts the archive?')).toBe('any'));
});
