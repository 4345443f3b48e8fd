// A "who" question that names a person and asks for another one, the one before or after them ("Who
// led the office before X?", "Qui a succédé à X ?"): a line naming X alone ("X has led the office
// since 2021") says who holds the post, not who held it before. The forms of such questions, each
// with why and a question of each kind (test/answer/otherPerson.test.ts), read once into the
// question's reading (QuestionReading.otherPerson); answer/otherPerson.ts judges the lines.
import { foldAccents } from '../text/analyzer.js';

/** A person's name in a question: two capitalised words or more, after an optional title. */
const NAME = String.raw`(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+`;
/**
 * Read without accents ("Lucía" is "Lucia", "prédécesseur" "predecesseur") and case-sensitive, the
 * name being capitalised: the question's first word in either case, the others in lower case.
 */
const WHO = String.raw`(?:^|[\s,])(?:[Ww]ho|[Ww]hom|[Qq]ui)\b`;

/** A word of time before or after a person's name: "before X", "avant X" (capitalised at the question's start). */
const BEFORE = String.raw`(?:\b(?:before|prior\s+to|after|avant|apres)|^\s*(?:Before|Prior\s+to|After|Avant|Apres))\s+${NAME}`;

export interface OtherPersonForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** A question of this form. */
  example: string;
  /** A close question asking the named person's own post. */
  other: string;
}

export const OTHER_PERSON_FORMS: readonly OtherPersonForm[] = Object.freeze([
  {
    id: 'before-or-after-name',
    // "Who… before X?", or "Avant X, qui… ?": the order either way.
    pattern: new RegExp(`${WHO}.*${BEFORE}|${BEFORE}.*${WHO}`, 'u'),
    why: 'Who held a post before or after a person asks for someone else: a line naming that person alone gives their own tenure.',
    example: 'Who ran the seed bank before Anna Berg?',
    other: 'Who ran the seed bank in 2010?',
  },
  {
    id: 'succession',
    pattern: new RegExp(
      String.raw`${WHO}.*\b(?:predecessor|successor|succeed(?:ed|s)?|preceded?|replaced?|predecesseure?|successeure?|succede|succedera|precede|remplace)\b.*${NAME}|${WHO}.*${NAME}.*\b(?:succeed(?:ed)?|replace[ds]?|succede|remplace)\b`,
      'u',
    ),
    why: 'Who succeeded, preceded or replaced a person asks for the other one of the pair: a line naming the person alone does not say who.',
    example: 'Who replaced Anna Berg at the seed bank?',
    other: 'Who is Anna Berg at the seed bank?',
  },
]);

/** The form of a question asking for a person other than the one it names, or null; `bare`: the question without accents, when the caller has folded it. */
export function otherPersonForm(question: string, bare = foldAccents(question)): OtherPersonForm | null {
  return OTHER_PERSON_FORMS.find((f) => f.pattern.test(bare)) ?? null;
}
