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
import { saidAt, thingWords } from './wordsSaid.js';

/**
 * Nouns of the organisation's own people, written without accents: those it employs (STAFF) and
 * those it trains in its offices. What a question asks of them (their leave, their car, their
 * age limit) is what they are given as its people, which a sentence about its work never says.
 */
export const OWN_PEOPLE: ReadonlySet<string> = new Set([...STAFF, 'interns', 'intern', 'stagiaires', 'stagiaire', 'trainees']);

/** The question's known word naming the organisation's own people (OWN_PEOPLE), if any. */
function ownPeople(groups: readonly TermGroup[]): TermGroup | undefined {
  return groups.find((g) => OWN_PEOPLE.has(foldAccents(g.word.toLowerCase())));
}

/**
 * The question asks something of the organisation's own people (a word of OWN_PEOPLE beside other
 * words it knows: "Do IOM employees get paid holidays?"), no value of a type (a count, a duration:
 * those have their own scope rules, figureScope.ts), and no chosen sentence says those people (or
 * its section's heading does: "Stages") together with one of its other words, each as itself
 * (wordsSaid.ts saidAt) and by another word than the one naming them: the sentences say what is asked of others ("remise en état des
 * logements" of displaced people's homes), or the people with nothing asked of them.
 */
export function ownPeopleApart(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  pervasive: (g: TermGroup) => boolean,
): boolean {
  if (reading.expected !== 'any' || !selection.units.length) return false;
  const words = thingWords(reading, pervasive).filter((g) => g.known);
  const people = ownPeople(words);
  const asked = words.filter((g) => g !== people);
  if (!people || !asked.length) return false;
  return !selection.units.some((u) => {
    const passage = passages[u.passage];
    const named = saidAt(people, u.text, passage, reading);
    const headed = !!passage.heading && saidAt(people, passage.heading, passage, reading).length > 0;
    if (!headed && !named.length) return false;
    // Another word than the one naming them ("personnel" translates "company" too, and says no
    // company the staff is given), and as one of its own stems: "d'entrée" begins like entreprise.
    return asked.some((g) => saidAt(g, u.text, passage, reading, true).some((k) => !named.includes(k)));
  });
}
