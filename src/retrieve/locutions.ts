// Prepositional and interrogative locutions ("face au", "au sein de", "with regard to", "combien de
// temps") are grammar, not topic: their noun ("face", "sein", "regard", "temps") says nothing about
// what a question asks, yet weighed as a content word it looks like a topic the corpus lacks
// ("Que fait l'OIM face au changement climatique ?" would be refused over "face"). Their words are
// left out of a question's weighted terms.
// Hand-written: the stop-word packages list single words only, and no maintained package lists
// French or English complex prepositions.
import type { Language } from '../types.js';

/** Each locution is matched as whole words, its last word being the preposition (à/au/aux, de/du/des/d'). */
const FRENCH = [
  'face à',
  'face au',
  'face aux',
  'grâce à',
  'grâce au',
  'grâce aux',
  'quant à',
  'quant au',
  'quant aux',
  'par rapport à',
  'par rapport au',
  'par rapport aux',
  'en matière de',
  "en matière d'",
  'en termes de',
  "en termes d'",
  'au sujet de',
  'au sujet du',
  'au sujet des',
  "au sujet d'",
  'à propos de',
  'à propos du',
  'à propos des',
  "à propos d'",
  'au niveau de',
  'au niveau du',
  'au niveau des',
  "au niveau d'",
  'dans le cadre de',
  'dans le cadre du',
  'dans le cadre des',
  "dans le cadre d'",
  'au sein de',
  'au sein du',
  'au sein des',
  "au sein d'",
  "à l'égard de",
  "à l'égard du",
  "à l'égard des",
  "à l'égard d'",
  'en ce qui concerne',
  'vis-à-vis de',
  'vis-à-vis du',
  'vis-à-vis des',
  "vis-à-vis d'",
  'en faveur de',
  'en faveur du',
  'en faveur des',
  "en faveur d'",
  'en vue de',
  'en vue du',
  "en vue d'",
  'combien de temps',
  // Interrogative forms whose verb or noun only asks where or how often: the place or the rate is
  // the answer, not a topic ("Où se trouve le siège ?" matched FAQ lines asking "Où se trouve…").
  'où se trouve',
  'où se trouvent',
  'où se situe',
  'où se situent',
  'à quelle fréquence',
  'à travers',
  'au travers de',
  'au travers du',
  'au travers des',
  'lors de',
  'lors du',
  'lors des',
  "lors d'",
];
const ENGLISH = [
  'in the face of',
  'with regard to',
  'in regard to',
  'with respect to',
  'in respect of',
  'in terms of',
  'in relation to',
  'as regards',
  'on behalf of',
  'how long',
  'how often',
  'in the field of',
  'in the area of',
  'by means of',
  'in response to',
  'in the context of',
  // Support verbs: "carry out" only says that the act its object names is done ("Does IOM carry out
  // deportations?" asks about deportations). Weighed, "carry" translated as porter and found a
  // page's "ouvert ses portes" (doors) where the contact page says "ne participe pas aux expulsions".
  'carry out',
  'carries out',
  'carried out',
  'carrying out',
];

function pattern(locutions: string[]): RegExp {
  const alternatives = [...locutions]
    .sort((a, b) => b.length - a.length)
    .map((l) => {
      const escaped = l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
      // An elided preposition (d') runs into the next word; any other ends at a word boundary.
      return l.endsWith("'") ? escaped : `${escaped}(?![\\p{L}\\p{N}])`;
    });
  // Lookarounds on \p{L}: \b does not know accented letters.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
}

const PATTERNS: Record<Language, RegExp> = { fr: pattern(FRENCH), en: pattern(ENGLISH) };

/** The text with its prepositional locutions blanked out (French ones in English text too: visitors mix). */
export function withoutLocutions(text: string, language: Language): string {
  const blanked = text.replace(PATTERNS.fr, ' ');
  return language === 'en' ? blanked.replace(PATTERNS.en, ' ') : blanked;
}
