// Whether a sentence says its question's subject acting: a yes/no question asks whether the subject
// (the organisation) does something to a thing, and a page says the act in one sentence ("elle vient
// en aide aux migrants… en fournissant des conseils") and what the subject acts on or in in the next
// ones ("Elle travaille aussi… avec les gouvernements"), each with the subject as the one acting:
// named, or taken up by a pronoun or by its name's head noun ("L'Organisation collabore…"). A
// sentence where the thing is said of something else ("Les activités entreprises…", "les
// travailleurs migrants… dans les hôpitaux") does not. Read by thingSaid.ts actOnThingApart. Forms
// as data, each with why and a sentence of each kind (test/answer/actorSaid.test.ts).
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import { isStopWord, words } from '../text/analyzer.js';
import type { VisitorForm } from './visitor.js';

/** One way a sentence takes up a subject named before it, with why and a sentence of each kind (`other`: a close sentence whose subject is something else): a visitor form's shape. */
export type SubjectForm = VisitorForm;

export const SUBJECT_FORMS: readonly SubjectForm[] = Object.freeze([
  {
    id: 'pronom',
    // Opening the sentence (after a list's dash, or a short phrase and its comma: "À cet effet, elle…"); a pronoun further in is often another's ("…: il paie la scolarité").
    pattern: /^[\s\-–•]*(?:[^,.;:]{1,40},\s*)?(?:elle|il|elles|ils|it|she|he|they)\b/iu,
    why: 'A sentence opening with a third-person subject pronoun takes up the subject of the sentences before it, on a page about the organisation the organisation.',
    example: 'Elle forme aussi les agriculteurs à la sélection des semences.',
    other: 'Les agriculteurs forment aussi leurs enfants à la sélection des semences.',
  },
  {
    id: 'nom-de-tete',
    // A capitalised noun after the definite article: the head of a name, taken up alone ("L'Organisation internationale…" → "L'Organisation").
    pattern: /^[\s\-–•]*(?:L['’]|Le\s+|La\s+|The\s+)\p{Lu}\p{Ll}+\s+(?!de\b|des\b|du\b|of\b)\p{Ll}/u,
    why: 'A name is taken up by its head noun, capitalised after the definite article ("L’Organisation collabore…", "The Agency trains…"), as the subject of its sentence.',
    example: 'L’Agence forme aussi les agriculteurs à la sélection des semences.',
    other: 'Les activités entreprises comprennent la sélection des semences.',
  },
]);

/** The question's words before its yes/no verb that the corpus knows: its subject ("IOM" in "Does IOM advise…"). */
export function subjectGroups(reading: QuestionReading): TermGroup[] {
  const tokens = words(reading.text);
  const verbAt = reading.yesNoVerb ? tokens.indexOf(reading.yesNoVerb) : -1;
  if (verbAt <= 0) return [];
  const before = new Set(tokens.slice(0, verbAt).filter((w) => !isStopWord(w, reading.language)));
  return reading.groups.filter((g) => g.known && before.has(g.word));
}

/** Does a sentence say the subject as the one acting: naming it (one of its words as itself), or taking it up (SUBJECT_FORMS)? */
export function saysSubjectActing(text: string, terms: ReadonlySet<string>, subject: readonly TermGroup[]): boolean {
  return subject.some((g) => matchStrength(g.stems, terms) === 1) || SUBJECT_FORMS.some((f) => f.pattern.test(text));
}
