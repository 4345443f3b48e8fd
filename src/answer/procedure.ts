// Questions that ask how something is done ("How can I apply for a job?", "Comment puis-je
// m'inscrire ?"): their answer says the act together with what it is done to, in one passage. A
// passage that says only the act ("pratiques", for "apply") beside another that says only the thing
// ("services", for "job") answers nothing: each word was found in a sense the question did not
// mean, and the corpus says nothing of doing that thing. Pure functions of the question's text and
// the terms of the chosen sentences, read by groundingFacts.ts. Also: how questions whose unknown
// words are all verbs (onlyActionsUnknown), and first-person questions about the visitor's own act
// alone (ownActUnsaid).
import { wordTerms } from '../text/analyzer.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { actionWord, contentGroups, quotedLanguages, unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';
import { addressesVisitor, FIRST_PERSON } from './visitor.js';

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
    // The visitor as the one who acts or owns (visitor.ts).
    pattern: FIRST_PERSON,
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

/**
 * A question asking how something is done (procedure.ts) whose act (an action word) and object (a
 * word the corpus knows that is no action word, the organisation's acronym and numbers aside) the
 * chosen sentences say only in different passages, the object only through a translation: "How can
 * I apply for a job?" quoted "pratiques" for apply from one and "services" for job from another.
 */
export function procedureApart(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  const words = contentGroups(reading);
  const actions = words.filter((g) => actionWord(reading, g));
  if (!actions.length || !procedureForm(reading.text)) return false;
  const topics = words.filter((g) => g.known && !actions.includes(g));
  // By passage: a list's lead-in and its items are one passage's sentences, and say one thing together.
  const byPassage = new Map<number, Set<string>>();
  for (const u of selection.units) {
    const terms = byPassage.get(u.passage) ?? new Set<string>();
    for (const t of unitTerms(u, passages)) terms.add(t);
    byPassage.set(u.passage, terms);
  }
  const languages = quotedLanguages(passages, selection);
  return saidApart(actions, topics, [...byPassage.values()], (g) => languages.flatMap((l) => wordTerms(g.word, l)));
}

/**
 * A how or why question (it has no focus: covered-known-focus cannot apply) whose words the corpus
 * never uses are all action words: what is done, which a page says in its own words ("strengthen"
 * where FreeDict has no "renforcer"), not what it is about.
 */
export function onlyActionsUnknown(reading: QuestionReading): boolean {
  if (!reading.manner) return false;
  const unknown = reading.groups.filter((g) => !g.known);
  return unknown.length > 0 && unknown.every((g) => actionWord(reading, g));
}

/**
 * The word the visitor says they do: the one right after "I" or "je" ("Can I work", "je travaille"),
 * or after an inverted "-je" ("Puis-je travailler"), past a French object pronoun ("Puis-je m'inscrire").
 */
const VISITOR_ACT = /(?:\bi|\bje|-je)\s+(?:(?:me|te|y|en|le|la|les|lui|leur)\s+|[mty]['’])?(\p{L}+)/iu;

/**
 * The visitor asks about their own act and nothing else but the organisation ("Can I work for
 * it?", "Puis-je y travailler ?"): a first-person question whose words, the organisation's acronym
 * and numbers aside, are all action words or the word said right after the visitor ("work", which
 * English also reads as a noun). False when it names a thing besides (a job, a fee, a transfer).
 */
export function ownActOnly(reading: QuestionReading): boolean {
  if (!FIRST_PERSON.test(reading.text)) return false;
  const act = VISITOR_ACT.exec(reading.text)?.[1].toLowerCase();
  const words = contentGroups(reading);
  return words.length > 0 && words.every((g) => g.word.toLowerCase() === act || actionWord(reading, g));
}

/**
 * It asks about the visitor's own act alone (ownActOnly) and no chosen sentence speaks to the
 * visitor: they say that the organisation works, gives or joins, which says nothing of the
 * visitor doing it ("L'Organisation collabore avec des partenaires" for "Can I work for it?").
 */
export function ownActUnsaid(reading: QuestionReading, selection: Selection): boolean {
  return ownActOnly(reading) && !selection.units.some((u) => addressesVisitor(u.text));
}
