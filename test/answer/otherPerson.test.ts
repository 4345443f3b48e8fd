// Questions asking for a person other than the one they name (src/retrieve/otherPersonForms.ts,
// src/answer/otherPerson.ts).
import { describe, expect, it } from 'vitest';
import { otherPersonUnnamed } from '../../src/answer/otherPerson.js';
import { OTHER_PERSON_FORMS, otherPersonForm } from '../../src/retrieve/otherPersonForms.js';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('other-person forms', () => {
  it.each(OTHER_PERSON_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close question', (id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(otherPersonForm(form.example)?.id, form.example).toBe(id);
    expect(otherPersonForm(form.other), form.other).toBeNull();
  });

  it.each([
    ['Qui dirigeait la banque avant Anna Berg ?', 'before-or-after-name'],
    ['Avant Anna Berg, qui dirigeait la banque ?', 'before-or-after-name'],
    ['Who took over after Anna Berg?', 'before-or-after-name'],
    ['Qui a remplacé Anna Berg ?', 'succession'],
    ['Who did Anna Berg succeed?', 'succession'],
    // Before an event, not a person; and no "who": where she worked is asked of her.
    ['Who ran the bank before the 2021 floods?', null],
    ['Where did Anna Berg work before joining the agency?', null],
    ['Who is Anna Berg?', null],
  ] as const)('%s → %s', (question, id) => {
    expect(otherPersonForm(question)?.id ?? null).toBe(id);
  });
});

describe('another person named', () => {
  const names = new Set(['anna', 'berg', 'jonas', 'lind']);
  const isName = (w: string) => names.has(w);
  const question = 'Who ran the seed bank before Anna Berg?';
  const read = (text: string) => ({ text, otherPerson: otherPersonForm(text) !== null });
  it('is a name the question does not write, of words the corpus writes only as names', () => {
    expect(otherPersonUnnamed(read(question), [{ text: 'Anna Berg has run the seed bank since 2019.' }], isName)).toBe(true);
    // A title is no person: "Seed Bank Director" has no word written only as a name.
    expect(otherPersonUnnamed(read(question), [{ text: 'Anna Berg is the Seed Bank Director.' }], isName)).toBe(true);
    expect(otherPersonUnnamed(read(question), [{ text: 'She succeeded Jonas Lind, who ran it from 2005.' }], isName)).toBe(false);
    // Not such a question: nothing to judge.
    expect(otherPersonUnnamed(read('Who runs the seed bank?'), [{ text: 'Anna Berg has run the seed bank since 2019.' }], isName)).toBe(
      false,
    );
  });
});

describe('the line quoted for another person', () => {
  // Without the preference the line naming him scored below the others kept, and the answer was refused.
  it('is the one naming someone else, though the lines about the named person say more of the question', async () => {
    const retriever = await memoryRetriever([
      {
        text: 'Anna Berg took office as head of the Seed Agency seed bank on 1 March 2019. She had led the seed bank office in Riga. She succeeds Jonas Lind, who led it.',
        source: 'corpus/berg.txt',
        title: 'Anna Berg takes office',
        language: 'en',
      },
      {
        text: 'The Seed Agency keeps old apple varieties in three orchards.',
        source: 'corpus/orchards.txt',
        title: 'Orchards',
        language: 'en',
      },
    ]);
    const result = extractiveAnswer(
      await retriever.readAndRetrieve('Who led the Seed Agency seed bank before Anna Berg took office?', 5, { language: 'en' }),
      retriever.vocabulary,
    );
    expect(result.decision.grounded).toBe(true);
    expect(result.answer.answer).toContain('Jonas Lind');
  });
});
