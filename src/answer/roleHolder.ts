// A question that names a role and asks who holds it ("Who is the Director General?", "Qui est le
// chef de cabinet ?", questionForms.ts asksRoleHolder) is answered by a person's name, not by a line
// that names the role again: a structure chart's "Directrice générale" answers "Who leads IOM?"
// but tells nothing to someone who asked who the Directrice générale is.
import { foldAccents, words } from '../text/analyzer.js';
import { CAPITALISED_RUNS } from '../retrieve/questionType.js';

/**
 * Does a sentence name someone the question does not: a run of capitalised words (a person's name,
 * "Ingrid Sabatier") with a word the question does not write ("Director General Henrik Dahlqvist"
 * does; "Director General" alone, for a question that writes it, does not). `isName`: that word
 * must also be one the corpus writes only as a name (otherPerson.ts: a title is no other person).
 */
export function namesSomeoneElse(text: string, question: string, isName: (word: string) => boolean = ANY_WORD): boolean {
  const asked = new Set(words(foldAccents(question).toLowerCase()));
  for (const run of text.matchAll(CAPITALISED_RUNS)) {
    if (words(foldAccents(run[0]).toLowerCase()).some((w) => !asked.has(w) && isName(w))) return true;
  }
  return false;
}
const ANY_WORD = () => true;
