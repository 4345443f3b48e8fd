// The visitor in questions and sentences (src/answer/visitor.ts), and selection's preference for the
// sentence that speaks to the visitor when the question asks as the visitor (select.ts VISITOR_BONUS).
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { selectUnits } from '../../src/answer/select.js';
import { addressesVisitor, asksAsVisitor, VISITOR_FORMS } from '../../src/answer/visitor.js';
import { stem } from '../../src/text/analyzer.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('sentences that speak to the visitor', () => {
  it.each(VISITOR_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close sentence', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(form.pattern.test(form.example), form.example).toBe(true);
    expect(addressesVisitor(form.example), form.example).toBe(true);
    expect(addressesVisitor(form.other), form.other).toBe(false);
  });

  it.each([
    ['Consultez la liste des bureaux.', true],
    ['Écrivez-nous à l’adresse du service.', true],
    ['La directrice, Ana Gómez, a signé l’accord.', false],
    ['Il a pris rendez-vous avec le ministre.', false],
    ['Nous vous répondrons sous dix jours.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(addressesVisitor(sentence)).toBe(expected);
  });
});

describe('questions asked as the visitor', () => {
  it.each([
    ['Puis-je faire un don ?', true],
    ['Can I donate online?', true],
    ['Can I use your photos?', true],
    // Said to the organisation: what it does for the visitor.
    ['How long do you keep what I send?', false],
    ["Pouvez-vous m'aider à rentrer ?", false],
    // No first person: the visitor asks about the organisation.
    ["L'agence reçoit-elle des dons ?", false],
    ['Tell me about donations', false],
  ])('%s → %s', (question, expected) => {
    expect(asksAsVisitor(question)).toBe(expected);
  });
});

describe('selection for a question asked as the visitor', () => {
  const agency = [
    "L'Agence européenne des semences (AES) conserve les graines des variétés anciennes.",
    "L'AES donne des graines aux agriculteurs chaque printemps.",
    "Des fondations donnent à l'AES les fonds de ses banques régionales.",
  ];
  // Said to the visitor on the agency's pages, without naming it: the agency is the one speaking.
  const toVisitor = 'Vous pouvez donner en ligne, par carte ou par virement. Un reçu est envoyé chaque année en janvier.';
  const weak = { weak: { fr: [stem('puis'), stem('donner')], en: [] } };

  it.each([
    // The visitor's own act: the line telling them they can give is quoted (it scored under the keep
    // ratio below the agency's own giving, which names the agency, and the question was refused).
    { question: "Puis-je donner à l'AES ?", passages: [...agency, toVisitor], rule: 'covered', quoted: 'Vous pouvez donner en ligne' },
    // No line speaks to the visitor: what the agency gives says nothing of what the visitor can.
    { question: "Puis-je donner à l'AES ?", passages: agency, rule: 'own-act-unsaid', quoted: null },
    // Not asked as the visitor: the line that says it all comes first, the one to the visitor is no better.
    { question: "Qui donne à l'AES ?", passages: [...agency, toVisitor], rule: 'covered', quoted: "L'AES donne des graines" },
  ])('$question over $passages.length passages → $rule', async ({ question, passages, rule, quoted }) => {
    const retriever = await memoryRetriever(passages, weak);
    const retrieval = await retriever.readAndRetrieve(question, 5, { language: 'fr' });
    const { answer, decision } = extractiveAnswer(retrieval, retriever.vocabulary);
    expect(decision.rule).toBe(rule);
    expect(decision.grounded).toBe(quoted !== null);
    if (quoted !== null) expect(answer.answer).toContain(quoted);
  });
});

describe('the preference orders sentences that say the question alike', () => {
  it('puts the line said to the visitor first for their question, and only for theirs', async () => {
    const retriever = await memoryRetriever([
      "L'AES reçoit chaque année des dons en ligne des fondations et des États.",
      'Vous pouvez faire un don en ligne, par carte ou par virement. Un reçu est envoyé chaque année en janvier.',
      'Le comité scientifique conseille la direction sur les maladies des plantes.',
    ]);
    const best = async (question: string) => {
      const { reading, passages } = await retriever.readAndRetrieve(question, 5, { language: 'fr' });
      return selectUnits(reading, passages, retriever.vocabulary).best?.text;
    };
    expect(await best('Puis-je faire un don en ligne ?')).toContain('Vous pouvez');
    expect(await best("L'AES reçoit-elle des dons en ligne ?")).toContain("L'AES reçoit");
  });
});
