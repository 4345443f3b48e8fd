// What a count question counts, and whether a sentence's figures count it (src/answer/countedThing.ts).
// Invented sentences about an invented seed agency.
import { describe, expect, it } from 'vitest';
import { countsOtherThing, givesCount } from '../../src/answer/countedThing.js';
import { COUNTS_RULES } from '../../src/answer/countedNouns.js';
import { countedGroup } from '../../src/answer/countedAsked.js';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { memoryRetriever } from './memoryRetriever.js';

const CORPUS = [
  "L'AES gère 6 banques régionales en Europe du Nord.",
  "L'AES a conservé 4 000 graines anciennes.",
  'Volunteers and staff help the Seed Agency in its orchards.',
  'People from the villages work at the Seed Agency.',
  "L'AES a reçu de l'argent de ses membres.",
  "Des migrants travaillent dans les vergers de l'AES.",
];

// [rule, question, language, a sentence whose figure counts what is asked, one whose figures count another thing]
const PAIRS: [string, string, 'fr' | 'en', string, string][] = [
  [
    'same-thing',
    "Combien de banques régionales l'AES gère-t-elle ?",
    'fr',
    "L'AES gère 6 banques régionales.",
    "L'AES a conservé 4 000 graines anciennes.",
  ],
  [
    'people-in-general',
    'How many volunteers does the Seed Agency have?',
    'en',
    'The Seed Agency counts 300 people in its orchards.',
    'The Seed Agency counts 300 orchards.',
  ],
  [
    'people-asked-in-general',
    'How many people work at the Seed Agency?',
    'en',
    'The Seed Agency employs 40 farmers.',
    'The Seed Agency is open 5 days a week.',
  ],
  [
    'staff-by-another-name',
    'How many staff does the Seed Agency have?',
    'en',
    "L'AES compte 40 membres du personnel.",
    "L'AES compte 40 vergers.",
  ],
  [
    'deaths-of-people',
    "Combien de migrants sont morts près des vergers de l'AES ?",
    'fr',
    "L'AES a recensé 12 décès près de ses vergers.",
    "L'AES a recensé 12 vergers.",
  ],
  [
    'money-in-currency',
    "Combien d'argent l'AES a-t-elle reçu ?",
    'fr',
    "L'AES a reçu 2 millions de dollars.",
    "L'AES a reçu 2 000 visiteurs.",
  ],
];

describe('a figure counts what the question counts', () => {
  it('has a pair for every rule', () => {
    expect(PAIRS.map((p) => p[0]).sort()).toEqual(COUNTS_RULES.map((r) => r.id).sort());
    for (const rule of COUNTS_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });

  it.each(PAIRS)('%s: %s (%s)', async (_, question, language, answered, refused) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language }));
    expect(counted).not.toBeNull();
    expect(countsOtherThing(answered, counted, language)).toBe(false);
    expect(countsOtherThing(refused, counted, language)).toBe(true);
  });

  it('judges no sentence without a counted thing: a typo, a word the corpus lacks, a day of a date, a bare figure', async () => {
    const retriever = await memoryRetriever(CORPUS);
    expect(countedGroup(retriever.read('How many orchids does the Seed Agency have?', { language: 'en' }))).toBeNull();
    expect(countedGroup(retriever.read('Combien de tracteurs a l’AES ?', { language: 'fr' }))).toBeNull();
    const counted = countedGroup(retriever.read("Combien de banques régionales l'AES gère-t-elle ?", { language: 'fr' }));
    expect(countsOtherThing("Genève, 4 juin 2022 – L'AES publie son rapport.", counted, 'fr')).toBe(false);
    expect(countsOtherThing('Le réseau a porté à 12 le nombre de ses banques régionales.', counted, 'fr')).toBe(false);
  });
});

// A verb read as a figure's unit ("300 live"): [why, question, sentence, gives the count asked (grounding), counts another thing only (selection)]
const VERB_UNITS: [string, string, string, boolean, boolean][] = [
  [
    'its sentence names the counted thing by the question’s word: the figure counts them',
    'How many volunteers does the Seed Agency have?',
    'The Seed Agency has volunteers, of whom some 300 live near the orchards.',
    true,
    false,
  ],
  [
    'no word of its sentence names the counted thing: it counts no volunteers',
    'How many volunteers does the Seed Agency have?',
    'Some 300 live near the orchards of the Seed Agency.',
    false,
    true,
  ],
  [
    'a kind of people is named, not the people asked: the verb says what they do, not that they were helped',
    'How many people has the Seed Agency helped?',
    'The Seed Agency trains farmers, of whom some 300 live near the orchards.',
    false,
    true,
  ],
  [
    'a noun unit naming a kind of people still counts the people asked (people-asked-in-general)',
    'How many people has the Seed Agency helped?',
    'The Seed Agency helped 300 farmers near the orchards.',
    true,
    false,
  ],
];

