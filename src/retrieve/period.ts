// The period a question or a claim speaks of: a year introduced as a time frame ("in 2017",
// "en 2019", "as of 2022", "au 31 décembre 2020", "during 2018"). A figure from another year does
// not answer it, nor contradict it. General French and English time-frame words, not corpus words.
import { foldAccents } from '../text/analyzer.js';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const FRAME =
  'in|en|as of|as at|at the end of|by the end of|by|during|throughout|in the course of|for|au cours de|au|a la fin de|fin|a la date du|en date du|durant|pendant|pour';
/**
 * The year named as such after a frame word: "for the year 2018", "au cours de l'année 2018"
 * ("l'année" read before the year, the frame was unread and the question asked of no period: a
 * total since 2014 answered "Combien de décès … au cours de l'année 2018 ?").
 */
const YEAR_NOUN = "(?:(?:the\\s+)?year\\s+|l['’]\\s*annee\\s+|annee\\s+)?";
// "in 2017", "as of 1 January 2022", "au 31 décembre 2020", "en mars 2019", "during the year 2018".
const PERIOD = new RegExp(
  `\\b(?:${FRAME})\\s+${YEAR_NOUN}(?:(?:le\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+)?(?:(?:${MONTHS})\\s+)?((?:19|20)\\d\\d)\\b`,
  'i',
);

/**
 * A year after a noun, as its complement: "l'élection de 2018 du Directeur général", "the appeal of
 * 2022?". What follows tells it from a count ("de 2000 personnes", "of 2000 people": a noun follows
 * the figure): the question's end or punctuation, or another complement ("du", "de la", "for"). Not
 * after a word of quantity ("plus de 2000", "more than 2000"). Read without accents.
 */
const YEAR_COMPLEMENT =
  /(?<=[a-z]{3,}\s+)(?<!\b(?:plus|moins|pres|environ|than|about|over|under|around)\s+)(?:de|d'|of)\s*((?:19|20)\d\d)(?=\s*(?:[?.,;:!)]|$)|\s+(?:du|de|des|d'|a|au|aux|for|by|at)\s)/i;

/** The year a text gives as its time frame, or null. */
export function periodOf(text: string, bare = foldAccents(text)): number | null {
  const m = PERIOD.exec(bare) ?? YEAR_COMPLEMENT.exec(bare.replace(/’/g, "'"));
  return m ? Number(m[1]) : null;
}

/**
 * The year a question's count runs from: "since 2014", "depuis 2014", "depuis mars 2014". A total
 * since that year is what it asks (figureScope.ts), not a count of one year.
 */
const SINCE = new RegExp(
  `\\b(?:since|depuis)\\s+(?:(?:le\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+)?(?:(?:${MONTHS})\\s+)?((?:19|20)\\d\\d)\\b`,
  'i',
);

/** The year a text's count runs from ("since 2014"), or null. */
export function sinceOf(text: string, bare = foldAccents(text)): number | null {
  const m = SINCE.exec(bare);
  return m ? Number(m[1]) : null;
}
