// A question asking for a person other than the one it names (retrieve/otherPersonForms.ts) is
// answered by a line naming someone else: grounding.ts other-person-unnamed reads this.
import type { QuestionReading } from '../retrieve/reading.js';
import { namesSomeoneElse } from './roleHolder.js';
import type { Unit } from './units.js';

/**
 * It asks for a person other than the one it names (QuestionReading.otherPerson), and no chosen sentence names
 * anyone else the corpus writes only as a name (roleHolder.ts namesSomeoneElse with `isName`:
 * Vocabulary.isProperName): a line naming that person alone gives their own post, and "Director
 * General" is a title, not the predecessor asked.
 */
export function otherPersonUnnamed(
  reading: Pick<QuestionReading, 'text' | 'otherPerson'>,
  units: readonly Pick<Unit, 'text'>[],
  isName: (word: string) => boolean,
): boolean {
  if (!reading.otherPerson) return false;
  return !units.some((u) => namesSomeoneElse(u.text, reading.text, isName));
}
