// The setting of a dated event stated in an apposition, in a claim or a source sentence: "Jane Roe,
// en fonction depuis 2021, …", "L'Agence, fondée en 1990, …", "Since 2003, the Agency has…". The
// clause that dates the event is cut by commas from the subject it dates, so its own clause says
// little; the clauses around it joined by commas say who or what. A clause opened by "et"/"and" +
// verb is another statement ("créée en 1951 et fait partie du système…") and stays out.
import type { Language } from '../types.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { tokenize } from '../text/quantities/tokens.js';

/** Only a comma joins an apposition to its subject; a semicolon, a colon or a dash sets another statement apart. */
const APPOSITION_MARK = ',';

/**
 * The content words of the clauses joined by commas around a text's only dated event of its kind;
 * none when the text dates two events of that kind (each keeps its own clause, so neither borrows
 * the other's subject) or when the number is not a dated event.
 */
export function appositionWords(text: string, language: Language, fact: Quantity, facts: Quantity[]): string[] {
  if (fact.concept === null || facts.filter((q) => q.concept === fact.concept).length !== 1) return [];
  const tokens = tokenize(text, language);
  const at = text.indexOf(fact.phrase);
  const index = tokens.findIndex((t) => t.start >= at);
  if (at < 0 || index < 0) return [];
  // A clause is joined to the one before it when its first token is a comma.
  const joinedToPrevious = new Set(
    tokens.filter((t, i) => t.surface === APPOSITION_MARK && (i === 0 || tokens[i - 1].clause !== t.clause)).map((t) => t.clause),
  );
  let first = tokens[index].clause;
  while (joinedToPrevious.has(first)) first--;
  let last = tokens[index].clause;
  while (joinedToPrevious.has(last + 1)) last++;
  return tokens.filter((t) => t.clause >= first && t.clause <= last && t.content).map((t) => t.word);
}
