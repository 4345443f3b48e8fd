// What a source sentence is about, beyond the words around its number: the subject of an
// apposition, the claim's dates it states, and whether it names a subject of its own.
//
// A dated event stated in an apposition ("Jane Roe, en fonction depuis 2021, …", "L'Agence, fondée
// en 1990, …") is cut by commas from the subject it dates, so its own clause says little; the
// clauses around it joined by commas say who or what. A clause opened by "et"/"and" + verb is
// another statement ("créée en 1951 et fait partie du système…") and stays out.
import { analyze, textLanguage } from '../text/analyzer.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { tokenize } from '../text/quantities/tokens.js';
import type { ClaimReader } from './claimReader.js';
import type { Sentence } from './evidence.js';
import { isBareYear } from './outcome.js';

/** Only a comma joins an apposition to its subject; a semicolon, a colon or a dash sets another statement apart. */
const APPOSITION_MARK = ',';

/**
 * The stems of the clauses joined by commas around the sentence's only dated event of its kind;
 * none when the sentence dates two events of that kind (each keeps its own clause, so neither
 * borrows the other's subject) or when the source number is not a dated event.
 */
export function appositionStems(sentence: Sentence, source: Quantity): string[] {
  if (source.concept === null || sentence.quantities.filter((q) => q.concept === source.concept).length !== 1) return [];
  const language = sentence.passage.language === 'en' ? 'en' : 'fr';
  const tokens = tokenize(sentence.text, language);
  const at = sentence.text.indexOf(source.phrase);
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
  const words = tokens.filter((t) => t.clause >= first && t.clause <= last && t.content).map((t) => t.word);
  return analyze(words.join(' '), textLanguage(sentence.passage.language) ?? 'fr');
}

/**
 * The sentence names someone or something that the claim does not, and not all of the claim's own
 * names: it speaks of its own subject, so the claim's names may not be borrowed from its page's
 * title or the sentences before it (a release titled after a new head whose sentence "He succeeds
 * Jane Roe, who led it since 2008" dates Jane Roe's term, not his).
 */
export function aboutAnotherSubject(reader: ClaimReader, sentence: Sentence): boolean {
  if (!reader.names.length || reader.coverage(reader.names, sentence.stems) === 1) return false;
  return sentence.names.some((w) => reader.isOtherName(w));
}

/** A date of the claim other than the number checked: a dated event ("depuis 1994") or the year it speaks of. */
export type Anchor = Pick<Quantity, 'value' | 'concept'>;

/** The claim's dates among its facts, other than `fact`. */
export function anchorsFor(fact: Quantity, facts: Quantity[]): Anchor[] {
  return facts.filter((q) => q !== fact && (q.concept !== null || isBareYear(q)));
}

/** Does the sentence state one of these dates, as a date of the same kind? */
export function statesAnchor(sentence: Sentence, anchors: Anchor[]): boolean {
  return anchors.some((a) =>
    sentence.quantities.some((q) => q.value === a.value && q.concept === a.concept && q.relation === 'eq' && !q.unit.length),
  );
}
