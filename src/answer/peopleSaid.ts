// Whether the chosen sentences speak of the organisation's own people when the question asks
// about them ("Do IOM interns get free housing?"). Its pages are about its work, and its work is
// about other people (migrants, displaced people, the staff of the governments it trains): a
// sentence saying housing, free of charge or training speaks of them, and quoting it beside
// another sentence that names the interns reads as an answer that no page gives. Read by
// groundingFacts.ts; the rule using it is in grounding.ts with its pair in
// test/answer/groundingRules.test.ts.
import { foldAccents } from '../text/analyzer.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import type { Passage } from '../types.js';
import { STAFF } from './countedNouns.js';
import type { Selection } from './select.js';
import { saidAt, thingWords, writtenAt } from './wordsSaid.js';

/** One kind of the organisation's own people: the nouns naming them, those naming their place with it, and why they are its own. */
export interface OwnPeople {
  /** Written without accents, lower-cased, as the question's words are compared. */
  nouns: ReadonlySet<string>;
  /** Nouns of their place with the organisation, which speak of them: "internships … open to students" says who its interns are. */
  places: ReadonlySet<string>;
  why: string;
}

/**
 * The organisation's own people. What a question asks of them (their leave, their car, their age
 * limit) is what they are given as its people, which a sentence about its work never says.
 */
export const OWN_PEOPLE: readonly OwnPeople[] = Object.freeze([
  {
    nouns: STAFF,
    places: new Set<string>(),
    why: 'Those it employs: its pages name them to say how many work where, and its work is for others (the staff of the governments it trains).',
  },
  {
    nouns: new Set(['interns', 'intern', 'stagiaires', 'stagiaire', 'trainees', 'trainee']),
    places: new Set(['internship', 'internships', 'stage', 'stages', 'traineeship', 'traineeships']),
    why: 'Those it takes for an internship in its offices, named by it too: "L’OIM propose des stages…, ouverts aux étudiants" says who its interns are.',
  },
]);

/** The question's known word naming the organisation's own people, and which of them (OWN_PEOPLE), if any. */
function ownPeople(groups: readonly TermGroup[]): [TermGroup, OwnPeople] | undefined {
  for (const g of groups) {
    const kind = OWN_PEOPLE.find((k) => k.nouns.has(foldAccents(g.word.toLowerCase())));
    if (kind) return [g, kind];
  }
  return undefined;
}

/**
 * The question asks something of the organisation's own people (a noun of OWN_PEOPLE beside other
 * words it knows: "Do IOM employees get paid holidays?"), no value of a type (a count, a duration:
 * those have their own scope rules, figureScope.ts), and no chosen sentence names those people, or
 * their place (OwnPeople.places), or falls under a heading that does ("Stages"), together with one of
 * its other words said as itself (wordsSaid.ts saidAt) by another word: the sentences say what is
 * asked of others ("remise en état des logements" of displaced people's homes), or the people with
 * nothing asked of them.
 */
export function ownPeopleApart(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  pervasive: (g: TermGroup) => boolean,
): boolean {
  if (reading.expected !== 'any' || !selection.units.length) return false;
  const words = thingWords(reading, pervasive).filter((g) => g.known);
  const found = ownPeople(words);
  if (!found) return false;
  const [people, kind] = found;
  const asked = words.filter((g) => g !== people);
  if (!asked.length) return false;
  const naming = (text: string, passage: Passage) => [...saidAt(people, text, passage, reading), ...writtenAt(text, passage, kind.places)];
  return !selection.units.some((u) => {
    const passage = passages[u.passage];
    const named = naming(u.text, passage);
    const headed = !!passage.heading && naming(passage.heading, passage).length > 0;
    if (!headed && !named.length) return false;
    // Another word than the one naming them ("personnel" translates "company" too, and says no
    // company the staff is given), and as one of its own stems: "d'entrée" begins like entreprise.
    return asked.some((g) => saidAt(g, u.text, passage, reading, true).some((k) => !named.includes(k)));
  });
}
