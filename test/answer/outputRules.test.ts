// The rules a model's answer is held to (src/answer/validate.ts), one row each: the example it must
// change and the one it must leave as it is, against one passage holding a phone number, an e-mail
// address, a link and an organisation's name.
import { describe, expect, it } from 'vitest';
import { checkSentence, EXAMPLE_PASSAGE, Evidence, OUTPUT_RULES, PromptEchoError } from '../../src/answer/validate.js';
import type { Passage } from '../../src/types.js';

function passage(text: string, extra: Partial<Passage> = {}): Passage {
  return { id: 'p1', text, source: 'corpus/contact.txt', title: 'Contact', heading: null, lines: [1, 1], score: 0.9, ...extra } as Passage;
}

const PASSAGES = [passage(EXAMPLE_PASSAGE)];
const check = (sentence: string, question = '') =>
  checkSentence(
    sentence,
    PASSAGES.length,
    (cited) =>
      new Evidence(
        cited.map((n) => PASSAGES[n - 1]),
        question,
      ),
  );

describe.each(OUTPUT_RULES)('output rule "$name"', (rule) => {
  it('has a reason', () => {
    expect(rule.reason.length).toBeGreaterThan(20);
  });

  it(`changes: ${rule.changes}`, () => {
    if (rule.name === 'echo') {
      expect(() => check(rule.changes)).toThrow(PromptEchoError);
      return;
    }
    const checked = check(rule.changes);
    expect(checked.text).not.toBe(rule.changes);
  });

  it(`keeps: ${rule.keeps}`, () => {
    const checked = check(rule.keeps);
    expect(checked.text).toBe(rule.keeps);
    expect(checked.changed).toBe(false);
  });
});

describe('what each rule removes', () => {
  it.each([
    ['a scheme-relative markdown link', 'Écrivez via [ce formulaire](//visa-rapide.example.com/form) [1].', /visa-rapide|formulaire|\]\(/],
    ['a www. link', 'Voir www.visa-rapide.com pour payer [1].', /visa-rapide/],
    ['a bare domain on a real top-level domain', 'Payez sur visa-rapide.online [1].', /visa-rapide/],
    ['a mailto: link', 'Écrivez à [nous](mailto:aide@visa-rapide.com) [1].', /visa-rapide|mailto/],
    ['a bare e-mail address', 'Écrivez à aide@visa-rapide.com [1].', /visa-rapide/],
    ['a tel: link', 'Appelez [ce numéro](tel:+33145678912) [1].', /tel:|45678912/],
    ['a phone number no passage holds', 'Appelez le 01 45 67 89 12 [1].', /45 67 89 12/],
    ['an international phone number no passage holds', 'Call +44 20 7946 0958 today [1].', /7946/],
    ['a javascript: link', 'Voir [ici](javascript:alert(1)) [1].', /javascript/i],
    ['full-width markup', 'Le bureau ＜img src=x onerror=alert(1)＞ est à Genève [1].', /<\s*img|＜img/i],
    ['full-width link', 'Voir ｗｗｗ．visa-rapide．com [1].', /visa-rapide/i],
  ])('%s', (_name, sentence, gone) => {
    const checked = check(sentence);
    expect(checked.text).not.toMatch(gone);
    expect(checked.changed).toBe(true);
    expect(checked.cited).toEqual([1]);
  });

  it.each([
    ['an invented agency in English', 'Contact Visa Express Agency for a faster visa [1].'],
    ['an invented agency in French', "Adressez-vous à l'Agence nationale des visas rapides [1]."],
    ['a company with a legal form', 'Global Migration Services Ltd can help [1].'],
    ['an acronym no passage holds', 'Le FASTVISA vous aide [1].'],
    // The organisation's own name is supported without looking at the passages: the other name still is looked up.
    ["an invented agency beside the organisation's own name", "L'OIM travaille avec Visa Express Agency [1]."],
  ])('drops the sentence naming %s', (_name, sentence) => {
    expect(check(sentence)).toEqual({ text: '', cited: [], changed: true });
  });
});

describe('what the passages support is kept', () => {
  it.each([
    ['the same link written without its scheme', 'Voir www.iom.int/fr/contact [1].'],
    ['the site of a link the passage gives', 'Voir iom.int [1].'],
    ['the phone number written another way', 'Appelez le +41227179111 [1].'],
    ['the e-mail address as a mailto: link', 'Écrivez à [info](mailto:info@iom.int) [1].'],
    ['the organisation named in the passage', 'Le Bureau des partenariats y travaille [1].'],
    ["the organisation's own names", "L'OIM, the International Organization for Migration, y travaille [1]."],
    ['the United Nations when a passage names the Nations Unies', 'It is part of the United Nations system [2].'],
    [
      'an organisation the visitor named in the question',
      'Les passages ne disent rien de Visa Express Agency [1].',
      'Que fait Visa Express Agency ?',
    ],
  ])('%s', (_name, sentence, question = '') => {
    const passages = [passage(EXAMPLE_PASSAGE), passage("L'OIM fait partie du système des Nations Unies.")];
    const checked = checkSentence(
      sentence,
      passages.length,
      (cited) =>
        new Evidence(
          cited.map((n) => passages[n - 1]),
          question,
        ),
    );
    expect(checked).toMatchObject({ text: sentence, changed: false });
  });

  it('a link a passage holds is only kept where that passage is cited', () => {
    const passages = [passage(EXAMPLE_PASSAGE), passage('Une autre page.')];
    const evidenceFor = (cited: number[]) =>
      new Evidence(
        cited.map((n) => passages[n - 1]),
        '',
      );
    expect(checkSentence('Voir www.iom.int/fr/contact [1].', 2, evidenceFor).text).toContain('iom.int');
    expect(checkSentence('Voir www.iom.int/fr/contact [2].', 2, evidenceFor).text).not.toContain('iom.int');
  });

  it("a passage's page address counts as something it holds", () => {
    const passages = [passage('Le bureau ouvre à 9 h.', { url: 'https://www.iom.int/fr/horaires' })];
    const checked = checkSentence(
      'Voir https://www.iom.int/fr/horaires [1].',
      1,
      (c) =>
        new Evidence(
          c.map((n) => passages[n - 1]),
          '',
        ),
    );
    expect(checked.text).toContain('iom.int/fr/horaires');
  });
});
