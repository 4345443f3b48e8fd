// The figure a count question asks for (src/answer/askedValue.ts): of the sentences chosen, those
// giving a count are quoted when some do. Invented sentences.
import { describe, expect, it } from 'vitest';
import { figuresFirst, givesProperName, namesOtherThanSubject } from '../../src/answer/askedValue.js';
import type { Unit } from '../../src/answer/units.js';
import type { QuestionReading } from '../../src/retrieve/reading.js';
import type { Passage } from '../../src/types.js';
import { memoryRetriever } from './memoryRetriever.js';
import { extractiveAnswer } from '../../src/answer/extractive.js';

const passage = (language: string) => ({ text: '', source: 'corpus/aes.txt', title: 'AES', language }) as unknown as Passage;
const unit = (text: string, position: number): Unit => ({ text, passage: 0, position, isItem: false, list: null });

const counted = unit("L'AES compte 42 États membres et 6 banques régionales.", 0);
const wordsOnly = unit('Les banques régionales assurent les services de conservation aux États membres.', 1);
const inWords = unit("L'action de l'AES repose sur trois banques régionales :", 2);
const dated = unit("L'AES a été fondée en 1987 à Tartu.", 3);
const shared = unit('Environ 12 % des graines viennent des banques régionales.', 4);

describe('figures first', () => {
  it.each<[string, QuestionReading['expected'], Unit[], Unit[]]>([
    ['a sentence without a figure is dropped beside one that gives it', 'count', [counted, wordsOnly], [counted]],
    ['a count written in words is a figure', 'count', [wordsOnly, inWords], [inWords]],
    ['a year is not a count: nothing gives one, all stay', 'count', [wordsOnly, dated], [wordsOnly, dated]],
    ['a year question is left as chosen ("when" may ask for a date or a condition)', 'year', [counted, wordsOnly], [counted, wordsOnly]],
    ['a question asking for no value is left as chosen', 'any', [counted, wordsOnly], [counted, wordsOnly]],
  ])('%s', (_, expected, chosen, kept) => {
    expect(figuresFirst(chosen, { expected, numbers: [], share: false, text: '', groups: [], language: 'fr' }, [passage('fr')])).toEqual(
      kept,
    );
  });

  it('keeps every sentence when the question writes a number (the number rules read the one writing it)', () => {
    expect(
      figuresFirst([counted, dated], { expected: 'count', numbers: ['1987'], share: false, text: '', groups: [], language: 'fr' }, [
        passage('fr'),
      ]),
    ).toEqual([counted, dated]);
  });

  it('quotes the percentage for a share question, every count for a count question', () => {
    expect(
      figuresFirst([counted, shared], { expected: 'count', numbers: [], share: true, text: '', groups: [], language: 'fr' }, [
        passage('fr'),
      ]),
    ).toEqual([shared]);
    expect(
      figuresFirst([counted, shared], { expected: 'count', numbers: [], share: false, text: '', groups: [], language: 'fr' }, [
        passage('fr'),
      ]),
    ).toEqual([counted, shared]);
    // No percentage among them: the counts, as for any count question.
    expect(
      figuresFirst([counted, wordsOnly], { expected: 'count', numbers: [], share: true, text: '', groups: [], language: 'fr' }, [
        passage('fr'),
      ]),
    ).toEqual([counted]);
  });
});

describe('a count question over passages that say its words without the figure', () => {
  it('quotes the sentence that counts, not the one that only names the counted thing', async () => {
    const retriever = await memoryRetriever([
      { source: 'corpus/aes.txt', title: 'AES', text: "L'AES gère 6 banques régionales en Europe du Nord." },
      { source: 'corpus/reseau.txt', title: 'Réseau', text: "Les banques régionales que l'AES gère conservent les graines anciennes." },
    ]);
    const retrieval = await retriever.readAndRetrieve("Combien de banques régionales l'AES gère-t-elle ?", 5, { language: 'fr' });
    const { answer } = extractiveAnswer(retrieval, retriever.vocabulary);
    expect(answer.answer).toContain('6 banques régionales');
    expect(answer.answer).not.toContain('graines anciennes');
  });
});

