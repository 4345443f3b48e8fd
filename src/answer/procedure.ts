// Questions that ask how something is done ("How can I apply for a job?", "Comment puis-je
// m'inscrire ?"): their answer says the act together with what it is done to, in one passage. A
// passage that says only the act ("pratiques", for "apply") beside another that says only the thing
// ("services", for "job") answers nothing: each word was found in a sense the question did not
// mean, and the corpus says nothing of doing that thing. Pure functions of the question's text and
// the terms of the chosen sentences; groundingFacts.ts wires them.
import { matchStrength, type TermGroup } from '../retrieve/terms.js';

/** One way of asking how something is done, with why it asks that and a question of each kind (test/answer/procedure.test.ts). */
export interface ProcedureForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** A question of this form. */
  example: string;
  /** A close question of no procedural form. */
  other: string;
}

export const PROCEDURE_FORMS: readonly ProcedureForm[] = Object.freeze([
  {
    id: 'how',
    // Not "how many/much/long/often…": those ask for a quantity, whose sentence need not say the act.
    pattern: /^\s*(?:how(?!\s+(?:many|much|long|often|old|far|big|large|soon)\b)|comment)\b/i,
    why: 'A how-question asks for a manner or a procedure: the sentence that answers it says the act and its object together.',
    example: 'How does a farmer register for seed deliveries?',
    other: 'How many farmers receive seed deliveries?',
  },
  {
    id: 'first-person',
    // The visitor as the one who acts or owns (I, my, je, mes), not as the one told ("tell me", "parlez-moi": a request to the assistant).
    pattern: /\b(?:i|my|je|mon|ma|mes)\b|\bj['’]|-je\b/i,
    why: 'The visitor asks what they can or must do themselves (apply, pay, register): the answer says that act of that thing, not the act and the thing in two unrelated passages.',
    example: 'Can I order seeds for my garden?',
    other: 'Does the agency sell seeds to gardens?',
  },
]);

/** The form of a question asking how something is done, or null (the first of PROCEDURE_FORMS that matches). */
export function procedureForm(question: string): ProcedureForm | null {
  return PROCEDURE_FORMS.find((f) => f.pattern.test(question)) ?? null;
}

/**
 * The quoted parts (each passage's chosen sentences, as terms) say the question's acts (`actions`)
 * and the things it asks about (`topics`) only apart, and the things only through a translation:
 * at least one part says an act, at least one a thing, none says both, and none says a thing by
 * its own spelling (`own`: its stems in the passages' languages). A thing said by its own word is
 * what that passage is about ("internships" under the heading Internships answers "Can I apply for
 * an internship?" without writing "apply"); said only through a dictionary sense ("services" for
 * "job") nothing confirms the sense. False when the question has no act or no thing the corpus knows.
 */
export function saidApart(
  actions: readonly TermGroup[],
  topics: readonly TermGroup[],
  parts: readonly ReadonlySet<string>[],
  own: (group: TermGroup) => readonly string[],
): boolean {
  if (!actions.length || !topics.length) return false;
  let action = false;
  let topic = false;
  for (const terms of parts) {
    const saysAction = actions.some((g) => matchStrength(g.stems, terms) > 0);
    const saysTopic = topics.some((g) => matchStrength(g.stems, terms) > 0);
    if (saysAction && saysTopic) return false;
    if (saysTopic && topics.some((g) => matchStrength(own(g), terms) > 0)) return false;
    action ||= saysAction;
    topic ||= saysTopic;
  }
  return action && topic;
}
