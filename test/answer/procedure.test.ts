// Procedural questions (src/answer/procedure.ts): each form with its example and a close question
// of no procedural form, and what "said apart" means over a few sentences' terms.
import { describe, expect, it } from 'vitest';
import { PROCEDURE_FORMS, procedureForm, saidApart } from '../../src/answer/procedure.js';
import type { TermGroup } from '../../src/retrieve/terms.js';

describe('procedure forms', () => {
  it.each(PROCEDURE_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close question', (id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(procedureForm(form.example)?.id, form.example).toBe(id);
    expect(procedureForm(form.other), form.other).toBeNull();
  });

  it.each([
    ['Comment puis-je commander des graines ?', 'how'],
    ['Où dois-je envoyer ma demande ?', 'first-person'],
    ["Où j'envoie le formulaire ?", 'first-person'],
    ['How long does a seed last?', null],
    ['Tell me about seed banks', null],
    ['Parlez-moi des banques de graines', null],
    ['Combien de graines la banque conserve-t-elle ?', null],
  ])('%s → %s', (question, id) => {
    expect(procedureForm(question)?.id ?? null).toBe(id);
  });
});

describe('said apart', () => {
  const group = (word: string): TermGroup => ({ word, stems: [word], weight: 1, known: true });
  const order = group('order');
  const seed = group('seed');
  const terms = (...t: string[]) => new Set(t);

  it('holds when one passage says the act and another the thing', () => {
    expect(saidApart([order], [seed], [terms('order', 'form'), terms('seed', 'bank')])).toBe(true);
  });

  it('does not when a passage says both, or when one of them is never said', () => {
    expect(saidApart([order], [seed], [terms('order', 'form'), terms('order', 'seed')])).toBe(false);
    expect(saidApart([order], [seed], [terms('seed'), terms('bank')])).toBe(false);
    expect(saidApart([order], [seed], [terms('order')])).toBe(false);
    expect(saidApart([], [seed], [terms('order'), terms('seed')])).toBe(false);
  });
});
