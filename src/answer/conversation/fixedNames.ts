// Names whose English form is fixed, whatever the corpus says: the organisation's own names (which
// the prompt gives the model) and the UN-system organisations the answer checks know in both
// languages (organisations.ts). Reused, not restated: a name added there is translated here too.
import { fold, isAcronym, SAME_ORGANISATION } from '../organisations.js';
import { OWN_NAMES } from '../prompt.js';

/** OWN_NAMES is written [English name, French name, English acronym, French acronym] (see prompt.ts's systemPrompt). */
const OWN_NAME_GROUP = { en: [OWN_NAMES[0], OWN_NAMES[2]], fr: [OWN_NAMES[1], OWN_NAMES[3]] };

const key = (name: string) => fold(name).replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * English for a French name of a fixed group: an acronym for an acronym (ONU → UN: a visitor reads
 * the short form the page used), the spelled-out English name otherwise, with "the" before it, as
 * English writes every organisation's spelled-out name ("the United Nations", "the Red Cross"),
 * never its acronym ("IOM", "UNICEF").
 */
function englishFor(french: string, en: readonly string[]): string | null {
  const acronym = isAcronym(french);
  const found = en.find((name) => isAcronym(name) === acronym);
  if (!found) return null;
  return acronym ? found : `the ${found}`;
}

export class FixedNames {
  private readonly english = new Map<string, string>();

  constructor(groups = [OWN_NAME_GROUP, ...SAME_ORGANISATION]) {
    for (const g of groups)
      for (const french of g.fr) {
        const english = englishFor(french, g.en);
        if (english && !this.english.has(key(french))) this.english.set(key(french), english);
      }
  }

  /** The English form of a French name (article already dropped), or null when it is no fixed name. */
  englishOf(name: string): string | null {
    return this.english.get(key(name)) ?? null;
  }
}