describe('a verb read as a figure’s unit', () => {
  it.each(VERB_UNITS)('%s', async (_why, question, sentence, gives, other) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language: 'en' }));
    expect(counted).not.toBeNull();
    expect(givesCount(sentence, counted, 'en')).toBe(gives);
    expect(countsOtherThing(sentence, counted, 'en')).toBe(other);
  });
});

describe('an English count question whose verb is a past form', () => {
  it('counts the noun before the verb, not the object after it', async () => {
    const retriever = await memoryRetriever(CORPUS);
    // Read on past "planted", the phrase ended on "orchards": a count of orchards, not of volunteers.
    const counted = countedGroup(retriever.read('How many volunteers planted the orchards?', { language: 'en' }));
    expect(counted?.word).toBe('volunteers');
  });
});

describe('an amount question', () => {
  it.each([
    ["Quel est le montant de la cotisation de l'AES ?", 'fr'],
    ['What is the cost of a seed bag?', 'en'],
    ['Combien coûte un sachet de graines ?', 'fr'],
    ["Combien un membre doit-il payer chaque année à l'AES ?", 'fr'],
    // A verb of asking for money: an appeal's amount, not the members it names.
    ["Combien l'AES a-t-elle demandé pour ses banques en 2021 ?", 'fr'],
  ] as const)('"%s" counts money: a currency or a share, not members', async (question, language) => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read(question, { language }));
    expect(countsOtherThing('La cotisation est de 400 euros.', counted, 'fr')).toBe(false);
    expect(countsOtherThing('Un sachet coûte 3 % du prix de vente.', counted, 'fr')).toBe(false);
    expect(countsOtherThing('La cotisation est payée par 400 membres.', counted, 'fr')).toBe(true);
  });
});

describe('combien with a verb of paying', () => {
  it('asks an amount without "de" after it, and counts the payers with it', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const amount = countedGroup(retriever.read("Combien un membre doit-il payer chaque année à l'AES ?", { language: 'fr' }));
    expect(countsOtherThing('La cotisation est payée par 400 membres.', amount, 'fr')).toBe(true);
    const payers = countedGroup(retriever.read("Combien de membres paient la cotisation de l'AES ?", { language: 'fr' }));
    // "Combien de" names what is counted: members, though the verb asks for them.
    const asked = countedGroup(retriever.read("Combien de membres l'AES a-t-elle demandé ?", { language: 'fr' }));
    expect(countsOtherThing('La cotisation est payée par 400 membres.', asked, 'fr')).toBe(false);
    expect(countsOtherThing('La cotisation est payée par 400 membres.', payers, 'fr')).toBe(false);
  });
});

describe('combien with an impersonal verb before what it counts', () => {
  it('counts what "y a-t-il de" names, and reads "per cent" as a share, not a figure of 100', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const banks = countedGroup(retriever.read("Combien y a-t-il de banques régionales à l'AES ?", { language: 'fr' }));
    expect(banks?.word).toBe('banques');
    // Both figures have their unit: 4 000 counts seeds, 3 is a share; neither counts banks.
    expect(countsOtherThing('The Seed Agency kept 4,000 seeds, 3 per cent of its stock.', banks, 'en')).toBe(true);
  });
});

describe('a count question whose only figures count something else', () => {
  it('is refused; the same question over a sentence giving its figure is answered', async () => {
    const ask = async (texts: string[], question: string) => {
      const retriever = await memoryRetriever(texts);
      return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'fr' }), retriever.vocabulary).answer;
    };
    const question = "Combien de kits d'hygiène l'AES a-t-elle distribués ?";
    const other = await ask(["L'AES a distribué des kits d'hygiène et des bâches à 48 000 personnes."], question);
    expect(other.grounded).toBe(false);
    const given = await ask(["L'AES a distribué 12 000 kits d'hygiène aux familles."], question);
    expect(given.grounded).toBe(true);
    expect(given.answer).toContain('12 000 kits');
  });
});

describe('a count given as an answer (givesCount)', () => {
  it('is a figure of the thing asked: without a unit, in a sentence naming it; never a date alone', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const counted = countedGroup(retriever.read('How many orchards does the Seed Agency have?', { language: 'en' }));
    expect(counted).not.toBeNull();
    // "the number of its orchards" says what 14 counts; "a five-year plan" counts years, not orchards.
    expect(givesCount('The Seed Agency brought to 14 the number of its orchards.', counted, 'en')).toBe(true);
    expect(givesCount('The Seed Agency adopted a five-year plan on 3 May 2021.', counted, 'en')).toBe(false);
    // The selection still keeps such a line beside a figure: it judges figures by their unit only.
    expect(countsOtherThing('The Seed Agency adopted a five-year plan on 3 May 2021.', counted, 'en')).toBe(false);
    // A dateline's day and year count nothing, whatever is asked.
    expect(givesCount('GENEVA, 2 October 2023 — The Seed Agency opened its orchards.', null, 'en')).toBe(false);
    expect(givesCount('GENEVA, 2 October 2023 — The Seed Agency opened 14 orchards.', counted, 'en')).toBe(true);
  });
});
