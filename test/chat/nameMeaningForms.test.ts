// A term's meaning and a name of a time asked in other words (src/retrieve/formWords.ts
// MEANING_FORMS, NAME_FORMS), and "the organisation" read as the site's own (src/retrieve/ownBody.ts):
// each with a question that has it and a neighbour that does not (invented examples about a seed guild).
import { describe, expect, it } from 'vitest';
import { namingOwnBody, withOwnBodyNoun } from '../../src/retrieve/ownBody.js';
import { QuestionForms, withoutFormWords } from '../../src/retrieve/questionForms.js';
import { expectedValue } from '../../src/retrieve/questionType.js';

const readFormerName = (q: string) => expectedValue(q) === 'name' && new QuestionForms(q).formerName;
const gone = (text: string, word: string) => !new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text);

describe('a meaning asked', () => {
  it.each([
    ['What does it mean to be a seed keeper?', ['mean'], 'What does it mean for growers when the guild closes its doors to new members?'],
    ['Que veut dire le mot grainothèque ?', ['veut', 'dire', 'mot'], 'Que veut dire la directrice de la guilde ?'],
    ['Que signifie le terme semence paysanne ?', ['signifie', 'terme'], 'Que signifie ce vote pour la guilde des semences ?'],
    [
      'What does the term seed sovereignty mean?',
      ['term', 'mean'],
      'What does the term of the guild chair mean for the members of the board?',
    ],
    ["Qu'entend-on par semence libre ?", ['entend'], "Qu'entend-on dire de la guilde à la foire de printemps cette année ?"],
    ['What is meant by open pollination?', ['meant'], 'What is meant to happen at the guild fair next spring, and who pays for it?'],
  ])('reads "%s" as a definition, %j blanked; keeps "%s"', (asked, blanked, other) => {
    expect(expectedValue(asked)).toBe('definition');
    const left = withoutFormWords(asked);
    for (const word of blanked) expect(gone(left, word)).toBe(true);
    expect(withoutFormWords(other)).toBe(other);
  });
});

describe('a name asked of a time', () => {
  it.each([
    ['Under which name was the guild known from 1970?', 'known', 'Which guild was known for its seed fairs in 1970?'],
    ['Comment s’appelait la guilde en 1970 ?', 'appelait', 'La guilde appelait-elle ses membres en 1970 ?'],
    ["What was the guild's first name?", 'first', 'Who was the first chair of the guild?'],
  ])('reads "%s" as a name, "%s" blanked; not "%s"', (asked, blanked, other) => {
    expect(expectedValue(asked)).toBe('name');
    expect(gone(withoutFormWords(asked), blanked)).toBe(true);
    expect(expectedValue(other)).not.toBe('name');
    expect(withoutFormWords(other)).toBe(other);
  });
});

describe('a former name asked', () => {
  it.each([
    ["What was the guild's original name?", 'What is the name of the guild’s first fair?'],
    ['What was the former name of the guild?', 'Who was the former chair of the guild?'],
    ["Quel était l'ancien nom de la guilde ?", "Quel est le nom de l'ancien président de la guilde ?"],
    ['Quel était le nom d’origine de la guilde ?', 'Quel est le nom du pays d’origine des graines ?'],
  ])('reads "%s" as asking a former name; not "%s"', (asked, other) => {
    expect(readFormerName(asked)).toBe(true);
    expect(readFormerName(other)).toBe(false);
  });
});

describe('the organisation as the site’s own', () => {
  it.each([
    ['What was the organisation called in 1970?', 'What was the SG called in 1970?', 'Which organisation runs the seed fair?'],
    ["Où est le siège de l'organisation ?", "Où est le siège de l'SG ?", "Que fait l'organisation mondiale de la santé ?"],
    [
      'When did the organization take its present name?',
      'When did the SG take its present name?',
      'Who handles the organization of the fair?',
    ],
  ])('writes "%s" as "%s"; keeps "%s"', (asked, read, other) => {
    expect(namingOwnBody(asked, 'SG')).toBe(read);
    expect(namingOwnBody(other, 'SG')).toBe(other);
    expect(namingOwnBody(asked, null)).toBe(asked);
  });
});

describe('the own acronym still finds the noun the question wrote', () => {
  const groups = [
    { word: 'sg', stems: ['sg'], weight: 1, known: true, acronym: 'SG' },
    { word: 'present', stems: ['present'], weight: 4, known: true },
  ];
  it('adds the noun to the acronym group of "the organization", and to nothing else', () => {
    const read = withOwnBodyNoun(groups, 'When did the organization take its present name?', 'SG', () => 2);
    expect(read[0].stems).toEqual(expect.arrayContaining(['sg', 'organis']));
    expect(read[0].weight).toBe(2);
    expect(read[1]).toBe(groups[1]);
    expect(withOwnBodyNoun(groups, 'When did the SG take its present name?', 'SG', () => 2)).toBe(groups);
    expect(withOwnBodyNoun(groups, 'When did the organization take its present name?', null, () => 2)).toBe(groups);
  });
});
