// A figure shared by several listed places ("6 000 personnes au Mali, au Togo et au Bénin") is
// their total, not the figure of one of them: "Combien de personnes l'agence a-t-elle aidées au Togo ?"
// is not answered by it, "… au Mali, au Togo et au Bénin ?" is.
import type { TermGroup } from '../retrieve/terms.js';
import type { TextLanguage } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import { nameSaid } from './nameSaid.js';

/** One listed name, with the preposition that may lead it: capitalised words ("au Mali", "Burkina Faso"). */
const ITEM = String.raw`(?:(?:au|aux|en|à|in)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
/** Names listed by commas and a last "et"/"and": "au Mali, au Togo et au Bénin", "Mali, Togo and Benin". */
const LIST = new RegExp(String.raw`${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s+(?:et|and)\s+${ITEM}`, 'gu');
const ONE = new RegExp(ITEM, 'gu');

/**
 * Does the text list several names, one of which the question names (`names`), and another it does
 * not? The figure it writes is then the list's total.
 */
export function sharedByListed(text: string, names: readonly TermGroup[], language: TextLanguage): boolean {
  if (!names.length) return false;
  for (const list of text.match(LIST) ?? []) {
    const items = (list.match(ONE) ?? []).map((item) => textTerms(item, language));
    if (items.length < 2) continue;
    const asked = items.map((terms) => names.some((g) => nameSaid(g, [terms], [language])));
    if (asked.some(Boolean) && !asked.every(Boolean)) return true;
  }
  return false;
}
