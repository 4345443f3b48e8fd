// The visitor in a question and in the organisation's text: a question asked in the first person
// (I, my, je, mes) is about what the visitor can or must do, and the sentence that says so speaks to
// the visitor (you, vous, an imperative: "Vous pouvez faire un don en ligne", "écrivez à…"), while a
// sentence about what the organisation does ("L'Organisation collabore avec…") says nothing of the
// visitor doing it. Read by selection (select.ts, which prefers such sentences for such questions)
// and grounding (procedure.ts ownActUnsaid, which refuses without one). Forms as data, each with
// why it speaks to the visitor and a sentence of each kind (test/answer/visitor.test.ts).
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';

/** The visitor as the one who acts or owns (I, my, je, mes), not as the one told ("tell me", "parlez-moi": a request to the assistant). */
export const FIRST_PERSON = /\b(?:i|my|je|mon|ma|mes)\b|\bj['’]|-je\b/i;

/** One way a sentence speaks to its reader, with why and a sentence of each kind. */
export interface VisitorForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** A sentence of this form. */
  example: string;
  /** A close sentence that does not speak to the reader. */
  other: string;
}

export const VISITOR_FORMS: readonly VisitorForm[] = Object.freeze([
  {
    id: 'you',
    pattern: /\b(?:you|your|yours|yourself)\b/i,
    why: 'English speaks to its reader as you: a page saying what you can give or send says what the visitor can do.',
    example: 'You can order seeds online from the catalogue.',
    other: 'The agency orders seeds from its regional banks.',
  },
  {
    id: 'vous',
    // Not the noun rendez-vous (an appointment): its -vous is no one addressed.
    pattern: /\b(?<!rendez-)(?:vous|votre|vos)\b/i,
    why: 'French speaks to its reader as vous (votre, vos): "Vous pouvez commander…" is what the visitor can do.',
    example: 'Vous pouvez commander des graines dans le catalogue.',
    other: 'L’agence commande des graines à ses banques régionales.',
  },
  {
    id: 'imperatif',
    // A verb's -ez ending without "vous" is its imperative ("écrivez à", "consultez la page"); not
    // words that merely end so (chez, assez, nez; rendez, of the noun rendez-vous), nor a capitalised one inside a sentence (a
    // surname: Gómez, Martínez). Sentence-initial ones are capitalised: the first word is read too.
    pattern: /(?:^|[.!?:;]\s+)(?!(?:Chez|Assez|Rendez)\b)\p{Lu}\p{Ll}+ez\b|(?<![\p{L}'’-])(?!(?:chez|assez|nez|rendez)\b)\p{Ll}{2,}ez\b/u,
    why: 'A French imperative tells the reader what to do ("écrivez à", "consultez"): the visitor is the one who acts.',
    example: 'Pour commander des graines, écrivez au service des semences.',
    other: 'Le service des semences répond chez les agriculteurs assez vite.',
  },
  {
    id: 'please',
    pattern: /\bplease\b/i,
    why: 'English asks its reader with "please" ("please write to…"): the visitor is the one who acts.',
    example: 'To order seeds, please write to the seed service.',
    other: 'The seed service writes to farmers each spring.',
  },
]);

/** Does a sentence speak to its reader (one of VISITOR_FORMS)? */
export function addressesVisitor(text: string): boolean {
  return VISITOR_FORMS.some((f) => f.pattern.test(text));
}

/**
 * A question that itself says you or vous speaks to the organisation (or the assistant): "How long
 * do you keep what I send?", "Pouvez-vous m'aider ?" ask what it does for the visitor, and a sentence
 * telling the visitor what they can do is no better an answer than one on what it does. Subject and
 * object pronouns only: "Can I use your photos?" still asks what the visitor may do.
 */
const ADDRESSES_ORGANISATION = /\b(?<!rendez-)(?:you|vous)\b/i;

/** Does a question ask as the visitor, about what they can or must do (FIRST_PERSON), rather than of what the organisation does for them? */
export function asksAsVisitor(question: string): boolean {
  return FIRST_PERSON.test(question) && !ADDRESSES_ORGANISATION.test(question);
}

/**
 * A sentence that speaks to the visitor scores this share of its coverage more, for a question asked
 * as the visitor (select.ts): what the visitor can do is said to them ("Vous pouvez faire un don en
 * ligne"), while a sentence on what the organisation itself does that shares the question's words
 * (its donors, a portal's data) says nothing of it. By coverage, not flat, so that it orders
 * sentences that say the question alike rather than lift one that says less. Values tried on the
 * multidoc fixture's corpus with 25 first-person questions written for the purpose, and the evals:
 * 0 leaves a line said to the visitor after one of equal coverage from a better-ranked passage
 * (visitor.test.ts); 0.2 answered "Comment puis-je faire un don ?" (refused before, only-action-said)
 * with three lines sharing only "puis" beside the one on giving; 0.2 flat, as EXPECTED_BONUS, lifted
 * lines that say less still. 0.1: dev, multidoc and probe answers identical, as at 0 and 0.2.
 */
export const VISITOR_BONUS = 0.1;

/** A question asked as the visitor, as selection reads it: what it is about, and the organisation's name in it. */
export interface VisitorQuestion {
  /** The thing it asks about, when the corpus knows it: a sentence speaking to the visitor must say it. */
  focus: TermGroup | null;
  /** The organisation's name (its acronym's groups): the one that speaks to the visitor need not say it. */
  speaker: readonly TermGroup[];
}

/**
 * The question as selection reads it when it is asked as the visitor (asksAsVisitor), else null.
 * `organisation` tells the organisation's own acronym (Vocabulary.isPervasive: OIM on every other
 * page) from others the corpus writes (a CV, the UN), which a sentence must say itself.
 */
export function visitorQuestion(reading: QuestionReading, organisation: (group: TermGroup) => boolean): VisitorQuestion | null {
  if (!asksAsVisitor(reading.text)) return null;
  const speaker = reading.groups.filter((g) => g.acronym !== undefined && organisation(g));
  return { focus: reading.focus?.known ? reading.focus : null, speaker };
}

/**
 * Does a sentence (`addressed`: addressesVisitor of it; `terms`: its terms) speak to the visitor of
 * what the question asks? It must say the question's focus when the corpus knows one: a cookie
 * notice says "your browsing" on every page ("Can I use the photos on this site?").
 */
export function speaksToVisitor(question: VisitorQuestion, addressed: boolean, terms: ReadonlySet<string>): boolean {
  return addressed && (question.focus === null || matchStrength(question.focus.stems, terms) > 0);
}

/**
 * The weight of the organisation's name that a sentence speaking to the visitor does not say, and
 * that counts as said: the organisation is the one speaking, on its own pages ("Vous pouvez faire un
 * don en ligne" says that you can give to it). Without it such a line scored below every sentence
 * naming the organisation with the question's verb ("L'OIM … donateurs"), under the keep ratio, and
 * the question about the visitor's own act was refused (own-act-unsaid; test/answer/visitor.test.ts).
 */
export function speakerUnsaid(question: VisitorQuestion, terms: ReadonlySet<string>): number {
  let unsaid = 0;
  for (const g of question.speaker) unsaid += g.weight * (1 - matchStrength(g.stems, terms));
  return unsaid;
}
