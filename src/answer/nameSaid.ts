// Whether sentences say a name the question gives (a country, a person, a body), in its own form,
// a related one, its people's name or a translation: what names-unsaid (writtenFacts.ts) and the
// scope of a figure (figureScope.ts) read. Apart from writtenFacts.ts, which reads the selection,
// so that selection may read it too.
import { foldAccents, type TextLanguage, wordTerms } from '../text/analyzer.js';
import { related } from '../text/stemSet.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';

/** The question's names, apart from the corpus acronyms the reader resolved them to (the organisation itself). */
export function namedGroups(reading: QuestionReading): TermGroup[] {
  return reading.groups.filter((g) => reading.names.includes(g.word) && g.acronym === undefined);
}

/** A capitalised word after a preposition of place, in either language: "en Méditerranée", "au Sahel", "in Colombia". */
const PLACE_NAME = /(?:^|[\s,(])(?:à|a|au|aux|en|in|at|near|près de|pres de)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(\p{Lu}[\p{L}-]*)/gu;

/**
 * Of the question's names, those it gives as the place its count is of ("Combien de décès le Projet
 * Migrants disparus a-t-il enregistrés en Méditerranée… ?": the Mediterranean, not the project that
 * counts): a figure is of that place only if it says that one. The question's names when it gives
 * none after a preposition of place.
 */
export function scopeNames(reading: QuestionReading): TermGroup[] {
  const names = namedGroups(reading);
  if (names.length < 2) return names;
  const placed = new Set([...reading.text.matchAll(PLACE_NAME)].map((m) => foldAccents(m[1].toLowerCase())));
  const places = names.filter((g) => placed.has(foldAccents(g.word)));
  return places.length ? places : names;
}

/**
 * What a name for a people adds to its country's name, the country's last vowel dropped or not:
 * Venezuela → Venezuelans, Colombie → Colombiens, Sénégal → Sénégalais / Senegalese, Mali → Malians.
 * A question names the people ("Where do most Venezuelans live?") where the page names the country
 * ("the outflow from Venezuela"), and names-unsaid refused it (own questions, multidoc fixture).
 * Irregular ones (Afghanistan → Afghans, Congo → Congolese) are left out.
 */
const PEOPLE_ENDING = /^[aeiy]?(?:i?ans?|i?en(?:ne)?s?|ais(?:es)?|ese|ois(?:es)?|ns?)$/;
/** The shortest stem a people's name is read from: shorter ones begin too many words ("mal" of Mali, "syr"). */
const MIN_COUNTRY_STEM = 4;

/** Is `spelt` (a question's name, folded) the name of a people whose country the term names? */
export function namesItsPeople(spelt: string, term: string): boolean {
  return term.length >= MIN_COUNTRY_STEM && spelt.startsWith(term) && PEOPLE_ENDING.test(spelt.slice(term.length));
}

/**
 * A name is said when the sentences hold its own form or a related one (Sénégal, sénégalais), its
 * country's name for a people's (Venezuelans, Venezuela: namesItsPeople), or exactly a translation of it. A dictionary translation's related form is not the name: a country
 * read as a common word ("mali") would otherwise be found in "management". A related form spells
 * the whole name: a stemmer that shortens the name (French "Mali" → "mal") would otherwise find it in
 * any word of that beginning ("maladies" → "malad").
 */
export function nameSaid(group: TermGroup, said: ReadonlyArray<ReadonlySet<string>>, languages: readonly TextLanguage[]): boolean {
  const spelt = foldAccents(group.word);
  // Loops rather than a local function and a copy of the quoted terms per stem (tsx names each local
  // function on every call): its own stems in each language, each term said a related form of one.
  // The terms said come as several sets (the sentences', their pages' titles): any of them may say it.
  for (const l of languages) {
    for (const s of wordTerms(group.word, l))
      for (const terms of said)
        for (const t of terms) if (t === s || (related(s, t) && t.startsWith(spelt)) || namesItsPeople(spelt, t)) return true;
  }
  return said.some((terms) => matchStrength(group.stems, terms) === 1);
}
