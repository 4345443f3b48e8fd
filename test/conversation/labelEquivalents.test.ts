// English for French labels offered to an English visitor: each rule on a label it gives English for
// and one it must leave alone, over invented knowledge (a community-garden site); fixed names, and the
// fallback that keeps a label in the source's own words.
import { describe, expect, it } from 'vitest';
import { FixedNames } from '../../src/answer/conversation/fixedNames.js';
import { type BilingualKnowledge, englishLabel, LABEL_RULES, type LabelRuleName } from '../../src/answer/conversation/labelEquivalents.js';
import { ownWordsQuestion } from '../../src/answer/conversation/templates.js';

const PAGE = 'guide-fr.md';
const PAGE_PAIRS: Record<string, string> = { 'calendrier des semis': 'Sowing calendar', 'ligue des jardiniers': 'Garden league' };
const WORDS: Record<string, string[]> = {
  semences: ['seeds'],
  récolte: ['harvest', 'crop'],
  graines: ['seed'],
  bêches: ['spadess'],
  arrosage: ['watering'],
  anciennes: ['old', 'ancient'],
  calendrier: ['calendar'],
  semis: ['sowing'],
};
/** The English translation of the French page the labels are read from. */
const ENGLISH_PAGE = 'Welcome to the garden.\nWe keep old seeds in the shed, and the 2040 Plan sets the calendar of the sowing.';
/** The English pages' words: lower case ones, and names they only write capitalised. */
const ENGLISH_WORDS = new Set(['seeds', 'harvest', 'crop', 'seed', 'watering']);
const ENGLISH_NAMES = new Set(['Villebrune']);

const knowledge: BilingualKnowledge = {
  corpusPairs: {
    englishOf: (label) => PAGE_PAIRS[label.toLowerCase()] ?? null,
    englishPageText: (source) => (source === PAGE ? ENGLISH_PAGE : null),
  },
  fixedNames: new FixedNames([{ en: ['Gardeners League', 'GL'], fr: ['Ligue des Jardiniers', 'LJ'] }]),
  acronymEquivalents: new Map([
    ['CJB', ['BGC']],
    ['AXE', ['AXA', 'AXB']],
  ]),
  englishWords: (word) => WORDS[word.toLowerCase()] ?? [],
  englishSpelling: {
    spelling: (word) => (ENGLISH_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : ENGLISH_NAMES.has(word) ? word : null),
    isName: (word) => ENGLISH_NAMES.has(word),
  },
};

/** Each rule: a label it matches with the English it gives, and a label it does not match. */
const RULE_CASES: Array<{ rule: LabelRuleName; matched: [string, string]; notMatched: string }> = [
  { rule: 'corpus-pair', matched: ['Calendrier des semis', 'Sowing calendar'], notMatched: 'Tarifs des parcelles' },
  { rule: 'fixed-name', matched: ['la Ligue des Jardiniers', 'the Gardeners League'], notMatched: 'Ligue des Potagers' },
  // Two equivalents would be a guess.
  { rule: 'corpus-acronym', matched: ['CJB', 'BGC'], notMatched: 'AXE' },
  // Two senses: no English.
  { rule: 'one-word', matched: ['Semences', 'Seeds'], notMatched: 'Récolte' },
  // A place the English pages write alike; a common word they do not write stays French.
  { rule: 'same-name', matched: ['Villebrune', 'Villebrune'], notMatched: 'Mairie' },
  // The English page orders the words; a word with no English ("rares") leaves the label French.
  { rule: 'counterpart-phrase', matched: ['Semences anciennes', 'old seeds'], notMatched: 'Semences rares' },
];