describe('a question asking for several things of one kind', () => {
  const LIST = [
    "L'AES travaille sur trois fronts :",
    '- Conserver les graines : pour atteindre ce but, elle garde les variétés anciennes en chambre froide.',
    '- Former les agriculteurs aux semis de printemps.',
    '- Publier le catalogue des variétés.',
  ].join('\n');

  it('quotes the list whole when one item says its kind, not when the question asks more than its kind', async () => {
    const retriever = await memoryRetriever([
      { source: 'corpus/aes.txt', title: 'AES', text: LIST },
      { source: 'corpus/outils.txt', title: 'Outils', text: "L'AES conserve aussi des outils anciens." },
    ]);
    const ask = async (question: string) =>
      extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'fr' }), retriever.vocabulary).answer.answer;
    const kind = await ask("Quels sont les buts de l'AES ?");
    for (const line of LIST.split('\n')) expect(kind).toContain(line);
    const specific = await ask("Quels sont les buts de la chambre froide de l'AES ?");
    expect(specific).toContain('chambre froide');
    expect(specific).not.toContain('Publier le catalogue');
  });
});

// A former name asked (QuestionReading.formerName): a line giving another name than the subject's present one. Invented sentences.
describe('a name other than the subject’s', () => {
  const subject = new Set(['SG', 'GS']);
  it.each([
    'The guild was founded in 1952 under the name Seed Savers Circle.',
    'Le réseau naît sous le nom de Cercle des semenciers (CDS).',
    'Il devient en 1975 la Guilde des semences.',
    'Founded as a circle, it was renamed Seed Guild in 1980.',
  ])('"%s" gives one', (text) => expect(namesOtherThanSubject(text, subject)).toBe(true));
  it.each([
    'The Seed Guild (SG) is the reference body on seed saving.',
    'SG now brings together 40 Member States.',
    'La Guilde des semences (GS) conserve 12 000 variétés.',
  ])('"%s" gives only its present name, or none', (text) => expect(namesOtherThanSubject(text, subject)).toBe(false));
});

// A name asked ("Comment s'appelle…", "What is the name of…"): a proper name, not a title in common words. Invented sentences.
describe('a proper name given (givesProperName)', () => {
  const names = new Set(['vintersol', 'tartu']);
  const isName = (word: string) => names.has(word);
  it.each([
    ['a run with a word the corpus writes only as a name', 'Le délégué aux vergers, Oda Vintersol, répond aux demandes.'],
    ['an acronym spelt out', 'Il est géré par le Centre des semences anciennes (CSA).'],
  ])('%s gives one', (_, text) => expect(givesProperName(text, isName)).toBe(true));
  it.each([
    ['a title in common words', "Elle applique les Principes Des Vergers de l'AES, adoptés en 2009."],
    ['an article and a noun opening a sentence', 'Le Bureau des vergers répond aux demandes : verger@aes.example.org.'],
  ])('%s gives none', (_, text) => expect(givesProperName(text, isName)).toBe(false));
  it('reads any run as a name without a vocabulary to tell', () =>
    expect(givesProperName('Le Bureau des vergers répond.', () => true)).toBe(true));
});

describe('a name question over lines that give none', () => {
  it('is refused (value-missing); the same question over a line naming the person is answered', async () => {
    const ask = async (texts: string[]) => {
      const retriever = await memoryRetriever([...texts, 'Oda Vintersol a visité Tartu, où Mme Vintersol a planté des pommiers.']);
      return extractiveAnswer(
        await retriever.readAndRetrieve("Comment s'appelle le délégué aux vergers de l'AES ?", 5, { language: 'fr' }),
        retriever.vocabulary,
      ).decision;
    };
    const address = await ask([
      "Écrivez au délégué aux vergers de l'AES : verger@aes.example.org.",
      "L'AES applique les Principes Des Vergers.",
    ]);
    expect(address).toEqual({ grounded: false, rule: 'value-missing' });
    const named = await ask(["Le délégué aux vergers de l'AES, Oda Vintersol, répond aux demandes."]);
    expect(named.grounded).toBe(true);
  });
});
