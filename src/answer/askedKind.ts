// The kind of thing a question asks for with an interrogative determiner ("Avec quels acteurs…",
// "Which deputy director…"): a page names the instances, not the kind, so the kind's noun may be
// unknown to the corpus. Facts for grounding (groundingFacts.ts).
import type { QuestionReading } from '../retrieve/reading.js';
import { matchStrength, type TermGroup } from '../retrieve/terms.js';

/**
 * An interrogative determiner and the noun after it: the noun names the kind of thing asked for
 * ("avec quels acteurs" → les gouvernements), which the answer names by instance, not by kind.
 */
const ASKED_KIND = /\b(?:quels?|quelles?|which|what)\s+(\p{L}+)/iu;

/**
 * Words of the question beside the kind asked that the chosen sentences must say (known, acronyms
 * aside). With one, "Which airline does IOM use?" passed on a sentence saying "s'emploie" (use's
 * employer): a sentence about the organisation and a verb. The probe questions this answers say
 * two (gérer, mobilité) and five (deputy, director, general, management, reform); nouns alone would
 * leave the first one (gérer is known only as a verb).
 */
const MIN_TOPIC_WORDS_BESIDE_KIND = 2;

/**
 * The question's focus when it is the unknown noun its interrogative determiner asks the kind of
 * (ASKED_KIND) and the chosen sentences say MIN_TOPIC_WORDS_BESIDE_KIND of its other words, else null.
 */
export function unknownAskedKind(reading: QuestionReading, quoted: ReadonlySet<string>): TermGroup | null {
  const focus = reading.focus;
  if (!focus || focus.known) return null;
  const asked = ASKED_KIND.exec(reading.text)?.[1]?.toLowerCase();
  if (asked !== focus.word) return null;
  const topic = (g: TermGroup) => g !== focus && g.known && g.acronym === undefined;
  const said = reading.groups.filter((g) => topic(g) && matchStrength(g.stems, quoted) > 0);
  return said.length >= MIN_TOPIC_WORDS_BESIDE_KIND ? focus : null;
}