describe('LABEL_RULES', () => {
  it('has a reason and a test case for every rule', () => {
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(LABEL_RULES.map((r) => r.name).sort());
    for (const rule of LABEL_RULES) expect(rule.why.length).toBeGreaterThan(40);
  });

  it.each(RULE_CASES)('$rule: $matched.0 → $matched.1, $notMatched → none', ({ rule, matched, notMatched }) => {
    const found = LABEL_RULES.find((r) => r.name === rule);
    expect(found?.english(matched[0], knowledge, PAGE)).toBe(matched[1]);
    expect(found?.english(notMatched, knowledge, PAGE)).toBeNull();
  });

  it('gives no one-word English of another number, nor one the English pages never write', () => {
    const oneWord = LABEL_RULES.find((r) => r.name === 'one-word');
    // A plural given a singular reads as another topic.
    expect(oneWord?.english('Graines', knowledge, PAGE)).toBeNull();
    // A search form (here, a misspelling) the English pages do not write is no English.
    expect(oneWord?.english('Bêches', knowledge, PAGE)).toBeNull();
    expect(oneWord?.english('arrosage', knowledge, PAGE)).toBe('watering');
    // Several words: word order is not known, so no word-for-word English.
    expect(oneWord?.english('Semences anciennes', knowledge, PAGE)).toBeNull();
  });

  it('finds a phrase of several words on the page’s translation only, once, numbers and names as they are', () => {
    const phrase = LABEL_RULES.find((r) => r.name === 'counterpart-phrase');
    expect(phrase?.english('Plan 2040', knowledge, PAGE)).toBe('2040 Plan');
    expect(phrase?.english('Semences anciennes', knowledge, 'other-fr.md')).toBeNull();
    const page = (text: string) => ({ ...knowledge, corpusPairs: { ...knowledge.corpusPairs, englishPageText: () => text } });
    // Two phrases: two readings, none chosen.
    expect(phrase?.english('Semences anciennes', page(`${ENGLISH_PAGE}\nWe sell ancient seeds.`), PAGE)).toBeNull();
    // Small words between the English words only where the French label has some ("des": up to two).
    expect(phrase?.english('Semences anciennes', page('We keep seeds of old.'), PAGE)).toBeNull();
    expect(phrase?.english('Calendrier des semis', knowledge, PAGE)).toBe('calendar of the sowing');
    // Words far apart in a sentence are no phrase.
    expect(phrase?.english('Semences anciennes', page('Seeds are sown in the old beds.'), PAGE)).toBeNull();
  });

  it('takes the organisation’s own pages before the fixed names', () => {
    expect(englishLabel('Ligue des Jardiniers', knowledge, PAGE)).toEqual({ english: 'Garden league', rule: 'corpus-pair' });
    expect(englishLabel('LJ', knowledge, PAGE)).toEqual({ english: 'GL', rule: 'fixed-name' });
    expect(englishLabel('Programme 2040', knowledge, PAGE)).toBeNull();
  });
});

describe('FixedNames', () => {
  it('gives an acronym for an acronym and the spelled-out name, with "the", for a name', () => {
    const names = new FixedNames();
    expect(names.englishOf('OMS')).toBe('WHO');
    expect(names.englishOf('Organisation mondiale de la santé')).toBe('the World Health Organization');
    expect(names.englishOf('organisation mondiale de la sante')).toBe('the World Health Organization');
    expect(names.englishOf('Organisation mondiale du jardinage')).toBeNull();
  });

  it('gives the organisation’s own names from the prompt’s', () => {
    const names = new FixedNames();
    expect(names.englishOf('OIM')).toBe('IOM');
    expect(names.englishOf('Organisation internationale pour les migrations')).toBe('the International Organization for Migration');
  });
});

describe('ownWordsQuestion', () => {
  it.each([
    ['Programme 2040', 'en', 'Tell me about “Programme 2040”'],
    ['les Jardins Partagés', 'en', 'Tell me about “Jardins Partagés”'],
    ['Community gardens', 'fr', 'Parlez-moi de « Community gardens »'],
  ] as const)('%j (%s) → %j', (label, language, question) => {
    expect(ownWordsQuestion(label, language)).toBe(question);
  });

  it('refuses what makes no question in any words', () => {
    expect(ownWordsQuestion('En chiffres', 'en')).toBeNull();
    expect(ownWordsQuestion('Notre travail', 'en')).toBeNull();
  });
});
