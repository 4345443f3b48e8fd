// A French word's part of speech read from the word before it, and an English question word's
// (src/text/wordClass.ts), and which translations' stems stand for one part of speech only
// (src/retrieve/wordSenses.ts). Invented sentences; each rule has a pair: read, and not read.
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/analyzer.js';
import { BEFORE_RULES, englishMainlyVerb, englishWordClass, termClasses } from '../../src/text/wordClass.js';
import { otherWordsOf, SENSE_RULES } from '../../src/retrieve/wordSenses.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { PassageCoverage } from '../../src/retrieve/passageCoverage.js';
import { TermIndex } from '../../src/retrieve/termIndex.js';
import { analyze, englishStem } from '../../src/text/analyzer.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';
import { selectUnits } from '../../src/answer/select.js';

describe('the class of a French word, read from the word before it', () => {
  // [rule, line, word read, class, line where the word gets no reading or the other]
  it.each([
    ['subject-pronoun', 'Elle range les archives du port.', 'range', 'verb', 'Une range de peupliers borde le port.'],
    ['negation', "La guilde n'accueille pas les chevaux.", 'accueille', 'verb', "L'accueille des chevaux est gratuit."],
    ['negation', 'La guilde ne range pas les archives.', 'range', 'verb', 'Ranger les archives prend du temps.'],
    ['reflexive', 'La guilde se fonde sur ses statuts.', 'fonde', 'verb', 'Ce fonde de commerce prospère.'],
    ['infinitive-after-preposition', 'Des bénévoles viennent pour ranger les archives.', 'ranger', 'verb', 'Un panier pour linge.'],
    ['determiner', 'Les fonds de la guilde sont placés.', 'fonds', 'noun', 'Il fond la cire.'],
    ['determiner', 'La traite du lait commence à six heures.', 'traite', 'noun', 'Il traite le dossier.'],
  ] as const)('%s: "%s" reads "%s" as a %s', (rule, line, word, wordClass, other) => {
    expect(BEFORE_RULES.some((r) => r.id === rule)).toBe(true);
    expect(termClasses(line, 'fr').get(stem(word))).toBe(wordClass);
    expect(termClasses(other, 'fr').get(stem(word))).not.toBe(wordClass);
  });

  it('reads an object pronoun after a subject as part of the verb, and the same word alone as an article', () => {
    expect(termClasses('Le bureau la traite en priorité.', 'fr').get(stem('traite'))).toBe('noun');
    expect(termClasses('Elle la traite en priorité.', 'fr').get(stem('traite'))).toBe('verb');
  });

  it('reads "de" before a noun as the noun, and leaves a word with an infinitive ending unread', () => {
    expect(termClasses('Un appel de fonds est lancé.', 'fr').get(stem('fonds'))).toBe('noun');
    expect(termClasses('La guilde décide de fonder une école.', 'fr').has(stem('fonder'))).toBe(false);
  });

  it('leaves a term read two ways, or read once and not once, without a class', () => {
    expect(termClasses('Elle traite le lait. La traite commence tôt.', 'fr').has(stem('traite'))).toBe(false);
    expect(termClasses('Traite du matin. La traite commence tôt.', 'fr').has(stem('traite'))).toBe(false);
  });

  it('does not read a line from the end of the line above, nor a text in another language', () => {
    expect(termClasses('Elle\nTraite du matin', 'fr').has(stem('traite'))).toBe(false);
    expect(termClasses('She did not wash the dishes', 'en').size).toBe(0);
  });
});

describe('the class of an English question word', () => {
  it.each([
    ['founded', 'verb'],
    ['created', 'verb'],
    ['origin', 'noun'],
    ['smuggling', 'noun'],
    ['funds', null],
    ['aid', null],
    // British spellings the American lexicon lacks, read by their American form; words it lists as they are.
    ['organise', 'verb'],
    ['analysed', 'verb'],
    ['wise', 'noun'],
  ] as const)('"%s" is read as %s', (word, wordClass) => {
    expect(englishWordClass(word)).toBe(wordClass);
  });

  // Mostly a verb: wink's first tag (its most frequent use) is a verb's, whatever else it can be.
  it.each([
    ['find', true],
    ['help', true],
    ['apply', true],
    ['offer', false],
    ['support', false],
    ['smuggling', false],
  ] as const)('"%s" is mostly a verb: %s', (word, verb) => {
    expect(englishMainlyVerb(word)).toBe(verb);
  });
});

