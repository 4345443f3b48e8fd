// Two readings of a question that rank the passage answering it when its words are the organisation's
// name for a thing rather than the words the answer uses: a "why" question is answered by a line
// stating a cause, and a question naming a thing by a capitalised name ("the Data Portal Project")
// is about the page titled with that name, in either language (a French page's "Projet Portail de
// données" shares two of three words through translation).
import { foldAccents } from '../text/analyzer.js';

/** A rule of this catalogue: what it matches, and why. */
export interface ReadingRule {
  id: string;
  why: string;
  pattern: RegExp;
}

/** Questions asking for a reason, in either language, read without accents. */
export const REASON_QUESTION: ReadingRule = {
  id: 'asks-reason',
  why: 'A "why" question asks for a cause: the line stating one answers it, not one naming the topic.',
  pattern: /^\s*(?:why|pourquoi|for what reason|pour quelle raison)\b/i,
};

/**
 * Cause markers of both languages, read without accents: "après deux naufrages", "à la suite de",
 * "en réponse à", "parce que", "because", "following", "in response to". "car" is left out (a
 * vehicle in French-speaking countries, and English "car"); "since" and "depuis" date rather than
 * explain.
 */
export const CAUSE_STATED: ReadingRule = {
  id: 'states-cause',
  why: 'A line giving what led to something answers a "why" question.',
  pattern:
    /\b(?:apres|a la suite d(?:e|u|es|['’])|en reponse a(?:ux?)?|parce qu(?:e|['’])|en raison d(?:e|u|es|['’])|because|after|following|in response to|due to|owing to|as a result of)\b/i,
};

/** Does a question ask for a reason (see REASON_QUESTION)? */
export function asksReason(question: string, bare = foldAccents(question)): boolean {
  return REASON_QUESTION.pattern.test(bare);
}

/** Does a line state a cause (see CAUSE_STATED)? */
export function statesCause(text: string): boolean {
  return CAUSE_STATED.pattern.test(foldAccents(text));
}

/**
 * Two or more capitalised words in a row, not at the question's start (whose capital is the
 * sentence's): the name of a programme, a report, a project ("Missing Persons Unit").
 */
const CAPITALISED_NAME = /(?<=\S\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+)/gu;

/**
 * Two capitalised words in a row anywhere: every CAPITALISED_NAME holds such a pair, and most
 * questions have none, which this finds without trying CAPITALISED_NAME's look-behind at each place.
 */
const TWO_CAPITALISED = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;

/** The words, lower-cased, of the capitalised names a question writes (see CAPITALISED_NAME). */
export function capitalisedNameWords(question: string): string[] {
  if (!TWO_CAPITALISED.test(question)) return [];
  return [...question.matchAll(CAPITALISED_NAME)].flatMap((m) => m[1].toLowerCase().split(/\s+/));
}

/**
 * The share of a name's words a page title must match (itself or a translation) to be that name's
 * page: two of three, since a dictionary knows the common words of a name ("project", "migrants")
 * but seldom its qualifier (multidoc fixture: an English name of a French-only page).
 */
export const NAME_IN_TITLE_SHARE = 2 / 3;

/** Does a title match enough of a name's words (matched: how many of its `total` words it matches)? */
export function titleNamesIt(matched: number, total: number): boolean {
  return total >= 2 && matched >= total * NAME_IN_TITLE_SHARE;
}
