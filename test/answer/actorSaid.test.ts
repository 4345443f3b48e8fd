// The subject acting in a sentence (src/answer/actorSaid.ts): named, or taken up by a pronoun or the
// head noun of its name, as act-on-thing-apart reads it for a yes/no question's act and thing said apart.
import { describe, expect, it } from 'vitest';
import { saysSubjectActing, SUBJECT_FORMS } from '../../src/answer/actorSaid.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { stem } from '../../src/text/analyzer.js';
import { textTerms } from '../../src/text/termSets.js';

const AES: TermGroup = { word: 'aes', stems: [stem('aes')], weight: 1, known: true };
const says = (sentence: string) => saysSubjectActing(sentence, textTerms(sentence, 'fr'), [AES]);

describe('sentences that say the subject acting', () => {
  it.each(SUBJECT_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close sentence', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(form.pattern.test(form.example), form.example).toBe(true);
    expect(says(form.example), form.example).toBe(true);
    expect(says(form.other), form.other).toBe(false);
  });

  it.each([
    ["L'AES publie un catalogue des variétés.", true],
    ['À cet effet, elle publie un catalogue des variétés.', true],
    ['- Elle forme les agriculteurs.', true],
    // A pronoun further in is another's; a name's head noun followed by "de" is another name.
    ["L'argent que les agriculteurs reçoivent est essentiel : il paie les semences.", false],
    ['La Constitution de la République garantit la liberté.', false],
    ['Le salaire des techniciens est fixé chaque année.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(says(sentence)).toBe(expected);
  });
});
