// A count of people in general whose verb is the event a question counts: "32 400 personnes sont
// mortes ou ont disparu" counts disappearances as well as deaths, one per person (fresh9: "how many
// migrant deaths and disappearances…" was refused, the figure's unit "personnes" read as counting
// something else than disappearances). Read by countedThing.ts countsThing after the figure's own words.
import { foldAccents } from '../text/analyzer.js';

/** Auxiliaries that open a clause's verb after its subject, written without accents: "sont mortes", "have died", "ont été réinstallées". */
const AUXILIARY = /^(?:sont|ont|ete|etaient|avaient|have|has|had|were|was|are|been|is)$/i;
/** Conjunctions joining a second participle to the first ("mortes ou ont disparu", "died or disappeared"). */
const CONJUNCTION = /^(?:ou|et|or|and)$/i;

/**
 * Does one of a clause's participles say the thing counted? The clause is the words after the
 * figure up to punctuation; a participle is the word right after an auxiliary, or after a
 * conjunction that follows one ("have died or disappeared"). Not the object of another verb: "30
 * personnes ont signalé des disparitions" counts those who reported them, not disappearances.
 */
export function participleSays(clause: readonly string[], says: (word: string) => boolean): boolean {
  // What the word before was: an auxiliary, a participle, a conjunction after a participle, or other.
  let before: 'auxiliary' | 'participle' | 'joined' | 'other' = 'other';
  for (const word of clause) {
    const bare = foldAccents(word.toLowerCase());
    if (AUXILIARY.test(bare)) before = 'auxiliary';
    else if (CONJUNCTION.test(bare)) before = before === 'participle' ? 'joined' : 'other';
    else if (before === 'auxiliary' || before === 'joined') {
      if (says(word)) return true;
      before = 'participle';
    } else before = 'other';
  }
  return false;
}
