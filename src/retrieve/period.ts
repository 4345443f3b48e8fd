// The period a question or a claim speaks of: a year introduced as a time frame ("in 2017",
// "en 2019", "as of 2022", "au 31 décembre 2020", "during 2018"). A figure from another year does
// not answer it, nor contradict it. General French and English time-frame words, not corpus words.
import { foldAccents } from '../text/analyzer.js';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const FRAME =
  'in|en|as of|as at|at the end of|by the end of|by|during|throughout|for|au|a la fin de|fin|a la date du|en date du|durant|pendant|pour';
// "in 2017", "as of 1 January 2022", "au 31 décembre 2020", "en mars 2019".
const PERIOD = new RegExp(
  `\\b(?:${FRAME})\\s+(?:(?:le\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+)?(?:(?:${MONTHS})\\s+)?((?:19|20)\\d\\d)\\b`,
  'i',
);

/** The year a text gives as its time frame, or null. */
export function periodOf(text: string, bare = foldAccents(text)): number | null {
  const m = PERIOD.exec(bare);
  return m ? Number(m[1]) : null;
}
