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
  // An English question over French text: "order" and "seed" are found through their translations.
  const group = (word: string, ...translations: string[]): TermGroup => ({ word, stems: [word, ...translations], weight: 1, known: true });
  const order = group('order', 'command');
  const seed = group('seed', 'grain');
  const own = (g: TermGroup) => [g.word];
  const terms = (...t: string[]) => new Set(t);

  it('holds when one passage says the act and another the thing, through a translation', () => {
    expect(saidApart([order], [seed], [terms('command', 'formulair'), terms('grain', 'banqu')], own)).toBe(true);
  });

  it('does not when a passage says both, or the thing by its own word, or when one of them is never said', () => {
    expect(saidApart([order], [seed], [terms('command'), terms('command', 'grain')], own)).toBe(false);
    expect(saidApart([order], [seed], [terms('command'), terms('seed', 'bank')], own)).toBe(false);
    expect(saidApart([order], [seed], [terms('grain'), terms('banqu')], own)).toBe(false);
    expect(saidApart([order], [seed], [terms('command')], own)).toBe(false);
    expect(saidApart([], [seed], [terms('command'), terms('grain')], own)).toBe(false);
  });
});