describe('translations whose stem, written as another part of speech, is another word', () => {
  const fr = (word: string) => ({ word, language: 'fr' });
  /** An invented dictionary, both ways: French stems with their English words, English words with their French. */
  const toEnglish: Record<string, string[]> = {
    [stem('traite')]: ['milking', 'treat', 'handle'],
    [stem('fonder')]: ['found', 'fund', 'melt'],
    [stem('lancer')]: ['launch'],
    [stem('aide')]: ['assistance', 'help'],
  };
  const toFrench: Record<string, string[]> = {
    milking: ['traite'],
    treat: ['traiter'],
    fund: ['fonds'],
    found: ['fonder'],
    // "help" is both the noun and the verb of one stem: the two mean one thing.
    help: ['aide', 'aider'],
  };
  const dictionary = { englishOf: (s: string) => toEnglish[s] ?? [], frenchOf: (e: string) => toFrench[e] ?? [] };

  it.each([
    // [rule, English word, its translations, the stem excluded and as what, a word the rule leaves open]
    ['noun-not-verb', 'dairy', ['traite'], 'traite', 'verb', 'treats'],
    ['verb-not-noun', 'founded', ['fonder'], 'fonder', 'noun', 'funds'],
  ] as const)('%s: "%s" → %s', (rule, word, translations, french, other, open) => {
    expect(SENSE_RULES.find((r) => r.id === rule)?.other).toBe(other);
    expect(otherWordsOf(word, translations.map(fr), [], dictionary)?.get(stem(french))).toBe(other);
    // A word that can be a noun and a verb keeps every sense of its translations.
    expect(otherWordsOf(open, translations.map(fr), [], dictionary)).toBeNull();
  });

  it('keeps both senses where the dictionary gives the stem one meaning, or says nothing of it', () => {
    expect(otherWordsOf('launched', [fr('lancer')], [], dictionary)).toBeNull();
    expect(otherWordsOf('founded', [fr('fonder')], [], { englishOf: () => [], frenchOf: () => [] })).toBeNull();
  });

  it('keeps both senses where an English word of the stem is translated by its noun and its verb alike', () => {
    expect(otherWordsOf('assistance', [fr('aide')], [], dictionary)).toBeNull();
    // Without that word, the stem's other English word reads as another meaning.
    const withoutHelp = { ...dictionary, frenchOf: (e: string) => (e === 'help' ? [] : (toFrench[e] ?? [])) };
    expect(otherWordsOf('assistance', [fr('aide')], [], withoutHelp)?.get(stem('aide'))).toBe('verb');
  });

  it('keeps both senses when one translation of the stem has the other shape, or the stem is the question word own', () => {
    expect(otherWordsOf('dairy', [fr('traite'), fr('traiter')], [], dictionary)).toBeNull();
    expect(otherWordsOf('dairy', [fr('traite')], [stem('traite')], dictionary)).toBeNull();
  });
});

describe('coverage with the words a passage writes as another part of speech', () => {
  /** A question word translated to `french`, whose stem written as a verb is another word. */
  const groupOf = (word: string, french: string): TermGroup => ({
    word,
    stems: [stem(french)],
    weight: 1,
    known: true,
    otherWords: new Map([[stem(french), 'verb' as const]]),
  });
  const group = groupOf('dairy', 'traite');
  const coverageOf = (line: string, g = group) => {
    const terms = new TermIndex(analyze(line, 'fr'));
    return new PassageCoverage([g], terms).of(undefined, termClasses(line, 'fr'));
  };

  it('counts the noun and not the verb sharing its stem', () => {
    expect(coverageOf('La traite commence à six heures.')).toBe(1);
    expect(coverageOf('La fermière ne traite pas le dossier.')).toBe(0);
    // Without classes (another caller), every term counts as before.
    expect(new PassageCoverage([group], new TermIndex(analyze('Elle traite le dossier.', 'fr'))).of()).toBe(1);
  });

  it('reads a related form of the stem (a longer stem the match accepts) as the same word written as the other class', () => {
    const labour = groupOf('labour', 'travail');
    expect(stem('travaille')).not.toBe(stem('travail'));
    expect(coverageOf('Elle travaille le bois.', labour)).toBe(0);
    expect(coverageOf('Le travail du bois commence tôt.', labour)).toBe(1);
  });
});

describe('retrieval with a translation another part of speech shares its stem with', () => {
  /** An invented dictionary: "dairy" translates to "traite" (milking), whose stem is also traiter's (to handle). */
  const glossary = {
    entries: { [englishStem('dairy')]: ['traite'] },
    toEnglish: { [stem('traite')]: ['milking', 'handle', 'treat'] },
  };
  const passages = [
    { text: 'La fermière ne traite pas les commandes.', source: 'corpus/verb.txt', language: 'fr' },
    { text: 'La traite des vaches commence chaque matin avant le lever du soleil.', source: 'corpus/noun.txt', language: 'fr' },
  ];

  it('ranks the passage writing the noun above a shorter one writing the verb in its spelling', async () => {
    const retriever = await memoryRetriever(passages, glossary);
    const found = await retriever.search('dairy', 2, { language: 'en' });
    expect(found.map((p) => p.source)).toEqual(['corpus/noun.txt', 'corpus/verb.txt']);
    expect(found[0].score).toBeGreaterThan(found[1].score);
  });

  it('quotes the sentence writing the noun, not one writing the verb in its spelling', async () => {
    const retriever = await memoryRetriever([`${passages[0].text} ${passages[1].text}`], glossary);
    const { reading, passages: found } = await retriever.readAndRetrieve('dairy', 1, { language: 'en' });
    const quoted = selectUnits(reading, found, retriever.vocabulary).units.map((u) => u.text);
    expect(quoted).toEqual([passages[1].text]);
    // A question word that can be a verb too quotes both.
    const treat = await memoryRetriever([`${passages[0].text} ${passages[1].text}`], {
      ...glossary,
      entries: { [englishStem('treat')]: ['traite'] },
    });
    const both = await treat.readAndRetrieve('treat', 1, { language: 'en' });
    expect(selectUnits(both.reading, both.passages, treat.vocabulary).units).toHaveLength(2);
  });

  it('still finds the verb for a question word that can be a verb too', async () => {
    const retriever = await memoryRetriever(passages, { ...glossary, entries: { [englishStem('treat')]: ['traite'] } });
    const found = await retriever.search('treat', 2, { language: 'en' });
    expect(found[0].source).toBe('corpus/verb.txt');
  });
});
