// Acronyms and names as the corpus writes them (src/text/acronyms.ts) and a question's read
// against them (acronymReader.ts): spelled-out forms, their translations, names, and the words that
// must not be taken for acronyms (an anagram of a common word, a person's initials, a dateline).
import { describe, expect, it } from 'vitest';
import { findAcronyms, findExpansions, findNames, spelledOutBefore } from '../../src/text/acronyms.js';
import { AcronymReader } from '../../src/retrieve/acronymReader.js';
import { EMPTY_GLOSSARY, type Glossary } from '../../src/text/glossary.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const CORPUS = [
  "L'Agence européenne des semences (AES) conserve les graines des variétés anciennes.",
  'BRUXELLES, 3 mars 2021 – Le conseil de l’AES a élu sa présidente.',
  'Elle travaille avec le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et les Nations Unies.',
  'NOS PROGRAMMES',
  'Un comité suit les jeunes administrateurs (JPO) chaque année.',
];

describe('what the corpus says of its acronyms', () => {
  it('finds acronyms in running text, not a dateline’s place nor a heading in capitals, even when the letters are a word elsewhere', () => {
    expect(findAcronyms(CORPUS)).toEqual(['AES', 'HCR', 'JPO']);
    expect(findAcronyms(['Un accord avec l’ONU.', 'The UN system.'])).toEqual(['ONU', 'UN']);
  });

  it('reads the spelled-out form the corpus writes before the brackets, leaving out a few words, or none when the words do not spell it', () => {
    expect(findExpansions(CORPUS, findAcronyms(CORPUS))).toEqual({
      AES: ['Agence européenne des semences'],
      HCR: ['Haut-Commissariat des Nations Unies pour les réfugiés'],
    });
    expect(spelledOutBefore('Qui sommes nousL’Organisation internationale pour les migrations ', 'OIM')).toBe(
      'Organisation internationale pour les migrations',
    );
    expect(spelledOutBefore('Par Anne Émilie Sorel, notre correspondante ', 'AES')).toBeNull();
  });

  it('lists names of several capitalised words', () => {
    expect(findNames(CORPUS)).toContain('Nations Unies');
  });
});

describe('a question’s acronyms', () => {
  it('reads the translation of a spelled-out acronym (ESA for AES), not a lower-case common word or a shouted question word', async () => {
    const retriever = await memoryRetriever(CORPUS);
    const reader = retriever.vocabulary.acronymReader;
    expect(reader.read('What does ESA keep?').get('esa')?.acronyms).toEqual(['AES']);
    expect(reader.read('What does the aes keep?').get('aes')?.acronyms).toEqual(['AES']);
    expect(reader.read('Is the sea warmer?').size).toBe(0);
    expect(reader.read('HOW MANY SEEDS DOES ESA KEEP?').has('how')).toBe(false);
  });

  it('reads a name’s acronym, headed by the first word of another spelled-out form when the corpus writes the name without it', async () => {
    const reader = (await memoryRetriever(CORPUS)).vocabulary.acronymReader;
    expect(reader.read('Does it work with the NU?').get('nu')?.words).toEqual(['Nations', 'Unies']);
    expect(reader.read("Travaille-t-elle avec l'ANU ?").get('anu')?.words).toEqual(['Nations', 'Unies']);
    // Another head letter, or the name's letters out of order after a head, is not that name.
    expect(reader.read("Travaille-t-elle avec l'ONU ?").has('onu')).toBe(false);
    expect(reader.read("Travaille-t-elle avec l'AUN ?").has('aun')).toBe(false);
  });

  it('collapses a spelled-out form written in the question, never a person’s name with the same initials', async () => {
    const { vocabulary } = await memoryRetriever(CORPUS);
    expect(vocabulary.collapse('What does the Agence Européenne des Semences do?', 'en')).toBe('What does the AES do?');
    expect(vocabulary.collapse('Who is Anne Émilie Sorel?', 'en')).toBe('Who is Anne Émilie Sorel?');
  });

  it('collapses common words whose initials are an acronym the corpus writes after a name in another language, never a person’s name', async () => {
    const { vocabulary } = await memoryRetriever([
      'Le Centre mondial des semences anciennes (GASC) conserve les graines.',
      'The centre keeps a global store of ancient seed varieties.',
      'Gale Anne Sorel Carter wrote the report.',
    ]);
    expect(vocabulary.collapse('Where is the Global Ancient Seed Centre?', 'en')).toBe('Where is the GASC?');
    expect(vocabulary.collapse('Who is Gale Anne Sorel Carter?', 'en')).toBe('Who is Gale Anne Sorel Carter?');
  });

  it('tells lower-case words from acronyms with the dictionary’s words, and never reads an acronym-like word without it', () => {
    const glossary: Glossary = {
      ...EMPTY_GLOSSARY,
      acronyms: ['WHO'],
      expansions: { WHO: ['World Health Organization'] },
      shortWords: ['how', 'sea'],
    };
    const reader = new AcronymReader(
      glossary,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
      () => false,
    );
    expect(reader.read('how does it work').size).toBe(0);
    expect(reader.read('What does WHO do?').get('who')?.acronyms).toEqual(['WHO']);
    expect(reader.read('What does OHW do?').get('ohw')?.acronyms).toEqual(['WHO']);
    expect(reader.read('what does ohw do').get('ohw')?.acronyms).toEqual(['WHO']);
    const withoutDictionary = new AcronymReader(
      { ...glossary, shortWords: [] },
      () => false,
      () => false,
    );
    expect(withoutDictionary.read('what does ohw do').size).toBe(0);
  });

  it('never reads a form of an English word as an acronym, though the dictionary lists only its base', () => {
    // The initials of the form's English words, as buildGlossary gives them (fund/pool, international, development, agricultural).
    const form = 'Fonds international de développement agricole';
    const glossary: Glossary = {
      ...EMPTY_GLOSSARY,
      acronyms: ['FIDA'],
      expansions: { FIDA: [form] },
      initials: { [form]: ['fp', 'i', 'd', 'a'] },
      shortWords: ['how', 'pay'],
    };
    const reader = new AcronymReader(
      glossary,
      () => false,
      () => false,
    );
    expect(reader.read('how much are members paid').size).toBe(0);
    expect(reader.read('what does ifad fund').get('ifad')?.acronyms).toEqual(['FIDA']);
  });
  it.each([
    // One body: every word pairs, "Commissioner" with "Commissariat" by their shared first letters.
    ['High Commissioner for Seeds', 'Haut-Commissariat aux semences', true],
    // Two bodies: "Council" and "Commissariat" share too few letters to be one word.
    ['High Council for Seeds', 'Haut-Commissariat aux semences', false],
  ])('%s and %s, spelled out, are one acronym: %s', (english, french, same) => {
    const glossary: Glossary = { ...EMPTY_GLOSSARY, acronyms: ['HCS', 'HCSE'], expansions: { HCSE: [english], HCS: [french] } };
    const dictionary = new Map([
      ['high', 'haut'],
      ['seeds', 'semences'],
    ]);
    const reader = new AcronymReader(
      glossary,
      (a, b) => a.toLowerCase() === b.toLowerCase() || dictionary.get(a.toLowerCase()) === b.toLowerCase(),
      () => false,
    );
    expect(reader.equivalents.get('HCSE')?.includes('HCS') ?? false).toBe(same);
  });
});
